<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../client/ClaimDialog.cpp" line="+20"/>
        <location line="+113"/>
        <source>Confirm Booking</source>
        <translation>Buchung bestätigen</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim room</source>
        <translation>Raum buchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the details and confirm your booking.</source>
        <translation>Bitte prüfen Sie die Angaben und bestätigen Sie Ihre Buchung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+2"/>
        <source>Class or purpose</source>
        <translation>Klasse oder Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Class</source>
        <translation>&amp;Klasse</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Book %1 instead (%2)</source>
        <translation>Stattdessen %1 buchen (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 building · %2</source>
        <translation>Gebäude %1 · %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Booking…</source>
        <translation>Wird gebucht…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main</source>
        <translation>Haupthaus</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../client/Connection.cpp" line="+63"/>
        <source>You are offline — RoomClaim is reconnecting to the server. Please try again in a moment.</source>
        <translation>Sie sind offline – RoomClaim verbindet sich erneut mit dem Server. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server did not answer in time. Please try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server speaks protocol version %1, but this RoomClaim needs version %2. Please update RoomClaim or ask IT.</source>
        <translation>Der Server verwendet Protokollversion %1, diese RoomClaim-Version benötigt aber Version %2. Bitte aktualisieren Sie RoomClaim oder wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The connection to the server was lost. Please try again once RoomClaim has reconnected.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen. Bitte versuchen Sie es erneut, sobald RoomClaim wieder verbunden ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot reach the RoomClaim server at %1. Check the address, or ask IT whether the server is running.</source>
        <translation>Der RoomClaim-Server unter %1 ist nicht erreichbar. Prüfen Sie die Adresse oder fragen Sie die IT, ob der Server läuft.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../client/DisplayText.cpp" line="+17"/>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 seat</source>
        <translation>1 Platz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 seats</source>
        <translation>%1 Plätze</translation>
    </message>
</context>
<context>
    <name>FitExplainer</name>
    <message>
        <location filename="../client/FitExplainer.cpp" line="+12"/>
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
    <name>LoginDialog</name>
    <message>
        <location filename="../client/LoginDialog.cpp" line="+17"/>
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
        <location line="+11"/>
        <source>server:7400</source>
        <translation>server:7400</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Please enter the server address, e.g. roomclaim.school.local:7400.</source>
        <translation>Bitte geben Sie die Serveradresse ein, z. B. roomclaim.school.local:7400.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please enter your username.</source>
        <translation>Bitte geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrong username or password. Please try again.</source>
        <translation>Benutzername oder Passwort ist falsch. Bitte versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../client/MainWindow.cpp" line="+35"/>
        <location line="+25"/>
        <location line="+57"/>
        <location line="+274"/>
        <source>RoomClaim</source>
        <translation>RoomClaim</translation>
    </message>
    <message>
        <location line="-351"/>
        <source>Back online. Results are up to date.</source>
        <translation>Wieder online. Die Ergebnisse sind aktuell.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You were logged out: %1</source>
        <translation>Sie wurden abgemeldet: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Offline — the server cannot be reached. RoomClaim keeps trying to reconnect; what you see may be out of date.</source>
        <translation>Offline – der Server ist nicht erreichbar. RoomClaim versucht weiter, sich zu verbinden; die Anzeige ist möglicherweise nicht aktuell.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Free rooms · %1</source>
        <translation>Freie Räume · %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>● Connected to %1</source>
        <translation>● Verbunden mit %1</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+30"/>
        <source>The school&apos;s bell schedule was updated.</source>
        <translation>Die Klingelzeiten der Schule wurden aktualisiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The school&apos;s room list was updated.</source>
        <translation>Die Raumliste der Schule wurde aktualisiert.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+7"/>
        <source>%1 is free again (%2).</source>
        <translation>%1 ist wieder frei (%2).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Room booked successfully: %1, %2.</source>
        <translation>Raum erfolgreich gebucht: %1, %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — please wait and try again.</source>
        <translation>%1 – bitte warten Sie kurz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+4"/>
        <source>Cancel Booking</source>
        <translation>Buchung stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep It</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Booking of %1 canceled.</source>
        <translation>Buchung von %1 storniert.</translation>
    </message>
</context>
<context>
    <name>MyBookingsPanel</name>
    <message>
        <location filename="../client/MyBookingsPanel.cpp" line="+17"/>
        <source>My Bookings</source>
        <translation>Meine Buchungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No upcoming bookings yet. Claim a room and it appears here.</source>
        <translation>Noch keine anstehenden Buchungen. Sobald Sie einen Raum buchen, erscheint er hier.</translation>
    </message>
    <message>
        <location line="+55"/>
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
    <name>RecommendationCard</name>
    <message>
        <location filename="../client/RecommendationCard.cpp" line="+23"/>
        <source>Claim Room</source>
        <translation>Raum buchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 seats</source>
        <translation>%1, %2 Plätze</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Best match</source>
        <translation>Beste Wahl</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+8"/>
        <source>Being booked by %1…</source>
        <translation>Wird gerade von %1 gebucht…</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../client/ResultsView.cpp" line="+44"/>
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
        <location filename="../client/SearchPanel.cpp" line="+26"/>
        <source>Find a free room</source>
        <translation>Freien Raum finden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period</source>
        <translation>&amp;Stunde</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <source>Class &amp;size</source>
        <translation>&amp;Klassengröße</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end time must be after the start time.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1  (%2–%3)</source>
        <translation>%1  (%2–%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom time…</source>
        <translation>Eigene Zeit…</translation>
    </message>
    <message>
        <location line="+111"/>
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
    <name>Toast</name>
    <message>
        <location filename="../client/Toast.cpp" line="+14"/>
        <source>Click to dismiss</source>
        <translation>Zum Schließen klicken</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../client/main.cpp" line="+29"/>
        <source>RoomClaim teacher client</source>
        <translation>RoomClaim-Client für Lehrkräfte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server address (ws://host:port).</source>
        <translation>Serveradresse (ws://host:port).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username to log in with.</source>
        <translation>Benutzername für die Anmeldung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password; with --server and --username logs in at once (for demos).</source>
        <translation>Passwort; zusammen mit --server und --username erfolgt die Anmeldung sofort (für Vorführungen).</translation>
    </message>
</context>
</TS>
