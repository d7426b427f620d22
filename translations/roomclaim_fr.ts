<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AlternativeOffers</name>
    <message>
        <location filename="../client/AlternativeOffers.cpp" line="+17"/>
        <source>Book something else instead:</source>
        <translation>Réserver plutôt autre chose&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Book %1 instead (%2)</source>
        <translation>Réserver plutôt %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book %1 instead</source>
        <translation>Réserver plutôt %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Book %1 at %2 instead</source>
        <translation>Réserver plutôt %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book %1 in %2 (%3) instead</source>
        <translation>Réserver plutôt %1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>BookingCanceller</name>
    <message>
        <location filename="../client/BookingCanceller.cpp" line="+37"/>
        <source>Cancel booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel your booking of %1 on %2?
Colleagues will see the room as free again.</source>
        <translation>Annuler votre réservation de %1 le %2&#xa0;?
Vos collègues verront de nouveau la salle comme libre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel Booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep It</source>
        <translation>La conserver</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel your booking of %1 on %2, the last date of this series?
Colleagues will see the room as free again.</source>
        <translation>Annuler votre réservation de %1 le %2, dernière date de cette série&#xa0;?
Vos collègues verront de nouveau la salle comme libre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel your booking of %1 on %2 and every later date of this series (%3 dates in all)?
Colleagues will see the room as free again.</source>
        <translation>Annuler votre réservation de %1 le %2 et toutes les dates suivantes de cette série (%3 dates en tout)&#xa0;?
Vos collègues verront de nouveau la salle comme libre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel dates of a series</source>
        <translation>Annuler des dates d&apos;une série</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel These Dates</source>
        <translation>Annuler ces dates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep Them</source>
        <translation>Les conserver</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 date of %1 canceled.</source>
        <translation>1 date de %1 annulée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 dates of %2 canceled.</source>
        <translation>%1 dates de %2 annulées.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Booking of %1 canceled.</source>
        <translation>Réservation de %1 annulée.</translation>
    </message>
</context>
<context>
    <name>BookingGrid</name>
    <message>
        <location filename="../client/BookingGrid.cpp" line="+25"/>
        <source>Arrow keys move between cells; Enter claims a free cell; * adds the room to your favourites or removes it.</source>
        <translation>Les flèches permettent de passer d&apos;une case à l&apos;autre&#xa0;; Entrée réserve une case libre&#xa0;; * ajoute la salle à vos favoris ou l&apos;en retire.</translation>
    </message>
</context>
<context>
    <name>BookingGridModel</name>
    <message>
        <location filename="../client/BookingGridModel.cpp" line="+174"/>
        <source>Free</source>
        <translation>Libre</translation>
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
réservation en cours…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, school closed</source>
        <translation>%1, école fermée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, school closed: %2</source>
        <translation>%1, école fermée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, no period</source>
        <translation>%1, pas d&apos;heure de cours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2, free</source>
        <translation>%1, %2, libre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2, booked by %3</source>
        <translation>%1, %2, réservée par %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, booked by %3, %4</source>
        <translation>%1, %2, réservée par %3, %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, repeating</source>
        <translation>%1, réservation récurrente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2, being booked by %3</source>
        <translation>%1, %2, réservation en cours par %3</translation>
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
Libre — cliquez ou appuyez sur Entrée pour la réserver.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>School closed</source>
        <translation>École fermée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School closed: %1</source>
        <translation>École fermée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free
%1</source>
        <translation>Libre
%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1
Click the star or press * to add it to or remove it from your favourites.</source>
        <translation>%1
