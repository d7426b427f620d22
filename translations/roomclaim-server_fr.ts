<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AdminErrors</name>
    <message>
        <location filename="../server/console/AdminErrors.cpp" line="+19"/>
        <source>The database cannot be reached right now, so nothing was changed. Please try again in a moment. (%1)</source>
        <translation>La base de données est injoignable pour le moment&#xa0;: rien n&apos;a été modifié. Veuillez réessayer dans un instant. (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database is busy with another task, so nothing was changed. Please try again in a moment.</source>
        <translation>La base de données est occupée par une autre tâche&#xa0;: rien n&apos;a été modifié. Veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database refused the change: %1</source>
        <translation>La base de données a refusé la modification&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something unexpected went wrong; nothing was changed.</source>
        <translation>Une erreur inattendue s&apos;est produite&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <location filename="../server/console/AuditExport.cpp" line="+59"/>
        <location line="+52"/>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;exportation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Export stopped; no file was written.</source>
        <translation>Exportation interrompue&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported 1 audit entry to %1.</source>
        <translation>1 entrée du journal d&apos;audit exportée vers %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 audit entries to %2.</source>
        <translation>%1 entrées du journal d&apos;audit exportées vers %2.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../server/console/AuditPage.cpp" line="+58"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Load older entries</source>
        <translation>Charger les entrées &amp;plus anciennes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop export</source>
        <translation>Arrêter l&apos;exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve</source>
        <translation>E&amp;nregistrer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of action</source>
        <translation>Type d&apos;action</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+281"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>Search the audit log</source>
        <translation>Rechercher dans le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room, username, address, reason…</source>
        <translation>Salle, nom d&apos;utilisateur, adresse, motif…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refres&amp;h</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Action:</source>
        <translation>Ac&amp;tion&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sear&amp;ch:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Show the next %1 older entries</source>
        <translation>Afficher les %1 entrées plus anciennes suivantes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting… %p%</source>
        <translation>Exportation… %p%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save every entry the filters select (not only those shown) as CSV</source>
        <translation>Enregistrer au format CSV toutes les entrées retenues par les filtres (pas seulement celles affichées)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Days to keep audit entries</source>
        <translation>Durée de conservation des entrées du journal d&apos;audit, en jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older entries are removed automatically; %1 days is one school year. Shared by every server on this database.</source>
        <translation>Les entrées plus anciennes sont supprimées automatiquement&#xa0;; %1 jours correspondent à une année scolaire. S&apos;applique à tous les serveurs de cette base de données.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep entries for:</source>
        <translation>&amp;Conserver les entrées&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing here holds a password or a session token.</source>
        <translation>Rien ici ne contient de mot de passe ni de jeton de session.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No audit entries from %1 to %2 match these filters.</source>
        <translation>Aucune entrée du journal d&apos;audit du %1 au %2 ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No audit entries from %1 to %2.</source>
        <translation>Aucune entrée du journal d&apos;audit du %1 au %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Newest %1 entries</source>
        <translation>Les %1 entrées les plus récentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Config file</source>
        <translation>Fichier de configuration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2, inactive)</source>
        <translation>%1 (%2, inactif)</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Audit entries are now kept for %n days.</source>
        <translation>
            <numerusform>Les entrées du journal d&apos;audit sont désormais conservées %n jour.</numerusform>
            <numerusform>Les entrées du journal d&apos;audit sont désormais conservées %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../server/console/AuditText.cpp" line="+31"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Booking made</source>
        <translation>Réservation effectuée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking canceled</source>
        <translation>Réservation annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series booked</source>
        <translation>Série réservée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series canceled</source>
        <translation>Série annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room added</source>
        <translation>Salle ajoutée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room changed</source>
        <translation>Salle modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room deactivated</source>
        <translation>Salle désactivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room reactivated</source>
        <translation>Salle réactivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room restricted to admins</source>
        <translation>Salle limitée aux administrateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room open to all</source>
        <translation>Salle ouverte à tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher added</source>
        <translation>Enseignant ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher changed</source>
        <translation>Enseignant modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher deactivated</source>
        <translation>Enseignant désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher reactivated</source>
        <translation>Enseignant réactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password set</source>
        <translation>Mot de passe défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role changed</source>
        <translation>Rôle modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bell schedule changed</source>
        <translation>Grille horaire modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar changed</source>
        <translation>Calendrier modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking rules changed</source>
        <translation>Règles de réservation modifiées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit retention changed</source>
        <translation>Durée de conservation du journal modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock force-released</source>
        <translation>Verrou libéré de force</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV import</source>
        <translation>Importation CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed login</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login throttled</source>
        <translation>Connexions ralenties</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Config file</source>
        <translation>Fichier de configuration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command line (%1)</source>
        <translation>Ligne de commande (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not logged in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teachers</source>
        <translation>Enseignants</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logins</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
</context>
<context>
    <name>BellSchedulePage</name>
    <message>
        <location filename="../server/console/BellSchedulePage.cpp" line="+33"/>
        <source>ends too early</source>
        <translation>se termine trop tôt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>overlaps %1</source>
        <translation>chevauche %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The periods of each school day. Teachers pick from the day&apos;s periods when they book a room. Periods of one day may not overlap; gaps between them are breaks.</source>
        <translation>Les heures de cours de chaque jour d&apos;école. Les enseignants choisissent parmi les heures de cours du jour pour réserver une salle. Les heures de cours d&apos;une même journée ne peuvent pas se chevaucher&#xa0;; les intervalles entre elles sont des pauses.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add period</source>
        <translation>Ajouter une heure de cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove period</source>
        <translation>Supprimer l&apos;heure de cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy to other days…</source>
        <translation>Copier vers d&apos;autres jours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give other weekdays the same periods as this one</source>
        <translation>Donner aux autres jours de la semaine les mêmes heures de cours que celui-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save schedule</source>
        <translation>Enregistrer la grille</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Changes discarded.</source>
        <translation>Modifications annulées.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Periods on %1</source>
        <translation>Heures de cours du %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period %1</source>
        <translation>Heure %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Copied %1&apos;s periods to %2. Press Save schedule to apply them.</source>
        <translation>Heures de cours du %1 copiées vers %2. Cliquez sur Enregistrer la grille pour les appliquer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving the bell schedule…</source>
        <translation>Enregistrement de la grille horaire…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1 on %2.</source>
        <translation>Enregistré&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 period</source>
        <translation>1 heure de cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 periods</source>
        <translation>%1 heures de cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Open teacher windows show the new schedule now.</source>
        <translation> Les fenêtres ouvertes des enseignants affichent désormais la nouvelle grille.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Start of %1</source>
        <translation>Début de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of %1</source>
        <translation>Fin de %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (none)</source>
        <translation>%1 (aucune)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: a period needs fixing</source>
        <translation>%1&#xa0;: une heure de cours est à corriger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: 1 period</source>
        <translation>%1&#xa0;: 1 heure de cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 periods</source>
        <translation>%1&#xa0;: %2 heures de cours</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes: press Save schedule to apply them.</source>
        <translation>Modifications non enregistrées&#xa0;: cliquez sur Enregistrer la grille pour les appliquer.</translation>
    </message>
</context>
<context>
    <name>BookingRulesPage</name>
    <message>
        <location filename="../server/console/BookingRulesPage.cpp" line="+38"/>
        <source>Rules every teacher&apos;s booking must keep. Admins are exempt. A refused booking tells the teacher which rule refused it.</source>
        <translation>Règles que doit respecter toute réservation d&apos;un enseignant. Les administrateurs en sont exemptés. En cas de refus, l&apos;enseignant voit quelle règle s&apos;applique.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location line="-6"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many days ahead teachers may book</source>
        <translation>Combien de jours à l&apos;avance les enseignants peuvent réserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0: no limit</source>
        <translation>0&#xa0;: sans limite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> bookings</source>
        <translation> réservations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many upcoming bookings one teacher may hold</source>
        <translation>Combien de réservations à venir un enseignant peut détenir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0: no limit. Each date of a repeating booking counts.</source>
        <translation>0&#xa0;: sans limite. Chaque date d&apos;une réservation récurrente compte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rooms only admins may book</source>
        <translation>Salles que seuls les administrateurs peuvent réserver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save rules</source>
        <translation>Enregistrer les règles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book at most &amp;this far ahead:</source>
        <translation>&amp;Délai maximal de réservation&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upcoming bookings per teacher:</source>
        <translation>Réservations à &amp;venir par enseignant&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restricted rooms</source>
        <translation>Salles restreintes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked rooms can only be booked by an admin (for example the exam hall). Teachers still see their bookings.</source>
        <translation>Les salles cochées ne peuvent être réservées que par un administrateur (par exemple la salle d&apos;examen). Les enseignants voient toujours leurs réservations.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Changes discarded.</source>
        <translation>Modifications annulées.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saving the rules…</source>
        <translation>Enregistrement des règles…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. Teachers&apos; next bookings follow these rules.</source>
        <translation>Enregistré. Les prochaines réservations des enseignants suivront ces règles.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Bookings may be made any time ahead.</source>
        <translation>Les réservations sont possibles sans limite de délai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings may be made at most 1 day ahead.</source>
        <translation>Les réservations sont possibles au plus 1 jour à l&apos;avance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings may be made at most %1 days ahead.</source>
        <translation>Les réservations sont possibles au plus %1 jours à l&apos;avance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No limit on upcoming bookings.</source>
        <translation>Pas de limite de réservations à venir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 1 upcoming booking per teacher.</source>
        <translation>Au plus 1 réservation à venir par enseignant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most %1 upcoming bookings per teacher.</source>
        <translation>Au plus %1 réservations à venir par enseignant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every room is open to teachers.</source>
        <translation>Toutes les salles sont ouvertes aux enseignants.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 room for admins only.</source>
        <translation>1 salle limitée aux administrateurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rooms for admins only.</source>
        <translation>%1 salles limitées aux administrateurs.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved changes: press Save rules to apply them.</source>
        <translation>Modifications non enregistrées&#xa0;: cliquez sur Enregistrer les règles pour les appliquer.</translation>
    </message>
</context>
<context>
    <name>BookingsExport</name>
    <message>
        <location filename="../server/console/BookingsExport.cpp" line="+46"/>
        <location line="+34"/>
        <source>Export stopped; no file was written.</source>
        <translation>Exportation interrompue&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+29"/>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;exportation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported 1 booking to %1.</source>
        <translation>1 réservation exportée vers %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 bookings to %2.</source>
        <translation>%1 réservations exportées vers %2.</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <location filename="../server/console/BookingsPage.cpp" line="+63"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop export</source>
        <translation>Arrêter l&apos;exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel booking…</source>
        <translation>A&amp;nnuler la réservation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Room filter</source>
        <translation>Filtre de salle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teacher filter</source>
        <translation>Filtre d&apos;enseignant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Today</source>
        <translation>Aujourd&apos;&amp;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show today&apos;s bookings</source>
        <translation>Afficher les réservations du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next 7 days</source>
        <translation>7 &amp;prochains jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show today&apos;s and the next six days&apos; bookings</source>
        <translation>Afficher les réservations d&apos;aujourd&apos;hui et des six jours suivants</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Room:</source>
        <translation>&amp;Salle&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Te&amp;acher:</source>
        <translation>&amp;Enseignant&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exporting… %p%</source>
        <translation>Exportation… %p%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the selected booking (or dates of its series); you give a reason the teacher sees</source>
        <translation>Annuler la réservation sélectionnée (ou des dates de sa série)&#xa0;; vous indiquez un motif que l&apos;enseignant verra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the bookings of this date range and filters as CSV</source>
        <translation>Enregistrer au format CSV les réservations de cette période et de ces filtres</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>All rooms</source>
        <translation>Toutes les salles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All teachers</source>
        <translation>Tous les enseignants</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Series %1</source>
        <translation>Série %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One date of repeating booking %1 (%2 of its dates listed here). Cancel offers this date, this and later dates, or the whole series.</source>
        <translation>Une date de la réservation récurrente %1 (%2 de ses dates listées ici). L&apos;annulation propose cette date, cette date et les suivantes, ou toute la série.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No bookings on %1 for this room and teacher.</source>
        <translation>Aucune réservation pour cette salle et cet enseignant&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bookings on %1.</source>
        <translation>Aucune réservation&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 booking</source>
        <translation>1 réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bookings</source>
        <translation>%1 réservations</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No date of the series was left to cancel.</source>
        <translation>Il ne restait aucune date de la série à annuler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled %1&apos;s booking of %2; their client shows the reason.</source>
        <translation>Réservation de %2 par %1 annulée&#xa0;; son application affiche le motif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Canceled %1 dates of %2&apos;s series in %3; their client shows the reason.</source>
        <translation>%1 dates annulées dans la série de %2 (%3)&#xa0;; son application affiche le motif.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export bookings</source>
        <translation>Exporter les réservations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../server/console/CalendarPage.cpp" line="+57"/>
        <source>Import from CSV…</source>
        <translation>Importer depuis un CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the whole calendar from a CSV file: kind,name,first,last,weeks</source>
        <translation>Remplacer tout le calendrier à partir d&apos;un fichier CSV&#xa0;: kind,name,first,last,weeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save calendar</source>
        <translation>Enregistrer le calendrier</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+34"/>
        <source>Bookings on closed days</source>
        <translation>Réservations les jours de fermeture</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed for</source>
        <translation>Motif de fermeture</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel booking…</source>
        <translation>Annuler la réservation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the selected booking; you give a reason the teacher sees</source>
        <translation>Annuler la réservation sélectionnée&#xa0;; vous indiquez un motif que l&apos;enseignant verra</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Year view</source>
        <translation>Vue annuelle</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Changes discarded.</source>
        <translation>Modifications annulées.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Saving the calendar…</source>
        <translation>Enregistrement du calendrier…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1 and %2.</source>
        <translation>Enregistré&#xa0;: %1 et %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 term</source>
        <translation>1 trimestre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 terms</source>
        <translation>%1 trimestres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 closed range</source>
        <translation>1 fermeture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 closed ranges</source>
        <translation>%1 fermetures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Open teacher windows show the new calendar now.</source>
        <translation> Les fenêtres ouvertes des enseignants affichent désormais le nouveau calendrier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> 1 booking falls on a closed day (listed on the right).</source>
        <translation> 1 réservation tombe un jour de fermeture (voir la liste à droite).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %1 bookings fall on closed days (listed on the right).</source>
        <translation> %1 réservations tombent des jours de fermeture (voir la liste à droite).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Canceled 1 booking; the teacher&apos;s client shows the reason.</source>
        <translation>1 réservation annulée&#xa0;; l&apos;application de l&apos;enseignant affiche le motif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled %1 bookings; the teachers&apos; clients show the reason.</source>
        <translation>%1 réservations annulées&#xa0;; l&apos;application des enseignants affiche le motif.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No upcoming booking falls on a closed day.</source>
        <translation>Aucune réservation à venir ne tombe un jour de fermeture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 upcoming booking falls on a closed day. It stays until you cancel it.</source>
        <translation>1 réservation à venir tombe un jour de fermeture. Elle est maintenue jusqu&apos;à ce que vous l&apos;annuliez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 upcoming bookings fall on closed days. They stay until you cancel them.</source>
        <translation>%1 réservations à venir tombent des jours de fermeture. Elles sont maintenues jusqu&apos;à ce que vous les annuliez.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No terms: every day is open. Add terms or import a calendar to close the holidays.</source>
        <translation>Aucun trimestre&#xa0;: tous les jours sont ouverts. Ajoutez des trimestres ou importez un calendrier pour fermer les vacances.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2. Closed days are shaded; point at one for its reason.</source>
        <translation>Du %1 au %2. Les jours de fermeture sont grisés&#xa0;; survolez-en un pour voir le motif.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes: the year view shows them; press Save calendar to apply them.</source>
        <translation>Modifications non enregistrées&#xa0;: la vue annuelle les montre&#xa0;; cliquez sur Enregistrer le calendrier pour les appliquer.</translation>
    </message>
</context>
<context>
    <name>CalendarYearView</name>
    <message>
        <location filename="../server/console/CalendarYearView.cpp" line="+28"/>
        <source>Year view</source>
        <translation>Vue annuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per week with its week label; closed days are marked with their reason.</source>
        <translation>Une ligne par semaine avec son libellé&#xa0;; les jours de fermeture sont marqués avec leur motif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where terms begin and end, and the closed days of the week</source>
        <translation>Début et fin des trimestres, et jours de fermeture de la semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week&apos;s label in its term&apos;s week cycle</source>
        <translation>Le libellé de la semaine dans le cycle de semaines de son trimestre</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The week of %1</source>
        <translation>La semaine du %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 begins</source>
        <translation>Début&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ends</source>
        <translation>Fin&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: closed (%2)</source>
        <translation>%1&#xa0;: fermé (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: open, %2</source>
        <translation>%1&#xa0;: ouvert, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: open, %2, week %3</source>
        <translation>%1&#xa0;: ouvert, %2, semaine %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: open</source>
        <translation>%1&#xa0;: ouvert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (today)</source>
        <translation> (aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No week cycle this week</source>
        <translation>Pas de cycle de semaines cette semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week %1 of the cycle</source>
        <translation>Semaine %1 du cycle</translation>
    </message>
</context>
<context>
    <name>CancelBookingDialog</name>
    <message>
        <location filename="../server/console/CancelBookingDialog.cpp" line="+25"/>
        <location line="+50"/>
        <location line="+61"/>
        <source>Cancel booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&lt;b&gt;Cancel this repeating booking?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Annuler cette réservation récurrente&#xa0;?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Cancel this booking?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Annuler cette réservation&#xa0;?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Room:</source>
        <translation>Salle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When:</source>
        <translation>Quand&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher:</source>
        <translation>Enseignant&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Only this date (%1)</source>
        <translation>&amp;Uniquement cette date (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This date and &amp;all later dates of the series</source>
        <translation>Cette date et &amp;toutes les suivantes de la série</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The &amp;whole series (every date still to come)</source>
        <translation>La série &amp;entière (toutes les dates à venir)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Room needed for exams</source>
        <translation>p. ex. Salle requise pour les examens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for the cancellation</source>
        <translation>Motif de l&apos;annulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason (the teacher sees this):</source>
        <translation>&amp;Motif (visible par l&apos;enseignant)&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep booking</source>
        <translation>Conserver la réservation</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cancel dates</source>
        <translation>Annuler les dates</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ClosedDaysEditor</name>
    <message>
        <location filename="../server/console/ClosedDaysEditor.cpp" line="+20"/>
        <location line="+2"/>
        <source>Closed days</source>
        <translation>Jours de fermeture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add closed days</source>
        <translation>Ajouter des jours de fermeture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove closed days</source>
        <translation>Supprimer les jours de fermeture</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Holidays and inset days inside a term; teachers cannot book on them and see the reason.</source>
        <translation>Congés et journées pédagogiques au sein d&apos;un trimestre&#xa0;; les enseignants ne peuvent pas réserver ces jours-là et en voient le motif.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Inset day</source>
        <translation>Journée pédagogique</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>First closed day of %1</source>
        <translation>Premier jour de fermeture de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last closed day of %1</source>
        <translation>Dernier jour de fermeture de %1</translation>
    </message>
</context>
<context>
    <name>ConsoleText</name>
    <message>
        <location filename="../server/console/ConsoleText.cpp" line="+13"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
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
        <translation>Console du serveur RoomClaim</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bookings</source>
        <translation>&amp;Réservations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rooms</source>
        <translation>&amp;Salles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Teachers</source>
        <translation>&amp;Enseignants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bell &amp;schedule</source>
        <translation>&amp;Grille horaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cale&amp;ndar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking r&amp;ules</source>
        <translation>Règles de réservati&amp;on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au&amp;dit log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Serving on %1  ·  database %2  ·  %3</source>
        <translation>En service sur %1  ·  base de données %2  ·  %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connected</source>
        <translation>connectée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 teacher online</source>
        <translation>1 enseignant en ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 teachers online</source>
        <translation>%1 enseignants en ligne</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stop the server?</source>
        <translation>Arrêter le serveur&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing the console stops the RoomClaim server.</source>
        <translation>Fermer la console arrête le serveur RoomClaim.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 teacher is connected and will be disconnected until the server runs again.</source>
        <translation>1 enseignant est connecté et sera déconnecté jusqu&apos;au redémarrage du serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 teachers are connected and will be disconnected until the server runs again.</source>
        <translation>%1 enseignants sont connectés et seront déconnectés jusqu&apos;au redémarrage du serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop server</source>
        <translation>Arrêter le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep running</source>
        <translation>Laisser tourner</translation>
    </message>
</context>
<context>
    <name>CopyPeriodsDialog</name>
    <message>
        <location filename="../server/console/CopyPeriodsDialog.cpp" line="+18"/>
        <source>Copy %1&apos;s periods</source>
        <translation>Copier les heures de cours du %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy %1&apos;s 1 period to:</source>
        <translation>Copier l&apos;heure de cours du %1 vers&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %1&apos;s %2 periods to:</source>
        <translation>Copier les %2 heures de cours du %1 vers&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Monday to Friday</source>
        <translation>Du lundi au vendredi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ticked days&apos; own periods are replaced. Nothing is stored until you save the schedule.</source>
        <translation>Les heures de cours des jours cochés sont remplacées. Rien n&apos;est enregistré tant que vous n&apos;enregistrez pas la grille.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../server/console/ImportPage.cpp" line="+29"/>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rooms</source>
        <translation>salles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>teacher</source>
        <translation>enseignant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>teachers</source>
        <translation>enseignants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>period</source>
        <translation>heure de cours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>periods</source>
        <translation>heures de cours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>term or closed range</source>
        <translation>trimestre ou fermeture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terms or closed ranges</source>
        <translation>trimestres ou fermetures</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 on %2, replacing the whole bell schedule</source>
        <translation>%1 sur %2, en remplacement de toute la grille horaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 period</source>
        <translation>1 heure de cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 periods</source>
        <translation>%1 heures de cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 weekday</source>
        <translation>1 jour de la semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 weekdays</source>
        <translation>%1 jours de la semaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2, replacing the whole calendar</source>
        <translation>%1 et %2, en remplacement de tout le calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 term</source>
        <translation>1 trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 terms</source>
        <translation>%1 trimestres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 closed range</source>
        <translation>1 fermeture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 closed ranges</source>
        <translation>%1 fermetures</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 new %2, %3 updated</source>
        <translation>ajout de %1 %2, mise à jour de %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teachers</source>
        <translation>Enseignants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bell schedule</source>
        <translation>Grille horaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>choose a .csv file</source>
        <translation>choisissez un fichier .csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file to import</source>
        <translation>Fichier CSV à importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the import</source>
        <translation>Aperçu de l&apos;importation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import:</source>
        <translation>Importer&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file:</source>
        <translation>Fichier CSV&#xa0;:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Columns: &lt;b&gt;name,building,capacity,features&lt;/b&gt; — features separated by “;”. A room whose name exists already is updated.</source>
        <translation>Colonnes&#xa0;: &lt;b&gt;name,building,capacity,features&lt;/b&gt; — équipements séparés par «&#xa0;;&#xa0;». Une salle dont le nom existe déjà est mise à jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns: &lt;b&gt;username,name,email,role,password&lt;/b&gt; — role is teacher or admin; an empty password keeps an existing teacher&apos;s password. A teacher whose username exists already is updated.</source>
        <translation>Colonnes&#xa0;: &lt;b&gt;username,name,email,role,password&lt;/b&gt; — role vaut teacher ou admin&#xa0;; un mot de passe vide conserve celui d&apos;un enseignant existant. Un enseignant dont le nom d&apos;utilisateur existe déjà est mis à jour.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns: &lt;b&gt;weekdays,name,start,end&lt;/b&gt; — weekdays Mon, Mon-Thu or Mon;Wed;Fri, times HH:MM. Replaces the whole bell schedule.</source>
        <translation>Colonnes&#xa0;: &lt;b&gt;weekdays,name,start,end&lt;/b&gt; — weekdays Mon, Mon-Thu ou Mon;Wed;Fri, heures au format HH:MM. Remplace toute la grille horaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns: &lt;b&gt;kind,name,first,last,weeks&lt;/b&gt; — kind term or closed, dates YYYY-MM-DD, weeks a term&apos;s cycle (A;B) or empty. Replaces the whole calendar; bookings are kept.</source>
        <translation>Colonnes&#xa0;: &lt;b&gt;kind,name,first,last,weeks&lt;/b&gt; — kind vaut term ou closed, dates au format AAAA-MM-JJ, weeks est le cycle d&apos;un trimestre (A;B) ou vide. Remplace tout le calendrier&#xa0;; les réservations sont conservées.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a CSV file first.</source>
        <translation>Choisissez d&apos;abord un fichier CSV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was imported: the file has a problem, listed above.</source>
        <translation>Rien n&apos;a été importé&#xa0;: le fichier comporte un problème, indiqué ci-dessus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported: the file has %1 problems, listed above.</source>
        <translation>Rien n&apos;a été importé&#xa0;: le fichier comporte %1 problèmes, indiqués ci-dessus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: the file lists no %1.</source>
        <translation>Rien n&apos;a été importé&#xa0;: le fichier ne contient aucune entrée (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported: %1.</source>
        <translation>Importé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Teachers&apos; screens update automatically.</source>
        <translation> Les écrans des enseignants se mettent à jour automatiquement.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import rooms</source>
        <translation>Importer des salles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import teachers</source>
        <translation>Importer des enseignants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the bell schedule</source>
        <translation>Importer la grille horaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the calendar</source>
        <translation>Importer le calendrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file has a header but no %1 to import.</source>
        <translation>Le fichier a une ligne d&apos;en-tête, mais aucune entrée à importer (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready: %1. Nothing has been written yet — press Import to apply all of it.</source>
        <translation>Prêt&#xa0;: %1. Rien n&apos;a encore été écrit — cliquez sur Importer pour tout appliquer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file cannot be imported: 1 problem needs fixing.</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;: 1 problème est à corriger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be imported: %1 problems need fixing.</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;: %1 problèmes sont à corriger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> An import is all or nothing, so nothing is changed until every line is right.</source>
        <translation> Une importation se fait en entier ou pas du tout&#xa0;: rien n&apos;est modifié tant que toutes les lignes ne sont pas correctes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing… the console stays usable meanwhile.</source>
        <translation>Importation… la console reste utilisable pendant ce temps.</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <location filename="../server/console/LogPane.cpp" line="+37"/>
        <source>Follow new lines</source>
        <translation>Suivre les nouvelles lignes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Debug and above</source>
        <translation>Débogage et plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info and above</source>
        <translation>Info et plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum log level</source>
        <translation>Niveau de journalisation minimal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter lines (e.g. a teacher or a room)</source>
        <translation>Filtrer les lignes (p. ex. un enseignant ou une salle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter log lines</source>
        <translation>Filtrer les lignes du journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the newest line in view as lines arrive</source>
        <translation>Garder la dernière ligne visible à mesure que les lignes arrivent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server log</source>
        <translation>Journal du serveur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear view</source>
        <translation>Effacer l&apos;affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empties this view; the server keeps logging</source>
        <translation>Vide cet affichage&#xa0;; le serveur continue de journaliser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>View cleared. New lines appear here as the server logs them.</source>
        <translation>Affichage effacé. Les nouvelles lignes apparaissent ici dès que le serveur les journalise.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No log lines yet. Connections, logins, bookings and problems appear here as they happen.</source>
        <translation>Aucune ligne de journal pour l&apos;instant. Les connexions, ouvertures de session, réservations et problèmes apparaissent ici au fur et à mesure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No lines match this level and filter.</source>
        <translation>Aucune ligne ne correspond à ce niveau et à ce filtre.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../server/console/OverviewPage.cpp" line="+81"/>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connected since</source>
        <translation>Connecté depuis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held by</source>
        <translation>Détenu par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires in</source>
        <translation>Expire dans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Force release…</source>
        <translation>&amp;Forcer la libération…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>End the selected lock now, e.g. when a teacher&apos;s confirmation is stuck</source>
        <translation>Lever immédiatement le verrou sélectionné, p. ex. quand la confirmation d&apos;un enseignant est bloquée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected teacher clients</source>
        <translation>Applications des enseignants connectées</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Active locks</source>
        <translation>Verrous actifs</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Listening on</source>
        <translation>À l&apos;écoute sur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptime</source>
        <translation>Durée de fonctionnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers online</source>
        <translation>Enseignants en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings today</source>
        <translation>Réservations du jour</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No teacher clients are connected.
They appear here as soon as they connect.</source>
        <translation>Aucune application d&apos;enseignant n&apos;est connectée.
Elles apparaissent ici dès qu&apos;elles se connectent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected clients</source>
        <translation>Applications connectées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No room is locked.
A lock appears here for the few seconds a teacher&apos;s confirmation takes, with a countdown to its expiry.</source>
        <translation>Aucune salle n&apos;est verrouillée.
Un verrou apparaît ici pendant les quelques secondes que dure la confirmation d&apos;un enseignant, avec un compte à rebours jusqu&apos;à son expiration.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server log</source>
        <translation>Journal du serveur</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Teachers connect to ws://%1/</source>
        <translation>Les enseignants se connectent à ws://%1/</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started %1</source>
        <translation>Démarré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>● Connected</source>
        <translation>● Connectée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>● Unreachable</source>
        <translation>● Injoignable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — retrying every few seconds</source>
        <translation>%1 — nouvelle tentative toutes les quelques secondes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> (admin)</source>
        <translation> (administrateur)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not logged in yet</source>
        <translation>Pas encore connecté</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 teacher</source>
        <translation>1 enseignant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 teachers</source>
        <translation>%1 enseignants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All connections logged in</source>
        <translation>Toutes les connexions sont authentifiées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 connection not logged in yet</source>
        <translation>1 connexion pas encore authentifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 connections not logged in yet</source>
        <translation>%1 connexions pas encore authentifiées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected clients (%1)</source>
        <translation>Applications connectées (%1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 booking</source>
        <translation>1 réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bookings</source>
        <translation>%1 réservations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in the next 7 days</source>
        <translation>%1 dans les 7 prochains jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database is unreachable; locks cannot be shown.</source>
        <translation>La base de données est injoignable&#xa0;; impossible d&apos;afficher les verrous.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Active locks (%1)</source>
        <translation>Verrous actifs (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2 ago)</source>
        <translation>%1 (il y a %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expiring…</source>
        <translation>expiration…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Select a lock to release it by force.</source>
        <translation>Sélectionnez un verrou pour le libérer de force.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Force-release lock</source>
        <translation>Forcer la libération du verrou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force-release %1&apos;s lock on %2?</source>
        <translation>Libérer de force le verrou de %1 sur %2&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1

Use this when a confirmation is stuck. The teacher&apos;s booking then completes or fails with a clear message; no booking is removed.</source>
        <translation>%1

À utiliser quand une confirmation est bloquée. La réservation de l&apos;enseignant aboutit alors ou échoue avec un message clair&#xa0;; aucune réservation n&apos;est supprimée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Force release</source>
        <translation>Forcer la libération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep lock</source>
        <translation>Conserver le verrou</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Releasing %1&apos;s lock on %2…</source>
        <translation>Libération du verrou de %1 sur %2…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Released %1&apos;s lock on %2.</source>
        <translation>Verrou de %1 sur %2 libéré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That lock had already ended.</source>
        <translation>Ce verrou avait déjà pris fin.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../server/console/TeachersPage.cpp" line="+30"/>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../server/console/RoomsPage.cpp" line="+31"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · admins only</source>
        <translation>%1 · administrateurs uniquement</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+279"/>
        <source>Add room</source>
        <translation>Ajouter une salle</translation>
    </message>
    <message>
        <location line="-277"/>
        <location line="+295"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>A deactivated room keeps its bookings but can no longer be found or booked by teachers.</source>
        <translation>Une salle désactivée conserve ses réservations, mais les enseignants ne peuvent plus la trouver ni la réserver.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show inactive rooms</source>
        <translation>Afficher les salles inactives</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+22"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+26"/>
        <source>Features</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. Room 204</source>
        <translation>p. ex. Salle 204</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room name</source>
        <translation>Nom de la salle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Main</source>
        <translation>p. ex. Principal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> seats</source>
        <translation> places</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>other features, separated by commas</source>
        <translation>autres équipements, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other features</source>
        <translation>Autres équipements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only admins may book this room</source>
        <translation>Seuls les administrateurs peuvent réserver cette salle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teachers still see the room and its bookings, but booking it is refused with “can only be booked by an admin”.</source>
        <translation>Les enseignants voient toujours la salle et ses réservations, mais toute réservation est refusée avec le message «&#xa0;réservable uniquement par un administrateur&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save room</source>
        <translation>Enregistrer la salle</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+227"/>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building:</source>
        <translation>Bâtiment&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity:</source>
        <translation>Capacité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features:</source>
        <translation>Équipements&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking:</source>
        <translation>Réservation&#xa0;:</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Saving “%1”…</source>
        <translation>Enregistrement de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added “%1”. Teachers&apos; screens update automatically.</source>
        <translation>«&#xa0;%1&#xa0;» ajoutée. Les écrans des enseignants se mettent à jour automatiquement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved “%1”. Teachers&apos; screens update automatically.</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée. Les écrans des enseignants se mettent à jour automatiquement.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deactivate “%1”?

Teachers will no longer find or book it. Its existing bookings stay, and you can reactivate it at any time.</source>
        <translation>Désactiver «&#xa0;%1&#xa0;»&#xa0;?

Les enseignants ne pourront plus la trouver ni la réserver. Ses réservations existantes sont conservées, et vous pouvez la réactiver à tout moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reactivate “%1”?

Teachers will be able to find and book it again.</source>
        <translation>Réactiver «&#xa0;%1&#xa0;»&#xa0;?

Les enseignants pourront de nouveau la trouver et la réserver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivate room</source>
        <translation>Désactiver la salle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reactivate room</source>
        <translation>Réactiver la salle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deactivating “%1”…</source>
        <translation>Désactivation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivating “%1”…</source>
        <translation>Réactivation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is now inactive.</source>
        <translation>«&#xa0;%1&#xa0;» est désormais inactive.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is active again.</source>
        <translation>«&#xa0;%1&#xa0;» est de nouveau active.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New room</source>
        <translation>Nouvelle salle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear form</source>
        <translation>Vider le formulaire</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
</context>
<context>
    <name>TeachersPage</name>
    <message>
        <location filename="../server/console/TeachersPage.cpp" line="+6"/>
        <location line="+340"/>
        <source>Add teacher</source>
        <translation>Ajouter un enseignant</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>Set password…</source>
        <translation>Définir le mot de passe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+360"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="-358"/>
        <source>A deactivated teacher cannot log in; their bookings stay.</source>
        <translation>Un enseignant désactivé ne peut plus se connecter&#xa0;; ses réservations sont conservées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show inactive teachers</source>
        <translation>Afficher les enseignants inactifs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Teachers</source>
        <translation>Enseignants</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+17"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+21"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>used to log in, e.g. j.smith</source>
        <translation>pour se connecter, p. ex. j.martin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shown to colleagues, e.g. Jane Smith</source>
        <translation>visible par les collègues, p. ex. Jeanne Martin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+295"/>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>Username:</source>
        <translation>Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saving %1 and hashing the password…</source>
        <translation>Enregistrement de %1 et hachage du mot de passe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added %1 (%2). They can log in now.</source>
        <translation>%1 (%2) ajouté. La connexion est possible dès maintenant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1. The new password works from now on; they have been signed out everywhere.</source>
        <translation>%1 enregistré. Le nouveau mot de passe est valable dès maintenant&#xa0;; toutes ses sessions ont été fermées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+17"/>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>New password for %1 (%2). They will be signed out everywhere and log in with the new password.</source>
        <translation>Nouveau mot de passe pour %1 (%2). Toutes ses sessions seront fermées&#xa0;; la connexion se fera ensuite avec le nouveau mot de passe.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+97"/>
        <source>New password:</source>
        <translation>Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Repeat it:</source>
        <translation>Confirmez-le&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Setting the password…</source>
        <translation>Définition du mot de passe…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New password set for %1; they have been signed out everywhere.</source>
        <translation>Nouveau mot de passe défini pour %1&#xa0;; toutes ses sessions ont été fermées.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Deactivate %1 (%2)?

They are signed out and can no longer log in. Their bookings stay, and you can reactivate the account at any time.</source>
        <translation>Désactiver %1 (%2)&#xa0;?

Toutes ses sessions sont fermées et la connexion n&apos;est plus possible. Ses réservations sont conservées, et vous pouvez réactiver le compte à tout moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reactivate %1 (%2)?

They will be able to log in again with their password.</source>
        <translation>Réactiver %1 (%2)&#xa0;?

La connexion sera de nouveau possible avec le mot de passe existant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deactivate teacher</source>
        <translation>Désactiver l&apos;enseignant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reactivate teacher</source>
        <translation>Réactiver l&apos;enseignant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deactivating %1…</source>
        <translation>Désactivation de %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivating %1…</source>
        <translation>Réactivation de %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is now inactive.</source>
        <translation>%1 est désormais inactif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is active again.</source>
        <translation>%1 est de nouveau actif.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New teacher</source>
        <translation>Nouvel enseignant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1 characters</source>
        <translation>au moins %1 caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear form</source>
        <translation>Vider le formulaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leave empty to keep the current one</source>
        <translation>laisser vide pour conserver l&apos;actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <location filename="../server/console/TermsEditor.cpp" line="+19"/>
        <location line="+2"/>
        <source>Terms</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week cycle</source>
        <translation>Cycle de semaines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The labels its weeks take in turn, e.g. A;B for a two-week timetable. Empty: no cycle.</source>
        <translation>Les libellés que prennent ses semaines à tour de rôle, p. ex. A;B pour un emploi du temps sur deux semaines. Vide&#xa0;: pas de cycle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add term</source>
        <translation>Ajouter un trimestre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove term</source>
        <translation>Supprimer le trimestre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When terms exist, every date outside them is closed (school holidays). Without terms every day is open.</source>
        <translation>Dès qu&apos;il existe des trimestres, toute date en dehors est fermée (vacances scolaires). Sans trimestre, tous les jours sont ouverts.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Term %1</source>
        <translation>Trimestre %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 weeks</source>
        <translation>%1 semaines</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. A;B — empty for no week cycle</source>
        <translation>p. ex. A;B — vide pour aucun cycle de semaines</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First day of %1</source>
        <translation>Premier jour de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day of %1</source>
        <translation>Dernier jour de %1</translation>
    </message>
</context>
</TS>
