<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AdminErrors</name>
    <message>
        <location filename="../server/console/AdminErrors.cpp" line="+19"/>
        <source>The database cannot be reached right now, so nothing was changed. Please try again in a moment. (%1)</source>
        <translation>Die Datenbank ist gerade nicht erreichbar, daher wurde nichts geändert. Bitte gleich noch einmal versuchen. (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database is busy with another task, so nothing was changed. Please try again in a moment.</source>
        <translation>Die Datenbank ist mit einer anderen Aufgabe beschäftigt, daher wurde nichts geändert. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database refused the change: %1</source>
        <translation>Die Datenbank hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something unexpected went wrong; nothing was changed.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <location filename="../server/console/AuditExport.cpp" line="+59"/>
        <location line="+52"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Export stopped; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported 1 audit entry to %1.</source>
        <translation>1 Protokolleintrag nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 audit entries to %2.</source>
        <translation>%1 Protokolleinträge nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../server/console/AuditPage.cpp" line="+58"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Load older entries</source>
        <translation>Ältere Einträge la&amp;den</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve</source>
        <translation>Sp&amp;eichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of action</source>
        <translation>Art der Aktion</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+281"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>Search the audit log</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room, username, address, reason…</source>
        <translation>Raum, Benutzername, Adresse, Grund…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refres&amp;h</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation>Bi&amp;s:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sear&amp;ch:</source>
        <translation>Su&amp;che:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Show the next %1 older entries</source>
        <translation>Die nächsten %1 älteren Einträge anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting… %p%</source>
        <translation>Exportiere… %p%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save every entry the filters select (not only those shown) as CSV</source>
        <translation>Alle Einträge, die die Filter auswählen (nicht nur die angezeigten), als CSV speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Days to keep audit entries</source>
        <translation>Tage, die Protokolleinträge aufbewahrt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older entries are removed automatically; %1 days is one school year. Shared by every server on this database.</source>
        <translation>Ältere Einträge werden automatisch gelöscht; %1 Tage sind ein Schuljahr. Gilt für jeden Server dieser Datenbank.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep entries for:</source>
        <translation>Aufbewa&amp;hren für:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing here holds a password or a session token.</source>
        <translation>Hier stehen nie Passwörter oder Sitzungsschlüssel.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No audit entries from %1 to %2 match these filters.</source>
        <translation>Keine Protokolleinträge vom %1 bis %2 passen zu diesen Filtern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No audit entries from %1 to %2.</source>
        <translation>Keine Protokolleinträge vom %1 bis %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Newest %1 entries</source>
        <translation>Die neuesten %1 Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Config file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2, inactive)</source>
        <translation>%1 (%2, inaktiv)</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Audit entries are now kept for %n days.</source>
        <translation>
            <numerusform>Protokolleinträge werden jetzt %n Tag aufbewahrt.</numerusform>
            <numerusform>Protokolleinträge werden jetzt %n Tage aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export audit log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting to %1…</source>
        <translation>Exportiere nach %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../server/console/AuditText.cpp" line="+31"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Booking made</source>
        <translation>Buchung angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking canceled</source>
        <translation>Buchung storniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series booked</source>
        <translation>Serie gebucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series canceled</source>
        <translation>Serie storniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room added</source>
        <translation>Raum hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room changed</source>
        <translation>Raum geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room deactivated</source>
        <translation>Raum deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room reactivated</source>
        <translation>Raum wieder aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room restricted to admins</source>
        <translation>Raum nur für Admins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room open to all</source>
        <translation>Raum für alle freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher added</source>
        <translation>Lehrkraft hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher changed</source>
        <translation>Lehrkraft geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher deactivated</source>
        <translation>Lehrkraft deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher reactivated</source>
        <translation>Lehrkraft wieder aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password set</source>
        <translation>Passwort gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role changed</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bell schedule changed</source>
        <translation>Klingelzeiten geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar changed</source>
        <translation>Kalender geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking rules changed</source>
        <translation>Buchungsregeln geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit retention changed</source>
        <translation>Aufbewahrung des Protokolls geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock force-released</source>
        <translation>Sperre aufgehoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV import</source>
        <translation>CSV-Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed login</source>
        <translation>Fehlgeschlagene Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login throttled</source>
        <translation>Anmeldung gebremst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Config file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command line (%1)</source>
        <translation>Kommandozeile (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not logged in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teachers</source>
        <translation>Lehrkräfte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
</context>
<context>
    <name>BellSchedulePage</name>
    <message>
        <location filename="../server/console/BellSchedulePage.cpp" line="+60"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add period</source>
        <translation>Stunde hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove period</source>
        <translation>Stunde entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy to other days…</source>
        <translation>Auf andere Tage kopieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give other weekdays the same periods as this one</source>
        <translation>Anderen Wochentagen dieselben Stunden wie diesem geben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save schedule</source>
        <translation>Zeiten speichern</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Changes discarded.</source>
        <translation>Änderungen verworfen.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Periods on %1</source>
        <translation>Stunden am %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period %1</source>
        <translation>%1. Stunde</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Copied %1&apos;s periods to %2. Press Save schedule to apply them.</source>
        <translation>Die Stunden vom %1 wurden auf %2 kopiert. „Stundenplan speichern“ übernimmt sie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> Open teacher windows show the new schedule now.</source>
        <translation> Geöffnete Fenster der Lehrkräfte zeigen die neuen Zeiten sofort an.</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>ends too early</source>
        <translation>endet zu früh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>overlaps %1</source>
        <translation>überschneidet sich mit %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The periods of each school day. Teachers pick from the day&apos;s periods when they book a room. Periods of one day may not overlap; gaps between them are breaks.</source>
        <translation>Die Stunden jedes Schultags. Lehrkräfte wählen beim Buchen eines Raums aus den Stunden des Tages. Stunden eines Tages dürfen sich nicht überschneiden; Lücken dazwischen sind Pausen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Saving the bell schedule…</source>
        <translation>Der Stundenplan wird gespeichert…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved %1 on %2.</source>
        <translation>%1 an %2 gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 period</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 periods</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Start of %1</source>
        <translation>Beginn von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of %1</source>
        <translation>Ende von %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (none)</source>
        <translation>%1 (keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: a period needs fixing</source>
        <translation>%1: eine Stunde muss korrigiert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: 1 period</source>
        <translation>%1: 1 Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 periods</source>
        <translation>%1: %2 Stunden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes: press Save schedule to apply them.</source>
        <translation>Ungespeicherte Änderungen: Klicken Sie auf „Zeiten speichern“, um sie zu übernehmen.</translation>
    </message>
</context>
<context>
    <name>BookingRulesPage</name>
    <message>
        <location filename="../server/console/BookingRulesPage.cpp" line="+38"/>
        <source>Rules every teacher&apos;s booking must keep. Admins are exempt. A refused booking tells the teacher which rule refused it.</source>
        <translation>Regeln, die jede Buchung einer Lehrkraft einhalten muss. Admins sind ausgenommen. Eine abgelehnte Buchung nennt der Lehrkraft die Regel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <location line="-6"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many days ahead teachers may book</source>
        <translation>Wie viele Tage im Voraus Lehrkräfte buchen dürfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0: no limit</source>
        <translation>0: keine Grenze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> bookings</source>
        <translation> Buchungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many upcoming bookings one teacher may hold</source>
        <translation>Wie viele anstehende Buchungen eine Lehrkraft haben darf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0: no limit. Each date of a repeating booking counts.</source>
        <translation>0: keine Grenze. Jeder Termin einer Serienbuchung zählt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rooms only admins may book</source>
        <translation>Räume, die nur Admins buchen dürfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save rules</source>
        <translation>Regeln speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book at most &amp;this far ahead:</source>
        <translation>&amp;Höchstens so weit im Voraus buchen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upcoming bookings per teacher:</source>
        <translation>&amp;Anstehende Buchungen je Lehrkraft:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restricted rooms</source>
        <translation>Gesperrte Räume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked rooms can only be booked by an admin (for example the exam hall). Teachers still see their bookings.</source>
        <translation>Angehakte Räume kann nur ein Admin buchen (zum Beispiel die Prüfungshalle). Lehrkräfte sehen ihre Buchungen weiterhin.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Changes discarded.</source>
        <translation>Änderungen verworfen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saving the rules…</source>
        <translation>Die Regeln werden gespeichert…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. Teachers&apos; next bookings follow these rules.</source>
        <translation>Gespeichert. Die nächsten Buchungen der Lehrkräfte folgen diesen Regeln.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Bookings may be made any time ahead.</source>
        <translation>Buchungen sind beliebig weit im Voraus möglich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings may be made at most 1 day ahead.</source>
        <translation>Buchungen sind höchstens 1 Tag im Voraus möglich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings may be made at most %1 days ahead.</source>
        <translation>Buchungen sind höchstens %1 Tage im Voraus möglich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No limit on upcoming bookings.</source>
        <translation>Keine Grenze für anstehende Buchungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 1 upcoming booking per teacher.</source>
        <translation>Höchstens 1 anstehende Buchung je Lehrkraft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most %1 upcoming bookings per teacher.</source>
        <translation>Höchstens %1 anstehende Buchungen je Lehrkraft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every room is open to teachers.</source>
        <translation>Jeder Raum steht Lehrkräften offen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 room for admins only.</source>
        <translation>1 Raum nur für Admins.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rooms for admins only.</source>
        <translation>%1 Räume nur für Admins.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved changes: press Save rules to apply them.</source>
        <translation>Ungespeicherte Änderungen: „Regeln speichern“ übernimmt sie.</translation>
    </message>
</context>
<context>
    <name>BookingsExport</name>
    <message>
        <location filename="../server/console/BookingsExport.cpp" line="+46"/>
        <location line="+34"/>
        <source>Export stopped; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported 1 booking to %1.</source>
        <translation>1 Buchung nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 bookings to %2.</source>
        <translation>%1 Buchungen nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+29"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <location filename="../server/console/BookingsPage.cpp" line="+63"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel booking…</source>
        <translation>Buchung s&amp;tornieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Room filter</source>
        <translation>Raumfilter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teacher filter</source>
        <translation>Lehrkraftfilter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show today&apos;s bookings</source>
        <translation>Die heutigen Buchungen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next 7 days</source>
        <translation>&amp;Nächste 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show today&apos;s and the next six days&apos; bookings</source>
        <translation>Die Buchungen von heute und den nächsten sechs Tagen anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation>Bi&amp;s:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Room:</source>
        <translation>R&amp;aum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Te&amp;acher:</source>
        <translation>Lehrkra&amp;ft:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teacher</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exporting… %p%</source>
        <translation>Exportiere… %p%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the selected booking (or dates of its series); you give a reason the teacher sees</source>
        <translation>Die ausgewählte Buchung (oder Termine ihrer Serie) stornieren; die Lehrkraft sieht den angegebenen Grund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the bookings of this date range and filters as CSV</source>
        <translation>Die Buchungen dieses Zeitraums und dieser Filter als CSV speichern</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>All rooms</source>
        <translation>Alle Räume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All teachers</source>
        <translation>Alle Lehrkräfte</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Series %1</source>
        <translation>Serie %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One date of repeating booking %1 (%2 of its dates listed here). Cancel offers this date, this and later dates, or the whole series.</source>
        <translation>Ein Termin der Serienbuchung %1 (%2 ihrer Termine hier aufgeführt). Stornieren bietet diesen Termin, diesen und spätere Termine oder die ganze Serie an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No bookings on %1 for this room and teacher.</source>
        <translation>Keine Buchungen am %1 für diesen Raum und diese Lehrkraft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bookings on %1.</source>
        <translation>Keine Buchungen am %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 booking</source>
        <translation>1 Buchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bookings</source>
        <translation>%1 Buchungen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No date of the series was left to cancel.</source>
        <translation>Von der Serie war kein Termin mehr zu stornieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled %1&apos;s booking of %2; their client shows the reason.</source>
        <translation>Buchung von %2 durch %1 storniert; die Lehrkraft sieht den Grund in ihrem Programm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Canceled %1 dates of %2&apos;s series in %3; their client shows the reason.</source>
        <translation>%1 Termine der Serie von %2 in %3 storniert; ihr Client zeigt den Grund.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export bookings</source>
        <translation>Buchungen exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting to %1…</source>
        <translation>Exportiere nach %1…</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../server/console/CalendarPage.cpp" line="+57"/>
        <source>Import from CSV…</source>
        <translation>Aus CSV importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the whole calendar from a CSV file: kind,name,first,last,weeks</source>
        <translation>Den ganzen Kalender aus einer CSV-Datei ersetzen: kind,name,first,last,weeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save calendar</source>
        <translation>Kalender speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+34"/>
        <source>Bookings on closed days</source>
        <translation>Buchungen an Schließtagen</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teacher</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed for</source>
        <translation>Geschlossen wegen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel booking…</source>
        <translation>Buchung stornieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the selected booking; you give a reason the teacher sees</source>
        <translation>Die ausgewählte Buchung stornieren; die Lehrkraft sieht den angegebenen Grund</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Year view</source>
        <translation>Jahresansicht</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Changes discarded.</source>
        <translation>Änderungen verworfen.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Saving the calendar…</source>
        <translation>Der Kalender wird gespeichert…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1 and %2.</source>
        <translation>%1 und %2 gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 term</source>
        <translation>1 Halbjahr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 terms</source>
        <translation>%1 Halbjahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 closed range</source>
        <translation>1 Schließzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 closed ranges</source>
        <translation>%1 Schließzeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Open teacher windows show the new calendar now.</source>
        <translation> Offene Fenster der Lehrkräfte zeigen jetzt den neuen Kalender.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> 1 booking falls on a closed day (listed on the right).</source>
        <translation> 1 Buchung fällt auf einen Schließtag (rechts aufgeführt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %1 bookings fall on closed days (listed on the right).</source>
        <translation> %1 Buchungen fallen auf Schließtage (rechts aufgeführt).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Canceled 1 booking; the teacher&apos;s client shows the reason.</source>
        <translation>1 Buchung storniert; der Client der Lehrkraft zeigt den Grund.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled %1 bookings; the teachers&apos; clients show the reason.</source>
        <translation>%1 Buchungen storniert; die Clients der Lehrkräfte zeigen den Grund.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No upcoming booking falls on a closed day.</source>
        <translation>Keine anstehende Buchung fällt auf einen Schließtag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 upcoming booking falls on a closed day. It stays until you cancel it.</source>
        <translation>1 anstehende Buchung fällt auf einen Schließtag. Sie bleibt, bis Sie sie stornieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 upcoming bookings fall on closed days. They stay until you cancel them.</source>
        <translation>%1 anstehende Buchungen fallen auf Schließtage. Sie bleiben, bis Sie sie stornieren.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No terms: every day is open. Add terms or import a calendar to close the holidays.</source>
        <translation>Keine Halbjahre: jeder Tag ist offen. Halbjahre hinzufügen oder einen Kalender importieren, um die Ferien zu schließen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2. Closed days are shaded; point at one for its reason.</source>
        <translation>%1 bis %2. Schließtage sind hinterlegt; mit der Maus darauf zeigen, um den Grund zu sehen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes: the year view shows them; press Save calendar to apply them.</source>
        <translation>Ungespeicherte Änderungen: die Jahresansicht zeigt sie; „Kalender speichern“ übernimmt sie.</translation>
    </message>
</context>
<context>
    <name>CalendarYearView</name>
    <message>
        <location filename="../server/console/CalendarYearView.cpp" line="+28"/>
        <source>Year view</source>
        <translation>Jahresansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per week with its week label; closed days are marked with their reason.</source>
        <translation>Eine Zeile je Woche mit ihrer Wochenbezeichnung; Schließtage sind mit ihrem Grund markiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where terms begin and end, and the closed days of the week</source>
        <translation>Wo Halbjahre beginnen und enden, und die Schließtage der Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week&apos;s label in its term&apos;s week cycle</source>
        <translation>Die Bezeichnung der Woche im Wochenzyklus ihres Halbjahrs</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The week of %1</source>
        <translation>Die Woche vom %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 begins</source>
        <translation>%1 beginnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ends</source>
        <translation>%1 endet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: closed (%2)</source>
        <translation>%1: geschlossen (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: open, %2</source>
        <translation>%1: offen, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: open, %2, week %3</source>
        <translation>%1: offen, %2, Woche %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: open</source>
        <translation>%1: offen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (today)</source>
        <translation> (heute)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No week cycle this week</source>
        <translation>Diese Woche ohne Wochenzyklus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week %1 of the cycle</source>
        <translation>Woche %1 des Zyklus</translation>
    </message>
</context>
<context>
    <name>CancelBookingDialog</name>
    <message>
        <location filename="../server/console/CancelBookingDialog.cpp" line="+25"/>
        <location line="+50"/>
        <location line="+61"/>
        <source>Cancel booking</source>
        <translation>Buchung stornieren</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&lt;b&gt;Cancel this repeating booking?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diese Serienbuchung stornieren?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Cancel this booking?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diese Buchung stornieren?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Room:</source>
        <translation>Raum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher:</source>
        <translation>Lehrkraft:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Only this date (%1)</source>
        <translation>&amp;Nur diesen Termin (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This date and &amp;all later dates of the series</source>
        <translation>Diesen und &amp;alle späteren Termine der Serie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The &amp;whole series (every date still to come)</source>
        <translation>Die &amp;ganze Serie (jeder noch anstehende Termin)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Room needed for exams</source>
        <translation>z. B. Raum wird für Prüfungen benötigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for the cancellation</source>
        <translation>Grund für die Stornierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason (the teacher sees this):</source>
        <translation>&amp;Grund (für die Lehrkraft sichtbar):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep booking</source>
        <translation>Buchung behalten</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cancel dates</source>
        <translation>Termine stornieren</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Canceling…</source>
        <translation>Wird storniert…</translation>
    </message>
</context>
<context>
    <name>ClosedDaysEditor</name>
    <message>
        <location filename="../server/console/ClosedDaysEditor.cpp" line="+20"/>
        <location line="+2"/>
        <source>Closed days</source>
        <translation>Schließtage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add closed days</source>
        <translation>Schließtage hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove closed days</source>
        <translation>Schließtage entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Holidays and inset days inside a term; teachers cannot book on them and see the reason.</source>
        <translation>Ferien und schulinterne Fortbildungstage innerhalb eines Halbjahrs; Lehrkräfte können an ihnen nicht buchen und sehen den Grund.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Inset day</source>
        <translation>Fortbildungstag</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>First closed day of %1</source>
        <translation>Erster Schließtag von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last closed day of %1</source>
        <translation>Letzter Schließtag von %1</translation>
    </message>
</context>
<context>
    <name>ConsoleText</name>
    <message>
        <location filename="../server/console/ConsoleText.cpp" line="+13"/>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../server/console/ConsoleWindow.cpp" line="+42"/>
        <source>RoomClaim Server Console</source>
        <translation>RoomClaim-Serverkonsole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bookings</source>
        <translation>&amp;Buchungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rooms</source>
        <translation>&amp;Räume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Teachers</source>
        <translation>&amp;Lehrkräfte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bell &amp;schedule</source>
        <translation>&amp;Klingelzeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cale&amp;ndar</source>
        <translation>Kale&amp;nder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking r&amp;ules</source>
        <translation>Buchungs&amp;regeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au&amp;dit log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Serving on %1  ·  database %2  ·  %3</source>
        <translation>Läuft auf %1  ·  Datenbank %2  ·  %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 teacher online</source>
        <translation>1 Lehrkraft online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 teachers online</source>
        <translation>%1 Lehrkräfte online</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stop the server?</source>
        <translation>Server beenden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing the console stops the RoomClaim server.</source>
        <translation>Wenn Sie die Konsole schließen, wird der RoomClaim-Server beendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 teacher is connected and will be disconnected until the server runs again.</source>
        <translation>1 Lehrkraft ist verbunden und wird getrennt, bis der Server wieder läuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 teachers are connected and will be disconnected until the server runs again.</source>
        <translation>%1 Lehrkräfte sind verbunden und werden getrennt, bis der Server wieder läuft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop server</source>
        <translation>Server beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>CopyPeriodsDialog</name>
    <message>
        <location filename="../server/console/CopyPeriodsDialog.cpp" line="+18"/>
        <source>Copy %1&apos;s periods</source>
        <translation>Stunden vom %1 kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy %1&apos;s 1 period to:</source>
        <translation>Die 1 Stunde vom %1 kopieren nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %1&apos;s %2 periods to:</source>
        <translation>Die %2 Stunden vom %1 kopieren nach:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Monday to Friday</source>
        <translation>Montag bis Freitag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ticked days&apos; own periods are replaced. Nothing is stored until you save the schedule.</source>
        <translation>Die eigenen Stunden der angehakten Tage werden ersetzt. Gespeichert wird erst mit dem Stundenplan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../server/console/ImportPage.cpp" line="+29"/>
        <source>room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>teacher</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>teachers</source>
        <translation>Lehrkräfte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>period</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>periods</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>term or closed range</source>
        <translation>Halbjahr oder Schließzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terms or closed ranges</source>
        <translation>Halbjahre oder Schließzeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 on %2, replacing the whole bell schedule</source>
        <translation>%1 an %2, ersetzt den ganzen Stundenplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 period</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 periods</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 weekday</source>
        <translation>1 Wochentag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 weekdays</source>
        <translation>%1 Wochentagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2, replacing the whole calendar</source>
        <translation>%1 und %2, ersetzt den ganzen Kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 term</source>
        <translation>1 Halbjahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 terms</source>
        <translation>%1 Halbjahre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 closed range</source>
        <translation>1 Schließzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 closed ranges</source>
        <translation>%1 Schließzeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 new %2, %3 updated</source>
        <translation>%1 %2 neu, %3 aktualisiert</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teachers</source>
        <translation>Lehrkräfte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bell schedule</source>
        <translation>Stundenplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>choose a .csv file</source>
        <translation>eine .csv-Datei wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file to import</source>
        <translation>Zu importierende CSV-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the import</source>
        <translation>Vorschau des Imports</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import:</source>
        <translation>Importieren:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file:</source>
        <translation>CSV-Datei:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Columns: &lt;b&gt;name,building,capacity,features&lt;/b&gt; — features separated by “;”. A room whose name exists already is updated.</source>
        <translation>Spalten: &lt;b&gt;name,building,capacity,features&lt;/b&gt; – Ausstattung durch „;“ getrennt. Ein Raum, dessen Name schon existiert, wird aktualisiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns: &lt;b&gt;username,name,email,role,password&lt;/b&gt; — role is teacher or admin; an empty password keeps an existing teacher&apos;s password. A teacher whose username exists already is updated.</source>
        <translation>Spalten: &lt;b&gt;username,name,email,role,password&lt;/b&gt; – role ist teacher oder admin; ein leeres Passwort behält das bisherige Passwort einer Lehrkraft bei. Eine Lehrkraft, deren Benutzername schon existiert, wird aktualisiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns: &lt;b&gt;weekdays,name,start,end&lt;/b&gt; — weekdays Mon, Mon-Thu or Mon;Wed;Fri, times HH:MM. Replaces the whole bell schedule.</source>
        <translation>Spalten: &lt;b&gt;weekdays,name,start,end&lt;/b&gt; — weekdays Mon, Mon-Thu oder Mon;Wed;Fri, Zeiten HH:MM. Ersetzt den ganzen Stundenplan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns: &lt;b&gt;kind,name,first,last,weeks&lt;/b&gt; — kind term or closed, dates YYYY-MM-DD, weeks a term&apos;s cycle (A;B) or empty. Replaces the whole calendar; bookings are kept.</source>
        <translation>Spalten: &lt;b&gt;kind,name,first,last,weeks&lt;/b&gt; — kind term oder closed, Daten JJJJ-MM-TT, weeks der Zyklus eines Halbjahrs (A;B) oder leer. Ersetzt den ganzen Kalender; Buchungen bleiben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a CSV file first.</source>
        <translation>Wählen Sie zuerst eine CSV-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was imported: the file has a problem, listed above.</source>
        <translation>Nichts wurde importiert: Die Datei hat ein Problem, siehe oben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported: the file has %1 problems, listed above.</source>
        <translation>Nichts wurde importiert: Die Datei hat %1 Probleme, siehe oben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: the file lists no %1.</source>
        <translation>Nichts wurde importiert: Die Datei enthält keine %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported: %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Teachers&apos; screens update automatically.</source>
        <translation> Die Anzeigen der Lehrkräfte aktualisieren sich automatisch.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import rooms</source>
        <translation>Räume importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import teachers</source>
        <translation>Lehrkräfte importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the bell schedule</source>
        <translation>Stundenplan importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file has a header but no %1 to import.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine %1 zum Importieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready: %1. Nothing has been written yet — press Import to apply all of it.</source>
        <translation>Bereit: %1. Noch wurde nichts geschrieben – klicken Sie auf „Importieren“, um alles zu übernehmen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file cannot be imported: 1 problem needs fixing.</source>
        <translation>Diese Datei kann nicht importiert werden: 1 Problem muss behoben werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be imported: %1 problems need fixing.</source>
        <translation>Diese Datei kann nicht importiert werden: %1 Probleme müssen behoben werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> An import is all or nothing, so nothing is changed until every line is right.</source>
        <translation> Ein Import gilt ganz oder gar nicht; es ändert sich nichts, bis jede Zeile stimmt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing… the console stays usable meanwhile.</source>
        <translation>Importiere… Die Konsole bleibt währenddessen benutzbar.</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <location filename="../server/console/LogPane.cpp" line="+37"/>
        <source>Follow new lines</source>
        <translation>Neuen Zeilen folgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum log level</source>
        <translation>Minimale Protokollstufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter lines (e.g. a teacher or a room)</source>
        <translation>Zeilen filtern (z. B. Lehrkraft oder Raum)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter log lines</source>
        <translation>Protokollzeilen filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the newest line in view as lines arrive</source>
        <translation>Die neueste Zeile im Blick behalten, wenn Zeilen hinzukommen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server log</source>
        <translation>Serverprotokoll</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear view</source>
        <translation>Ansicht leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empties this view; the server keeps logging</source>
        <translation>Leert diese Ansicht; der Server protokolliert weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>View cleared. New lines appear here as the server logs them.</source>
        <translation>Ansicht geleert. Neue Zeilen erscheinen hier, sobald der Server sie protokolliert.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No log lines yet. Connections, logins, bookings and problems appear here as they happen.</source>
        <translation>Noch keine Protokollzeilen. Verbindungen, Anmeldungen, Buchungen und Probleme erscheinen hier, sobald sie auftreten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No lines match this level and filter.</source>
        <translation>Keine Zeilen passen zu dieser Stufe und diesem Filter.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../server/console/OverviewPage.cpp" line="+81"/>
        <source>Teacher</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connected since</source>
        <translation>Verbunden seit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held by</source>
        <translation>Gehalten von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires in</source>
        <translation>Läuft ab in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Force release…</source>
        <translation>Sperre &amp;aufheben…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>End the selected lock now, e.g. when a teacher&apos;s confirmation is stuck</source>
        <translation>Die ausgewählte Sperre sofort beenden, z. B. wenn die Bestätigung einer Lehrkraft hängt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected teacher clients</source>
        <translation>Verbundene Programme der Lehrkräfte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Active locks</source>
        <translation>Aktive Sperren</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Listening on</source>
        <translation>Erreichbar unter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers online</source>
        <translation>Lehrkräfte online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings today</source>
        <translation>Buchungen heute</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No teacher clients are connected.
They appear here as soon as they connect.</source>
        <translation>Keine Lehrkraft ist verbunden.
Verbindungen erscheinen hier, sobald sie entstehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected clients</source>
        <translation>Verbundene Programme</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No room is locked.
A lock appears here for the few seconds a teacher&apos;s confirmation takes, with a countdown to its expiry.</source>
        <translation>Kein Raum ist gesperrt.
Eine Sperre erscheint hier für die wenigen Sekunden, die die Bestätigung einer Lehrkraft dauert, mit einem Countdown bis zum Ablauf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server log</source>
        <translation>Serverprotokoll</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Teachers connect to ws://%1/</source>
        <translation>Für Lehrkräfte: ws://%1/</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started %1</source>
        <translation>Gestartet %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>● Connected</source>
        <translation>● Verbunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>● Unreachable</source>
        <translation>● Nicht erreichbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — retrying every few seconds</source>
        <translation>%1 – neuer Versuch alle paar Sekunden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> (admin)</source>
        <translation> (Admin)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not logged in yet</source>
        <translation>Noch nicht angemeldet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 teacher</source>
        <translation>1 Lehrkraft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 teachers</source>
        <translation>%1 Lehrkräfte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All connections logged in</source>
        <translation>Alle Verbindungen angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 connection not logged in yet</source>
        <translation>1 Verbindung noch nicht angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 connections not logged in yet</source>
        <translation>%1 Verbindungen noch nicht angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected clients (%1)</source>
        <translation>Verbundene Programme (%1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 booking</source>
        <translation>1 Buchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bookings</source>
        <translation>%1 Buchungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in the next 7 days</source>
        <translation>%1 in den nächsten 7 Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database is unreachable; locks cannot be shown.</source>
        <translation>Die Datenbank ist nicht erreichbar; Sperren können nicht angezeigt werden.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Active locks (%1)</source>
        <translation>Aktive Sperren (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2 ago)</source>
        <translation>%1 (vor %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expiring…</source>
        <translation>läuft ab…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Select a lock to release it by force.</source>
        <translation>Wählen Sie eine Sperre aus, um sie aufzuheben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Force-release lock</source>
        <translation>Sperre aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force-release %1&apos;s lock on %2?</source>
        <translation>Sperre von %1 für %2 aufheben?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1

Use this when a confirmation is stuck. The teacher&apos;s booking then completes or fails with a clear message; no booking is removed.</source>
        <translation>%1

Verwenden Sie dies, wenn eine Bestätigung hängt. Die Buchung der Lehrkraft wird dann abgeschlossen oder scheitert mit einer klaren Meldung; es wird keine Buchung entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Force release</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep lock</source>
        <translation>Sperre behalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Releasing %1&apos;s lock on %2…</source>
        <translation>Die Sperre von %1 auf %2 wird aufgehoben…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Released %1&apos;s lock on %2.</source>
        <translation>Sperre von %1 für %2 aufgehoben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That lock had already ended.</source>
        <translation>Diese Sperre war bereits beendet.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../server/console/TeachersPage.cpp" line="+30"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teacher</source>
        <translation>Lehrkraft</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../server/console/RoomsPage.cpp" line="+38"/>
        <location line="+279"/>
        <source>Add room</source>
        <translation>Raum hinzufügen</translation>
    </message>
    <message>
        <location line="-277"/>
        <location line="+295"/>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>A deactivated room keeps its bookings but can no longer be found or booked by teachers.</source>
        <translation>Ein deaktivierter Raum behält seine Buchungen, kann aber von Lehrkräften nicht mehr gefunden oder gebucht werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show inactive rooms</source>
        <translation>Inaktive Räume anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+22"/>
        <source>Capacity</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+26"/>
        <source>Features</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. Room 204</source>
        <translation>z. B. Raum 204</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room name</source>
        <translation>Raumname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Main</source>
        <translation>z. B. Haupthaus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> seats</source>
        <translation> Plätze</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>other features, separated by commas</source>
        <translation>weitere Ausstattung, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other features</source>
        <translation>Weitere Ausstattung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only admins may book this room</source>
        <translation>Nur Admins dürfen diesen Raum buchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teachers still see the room and its bookings, but booking it is refused with “can only be booked by an admin”.</source>
        <translation>Lehrkräfte sehen den Raum und seine Buchungen weiterhin, eine Buchung wird aber mit „nur von einem Admin buchbar“ abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save room</source>
        <translation>Raum speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+227"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building:</source>
        <translation>Gebäude:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity:</source>
        <translation>Plätze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features:</source>
        <translation>Ausstattung:</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · admins only</source>
        <translation>%1 · nur Admins</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Booking:</source>
        <translation>Buchung:</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Saving “%1”…</source>
        <translation>„%1“ wird gespeichert…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added “%1”. Teachers&apos; screens update automatically.</source>
        <translation>„%1“ hinzugefügt. Die Anzeigen der Lehrkräfte aktualisieren sich automatisch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved “%1”. Teachers&apos; screens update automatically.</source>
        <translation>„%1“ gespeichert. Die Anzeigen der Lehrkräfte aktualisieren sich automatisch.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deactivate “%1”?

Teachers will no longer find or book it. Its existing bookings stay, and you can reactivate it at any time.</source>
        <translation>„%1“ deaktivieren?

Lehrkräfte können den Raum dann nicht mehr finden oder buchen. Bestehende Buchungen bleiben erhalten, und Sie können ihn jederzeit wieder aktivieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reactivate “%1”?

Teachers will be able to find and book it again.</source>
        <translation>„%1“ wieder aktivieren?

Lehrkräfte können den Raum dann wieder finden und buchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivate room</source>
        <translation>Raum deaktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reactivate room</source>
        <translation>Raum aktivieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deactivating “%1”…</source>
        <translation>„%1“ wird deaktiviert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivating “%1”…</source>
        <translation>„%1“ wird reaktiviert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is now inactive.</source>
        <translation>„%1“ ist jetzt inaktiv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is active again.</source>
        <translation>„%1“ ist wieder aktiv.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New room</source>
        <translation>Neuer Raum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear form</source>
        <translation>Formular leeren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reactivate</source>
        <translation>Aktivieren</translation>
    </message>
</context>
<context>
    <name>TeachersPage</name>
    <message>
        <location filename="../server/console/TeachersPage.cpp" line="+6"/>
        <location line="+340"/>
        <source>Add teacher</source>
        <translation>Lehrkraft hinzufügen</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>Set password…</source>
        <translation>Passwort setzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+360"/>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="-358"/>
        <source>A deactivated teacher cannot log in; their bookings stay.</source>
        <translation>Eine deaktivierte Lehrkraft kann sich nicht anmelden; ihre Buchungen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show inactive teachers</source>
        <translation>Inaktive Lehrkräfte anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Teachers</source>
        <translation>Lehrkräfte</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+17"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+21"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>used to log in, e.g. j.smith</source>
        <translation>für die Anmeldung, z. B. j.schmidt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shown to colleagues, e.g. Jane Smith</source>
        <translation>für das Kollegium sichtbar, z. B. Julia Schmidt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Teacher</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+295"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saving %1 and hashing the password…</source>
        <translation>%1 wird gespeichert und das Passwort verschlüsselt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added %1 (%2). They can log in now.</source>
        <translation>%1 (%2) hinzugefügt. Die Anmeldung ist ab sofort möglich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1. The new password works from now on; they have been signed out everywhere.</source>
        <translation>%1 gespeichert. Das neue Passwort gilt ab sofort; alle bestehenden Sitzungen wurden abgemeldet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+17"/>
        <source>Set password</source>
        <translation>Passwort setzen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>New password for %1 (%2). They will be signed out everywhere and log in with the new password.</source>
        <translation>Neues Passwort für %1 (%2). Alle Sitzungen werden abgemeldet; die Anmeldung erfolgt dann mit dem neuen Passwort.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+97"/>
        <source>New password:</source>
        <translation>Neues Passwort:</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Repeat it:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Setting the password…</source>
        <translation>Das Passwort wird gesetzt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New password set for %1; they have been signed out everywhere.</source>
        <translation>Neues Passwort für %1 gesetzt; alle Sitzungen wurden abgemeldet.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Deactivate %1 (%2)?

They are signed out and can no longer log in. Their bookings stay, and you can reactivate the account at any time.</source>
        <translation>%1 (%2) deaktivieren?

Die Lehrkraft wird abgemeldet und kann sich nicht mehr anmelden. Ihre Buchungen bleiben erhalten, und Sie können das Konto jederzeit wieder aktivieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reactivate %1 (%2)?

They will be able to log in again with their password.</source>
        <translation>%1 (%2) wieder aktivieren?

Die Lehrkraft kann sich dann wieder mit ihrem Passwort anmelden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deactivate teacher</source>
        <translation>Lehrkraft deaktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reactivate teacher</source>
        <translation>Lehrkraft aktivieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deactivating %1…</source>
        <translation>%1 wird deaktiviert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivating %1…</source>
        <translation>%1 wird reaktiviert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is now inactive.</source>
        <translation>%1 ist jetzt inaktiv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is active again.</source>
        <translation>%1 ist wieder aktiv.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New teacher</source>
        <translation>Neue Lehrkraft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1 characters</source>
        <translation>mindestens %1 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear form</source>
        <translation>Formular leeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leave empty to keep the current one</source>
        <translation>leer lassen, um das bisherige zu behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reactivate</source>
        <translation>Aktivieren</translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <location filename="../server/console/TermsEditor.cpp" line="+19"/>
        <location line="+2"/>
        <source>Terms</source>
        <translation>Schulhalbjahre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week cycle</source>
        <translation>Wochenzyklus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The labels its weeks take in turn, e.g. A;B for a two-week timetable. Empty: no cycle.</source>
        <translation>Die Bezeichnungen, die seine Wochen der Reihe nach tragen, z. B. A;B für einen Zweiwochenplan. Leer: kein Zyklus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add term</source>
        <translation>Halbjahr hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove term</source>
        <translation>Halbjahr entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When terms exist, every date outside them is closed (school holidays). Without terms every day is open.</source>
        <translation>Gibt es Halbjahre, ist jeder Tag außerhalb geschlossen (Schulferien). Ohne Halbjahre ist jeder Tag offen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Term %1</source>
        <translation>Halbjahr %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. A;B — empty for no week cycle</source>
        <translation>z. B. A;B — leer für keinen Wochenzyklus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First day of %1</source>
        <translation>Erster Tag von %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day of %1</source>
        <translation>Letzter Tag von %1</translation>
    </message>
</context>
</TS>