Cliquez sur l&apos;étoile ou appuyez sur * pour l&apos;ajouter à vos favoris ou l&apos;en retirer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1, favourite</source>
        <translation>%1, favorite</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <location filename="../client/CalendarActions.cpp" line="+31"/>
        <source>1 booking saved to %1.</source>
        <translation>1 réservation enregistrée dans %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bookings saved to %2.</source>
        <translation>%1 réservations enregistrées dans %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You have no upcoming bookings to add to your calendar.</source>
        <translation>Vous n&apos;avez aucune réservation à venir à ajouter à votre agenda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to my calendar</source>
        <translation>Ajouter à mon agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your bookings could not be added to your calendar: %1</source>
        <translation>Vos réservations n&apos;ont pas pu être ajoutées à votre agenda&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CalendarFeedDialog</name>
    <message>
        <location filename="../client/CalendarFeedDialog.cpp" line="+21"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset link…</source>
        <translation>Réinitialiser le lien…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribe in my calendar</source>
        <translation>M&apos;abonner dans mon agenda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your bookings in your own calendar</source>
        <translation>Vos réservations dans votre propre agenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your calendar app can subscribe to this private link. It then shows your RoomClaim bookings and keeps them up to date as you book and cancel.</source>
        <translation>Votre application d&apos;agenda peut s&apos;abonner à ce lien privé. Elle affiche alors vos réservations RoomClaim et les tient à jour au fil de vos réservations et annulations.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Calendar feed link</source>
        <translation>Lien d&apos;abonnement à l&apos;agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching your link…</source>
        <translation>Récupération de votre lien…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the calendar feed link</source>
        <translation>Copier le lien d&apos;abonnement à l&apos;agenda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;How to subscribe:&lt;/b&gt; copy the link, then&lt;ul&gt;&lt;li&gt;&lt;b&gt;Outlook:&lt;/b&gt; Add calendar › Subscribe from web&lt;/li&gt;&lt;li&gt;&lt;b&gt;Google Calendar:&lt;/b&gt; Other calendars › + › From URL&lt;/li&gt;&lt;li&gt;&lt;b&gt;Thunderbird:&lt;/b&gt; New Calendar › On the Network&lt;/li&gt;&lt;/ul&gt;and paste it. Keep the link to yourself: anyone who has it can see your bookings.</source>
        <translation>&lt;b&gt;Pour vous abonner&#xa0;:&lt;/b&gt; copiez le lien, puis choisissez&lt;ul&gt;&lt;li&gt;&lt;b&gt;Outlook&#xa0;:&lt;/b&gt; Ajouter un calendrier › S&apos;abonner à partir du web&lt;/li&gt;&lt;li&gt;&lt;b&gt;Google Agenda&#xa0;:&lt;/b&gt; Autres agendas › + › À partir de l&apos;URL&lt;/li&gt;&lt;li&gt;&lt;b&gt;Thunderbird&#xa0;:&lt;/b&gt; Nouvel agenda › Sur le réseau&lt;/li&gt;&lt;/ul&gt;et collez-le. Gardez ce lien pour vous&#xa0;: toute personne qui l&apos;a peut voir vos réservations.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Makes a new link; the old one stops working at once.</source>
        <translation>Crée un nouveau lien&#xa0;; l&apos;ancien cesse aussitôt de fonctionner.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reset calendar link</source>
        <translation>Réinitialiser le lien d&apos;agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new link?

The old link stops working at once: every calendar subscribed to it stops showing your bookings until you subscribe again with the new link.</source>
        <translation>Créer un nouveau lien&#xa0;?

