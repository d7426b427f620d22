<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AlternativeOffers</name>
    <message>
        <location filename="../client/AlternativeOffers.cpp" line="+17"/>
        <source>Book something else instead:</source>
        <translation>Stattdessen etwas anderes buchen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Book %1 instead (%2)</source>
        <translation>Stattdessen %1 buchen (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book %1 instead</source>
        <translation>Stattdessen %1 buchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Book %1 at %2 instead</source>
        <translation>Stattdessen %1 um %2 buchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book %1 in %2 (%3) instead</source>
        <translation>Stattdessen %1 in der %2 (%3) buchen</translation>
    </message>
</context>
<context>
    <name>BookingCanceller</name>
    <message>
        <location filename="../client/BookingCanceller.cpp" line="+37"/>
        <source>Cancel booking</source>
        <translation>Buchung stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel your booking of %1 on %2?
Colleagues will see the room as free again.</source>
        <translation>Ihre Buchung von %1 am %2 stornieren?
Das Kollegium sieht den Raum dann wieder als frei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel Booking</source>
        <translation>Buchung stornieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep It</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel your booking of %1 on %2, the last date of this series?
Colleagues will see the room as free again.</source>
        <translation>Ihre Buchung von %1 am %2 stornieren, den letzten Termin dieser Serie?
Ihre Kolleginnen und Kollegen sehen den Raum dann wieder als frei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel your booking of %1 on %2 and every later date of this series (%3 dates in all)?
Colleagues will see the room as free again.</source>
        <translation>Ihre Buchung von %1 am %2 und jeden späteren Termin dieser Serie stornieren (insgesamt %3 Termine)?
Ihre Kolleginnen und Kollegen sehen den Raum dann wieder als frei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel dates of a series</source>
        <translation>Termine einer Serie stornieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel These Dates</source>
        <translation>Diese Termine stornieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep Them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 date of %1 canceled.</source>
        <translation>1 Termin von %1 storniert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 dates of %2 canceled.</source>
        <translation>%1 Termine von %2 storniert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Booking of %1 canceled.</source>
        <translation>Buchung von %1 storniert.</translation>
    </message>
</context>
<context>
    <name>BookingGrid</name>
    <message>
        <location filename="../client/BookingGrid.cpp" line="+25"/>
        <source>Arrow keys move between cells; Enter claims a free cell; * adds the room to your favourites or removes it.</source>
        <translation>Die Pfeiltasten wechseln zwischen den Zellen; die Eingabetaste bucht eine freie Zelle; * fügt den Raum zu Ihren Favoriten hinzu oder entfernt ihn daraus.</translation>
    </message>
</context>
<context>
    <name>BookingGridModel</name>
    <message>
        <location filename="../client/BookingGridModel.cpp" line="+174"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+54"/>
        <location line="+70"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>%1
booking now…</source>
        <translation>%1
bucht gerade…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, school closed</source>
        <translation>%1, Schule geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, school closed: %2</source>
        <translation>%1, Schule geschlossen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, no period</source>
        <translation>%1, keine Stunde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2, free</source>
        <translation>%1, %2, frei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2, booked by %3</source>
        <translation>%1, %2, gebucht von %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, booked by %3, %4</source>
        <translation>%1, %2, gebucht von %3, %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, repeating</source>
        <translation>%1, wiederholt sich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2, being booked by %3</source>
        <translation>%1, %2, wird gerade von %3 gebucht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>%1
Free — click or press Enter to claim it.</source>
        <translation>%1
Frei – anklicken oder die Eingabetaste drücken, um ihn zu buchen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>School closed</source>
        <translation>Schule geschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School closed: %1</source>
        <translation>Schule geschlossen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free
%1</source>
        <translation>Frei
%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1
Click the star or press * to add it to or remove it from your favourites.</source>
        <translation>%1
Den Stern anklicken oder * drücken, um den Raum zu den Favoriten hinzuzufügen oder daraus zu entfernen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1, favourite</source>
        <translation>%1, Favorit</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <location filename="../client/CalendarActions.cpp" line="+31"/>
        <source>1 booking saved to %1.</source>
        <translation>1 Buchung in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bookings saved to %2.</source>
        <translation>%1 Buchungen in %2 gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You have no upcoming bookings to add to your calendar.</source>
        <translation>Sie haben keine anstehenden Buchungen für Ihren Kalender.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to my calendar</source>
        <translation>Zu meinem Kalender hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your bookings could not be added to your calendar: %1</source>
        <translation>Ihre Buchungen konnten nicht zu Ihrem Kalender hinzugefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>CalendarFeedDialog</name>
    <message>
        <location filename="../client/CalendarFeedDialog.cpp" line="+21"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset link…</source>
        <translation>Link zurücksetzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribe in my calendar</source>
        <translation>In meinem Kalender abonnieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your bookings in your own calendar</source>
        <translation>Ihre Buchungen in Ihrem eigenen Kalender</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your calendar app can subscribe to this private link. It then shows your RoomClaim bookings and keeps them up to date as you book and cancel.</source>
        <translation>Ihre Kalender-App kann diesen privaten Link abonnieren. Sie zeigt dann Ihre RoomClaim-Buchungen und hält sie aktuell, wenn Sie buchen und stornieren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Calendar feed link</source>
        <translation>Link zum Kalender-Abonnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching your link…</source>
        <translation>Ihr Link wird abgerufen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the calendar feed link</source>
        <translation>Link zum Kalender-Abonnement kopieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;How to subscribe:&lt;/b&gt; copy the link, then&lt;ul&gt;&lt;li&gt;&lt;b&gt;Outlook:&lt;/b&gt; Add calendar › Subscribe from web&lt;/li&gt;&lt;li&gt;&lt;b&gt;Google Calendar:&lt;/b&gt; Other calendars › + › From URL&lt;/li&gt;&lt;li&gt;&lt;b&gt;Thunderbird:&lt;/b&gt; New Calendar › On the Network&lt;/li&gt;&lt;/ul&gt;and paste it. Keep the link to yourself: anyone who has it can see your bookings.</source>
        <translation>&lt;b&gt;So abonnieren Sie:&lt;/b&gt; Kopieren Sie den Link, wählen Sie dann&lt;ul&gt;&lt;li&gt;&lt;b&gt;Outlook:&lt;/b&gt; Kalender hinzufügen › Aus dem Internet abonnieren&lt;/li&gt;&lt;li&gt;&lt;b&gt;Google Kalender:&lt;/b&gt; Weitere Kalender › + › Per URL&lt;/li&gt;&lt;li&gt;&lt;b&gt;Thunderbird:&lt;/b&gt; Neuer Kalender › Im Netzwerk&lt;/li&gt;&lt;/ul&gt;und fügen Sie ihn ein. Behalten Sie den Link für sich: Wer ihn hat, kann Ihre Buchungen sehen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Makes a new link; the old one stops working at once.</source>
        <translation>Erstellt einen neuen Link; der alte funktioniert sofort nicht mehr.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reset calendar link</source>
        <translation>Kalender-Link zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new link?

The old link stops working at once: every calendar subscribed to it stops showing your bookings until you subscribe again with the new link.</source>
        <translation>Einen neuen Link erstellen?

Der alte Link funktioniert sofort nicht mehr: Jeder Kalender, der ihn abonniert hat, zeigt Ihre Buchungen erst wieder, wenn Sie den neuen Link abonnieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a New Link</source>
        <translation>Neuen Link erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the Old Link</source>
        <translation>Alten Link behalten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your calendar link is not available: calendar links are turned off on this server, or it is busy. Please try again later, or ask IT.</source>
        <translation>Ihr Kalender-Link ist nicht verfügbar: Kalender-Links sind auf diesem Server abgeschaltet, oder er ist ausgelastet. Bitte versuchen Sie es später noch einmal oder wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your calendar link is not available: %1</source>
        <translation>Ihr Kalender-Link ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new link is ready. The old one no longer works.</source>
        <translation>Ein neuer Link ist bereit. Der alte funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied. Paste the link into your calendar app.</source>
        <translation>Kopiert. Fügen Sie den Link in Ihre Kalender-App ein.</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../client/ClaimDialog.cpp" line="+54"/>
        <location line="+158"/>
        <source>Confirm Booking</source>
        <translation>Buchung bestätigen</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Book only if all are free</source>
        <translation>Nur buchen, wenn alle frei sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+149"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Claim room</source>
        <translation>Raum buchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check the details and confirm your booking.</source>
        <translation>Bitte prüfen Sie die Angaben und bestätigen Sie Ihre Buchung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · Week %2</source>
        <translation>%1 · Woche %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class or purpose, e.g. 7B Maths</source>
        <translation>Klasse oder Zweck, z. B. 7b Mathe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class or purpose</source>
        <translation>Klasse oder Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown to colleagues with the booking</source>
        <translation>Wird dem Kollegium mit der Buchung angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Class</source>
        <translation>&amp;Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Book the room (%1)</source>
        <translation>Den Raum buchen (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without booking (%1)</source>
        <translation>Schließen, ohne zu buchen (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book the series only if all dates are free</source>
        <translation>Die Serie nur buchen, wenn alle Termine frei sind</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Book the free dates</source>
        <translation>Die freien Termine buchen</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was booked, because not every date is free:
%1</source>
        <translation>Es wurde nichts gebucht, weil nicht jeder Termin frei ist:
%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>taken by %1</source>
        <translation>belegt von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>being booked by %1</source>
        <translation>wird gerade von %1 gebucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>school closed (%1)</source>
        <translation>Schule geschlossen (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booked %1 of %2 dates of %3.
Not booked:
%4</source>
        <translation>%1 von %2 Terminen für %3 gebucht.
Nicht gebucht:
%4</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>%1 building · %2</source>
        <translation>Gebäude %1 · %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking…</source>
        <translation>Wird gebucht…</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Main</source>
        <translation>Haupthaus</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../client/Connection.cpp" line="+155"/>
        <source>You are offline — RoomClaim is reconnecting to the server. Please try again in a moment.</source>
        <translation>Sie sind offline – RoomClaim verbindet sich erneut mit dem Server. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server did not answer in time, so RoomClaim cannot tell whether this went through. Once it is back online, My bookings shows what was booked.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet, daher kann RoomClaim nicht feststellen, ob der Vorgang ausgeführt wurde. Sobald die Verbindung wieder steht, zeigt „Meine Buchungen“, was gebucht wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not answer in time. Please try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The server speaks protocol version %1, but this RoomClaim needs version %2. Please update RoomClaim or ask IT.</source>
        <translation>Der Server verwendet Protokollversion %1, diese RoomClaim-Version benötigt aber Version %2. Bitte aktualisieren Sie RoomClaim oder wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The connection to the server was lost. Please try again once RoomClaim has reconnected.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen. Bitte versuchen Sie es erneut, sobald RoomClaim wieder verbunden ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot reach the RoomClaim server at %1. Check the address, or ask IT whether the server is running.</source>
        <translation>Der RoomClaim-Server unter %1 ist nicht erreichbar. Prüfen Sie die Adresse oder fragen Sie die IT, ob der Server läuft.</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <location filename="../client/DayView.cpp" line="+20"/>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Building</source>
        <translation>&amp;Gebäude</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>All buildings</source>
        <translation>Alle Gebäude</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Rooms and periods</source>
        <translation>Räume und Stunden</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The grid could not be loaded: %1</source>
        <translation>Die Übersicht konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · Week %2</source>
        <translation>%1 · Woche %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1
%2–%3</source>
        <translation>%1
%2–%3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 rooms · %3</source>
        <translation>%1 von %2 Räumen · %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>School closed</source>
        <translation>Schule geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School closed: %1</source>
        <translation>Schule geschlossen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No lessons on this day.</source>
        <translation>An diesem Tag gibt es keinen Unterricht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No room matches the filters.</source>
        <translation>Kein Raum passt zu den Filtern.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../client/DisplayText.cpp" line="+77"/>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 seat</source>
        <translation>1 Platz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 seats</source>
        <translation>%1 Plätze</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mondays</source>
        <translation>montags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tuesdays</source>
        <translation>dienstags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wednesdays</source>
        <translation>mittwochs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thursdays</source>
        <translation>donnerstags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fridays</source>
        <translation>freitags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saturdays</source>
        <translation>samstags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sundays</source>
        <translation>sonntags</translation>
    </message>
</context>
<context>
    <name>FavouriteRooms</name>
    <message>
        <location filename="../client/FavouriteRooms.cpp" line="+71"/>
        <source>Could not change your favourite rooms: %1</source>
        <translation>Ihre Lieblingsräume konnten nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>FitExplainer</name>
    <message>
        <location filename="../client/FitExplainer.cpp" line="+14"/>
        <source>Exactly the %1 your class needs</source>
        <translation>Genau die %1, die Ihre Klasse braucht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snug fit: %1 to spare</source>
        <translation>Passt knapp: %1 frei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roomy: %1 to spare</source>
        <translation>Großzügig: %1 frei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seats %1</source>
        <translation>%1 Plätze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Has %1</source>
        <translation>Mit %1</translation>
    </message>
</context>
<context>
    <name>GridNavigation</name>
    <message>
        <location filename="../client/GridNavigation.cpp" line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <location filename="../client/GridPage.cpp" line="+76"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../client/LanguageMenu.cpp" line="+10"/>
        <source>&amp;Language</source>
        <translation>Spr&amp;ache</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A new language applies when RoomClaim is started again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von RoomClaim.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the system language</source>
        <translation>die Systemsprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RoomClaim will use %1 from its next start.</source>
        <translation>RoomClaim verwendet ab dem nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../client/LoginDialog.cpp" line="+24"/>
        <source>Log In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RoomClaim — Log in</source>
        <translation>RoomClaim – Anmeldung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RoomClaim</source>
        <translation>RoomClaim</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log in with your school account to find and claim a room.</source>
        <translation>Melden Sie sich mit Ihrem Schulkonto an, um einen Raum zu finden und zu buchen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>roomclaim.school.local:7400</source>
        <translation>roomclaim.school.local:7400</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The RoomClaim server&apos;s address, from your school&apos;s IT</source>
        <translation>Die Adresse des RoomClaim-Servers, die Sie von der IT Ihrer Schule erhalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Please enter the server address, e.g. roomclaim.school.local:7400.</source>
        <translation>Bitte geben Sie die Serveradresse ein, z. B. roomclaim.school.local:7400.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server address must start with wss:// (or leave the scheme out), e.g. wss://roomclaim.school.local:7400.</source>
        <translation>Die Serveradresse muss mit wss:// beginnen (oder ganz ohne Schema angegeben werden), z. B. wss://roomclaim.school.local:7400.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the --ca option</source>
        <translation>der Option --ca</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the setting %1 in roomclaim.conf</source>
        <translation>der Einstellung %1 in roomclaim.conf</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the setting %1 in the registry (Software\RoomClaim\roomclaim)</source>
        <translation>der Einstellung %1 in der Registrierung (Software\RoomClaim\roomclaim)</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Please enter your username.</source>
        <translation>Bitte geben Sie Ihren Benutzernamen ein.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../client/MainWindow.cpp" line="+45"/>
        <location line="+33"/>
        <location line="+85"/>
        <location line="+365"/>
        <source>RoomClaim</source>
        <translation>RoomClaim</translation>
    </message>
    <message>
        <location line="-476"/>
        <source>Back online. Results are up to date.</source>
        <translation>Wieder online. Die Ergebnisse sind aktuell.</translation>
    </message>
    <message>
        <location line="+298"/>
        <source>● Connected to %1 — %2</source>
        <translation>● Verbunden mit %1 – %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>You were logged out: %1</source>
        <translation>Sie wurden abgemeldet: %1</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Offline — the server cannot be reached. RoomClaim keeps trying to reconnect; what you see may be out of date.</source>
        <translation>Offline – der Server ist nicht erreichbar. RoomClaim versucht weiter, sich zu verbinden; die Anzeige ist möglicherweise nicht aktuell.</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Offline — %1 RoomClaim keeps trying, checking the certificate each time.</source>
        <translation>Offline – %1 RoomClaim versucht es weiter und prüft das Zertifikat jedes Mal.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent notifications</source>
        <translation>Letzte Benachrichtigungen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Read the last %n notifications again</source>
        <translation>
            <numerusform>Die letzte Benachrichtigung erneut lesen</numerusform>
            <numerusform>Die letzten %n Benachrichtigungen erneut lesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of RoomClaim</source>
        <translation>Die Sprache von RoomClaim</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>My Bookings</source>
        <translation>Meine Buchungen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Find a free room</source>
        <translation>Freien Raum finden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Claim the room</source>
        <translation>Den Raum buchen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+3"/>
        <source>Free rooms · %1</source>
        <translation>Freie Räume · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School closed</source>
        <translation>Schule geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School closed: %1</source>
        <translation>Schule geschlossen: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>○ Reconnecting…</source>
        <translation>○ Verbindet erneut…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>○ Connecting…</source>
        <translation>○ Verbindet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The school&apos;s bell schedule was updated.</source>
        <translation>Die Klingelzeiten der Schule wurden aktualisiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The school calendar was updated.</source>
        <translation>Der Schulkalender wurde aktualisiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The school&apos;s room list was updated.</source>
        <translation>Die Raumliste der Schule wurde aktualisiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 just booked %2 (%3).</source>
        <translation>%1 hat soeben %2 gebucht (%3).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 canceled your booking of %2 (%3).</source>
        <translation>%1 hat Ihre Buchung von %2 storniert (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 canceled your booking of %2 (%3): %4</source>
        <translation>%1 hat Ihre Buchung von %2 storniert (%3): %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is free again (%2).</source>
        <translation>%1 ist wieder frei (%2).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Room booked successfully: %1, %2.</source>
        <translation>Raum erfolgreich gebucht: %1, %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No date of the series could be booked.</source>
        <translation>Kein Termin der Serie konnte gebucht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series booked: %1, 1 date.</source>
        <translation>Serie gebucht: %1, 1 Termin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series booked: %1, %2 dates.</source>
        <translation>Serie gebucht: %1, %2 Termine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Not booked: %2.</source>
        <translation>%1 Nicht gebucht: %2.</translation>
    </message>
</context>
<context>
    <name>MyBookingsPanel</name>
    <message>
        <location filename="../client/MyBookingsPanel.cpp" line="+23"/>
        <source>Add to my calendar…</source>
        <translation>Zu meinem Kalender hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribe in my calendar…</source>
        <translation>In meinem Kalender abonnieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My Bookings</source>
        <translation>Meine Buchungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save your upcoming bookings as a calendar file (.ics).</source>
        <translation>Speichert Ihre anstehenden Buchungen als Kalenderdatei (.ics).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a private link your calendar app can subscribe to; it stays up to date.</source>
        <translation>Zeigt einen privaten Link, den Ihre Kalender-App abonnieren kann; er bleibt aktuell.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My bookings in my calendar</source>
        <translation>Meine Buchungen in meinem Kalender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your bookings to your own calendar, or subscribe to them.</source>
        <translation>Ihre Buchungen zu Ihrem eigenen Kalender hinzufügen oder sie abonnieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No upcoming bookings yet. Claim a room and it appears here.</source>
        <translation>Noch keine anstehenden Buchungen. Sobald Sie einen Raum buchen, erscheint er hier.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel booking of %1</source>
        <translation>Buchung von %1 stornieren</translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <location filename="../client/NotificationsDialog.cpp" line="+17"/>
        <location line="+11"/>
        <source>Recent notifications</source>
        <translation>Letzte Benachrichtigungen</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>The last %n notifications, newest first.</source>
        <translation>
            <numerusform>Die letzte Benachrichtigung.</numerusform>
            <numerusform>Die letzten %n Benachrichtigungen, die neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notifications yet.</source>
        <translation>Noch keine Benachrichtigungen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1  %2</source>
        <translation>%1, %2 {1 ?}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message>
        <location filename="../client/RecommendationCard.cpp" line="+28"/>
        <source>Claim Room</source>
        <translation>Raum buchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 seats</source>
        <translation>%1, %2 Plätze</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Best match</source>
        <translation>Beste Wahl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Favourite: %1</source>
        <translation>Lieblingsraum: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 building · %2</source>
        <translation>Gebäude %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>Haupthaus</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Claim %1</source>
        <translation>%1 buchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim this room (%1)</source>
        <translation>Diesen Raum buchen (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Being booked by %1…</source>
        <translation>Wird gerade von %1 gebucht…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>One of your favourite rooms. Click to remove it.</source>
        <translation>Einer Ihrer Lieblingsräume. Klicken, um ihn zu entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to your favourite rooms: they come first.</source>
        <translation>Zu Ihren Lieblingsräumen hinzufügen: Sie stehen immer oben.</translation>
    </message>
</context>
<context>
    <name>RepeatChoice</name>
    <message>
        <location filename="../client/RepeatChoice.cpp" line="+30"/>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1-week</source>
        <translation>Jede %1-Woche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat until</source>
        <translation>Wiederholen bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until the end of term</source>
        <translation>bis Ende des Halbjahres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until a date…</source>
        <translation>bis zu einem Datum…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last date of the series</source>
        <translation>Letztes Datum der Serie</translation>
    </message>
</context>
<context>
    <name>RepeatPreview</name>
    <message>
        <location filename="../client/RepeatPreview.cpp" line="+39"/>
        <source>Dates of the series</source>
        <translation>Termine der Serie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed: %1</source>
        <translation>Nicht erlaubt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taken by %1</source>
        <translation>Belegt von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by %1 (%2)</source>
        <translation>Belegt von %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Being booked by %1</source>
        <translation>Wird gerade von %1 gebucht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>School closed</source>
        <translation>Schule geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School closed: %1</source>
        <translation>Schule geschlossen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking every date…</source>
        <translation>Jeder Termin wird geprüft…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The date will be booked.</source>
        <translation>Der Termin wird gebucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date cannot be booked.</source>
        <translation>Der Termin kann nicht gebucht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 dates will be booked.</source>
        <translation>%1 von %2 Terminen werden gebucht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ReplyText</name>
    <message>
        <location filename="../client/ReplyText.cpp" line="+85"/>
        <source>The school is closed on %1 (%2). Please choose another day.</source>
        <translation>Die Schule ist am %1 geschlossen (%2). Bitte wählen Sie einen anderen Tag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The school is closed that day (%1). Please choose another day.</source>
        <translation>Die Schule ist an diesem Tag geschlossen (%1). Bitte wählen Sie einen anderen Tag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The school is closed that day. Please choose another day.</source>
        <translation>Die Schule ist an diesem Tag geschlossen. Bitte wählen Sie einen anderen Tag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rooms can be booked at most one day ahead. Please choose an earlier date, or ask the school office.</source>
        <translation>Räume können höchstens einen Tag im Voraus gebucht werden. Bitte wählen Sie ein früheres Datum oder fragen Sie im Sekretariat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rooms can be booked at most %1 days ahead. Please choose an earlier date, or ask the school office.</source>
        <translation>Räume können höchstens %1 Tage im Voraus gebucht werden. Bitte wählen Sie ein früheres Datum oder fragen Sie im Sekretariat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That date is too far ahead to book yet. Please choose an earlier date, or ask the school office.</source>
        <translation>Dieses Datum liegt zu weit in der Zukunft, um es schon zu buchen. Bitte wählen Sie ein früheres Datum oder fragen Sie im Sekretariat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You already have an upcoming booking, the most allowed. Cancel it in My Bookings to book another.</source>
        <translation>Sie haben bereits eine anstehende Buchung, mehr sind nicht erlaubt. Stornieren Sie sie unter „Meine Buchungen“, um eine andere zu buchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You already have %1 upcoming bookings, the most allowed. Cancel one in My Bookings to book another.</source>
        <translation>Sie haben bereits %1 anstehende Buchungen, mehr sind nicht erlaubt. Stornieren Sie eine unter „Meine Buchungen“, um eine weitere zu buchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You already have as many upcoming bookings as allowed. Cancel one in My Bookings to book another.</source>
        <translation>Sie haben bereits so viele anstehende Buchungen wie erlaubt. Stornieren Sie eine unter „Meine Buchungen“, um eine weitere zu buchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This room can only be booked by the school office. Please choose another room.</source>
        <translation>Dieser Raum kann nur vom Sekretariat gebucht werden. Bitte wählen Sie einen anderen Raum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 can only be booked by the school office. Please choose another room.</source>
        <translation>%1 kann nur vom Sekretariat gebucht werden. Bitte wählen Sie einen anderen Raum.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another teacher is currently booking — please wait and try again.</source>
        <translation>Eine andere Lehrkraft bucht gerade – bitte warten Sie kurz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is booking this room right now — please wait and try again.</source>
        <translation>%1 bucht diesen Raum gerade – bitte warten Sie kurz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Room already booked</source>
        <translation>Raum bereits gebucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room already booked by %1</source>
        <translation>Raum bereits von %1 gebucht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was booked, because not every date is free.</source>
        <translation>Es wurde nichts gebucht, weil nicht jeder Termin frei ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was booked, because not every date is free:
%1</source>
        <translation>Es wurde nichts gebucht, weil nicht jeder Termin frei ist:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This room no longer exists. Please search again.</source>
        <translation>Dieser Raum existiert nicht mehr. Bitte suchen Sie erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 no longer exists. Please search again.</source>
        <translation>%1 existiert nicht mehr. Bitte suchen Sie erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This booking no longer exists; it may have been canceled already.</source>
        <translation>Diese Buchung existiert nicht mehr; vielleicht wurde sie bereits storniert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This series no longer exists; it may have been canceled already.</source>
        <translation>Diese Serie existiert nicht mehr; vielleicht wurde sie bereits storniert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you asked for no longer exists.</source>
        <translation>Das Angefragte existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not allowed to do this. If you think you should be, please ask the school office.</source>
        <translation>Das dürfen Sie nicht. Wenn Sie meinen, dass Sie es dürfen sollten, wenden Sie sich bitte an das Sekretariat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong username or password. Please try again.</source>
        <translation>Benutzername oder Passwort ist falsch. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many failed logins. Please wait a second and try again.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen. Bitte warten Sie eine Sekunde und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many failed logins. Please wait %1 seconds and try again.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen. Bitte warten Sie %1 Sekunden und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many requests at once. Please wait a moment and try again.</source>
        <translation>Zu viele Anfragen auf einmal. Bitte warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are no longer logged in. Please log in again.</source>
        <translation>Sie sind nicht mehr angemeldet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot do this at the moment (its database may be unavailable). Please try again shortly.</source>
        <translation>Der Server kann das gerade nicht ausführen (vielleicht ist seine Datenbank nicht verfügbar). Bitte versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong on the server. Please try again; if it keeps happening, tell IT.</source>
        <translation>Auf dem Server ist etwas schiefgegangen. Bitte versuchen Sie es erneut; wenn es wieder passiert, sagen Sie der IT Bescheid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not know this request; it may be older than this RoomClaim. Please ask IT to update it.</source>
        <translation>Der Server kennt diese Anfrage nicht; er ist vielleicht älter als diese RoomClaim-Version. Bitte lassen Sie ihn von der IT aktualisieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RoomClaim sent this request under a key it had used before, so the server did nothing. Please try again.</source>
        <translation>RoomClaim hat diese Anfrage unter einem bereits verwendeten Schlüssel gesendet, daher hat der Server nichts getan. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That time is already over. Please choose a later time.</source>
        <translation>Diese Zeit ist bereits vorbei. Bitte wählen Sie eine spätere Zeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached at the moment. Please try again shortly.</source>
        <translation>Der Server ist gerade nicht erreichbar. Bitte versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server sent an answer RoomClaim does not understand.</source>
        <translation>Der Server hat eine Antwort gesendet, die RoomClaim nicht versteht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>School holidays</source>
        <translation>Schulferien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your account was deactivated</source>
        <translation>Ihr Konto wurde deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your password was changed; please log in with the new one</source>
        <translation>Ihr Passwort wurde geändert; bitte melden Sie sich mit dem neuen an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role was changed; please log in again</source>
        <translation>Ihre Rolle wurde geändert; bitte melden Sie sich erneut an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server ended your session</source>
        <translation>Der Server hat Ihre Sitzung beendet</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../client/ResultsView.cpp" line="+25"/>
        <source>Free rooms</source>
        <translation>Freie Räume</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No free room matches. Try another period, fewer seats or fewer features.</source>
        <translation>Kein freier Raum passt. Versuchen Sie eine andere Stunde, weniger Plätze oder weniger Ausstattung.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No free room matches any more. Try another period, fewer seats or fewer features.</source>
        <translation>Es passt kein freier Raum mehr. Versuchen Sie eine andere Stunde, weniger Plätze oder weniger Ausstattung.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../client/SearchPanel.cpp" line="+34"/>
        <source>Find a free room</source>
        <translation>Freien Raum finden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day to find a free room on</source>
        <translation>Der Tag, für den ein freier Raum gesucht wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day to find a free room on (%1 jumps here; %2 and %3 step a day)</source>
        <translation>Der Tag, für den ein freier Raum gesucht wird (%1 springt hierher; %2 und %3 blättern um einen Tag)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lesson of the day, or a time of your own</source>
        <translation>Eine Stunde des Tages oder eine eigene Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period</source>
        <translation>&amp;Stunde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any size</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> pupils</source>
        <translation> Schüler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class size</source>
        <translation>Klassengröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only rooms with at least this many seats</source>
        <translation>Nur Räume mit mindestens so vielen Plätzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class &amp;size</source>
        <translation>&amp;Klassengröße</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The end time must be after the start time.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1  (%2–%3)</source>
        <translation>%1  (%2–%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom time…</source>
        <translation>Eigene Zeit…</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+29"/>
        <source>School closed</source>
        <translation>Schule geschlossen</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>School closed: %1</source>
        <translation>Schule geschlossen: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Week %1 · %2</source>
        <translation>Woche %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Needs %1</source>
        <translation>Ausstattung: %1</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SecurityLabel</name>
    <message>
        <location filename="../client/SecurityLabel.cpp" line="+10"/>
        <source>Connection security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not encrypted — with a ws:// address your password and bookings cross the network readable by anyone on it. Use the wss:// address IT gave you.</source>
        <translation>Nicht verschlüsselt – mit einer ws://-Adresse gehen Ihr Passwort und Ihre Buchungen für jeden im Netz lesbar über die Leitung. Verwenden Sie die wss://-Adresse, die Sie von der IT bekommen haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted (TLS) — the server&apos;s certificate is checked when you log in.</source>
        <translation>Verschlüsselt (TLS) – das Zertifikat des Servers wird bei der Anmeldung geprüft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encrypted (TLS) — certificate verified for %1</source>
        <translation>Verschlüsselt (TLS) – Zertifikat für %1 geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not encrypted — the connection to %1 uses no TLS: your password and bookings cross the network readable by anyone on it.</source>
        <translation>Nicht verschlüsselt – die Verbindung zu %1 verwendet kein TLS: Ihr Passwort und Ihre Buchungen gehen für jeden im Netz lesbar über die Leitung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not connected — the server&apos;s certificate could not be verified.</source>
        <translation>Nicht verbunden – das Zertifikat des Servers konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted (TLS)</source>
        <translation>verschlüsselt (TLS)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
</context>
<context>
    <name>SeriesGroup</name>
    <message>
        <location filename="../client/SeriesGroup.cpp" line="+59"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 date, %1</source>
        <translation>1 Termin, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 dates until %2</source>
        <translation>%1 Termine bis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hide the dates</source>
        <translation>Termine ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the dates</source>
        <translation>Termine anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the dates of %1</source>
        <translation>Termine von %1 ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the dates of %1</source>
        <translation>Termine von %1 anzeigen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel this date</source>
        <translation>Diesen Termin stornieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel %1 on %2</source>
        <translation>%1 am %2 stornieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel this and later dates</source>
        <translation>Diesen und spätere stornieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel %1 on %2 and every later date of the series</source>
        <translation>%1 am %2 und jeden späteren Termin der Serie stornieren</translation>
    </message>
</context>
<context>
    <name>TlsFailure</name>
    <message>
        <location filename="../client/TlsFailure.cpp" line="+56"/>
        <source>an unknown issuer</source>
        <translation>einem unbekannten Aussteller</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server&apos;s certificate is not trusted: it was issued by “%1”, which this computer does not trust. RoomClaim did not connect. Please ask IT to set up the school certificate on this computer.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: Es wurde von „%1“ ausgestellt, dem dieser Computer nicht vertraut. RoomClaim hat keine Verbindung aufgebaut. Bitte lassen Sie die IT das Schulzertifikat auf diesem Computer einrichten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server&apos;s certificate has expired or is not yet valid (valid from %1 to %2). RoomClaim did not connect. Please ask IT to renew it, or check this computer&apos;s date and time.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen oder noch nicht gültig (gültig vom %1 bis %2). RoomClaim hat keine Verbindung aufgebaut. Bitte lassen Sie es von der IT erneuern, oder prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server&apos;s certificate was issued for another host name: %1, not %2. RoomClaim did not connect. Please check the server address, or ask IT.</source>
        <translation>Das Zertifikat des Servers wurde für einen anderen Hostnamen ausgestellt: %1, nicht %2. RoomClaim hat keine Verbindung aufgebaut. Bitte prüfen Sie die Serveradresse oder wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no reason given</source>
        <translation>ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate could not be verified (%1). RoomClaim did not connect. Please ask IT.</source>
        <translation>Das Zertifikat des Servers konnte nicht geprüft werden (%1). RoomClaim hat keine Verbindung aufgebaut. Bitte wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No secure connection to %1 could be set up (%2). RoomClaim does not fall back to an unencrypted connection. Please check the address, or ask IT.</source>
        <translation>Zu %1 konnte keine sichere Verbindung aufgebaut werden (%2). RoomClaim weicht nicht auf eine unverschlüsselte Verbindung aus. Bitte prüfen Sie die Adresse oder wenden Sie sich an die IT.</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <location filename="../client/TlsTrust.cpp" line="+22"/>
        <source>The school certificate %1 (from %2) cannot be read: %3. Please ask IT.</source>
        <translation>Das Schulzertifikat %1 (aus %2) kann nicht gelesen werden: %3. Bitte wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (from %2) holds a private key, not a certificate. Use the school certificate school-ca.crt instead, and keep the key on the server.</source>
        <translation>%1 (aus %2) enthält einen privaten Schlüssel, kein Zertifikat. Verwenden Sie stattdessen das Schulzertifikat school-ca.crt und lassen Sie den Schlüssel auf dem Server.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (from %2) is not a certificate file (PEM or DER). Please ask IT for the school certificate school-ca.crt.</source>
        <translation>%1 (aus %2) ist keine Zertifikatsdatei (PEM oder DER). Bitte fragen Sie die IT nach dem Schulzertifikat school-ca.crt.</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../client/Toast.cpp" line="+37"/>
        <source>Click to dismiss. Stays while the pointer is over it.</source>
        <translation>Zum Schließen klicken. Bleibt sichtbar, solange der Mauszeiger darauf steht.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../client/UiLanguage.cpp" line="+49"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>ViewTabs</name>
    <message>
        <location filename="../client/ViewTabs.cpp" line="+26"/>
        <source>&amp;Free rooms</source>
        <translation>&amp;Freie Räume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ay</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rooms free at the time you searched for</source>
        <translation>Die Räume, die zur gesuchten Zeit frei sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every room and period of the date, live</source>
        <translation>Alle Räume und Stunden des Tages, live</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One room&apos;s week</source>
        <translation>Die Woche eines Raums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free rooms, the day grid or one room&apos;s week</source>
        <translation>Freie Räume, Tagesübersicht oder die Woche eines Raums</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../client/WeekView.cpp" line="+20"/>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room</source>
        <translation>&amp;Raum</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days and periods</source>
        <translation>Tage und Stunden</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The week could not be loaded: %1</source>
        <translation>Die Woche konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · Week %2</source>
        <translation>%1 · Woche %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../client/main.cpp" line="+47"/>
        <source>RoomClaim teacher client</source>
        <translation>RoomClaim-Client für Lehrkräfte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server address (wss://host:port; host:port alone means wss://).</source>
        <translation>Serveradresse (wss://host:port; host:port allein bedeutet wss://).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The school&apos;s certificate authority to trust besides the system&apos;s (school-ca.crt); default: the setting tls/ca.</source>
        <translation>Die Zertifizierungsstelle der Schule, der zusätzlich zu denen des Systems vertraut wird (school-ca.crt); Standard: die Einstellung tls/ca.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Username to log in with.</source>
        <translation>Benutzername für die Anmeldung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password; with --server and --username logs in at once (for demos).</source>
        <translation>Passwort; zusammen mit --server und --username erfolgt die Anmeldung sofort (für Vorführungen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language for this run: system, en, de, fr or es (default: the language chosen in RoomClaim).</source>
        <translation>Die Sprache für diesen Start: system, en, de, fr oder es (Standard: die in RoomClaim gewählte Sprache).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>roomclaim: unknown language &apos;%1&apos; for --lang; use system, en, de, fr or es.</source>
        <translation>roomclaim: unbekannte Sprache „%1“ für --lang; verwenden Sie system, en, de, fr oder es.</translation>
    </message>
</context>
</TS>