L&apos;ancien lien cesse aussitôt de fonctionner&#xa0;: chaque agenda abonné à ce lien n&apos;affichera plus vos réservations tant que vous ne vous serez pas réabonné avec le nouveau lien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a New Link</source>
        <translation>Créer un nouveau lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the Old Link</source>
        <translation>Garder l&apos;ancien lien</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your calendar link is not available: calendar links are turned off on this server, or it is busy. Please try again later, or ask IT.</source>
        <translation>Votre lien d&apos;agenda n&apos;est pas disponible&#xa0;: les liens d&apos;agenda sont désactivés sur ce serveur, ou celui-ci est occupé. Veuillez réessayer plus tard ou contacter le service informatique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your calendar link is not available: %1</source>
        <translation>Votre lien d&apos;agenda n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new link is ready. The old one no longer works.</source>
        <translation>Un nouveau lien est prêt. L&apos;ancien ne fonctionne plus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied. Paste the link into your calendar app.</source>
        <translation>Copié. Collez le lien dans votre application d&apos;agenda.</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../client/ClaimDialog.cpp" line="+54"/>
        <location line="+158"/>
        <source>Confirm Booking</source>
        <translation>Confirmer la réservation</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Book only if all are free</source>
        <translation>Réserver seulement si toutes sont libres</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+149"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Claim room</source>
        <translation>Réserver la salle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check the details and confirm your booking.</source>
        <translation>Vérifiez les informations et confirmez votre réservation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · Week %2</source>
        <translation>%1 · Semaine %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class or purpose, e.g. 7B Maths</source>
        <translation>Classe ou objet, p. ex. 5e B Maths</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class or purpose</source>
        <translation>Classe ou objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown to colleagues with the booking</source>
        <translation>Visible par vos collègues avec la réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Class</source>
        <translation>&amp;Classe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Book the room (%1)</source>
        <translation>Réserver la salle (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without booking (%1)</source>
        <translation>Fermer sans réserver (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book the series only if all dates are free</source>
        <translation>Réserver la série seulement si toutes les dates sont libres</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 building · %2</source>
        <translation>Bâtiment %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>principal</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking…</source>
        <translation>Réservation…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Book the free dates</source>
        <translation>Réserver les dates libres</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was booked, because not every date is free:
%1</source>
        <translation>Rien n&apos;a été réservé, car certaines dates ne sont pas libres&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>taken by %1</source>
        <translation>prise par %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>being booked by %1</source>
        <translation>réservation en cours par %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>school closed (%1)</source>
        <translation>école fermée (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>• %1: %2</source>
        <translation>• %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booked %1 of %2 dates of %3.
Not booked:
%4</source>
        <translation>%1 dates sur %2 réservées pour %3.
Non réservées&#xa0;:
%4</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../client/Connection.cpp" line="+155"/>
        <source>You are offline — RoomClaim is reconnecting to the server. Please try again in a moment.</source>
        <translation>Vous êtes hors ligne — RoomClaim se reconnecte au serveur. Veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server did not answer in time, so RoomClaim cannot tell whether this went through. Once it is back online, My bookings shows what was booked.</source>
        <translation>Le serveur n&apos;a pas répondu à temps&#xa0;: RoomClaim ne peut pas savoir si l&apos;opération a abouti. Une fois la connexion rétablie, Mes réservations indique ce qui a été réservé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not answer in time. Please try again.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The server speaks protocol version %1, but this RoomClaim needs version %2. Please update RoomClaim or ask IT.</source>
        <translation>Le serveur utilise la version %1 du protocole, mais cette version de RoomClaim requiert la version %2. Veuillez mettre RoomClaim à jour ou contacter le service informatique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The connection to the server was lost. Please try again once RoomClaim has reconnected.</source>
        <translation>La connexion au serveur a été perdue. Veuillez réessayer une fois RoomClaim reconnecté.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot reach the RoomClaim server at %1. Check the address, or ask IT whether the server is running.</source>
        <translation>Impossible de joindre le serveur RoomClaim à l&apos;adresse %1. Vérifiez l&apos;adresse ou demandez au service informatique si le serveur fonctionne.</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <location filename="../client/DayView.cpp" line="+20"/>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Building</source>
        <translation>&amp;Bâtiment</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>All buildings</source>
        <translation>Tous les bâtiments</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Rooms and periods</source>
        <translation>Salles et heures de cours</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The grid could not be loaded: %1</source>
        <translation>Impossible de charger la grille&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · Week %2</source>
        <translation>%1 · Semaine %2</translation>
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
        <translation>au moins %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 rooms · %3</source>
        <translation>%1 salles sur %2 · %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>School closed</source>
        <translation>École fermée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School closed: %1</source>
        <translation>École fermée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No lessons on this day.</source>
        <translation>Pas de cours ce jour-là.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No room matches the filters.</source>
        <translation>Aucune salle ne correspond aux filtres.</translation>
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
        <translation>1 place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 seats</source>
        <translation>%1 places</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mondays</source>
        <translation>le lundi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tuesdays</source>
        <translation>le mardi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wednesdays</source>
        <translation>le mercredi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thursdays</source>
        <translation>le jeudi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fridays</source>
        <translation>le vendredi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saturdays</source>
        <translation>le samedi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sundays</source>
        <translation>le dimanche</translation>
    </message>
</context>
<context>
    <name>FavouriteRooms</name>
    <message>
        <location filename="../client/FavouriteRooms.cpp" line="+71"/>
        <source>Could not change your favourite rooms: %1</source>
        <translation>Impossible de modifier vos salles favorites&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FitExplainer</name>
    <message>
        <location filename="../client/FitExplainer.cpp" line="+14"/>
        <source>Exactly the %1 your class needs</source>
        <translation>Exactement les %1 dont votre classe a besoin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snug fit: %1 to spare</source>
        <translation>Juste ce qu&apos;il faut&#xa0;: %1 en plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roomy: %1 to spare</source>
        <translation>Spacieuse&#xa0;: %1 en plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seats %1</source>
        <translation>%1 places</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Has %1</source>
        <translation>Équipée&#xa0;: %1</translation>
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
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A new language applies when RoomClaim is started again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de RoomClaim.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the system language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RoomClaim will use %1 from its next start.</source>
        <translation>RoomClaim utilisera %1 à partir du prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../client/LoginDialog.cpp" line="+24"/>
        <source>Log In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RoomClaim — Log in</source>
        <translation>RoomClaim — Connexion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RoomClaim</source>
        <translation>RoomClaim</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log in with your school account to find and claim a room.</source>
        <translation>Connectez-vous avec votre compte de l&apos;établissement pour trouver et réserver une salle.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>roomclaim.school.local:7400</source>
        <translation>roomclaim.school.local:7400</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The RoomClaim server&apos;s address, from your school&apos;s IT</source>
        <translation>L&apos;adresse du serveur RoomClaim, fournie par le service informatique de votre établissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Username</source>
        <translation>&amp;Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Please enter the server address, e.g. roomclaim.school.local:7400.</source>
        <translation>Veuillez saisir l&apos;adresse du serveur, p. ex. roomclaim.school.local:7400.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server address must start with wss:// (or leave the scheme out), e.g. wss://roomclaim.school.local:7400.</source>
        <translation>L&apos;adresse du serveur doit commencer par wss:// (ou ne pas indiquer de schéma), p. ex. wss://roomclaim.school.local:7400.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please enter your username.</source>
        <translation>Veuillez saisir votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the --ca option</source>
        <translation>l&apos;option --ca</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the setting %1 in the registry (Software\RoomClaim\roomclaim)</source>
        <translation>le paramètre %1 du Registre (Software\RoomClaim\roomclaim)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the setting %1 in roomclaim.conf</source>
        <translation>le paramètre %1 de roomclaim.conf</translation>
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
        <translation>De nouveau en ligne. Les résultats sont à jour.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Offline — %1 RoomClaim keeps trying, checking the certificate each time.</source>
        <translation>Hors ligne — %1 RoomClaim continue d&apos;essayer, en vérifiant le certificat à chaque fois.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent notifications</source>
        <translation>Notifications récentes</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Read the last %n notifications again</source>
        <translation>
            <numerusform>Relire la dernière notification</numerusform>
            <numerusform>Relire les %n dernières notifications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of RoomClaim</source>
        <translation>La langue de RoomClaim</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>My Bookings</source>
        <translation>Mes réservations</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Find a free room</source>
        <translation>Trouver une salle libre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Claim the room</source>
        <translation>Réserver la salle</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Offline — the server cannot be reached. RoomClaim keeps trying to reconnect; what you see may be out of date.</source>
        <translation>Hors ligne — le serveur est injoignable. RoomClaim continue d&apos;essayer de se reconnecter&#xa0;; les informations affichées peuvent ne plus être à jour.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Logged in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+3"/>
        <source>Free rooms · %1</source>
        <translation>Salles libres · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School closed</source>
        <translation>École fermée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School closed: %1</source>
        <translation>École fermée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>● Connected to %1 — %2</source>
        <translation>● Connecté à %1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>○ Reconnecting…</source>
        <translation>○ Reconnexion…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>○ Connecting…</source>
        <translation>○ Connexion…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>○ Offline</source>
        <translation>○ Hors ligne</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You were logged out: %1</source>
        <translation>Vous avez été déconnecté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The school&apos;s bell schedule was updated.</source>
        <translation>La grille horaire de l&apos;établissement a été mise à jour.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The school calendar was updated.</source>
        <translation>Le calendrier scolaire a été mis à jour.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The school&apos;s room list was updated.</source>
        <translation>La liste des salles de l&apos;établissement a été mise à jour.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 just booked %2 (%3).</source>
        <translation>%1 vient de réserver %2 (%3).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 canceled your booking of %2 (%3).</source>
        <translation>%1 a annulé votre réservation de %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 canceled your booking of %2 (%3): %4</source>
        <translation>%1 a annulé votre réservation de %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is free again (%2).</source>
        <translation>%1 est de nouveau libre (%2).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Room booked successfully: %1, %2.</source>
        <translation>Salle réservée&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No date of the series could be booked.</source>
        <translation>Aucune date de la série n&apos;a pu être réservée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series booked: %1, 1 date.</source>
        <translation>Série réservée&#xa0;: %1, 1 date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series booked: %1, %2 dates.</source>
        <translation>Série réservée&#xa0;: %1, %2 dates.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Not booked: %2.</source>
        <translation>%1 Non réservées&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>MyBookingsPanel</name>
    <message>
        <location filename="../client/MyBookingsPanel.cpp" line="+23"/>
        <source>Add to my calendar…</source>
        <translation>Ajouter à mon agenda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribe in my calendar…</source>
        <translation>M&apos;abonner dans mon agenda…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My Bookings</source>
        <translation>Mes réservations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save your upcoming bookings as a calendar file (.ics).</source>
        <translation>Enregistre vos réservations à venir dans un fichier d&apos;agenda (.ics).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a private link your calendar app can subscribe to; it stays up to date.</source>
        <translation>Affiche un lien privé auquel votre application d&apos;agenda peut s&apos;abonner&#xa0;; il reste à jour.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My bookings in my calendar</source>
        <translation>Mes réservations dans mon agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your bookings to your own calendar, or subscribe to them.</source>
        <translation>Ajoutez vos réservations à votre propre agenda, ou abonnez-vous à celles-ci.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No upcoming bookings yet. Claim a room and it appears here.</source>
        <translation>Aucune réservation à venir pour l&apos;instant. Réservez une salle et elle apparaîtra ici.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel booking of %1</source>
        <translation>Annuler la réservation de %1</translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <location filename="../client/NotificationsDialog.cpp" line="+17"/>
        <location line="+11"/>
        <source>Recent notifications</source>
        <translation>Notifications récentes</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>The last %n notifications, newest first.</source>
        <translation>
            <numerusform>La dernière notification.</numerusform>
            <numerusform>Les %n dernières notifications, de la plus récente à la plus ancienne.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notifications yet.</source>
        <translation>Aucune notification pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message>
        <location filename="../client/RecommendationCard.cpp" line="+28"/>
        <source>Claim Room</source>
        <translation>Réserver la salle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 seats</source>
        <translation>%1, %2 places</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Best match</source>
        <translation>Meilleur choix</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Favourite: %1</source>
        <translation>Favorite&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 building · %2</source>
        <translation>Bâtiment %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>principal</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Claim %1</source>
        <translation>Réserver %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim this room (%1)</source>
        <translation>Réserver cette salle (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Being booked by %1…</source>
        <translation>Réservation en cours par %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>One of your favourite rooms. Click to remove it.</source>
        <translation>L&apos;une de vos salles favorites. Cliquez pour la retirer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to your favourite rooms: they come first.</source>
        <translation>Ajouter à vos salles favorites&#xa0;: elles apparaissent en premier.</translation>
    </message>
</context>
<context>
    <name>RepeatChoice</name>
    <message>
        <location filename="../client/RepeatChoice.cpp" line="+30"/>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once</source>
        <translation>Une seule fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1-week</source>
        <translation>Chaque semaine %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat until</source>
        <translation>Répéter jusqu&apos;à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until the end of term</source>
        <translation>jusqu&apos;à la fin du trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until a date…</source>
        <translation>jusqu&apos;à une date…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last date of the series</source>
        <translation>Dernière date de la série</translation>
    </message>
</context>
<context>
    <name>RepeatPreview</name>
    <message>
        <location filename="../client/RepeatPreview.cpp" line="+39"/>
        <source>Dates of the series</source>
        <translation>Dates de la série</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed: %1</source>
        <translation>Non autorisé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taken by %1</source>
        <translation>Prise par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by %1 (%2)</source>
        <translation>Prise par %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Being booked by %1</source>
        <translation>Réservation en cours par %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>School closed</source>
        <translation>École fermée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School closed: %1</source>
        <translation>École fermée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking every date…</source>
        <translation>Vérification de chaque date…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The date will be booked.</source>
        <translation>La date sera réservée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date cannot be booked.</source>
        <translation>La date ne peut pas être réservée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 dates will be booked.</source>
        <translation>%1 dates sur %2 seront réservées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReplyText</name>
    <message>
        <location filename="../client/ReplyText.cpp" line="+85"/>
        <source>The school is closed on %1 (%2). Please choose another day.</source>
        <translation>L&apos;établissement est fermé le %1 (%2). Veuillez choisir un autre jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The school is closed that day (%1). Please choose another day.</source>
        <translation>L&apos;établissement est fermé ce jour-là (%1). Veuillez choisir un autre jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The school is closed that day. Please choose another day.</source>
        <translation>L&apos;établissement est fermé ce jour-là. Veuillez choisir un autre jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rooms can be booked at most one day ahead. Please choose an earlier date, or ask the school office.</source>
        <translation>Les salles peuvent être réservées au plus un jour à l&apos;avance. Veuillez choisir une date plus proche ou vous adresser au secrétariat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rooms can be booked at most %1 days ahead. Please choose an earlier date, or ask the school office.</source>
        <translation>Les salles peuvent être réservées au plus %1 jours à l&apos;avance. Veuillez choisir une date plus proche ou vous adresser au secrétariat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That date is too far ahead to book yet. Please choose an earlier date, or ask the school office.</source>
        <translation>Cette date est trop lointaine pour être déjà réservée. Veuillez choisir une date plus proche ou vous adresser au secrétariat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You already have an upcoming booking, the most allowed. Cancel it in My Bookings to book another.</source>
        <translation>Vous avez déjà une réservation à venir, le maximum autorisé. Annulez-la dans Mes réservations pour en faire une autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You already have %1 upcoming bookings, the most allowed. Cancel one in My Bookings to book another.</source>
        <translation>Vous avez déjà %1 réservations à venir, le maximum autorisé. Annulez-en une dans Mes réservations pour en faire une autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You already have as many upcoming bookings as allowed. Cancel one in My Bookings to book another.</source>
        <translation>Vous avez déjà atteint le nombre maximal de réservations à venir. Annulez-en une dans Mes réservations pour en faire une autre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This room can only be booked by the school office. Please choose another room.</source>
        <translation>Cette salle ne peut être réservée que par le secrétariat. Veuillez choisir une autre salle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 can only be booked by the school office. Please choose another room.</source>
        <translation>%1 ne peut être réservée que par le secrétariat. Veuillez choisir une autre salle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another teacher is currently booking — please wait and try again.</source>
        <translation>Un autre enseignant est en train de réserver — veuillez patienter, puis réessayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is booking this room right now — please wait and try again.</source>
        <translation>%1 est en train de réserver cette salle — veuillez patienter, puis réessayer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Room already booked</source>
        <translation>Salle déjà réservée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room already booked by %1</source>
        <translation>Salle déjà réservée par %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was booked, because not every date is free.</source>
        <translation>Rien n&apos;a été réservé, car certaines dates ne sont pas libres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was booked, because not every date is free:
%1</source>
        <translation>Rien n&apos;a été réservé, car certaines dates ne sont pas libres&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This room no longer exists. Please search again.</source>
        <translation>Cette salle n&apos;existe plus. Veuillez relancer la recherche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 no longer exists. Please search again.</source>
        <translation>%1 n&apos;existe plus. Veuillez relancer la recherche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This booking no longer exists; it may have been canceled already.</source>
        <translation>Cette réservation n&apos;existe plus&#xa0;; elle a peut-être déjà été annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This series no longer exists; it may have been canceled already.</source>
        <translation>Cette série n&apos;existe plus&#xa0;; elle a peut-être déjà été annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you asked for no longer exists.</source>
        <translation>L&apos;élément demandé n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not allowed to do this. If you think you should be, please ask the school office.</source>
        <translation>Vous n&apos;êtes pas autorisé à effectuer cette action. Si vous pensez devoir l&apos;être, adressez-vous au secrétariat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong username or password. Please try again.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect. Veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many failed logins. Please wait a second and try again.</source>
        <translation>Trop de tentatives de connexion échouées. Veuillez patienter une seconde, puis réessayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many failed logins. Please wait %1 seconds and try again.</source>
        <translation>Trop de tentatives de connexion échouées. Veuillez patienter %1 secondes, puis réessayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many requests at once. Please wait a moment and try again.</source>
        <translation>Trop de demandes à la fois. Veuillez patienter un instant, puis réessayer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are no longer logged in. Please log in again.</source>
        <translation>Vous n&apos;êtes plus connecté. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot do this at the moment (its database may be unavailable). Please try again shortly.</source>
        <translation>Le serveur ne peut pas effectuer cette opération pour le moment (sa base de données est peut-être indisponible). Veuillez réessayer sous peu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong on the server. Please try again; if it keeps happening, tell IT.</source>
        <translation>Une erreur s&apos;est produite sur le serveur. Veuillez réessayer&#xa0;; si le problème persiste, prévenez le service informatique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not know this request; it may be older than this RoomClaim. Please ask IT to update it.</source>
        <translation>Le serveur ne connaît pas cette demande&#xa0;; il est peut-être plus ancien que cette version de RoomClaim. Veuillez demander au service informatique de le mettre à jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RoomClaim sent this request under a key it had used before, so the server did nothing. Please try again.</source>
        <translation>RoomClaim a envoyé cette demande avec une clé déjà utilisée&#xa0;: le serveur n&apos;a donc rien fait. Veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That time is already over. Please choose a later time.</source>
        <translation>Cet horaire est déjà passé. Veuillez choisir un horaire ultérieur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request.</source>
        <translation>Le serveur a refusé la demande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request: %1</source>
        <translation>Le serveur a refusé la demande&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached at the moment. Please try again shortly.</source>
        <translation>Le serveur est injoignable pour le moment. Veuillez réessayer sous peu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server sent an answer RoomClaim does not understand.</source>
        <translation>Le serveur a envoyé une réponse que RoomClaim ne comprend pas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>School holidays</source>
        <translation>Vacances scolaires</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your account was deactivated</source>
        <translation>Votre compte a été désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your password was changed; please log in with the new one</source>
        <translation>Votre mot de passe a été modifié&#xa0;; veuillez vous connecter avec le nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role was changed; please log in again</source>
        <translation>Votre rôle a été modifié&#xa0;; veuillez vous reconnecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server ended your session</source>
        <translation>Le serveur a mis fin à votre session</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../client/ResultsView.cpp" line="+25"/>
        <source>Free rooms</source>
        <translation>Salles libres</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No free room matches. Try another period, fewer seats or fewer features.</source>
        <translation>Aucune salle libre ne correspond. Essayez une autre heure de cours, moins de places ou moins d&apos;équipements.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No free room matches any more. Try another period, fewer seats or fewer features.</source>
        <translation>Plus aucune salle libre ne correspond. Essayez une autre heure de cours, moins de places ou moins d&apos;équipements.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../client/SearchPanel.cpp" line="+34"/>
        <source>Find a free room</source>
        <translation>Trouver une salle libre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day to find a free room on</source>
        <translation>Le jour pour lequel chercher une salle libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day to find a free room on (%1 jumps here; %2 and %3 step a day)</source>
        <translation>Le jour pour lequel chercher une salle libre (%1 y mène&#xa0;; %2 et %3 reculent ou avancent d&apos;un jour)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period</source>
        <translation>Heure de cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lesson of the day, or a time of your own</source>
        <translation>Une heure de cours de la journée, ou un horaire de votre choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period</source>
        <translation>&amp;Heure de cours</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any size</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> pupils</source>
        <translation> élèves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class size</source>
        <translation>Effectif de la classe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only rooms with at least this many seats</source>
        <translation>Uniquement les salles ayant au moins ce nombre de places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class &amp;size</source>
        <translation>&amp;Effectif de la classe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The end time must be after the start time.</source>
        <translation>L&apos;heure de fin doit être postérieure à l&apos;heure de début.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1  (%2–%3)</source>
        <translation>%1  (%2–%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom time…</source>
        <translation>Autre horaire…</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+29"/>
        <source>School closed</source>
        <translation>École fermée</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>School closed: %1</source>
        <translation>École fermée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Week %1 · %2</source>
        <translation>Semaine %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Needs %1</source>
        <translation>Besoins&#xa0;: %1</translation>
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
        <translation>Sécurité de la connexion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not encrypted — with a ws:// address your password and bookings cross the network readable by anyone on it. Use the wss:// address IT gave you.</source>
        <translation>Non chiffrée — avec une adresse ws://, votre mot de passe et vos réservations circulent sur le réseau, lisibles par quiconque y est connecté. Utilisez l&apos;adresse wss:// fournie par le service informatique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted (TLS) — the server&apos;s certificate is checked when you log in.</source>
        <translation>Chiffrée (TLS) — le certificat du serveur est vérifié lors de la connexion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encrypted (TLS) — certificate verified for %1</source>
        <translation>Chiffrée (TLS) — certificat vérifié pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not encrypted — the connection to %1 uses no TLS: your password and bookings cross the network readable by anyone on it.</source>
        <translation>Non chiffrée — la connexion à %1 n&apos;utilise pas TLS&#xa0;: votre mot de passe et vos réservations circulent sur le réseau, lisibles par quiconque y est connecté.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not connected — the server&apos;s certificate could not be verified.</source>
        <translation>Non connecté — le certificat du serveur n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted (TLS)</source>
        <translation>chiffrée (TLS)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not encrypted</source>
        <translation>non chiffrée</translation>
    </message>
</context>
<context>
    <name>SeriesGroup</name>
    <message>
        <location filename="../client/SeriesGroup.cpp" line="+59"/>
        <source>%1 %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 date, %1</source>
        <translation>1 date, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 dates until %2</source>
        <translation>%1 dates jusqu&apos;au %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hide the dates</source>
        <translation>Masquer les dates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the dates</source>
        <translation>Afficher les dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the dates of %1</source>
        <translation>Masquer les dates de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the dates of %1</source>
        <translation>Afficher les dates de %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel this date</source>
        <translation>Annuler cette date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel %1 on %2</source>
        <translation>Annuler %1 le %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel this and later dates</source>
        <translation>Annuler cette date et les suivantes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel %1 on %2 and every later date of the series</source>
        <translation>Annuler %1 le %2 et toutes les dates suivantes de la série</translation>
    </message>
</context>
<context>
    <name>TlsFailure</name>
    <message>
        <location filename="../client/TlsFailure.cpp" line="+56"/>
        <source>an unknown issuer</source>
        <translation>un émetteur inconnu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server&apos;s certificate is not trusted: it was issued by “%1”, which this computer does not trust. RoomClaim did not connect. Please ask IT to set up the school certificate on this computer.</source>
        <translation>Le certificat du serveur n&apos;est pas reconnu&#xa0;: il a été émis par «&#xa0;%1&#xa0;», auquel cet ordinateur ne fait pas confiance. RoomClaim ne s&apos;est pas connecté. Veuillez demander au service informatique d&apos;installer le certificat de l&apos;établissement sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server&apos;s certificate has expired or is not yet valid (valid from %1 to %2). RoomClaim did not connect. Please ask IT to renew it, or check this computer&apos;s date and time.</source>
        <translation>Le certificat du serveur a expiré ou n&apos;est pas encore valide (valable du %1 au %2). RoomClaim ne s&apos;est pas connecté. Veuillez demander au service informatique de le renouveler, ou vérifiez la date et l&apos;heure de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server&apos;s certificate was issued for another host name: %1, not %2. RoomClaim did not connect. Please check the server address, or ask IT.</source>
        <translation>Le certificat du serveur a été émis pour un autre nom d&apos;hôte&#xa0;: %1, et non %2. RoomClaim ne s&apos;est pas connecté. Veuillez vérifier l&apos;adresse du serveur ou contacter le service informatique.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate could not be verified (%1). RoomClaim did not connect. Please ask IT.</source>
        <translation>Le certificat du serveur n&apos;a pas pu être vérifié (%1). RoomClaim ne s&apos;est pas connecté. Veuillez contacter le service informatique.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No secure connection to %1 could be set up (%2). RoomClaim does not fall back to an unencrypted connection. Please check the address, or ask IT.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec %1 (%2). RoomClaim ne se rabat jamais sur une connexion non chiffrée. Veuillez vérifier l&apos;adresse ou contacter le service informatique.</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <location filename="../client/TlsTrust.cpp" line="+22"/>
        <source>The school certificate %1 (from %2) cannot be read: %3. Please ask IT.</source>
        <translation>Le certificat de l&apos;établissement %1 (indiqué par %2) est illisible&#xa0;: %3. Veuillez contacter le service informatique.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (from %2) holds a private key, not a certificate. Use the school certificate school-ca.crt instead, and keep the key on the server.</source>
        <translation>%1 (indiqué par %2) contient une clé privée, et non un certificat. Utilisez plutôt le certificat de l&apos;établissement school-ca.crt et laissez la clé sur le serveur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (from %2) is not a certificate file (PEM or DER). Please ask IT for the school certificate school-ca.crt.</source>
        <translation>%1 (indiqué par %2) n&apos;est pas un fichier de certificat (PEM ou DER). Veuillez demander au service informatique le certificat de l&apos;établissement school-ca.crt.</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../client/Toast.cpp" line="+37"/>
        <source>Click to dismiss. Stays while the pointer is over it.</source>
        <translation>Cliquez pour fermer. Reste affiché tant que le pointeur est dessus.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
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
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>ViewTabs</name>
    <message>
        <location filename="../client/ViewTabs.cpp" line="+26"/>
        <source>&amp;Free rooms</source>
        <translation>Salles &amp;libres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ay</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Week</source>
        <translation>Se&amp;maine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rooms free at the time you searched for</source>
        <translation>Les salles libres à l&apos;horaire recherché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every room and period of the date, live</source>
        <translation>Toutes les salles et heures de cours du jour, en direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One room&apos;s week</source>
        <translation>La semaine d&apos;une salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free rooms, the day grid or one room&apos;s week</source>
        <translation>Salles libres, grille du jour ou semaine d&apos;une salle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../client/WeekView.cpp" line="+20"/>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days and periods</source>
        <translation>Jours et heures de cours</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The week could not be loaded: %1</source>
        <translation>Impossible de charger la semaine&#xa0;: %1</translation>
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
        <translation>%1 · Semaine %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../client/main.cpp" line="+47"/>
        <source>RoomClaim teacher client</source>
        <translation>Client RoomClaim pour les enseignants</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server address (wss://host:port; host:port alone means wss://).</source>
        <translation>Adresse du serveur (wss://hôte:port&#xa0;; hôte:port seul signifie wss://).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The school&apos;s certificate authority to trust besides the system&apos;s (school-ca.crt); default: the setting tls/ca.</source>
        <translation>L&apos;autorité de certification de l&apos;établissement à approuver en plus de celles du système (school-ca.crt)&#xa0;; par défaut&#xa0;: le paramètre tls/ca.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Username to log in with.</source>
        <translation>Nom d&apos;utilisateur pour la connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password; with --server and --username logs in at once (for demos).</source>
        <translation>Mot de passe&#xa0;; avec --server et --username, la connexion est immédiate (pour les démonstrations).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language for this run: system, en, de, fr or es (default: the language chosen in RoomClaim).</source>
        <translation>La langue pour cette exécution&#xa0;: system, en, de, fr ou es (par défaut&#xa0;: la langue choisie dans RoomClaim).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>roomclaim: unknown language &apos;%1&apos; for --lang; use system, en, de, fr or es.</source>
        <translation>roomclaim&#xa0;: langue «&#xa0;%1&#xa0;» inconnue pour --lang&#xa0;; utilisez system, en, de, fr ou es.</translation>
    </message>
</context>
</TS>
