<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AlternativeOffers</name>
    <message>
        <location filename="../client/AlternativeOffers.cpp" line="+17"/>
        <source>Book something else instead:</source>
        <translation>Reservar otra cosa en su lugar:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Book %1 instead (%2)</source>
        <translation>Reservar en su lugar %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book %1 instead</source>
        <translation>Reservar en su lugar %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Book %1 at %2 instead</source>
        <translation>Reservar en su lugar %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book %1 in %2 (%3) instead</source>
        <translation>Reservar en su lugar %1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>BookingCanceller</name>
    <message>
        <location filename="../client/BookingCanceller.cpp" line="+37"/>
        <source>Cancel booking</source>
        <translation>Cancelar la reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel your booking of %1 on %2?
Colleagues will see the room as free again.</source>
        <translation>¿Cancelar su reserva de %1 el %2?
Sus colegas verán de nuevo el aula como libre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel Booking</source>
        <translation>Cancelar la reserva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep It</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel your booking of %1 on %2, the last date of this series?
Colleagues will see the room as free again.</source>
        <translation>¿Cancelar su reserva de %1 el %2, la última fecha de esta serie?
Sus colegas verán de nuevo el aula como libre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel your booking of %1 on %2 and every later date of this series (%3 dates in all)?
Colleagues will see the room as free again.</source>
        <translation>¿Cancelar su reserva de %1 el %2 y todas las fechas posteriores de esta serie (%3 fechas en total)?
Sus colegas verán de nuevo el aula como libre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel dates of a series</source>
        <translation>Cancelar fechas de una serie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel These Dates</source>
        <translation>Cancelar estas fechas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep Them</source>
        <translation>Conservarlas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 date of %1 canceled.</source>
        <translation>1 fecha de %1 cancelada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 dates of %2 canceled.</source>
        <translation>%1 fechas de %2 canceladas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Booking of %1 canceled.</source>
        <translation>Reserva de %1 cancelada.</translation>
    </message>
</context>
<context>
    <name>BookingGrid</name>
    <message>
        <location filename="../client/BookingGrid.cpp" line="+25"/>
        <source>Arrow keys move between cells; Enter claims a free cell; * adds the room to your favourites or removes it.</source>
        <translation>Las flechas mueven entre las celdas; Intro reserva una celda libre; * añade el aula a sus favoritas o la quita.</translation>
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
reservando ahora…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, school closed</source>
        <translation>%1, centro cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, school closed: %2</source>
        <translation>%1, centro cerrado: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, no period</source>
        <translation>%1, sin período</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2, free</source>
        <translation>%1, %2, libre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2, booked by %3</source>
        <translation>%1, %2, reserva de %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, booked by %3, %4</source>
        <translation>%1, %2, reserva de %3, %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, repeating</source>
        <translation>%1, reserva recurrente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2, being booked by %3</source>
        <translation>%1, %2, reserva en curso de %3</translation>
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
Libre: haga clic o pulse Intro para reservarla.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>School closed</source>
        <translation>Centro cerrado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School closed: %1</source>
        <translation>Centro cerrado: %1</translation>
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
Haga clic en la estrella o pulse * para añadirla a sus favoritas o quitarla.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1, favourite</source>
        <translation>%1, favorita</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <location filename="../client/CalendarActions.cpp" line="+31"/>
        <source>1 booking saved to %1.</source>
        <translation>1 reserva guardada en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bookings saved to %2.</source>
        <translation>%1 reservas guardadas en %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You have no upcoming bookings to add to your calendar.</source>
        <translation>No tiene reservas próximas que añadir a su calendario.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to my calendar</source>
        <translation>Añadir a mi calendario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your bookings could not be added to your calendar: %1</source>
        <translation>No se pudieron añadir sus reservas a su calendario: %1</translation>
    </message>
</context>
<context>
    <name>CalendarFeedDialog</name>
    <message>
        <location filename="../client/CalendarFeedDialog.cpp" line="+21"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset link…</source>
        <translation>Restablecer el enlace…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribe in my calendar</source>
        <translation>Suscribirme en mi calendario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your bookings in your own calendar</source>
        <translation>Sus reservas en su propio calendario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your calendar app can subscribe to this private link. It then shows your RoomClaim bookings and keeps them up to date as you book and cancel.</source>
        <translation>Su aplicación de calendario puede suscribirse a este enlace privado. Así mostrará sus reservas de RoomClaim y las mantendrá al día cuando reserve o cancele.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Calendar feed link</source>
        <translation>Enlace de suscripción al calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching your link…</source>
        <translation>Obteniendo su enlace…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the calendar feed link</source>
        <translation>Copiar el enlace de suscripción al calendario</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;How to subscribe:&lt;/b&gt; copy the link, then&lt;ul&gt;&lt;li&gt;&lt;b&gt;Outlook:&lt;/b&gt; Add calendar › Subscribe from web&lt;/li&gt;&lt;li&gt;&lt;b&gt;Google Calendar:&lt;/b&gt; Other calendars › + › From URL&lt;/li&gt;&lt;li&gt;&lt;b&gt;Thunderbird:&lt;/b&gt; New Calendar › On the Network&lt;/li&gt;&lt;/ul&gt;and paste it. Keep the link to yourself: anyone who has it can see your bookings.</source>
        <translation>&lt;b&gt;Cómo suscribirse:&lt;/b&gt; copie el enlace, elija&lt;ul&gt;&lt;li&gt;&lt;b&gt;Outlook:&lt;/b&gt; Agregar calendario › Suscribirse desde la web&lt;/li&gt;&lt;li&gt;&lt;b&gt;Google Calendar:&lt;/b&gt; Otros calendarios › + › Desde URL&lt;/li&gt;&lt;li&gt;&lt;b&gt;Thunderbird:&lt;/b&gt; Nuevo calendario › En la red&lt;/li&gt;&lt;/ul&gt;y péguelo. No comparta el enlace: cualquiera que lo tenga puede ver sus reservas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Makes a new link; the old one stops working at once.</source>
        <translation>Crea un enlace nuevo; el anterior deja de funcionar de inmediato.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reset calendar link</source>
        <translation>Restablecer el enlace del calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new link?

The old link stops working at once: every calendar subscribed to it stops showing your bookings until you subscribe again with the new link.</source>
        <translation>¿Crear un enlace nuevo?

El enlace anterior deja de funcionar de inmediato: los calendarios suscritos a él dejarán de mostrar sus reservas hasta que vuelva a suscribirse con el enlace nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a New Link</source>
        <translation>Crear un enlace nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the Old Link</source>
        <translation>Conservar el enlace anterior</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your calendar link is not available: calendar links are turned off on this server, or it is busy. Please try again later, or ask IT.</source>
        <translation>Su enlace de calendario no está disponible: los enlaces de calendario están desactivados en este servidor o el servidor está ocupado. Vuelva a intentarlo más tarde o consulte al equipo de informática.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your calendar link is not available: %1</source>
        <translation>Su enlace de calendario no está disponible: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new link is ready. The old one no longer works.</source>
        <translation>Hay un enlace nuevo listo. El anterior ya no funciona.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied. Paste the link into your calendar app.</source>
        <translation>Copiado. Pegue el enlace en su aplicación de calendario.</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../client/ClaimDialog.cpp" line="+54"/>
        <location line="+158"/>
        <source>Confirm Booking</source>
        <translation>Confirmar la reserva</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Book only if all are free</source>
        <translation>Reservar solo si todas están libres</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+149"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Claim room</source>
        <translation>Reservar aula</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check the details and confirm your booking.</source>
        <translation>Revise los datos y confirme su reserva.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Room</source>
        <translation>Aula</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · Week %2</source>
        <translation>%1 · Semana %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class or purpose, e.g. 7B Maths</source>
        <translation>Grupo o motivo, p. ej. 1.º B Matemáticas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class or purpose</source>
        <translation>Grupo o motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown to colleagues with the booking</source>
        <translation>Sus colegas lo verán junto con la reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Class</source>
        <translation>&amp;Grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Book the room (%1)</source>
        <translation>Reservar el aula (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without booking (%1)</source>
        <translation>Cerrar sin reservar (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book the series only if all dates are free</source>
        <translation>Reservar la serie solo si todas las fechas están libres</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 building · %2</source>
        <translation>Edificio %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>principal</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking…</source>
        <translation>Reservando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Book the free dates</source>
        <translation>Reservar las fechas libres</translation>
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
        <translation>No se ha reservado nada porque no todas las fechas están libres:
%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>taken by %1</source>
        <translation>ocupada por %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>being booked by %1</source>
        <translation>reserva en curso de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>school closed (%1)</source>
        <translation>centro cerrado (%1)</translation>
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
        <translation>Reservadas %1 de %2 fechas de %3.
No reservadas:
%4</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../client/Connection.cpp" line="+155"/>
        <source>You are offline — RoomClaim is reconnecting to the server. Please try again in a moment.</source>
        <translation>No hay conexión: RoomClaim se está reconectando al servidor. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server did not answer in time, so RoomClaim cannot tell whether this went through. Once it is back online, My bookings shows what was booked.</source>
        <translation>El servidor no respondió a tiempo, así que RoomClaim no puede saber si la operación se completó. Cuando vuelva la conexión, Mis reservas mostrará lo que se ha reservado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not answer in time. Please try again.</source>
        <translation>El servidor no respondió a tiempo. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The server speaks protocol version %1, but this RoomClaim needs version %2. Please update RoomClaim or ask IT.</source>
        <translation>El servidor usa la versión %1 del protocolo, pero esta versión de RoomClaim necesita la versión %2. Actualice RoomClaim o consulte al equipo de informática.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The connection to the server was lost. Please try again once RoomClaim has reconnected.</source>
        <translation>Se perdió la conexión con el servidor. Vuelva a intentarlo cuando RoomClaim se haya reconectado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot reach the RoomClaim server at %1. Check the address, or ask IT whether the server is running.</source>
        <translation>No se puede acceder al servidor de RoomClaim en %1. Compruebe la dirección o pregunte al equipo de informática si el servidor está en marcha.</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <location filename="../client/DayView.cpp" line="+20"/>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Building</source>
        <translation>&amp;Edificio</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>All buildings</source>
        <translation>Todos los edificios</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Rooms and periods</source>
        <translation>Aulas y períodos</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The grid could not be loaded: %1</source>
        <translation>No se pudo cargar la cuadrícula: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · Week %2</source>
        <translation>%1 · Semana %2</translation>
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
        <translation>al menos %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 rooms · %3</source>
        <translation>%1 de %2 aulas · %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>School closed</source>
        <translation>Centro cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School closed: %1</source>
        <translation>Centro cerrado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No lessons on this day.</source>
        <translation>No hay clases este día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No room matches the filters.</source>
        <translation>Ningún aula coincide con los filtros.</translation>
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
        <translation>1 plaza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 seats</source>
        <translation>%1 plazas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mondays</source>
        <translation>los lunes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tuesdays</source>
        <translation>los martes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wednesdays</source>
        <translation>los miércoles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thursdays</source>
        <translation>los jueves</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fridays</source>
        <translation>los viernes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saturdays</source>
        <translation>los sábados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sundays</source>
        <translation>los domingos</translation>
    </message>
</context>
<context>
    <name>FavouriteRooms</name>
    <message>
        <location filename="../client/FavouriteRooms.cpp" line="+71"/>
        <source>Could not change your favourite rooms: %1</source>
        <translation>No se pudieron cambiar sus aulas favoritas: %1</translation>
    </message>
</context>
<context>
    <name>FitExplainer</name>
    <message>
        <location filename="../client/FitExplainer.cpp" line="+14"/>
        <source>Exactly the %1 your class needs</source>
        <translation>Justo las %1 que necesita su grupo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snug fit: %1 to spare</source>
        <translation>Justa: %1 de sobra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roomy: %1 to spare</source>
        <translation>Amplia: %1 de sobra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seats %1</source>
        <translation>%1 plazas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Has %1</source>
        <translation>Con %1</translation>
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
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A new language applies when RoomClaim is started again.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie RoomClaim.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the system language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RoomClaim will use %1 from its next start.</source>
        <translation>RoomClaim usará %1 a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../client/LoginDialog.cpp" line="+24"/>
        <source>Log In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RoomClaim — Log in</source>
        <translation>RoomClaim — Inicio de sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RoomClaim</source>
        <translation>RoomClaim</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log in with your school account to find and claim a room.</source>
        <translation>Inicie sesión con su cuenta del centro para buscar y reservar un aula.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>roomclaim.school.local:7400</source>
        <translation>roomclaim.school.local:7400</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The RoomClaim server&apos;s address, from your school&apos;s IT</source>
        <translation>La dirección del servidor de RoomClaim, que le facilita el equipo de informática de su centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Please enter the server address, e.g. roomclaim.school.local:7400.</source>
        <translation>Introduzca la dirección del servidor, p. ej. roomclaim.school.local:7400.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server address must start with wss:// (or leave the scheme out), e.g. wss://roomclaim.school.local:7400.</source>
        <translation>La dirección del servidor debe empezar por wss:// (o no indicar el esquema), p. ej. wss://roomclaim.school.local:7400.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please enter your username.</source>
        <translation>Introduzca su nombre de usuario.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the --ca option</source>
        <translation>la opción --ca</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the setting %1 in the registry (Software\RoomClaim\roomclaim)</source>
        <translation>el ajuste %1 del Registro (Software\RoomClaim\roomclaim)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the setting %1 in roomclaim.conf</source>
        <translation>el ajuste %1 de roomclaim.conf</translation>
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
        <translation>Conexión restablecida. Los resultados están al día.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Offline — %1 RoomClaim keeps trying, checking the certificate each time.</source>
        <translation>Sin conexión: %1 RoomClaim sigue intentándolo y comprueba el certificado cada vez.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent notifications</source>
        <translation>Notificaciones recientes</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Read the last %n notifications again</source>
        <translation>
            <numerusform>Volver a leer la última notificación</numerusform>
            <numerusform>Volver a leer las %n últimas notificaciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of RoomClaim</source>
        <translation>El idioma de RoomClaim</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>My Bookings</source>
        <translation>Mis reservas</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Find a free room</source>
        <translation>Buscar un aula libre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Claim the room</source>
        <translation>Reservar el aula</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Offline — the server cannot be reached. RoomClaim keeps trying to reconnect; what you see may be out of date.</source>
        <translation>Sin conexión: no se puede acceder al servidor. RoomClaim sigue intentando reconectarse; lo que ve puede no estar actualizado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Logged in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+3"/>
        <source>Free rooms · %1</source>
        <translation>Aulas libres · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School closed</source>
        <translation>Centro cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School closed: %1</source>
        <translation>Centro cerrado: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>● Connected to %1 — %2</source>
        <translation>● Conectado a %1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>○ Reconnecting…</source>
        <translation>○ Reconectando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>○ Connecting…</source>
        <translation>○ Conectando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>○ Offline</source>
        <translation>○ Sin conexión</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You were logged out: %1</source>
        <translation>Se ha cerrado su sesión: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The school&apos;s bell schedule was updated.</source>
        <translation>Se ha actualizado el horario de timbres del centro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The school calendar was updated.</source>
        <translation>Se ha actualizado el calendario escolar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The school&apos;s room list was updated.</source>
        <translation>Se ha actualizado la lista de aulas del centro.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 just booked %2 (%3).</source>
        <translation>%1 acaba de reservar %2 (%3).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 canceled your booking of %2 (%3).</source>
        <translation>%1 ha cancelado su reserva de %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 canceled your booking of %2 (%3): %4</source>
        <translation>%1 ha cancelado su reserva de %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is free again (%2).</source>
        <translation>%1 vuelve a estar libre (%2).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Room booked successfully: %1, %2.</source>
        <translation>Aula reservada correctamente: %1, %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No date of the series could be booked.</source>
        <translation>No se pudo reservar ninguna fecha de la serie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series booked: %1, 1 date.</source>
        <translation>Serie reservada: %1, 1 fecha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series booked: %1, %2 dates.</source>
        <translation>Serie reservada: %1, %2 fechas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Not booked: %2.</source>
        <translation>%1 No reservadas: %2.</translation>
    </message>
</context>
<context>
    <name>MyBookingsPanel</name>
    <message>
        <location filename="../client/MyBookingsPanel.cpp" line="+23"/>
        <source>Add to my calendar…</source>
        <translation>Añadir a mi calendario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribe in my calendar…</source>
        <translation>Suscribirme en mi calendario…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My Bookings</source>
        <translation>Mis reservas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save your upcoming bookings as a calendar file (.ics).</source>
        <translation>Guarda sus próximas reservas en un archivo de calendario (.ics).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a private link your calendar app can subscribe to; it stays up to date.</source>
        <translation>Muestra un enlace privado al que puede suscribirse su aplicación de calendario; se mantiene al día.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My bookings in my calendar</source>
        <translation>Mis reservas en mi calendario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your bookings to your own calendar, or subscribe to them.</source>
        <translation>Añada sus reservas a su propio calendario o suscríbase a ellas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No upcoming bookings yet. Claim a room and it appears here.</source>
        <translation>Aún no tiene reservas próximas. Reserve un aula y aparecerá aquí.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel booking of %1</source>
        <translation>Cancelar la reserva de %1</translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <location filename="../client/NotificationsDialog.cpp" line="+17"/>
        <location line="+11"/>
        <source>Recent notifications</source>
        <translation>Notificaciones recientes</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>The last %n notifications, newest first.</source>
        <translation>
            <numerusform>La última notificación.</numerusform>
            <numerusform>Las %n últimas notificaciones, de la más reciente a la más antigua.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notifications yet.</source>
        <translation>Aún no hay notificaciones.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
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
        <translation>Reservar aula</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 seats</source>
        <translation>%1, %2 plazas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Best match</source>
        <translation>La más adecuada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Favourite: %1</source>
        <translation>Favorita: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 building · %2</source>
        <translation>Edificio %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>principal</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Claim %1</source>
        <translation>Reservar %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim this room (%1)</source>
        <translation>Reservar esta aula (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Being booked by %1…</source>
        <translation>Reserva en curso de %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>One of your favourite rooms. Click to remove it.</source>
        <translation>Una de sus aulas favoritas. Haga clic para quitarla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to your favourite rooms: they come first.</source>
        <translation>Añadir a sus aulas favoritas: aparecen primero.</translation>
    </message>
</context>
<context>
    <name>RepeatChoice</name>
    <message>
        <location filename="../client/RepeatChoice.cpp" line="+30"/>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once</source>
        <translation>Una sola vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1-week</source>
        <translation>Cada semana %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat until</source>
        <translation>Repetir hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until the end of term</source>
        <translation>hasta el final del trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until a date…</source>
        <translation>hasta una fecha…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last date of the series</source>
        <translation>Última fecha de la serie</translation>
    </message>
</context>
<context>
    <name>RepeatPreview</name>
    <message>
        <location filename="../client/RepeatPreview.cpp" line="+39"/>
        <source>Dates of the series</source>
        <translation>Fechas de la serie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed: %1</source>
        <translation>No permitido: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taken by %1</source>
        <translation>Ocupada por %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by %1 (%2)</source>
        <translation>Ocupada por %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Being booked by %1</source>
        <translation>Reserva en curso de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>School closed</source>
        <translation>Centro cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School closed: %1</source>
        <translation>Centro cerrado: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking every date…</source>
        <translation>Comprobando cada fecha…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The date will be booked.</source>
        <translation>Se reservará la fecha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date cannot be booked.</source>
        <translation>No se puede reservar la fecha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 dates will be booked.</source>
        <translation>Se reservarán %1 de %2 fechas.</translation>
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
        <translation>El centro está cerrado el %1 (%2). Elija otro día.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The school is closed that day (%1). Please choose another day.</source>
        <translation>El centro está cerrado ese día (%1). Elija otro día.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The school is closed that day. Please choose another day.</source>
        <translation>El centro está cerrado ese día. Elija otro día.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rooms can be booked at most one day ahead. Please choose an earlier date, or ask the school office.</source>
        <translation>Las aulas se pueden reservar como máximo con un día de antelación. Elija una fecha más próxima o consulte a la secretaría.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rooms can be booked at most %1 days ahead. Please choose an earlier date, or ask the school office.</source>
        <translation>Las aulas se pueden reservar como máximo con %1 días de antelación. Elija una fecha más próxima o consulte a la secretaría.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That date is too far ahead to book yet. Please choose an earlier date, or ask the school office.</source>
        <translation>Esa fecha está demasiado lejos para reservarla todavía. Elija una fecha más próxima o consulte a la secretaría.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You already have an upcoming booking, the most allowed. Cancel it in My Bookings to book another.</source>
        <translation>Ya tiene una reserva próxima, el máximo permitido. Cancélela en Mis reservas para hacer otra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You already have %1 upcoming bookings, the most allowed. Cancel one in My Bookings to book another.</source>
        <translation>Ya tiene %1 reservas próximas, el máximo permitido. Cancele una en Mis reservas para hacer otra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You already have as many upcoming bookings as allowed. Cancel one in My Bookings to book another.</source>
        <translation>Ya tiene el máximo de reservas próximas permitido. Cancele una en Mis reservas para hacer otra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This room can only be booked by the school office. Please choose another room.</source>
        <translation>Esta aula solo puede reservarla la secretaría. Elija otra aula.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 can only be booked by the school office. Please choose another room.</source>
        <translation>%1 solo puede reservarla la secretaría. Elija otra aula.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another teacher is currently booking — please wait and try again.</source>
        <translation>Otro docente está reservando en este momento. Espere un poco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is booking this room right now — please wait and try again.</source>
        <translation>%1 está reservando esta aula ahora mismo. Espere un poco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Room already booked</source>
        <translation>El aula ya está reservada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room already booked by %1</source>
        <translation>El aula ya está reservada por %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was booked, because not every date is free.</source>
        <translation>No se ha reservado nada porque no todas las fechas están libres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was booked, because not every date is free:
%1</source>
        <translation>No se ha reservado nada porque no todas las fechas están libres:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This room no longer exists. Please search again.</source>
        <translation>Esta aula ya no existe. Vuelva a buscar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 no longer exists. Please search again.</source>
        <translation>%1 ya no existe. Vuelva a buscar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This booking no longer exists; it may have been canceled already.</source>
        <translation>Esta reserva ya no existe; puede que ya se haya cancelado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This series no longer exists; it may have been canceled already.</source>
        <translation>Esta serie ya no existe; puede que ya se haya cancelado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you asked for no longer exists.</source>
        <translation>Lo que ha solicitado ya no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not allowed to do this. If you think you should be, please ask the school office.</source>
        <translation>No tiene permiso para hacer esto. Si cree que debería tenerlo, consulte a la secretaría.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong username or password. Please try again.</source>
        <translation>Usuario o contraseña incorrectos. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many failed logins. Please wait a second and try again.</source>
        <translation>Demasiados inicios de sesión fallidos. Espere un segundo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many failed logins. Please wait %1 seconds and try again.</source>
        <translation>Demasiados inicios de sesión fallidos. Espere %1 segundos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many requests at once. Please wait a moment and try again.</source>
        <translation>Demasiadas solicitudes a la vez. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are no longer logged in. Please log in again.</source>
        <translation>Su sesión ha caducado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot do this at the moment (its database may be unavailable). Please try again shortly.</source>
        <translation>El servidor no puede hacer esto en este momento (puede que su base de datos no esté disponible). Vuelva a intentarlo en breve.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong on the server. Please try again; if it keeps happening, tell IT.</source>
        <translation>Algo ha fallado en el servidor. Vuelva a intentarlo; si sigue ocurriendo, avise al equipo de informática.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not know this request; it may be older than this RoomClaim. Please ask IT to update it.</source>
        <translation>El servidor no reconoce esta solicitud; puede que sea más antiguo que esta versión de RoomClaim. Pida al equipo de informática que lo actualice.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RoomClaim sent this request under a key it had used before, so the server did nothing. Please try again.</source>
        <translation>RoomClaim envió esta solicitud con una clave que ya había usado, así que el servidor no hizo nada. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That time is already over. Please choose a later time.</source>
        <translation>Esa hora ya ha pasado. Elija una hora posterior.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request: %1</source>
        <translation>El servidor rechazó la solicitud: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached at the moment. Please try again shortly.</source>
        <translation>No se puede acceder al servidor en este momento. Vuelva a intentarlo en breve.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server sent an answer RoomClaim does not understand.</source>
        <translation>El servidor envió una respuesta que RoomClaim no entiende.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>School holidays</source>
        <translation>Vacaciones escolares</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your account was deactivated</source>
        <translation>Su cuenta se ha desactivado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your password was changed; please log in with the new one</source>
        <translation>Su contraseña se ha cambiado; inicie sesión con la nueva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role was changed; please log in again</source>
        <translation>Su rol se ha cambiado; vuelva a iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server ended your session</source>
        <translation>El servidor cerró su sesión</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../client/ResultsView.cpp" line="+25"/>
        <source>Free rooms</source>
        <translation>Aulas libres</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No free room matches. Try another period, fewer seats or fewer features.</source>
        <translation>Ningún aula libre coincide. Pruebe con otro período, menos plazas o menos equipamiento.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No free room matches any more. Try another period, fewer seats or fewer features.</source>
        <translation>Ya no coincide ningún aula libre. Pruebe con otro período, menos plazas o menos equipamiento.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../client/SearchPanel.cpp" line="+34"/>
        <source>Find a free room</source>
        <translation>Buscar un aula libre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day to find a free room on</source>
        <translation>El día para el que buscar un aula libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day to find a free room on (%1 jumps here; %2 and %3 step a day)</source>
        <translation>El día para el que buscar un aula libre (%1 lleva aquí; %2 y %3 retroceden o avanzan un día)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lesson of the day, or a time of your own</source>
        <translation>Un período del día o un horario propio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period</source>
        <translation>&amp;Período</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any size</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> pupils</source>
        <translation> alumnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class size</source>
        <translation>Tamaño del grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only rooms with at least this many seats</source>
        <translation>Solo aulas con al menos este número de plazas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class &amp;size</source>
        <translation>&amp;Tamaño del grupo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The end time must be after the start time.</source>
        <translation>La hora de fin debe ser posterior a la de inicio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1  (%2–%3)</source>
        <translation>%1  (%2–%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom time…</source>
        <translation>Otro horario…</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+29"/>
        <source>School closed</source>
        <translation>Centro cerrado</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>School closed: %1</source>
        <translation>Centro cerrado: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Week %1 · %2</source>
        <translation>Semana %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Needs %1</source>
        <translation>Requisitos: %1</translation>
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
        <translation>Seguridad de la conexión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not encrypted — with a ws:// address your password and bookings cross the network readable by anyone on it. Use the wss:// address IT gave you.</source>
        <translation>Sin cifrar: con una dirección ws://, su contraseña y sus reservas viajan por la red legibles para cualquiera conectado a ella. Use la dirección wss:// que le dio el equipo de informática.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted (TLS) — the server&apos;s certificate is checked when you log in.</source>
        <translation>Cifrada (TLS): el certificado del servidor se comprueba al iniciar sesión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encrypted (TLS) — certificate verified for %1</source>
        <translation>Cifrada (TLS): certificado verificado para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not encrypted — the connection to %1 uses no TLS: your password and bookings cross the network readable by anyone on it.</source>
        <translation>Sin cifrar: la conexión con %1 no usa TLS; su contraseña y sus reservas viajan por la red legibles para cualquiera conectado a ella.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not connected — the server&apos;s certificate could not be verified.</source>
        <translation>Sin conexión: no se pudo verificar el certificado del servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted (TLS)</source>
        <translation>cifrada (TLS)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not encrypted</source>
        <translation>sin cifrar</translation>
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
        <translation>1 fecha, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 dates until %2</source>
        <translation>%1 fechas hasta el %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hide the dates</source>
        <translation>Ocultar las fechas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the dates</source>
        <translation>Mostrar las fechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the dates of %1</source>
        <translation>Ocultar las fechas de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the dates of %1</source>
        <translation>Mostrar las fechas de %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel this date</source>
        <translation>Cancelar esta fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel %1 on %2</source>
        <translation>Cancelar %1 el %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel this and later dates</source>
        <translation>Cancelar esta fecha y las siguientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel %1 on %2 and every later date of the series</source>
        <translation>Cancelar %1 el %2 y todas las fechas posteriores de la serie</translation>
    </message>
</context>
<context>
    <name>TlsFailure</name>
    <message>
        <location filename="../client/TlsFailure.cpp" line="+56"/>
        <source>an unknown issuer</source>
        <translation>un emisor desconocido</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server&apos;s certificate is not trusted: it was issued by “%1”, which this computer does not trust. RoomClaim did not connect. Please ask IT to set up the school certificate on this computer.</source>
        <translation>El certificado del servidor no es de confianza: lo emitió «%1», en quien este equipo no confía. RoomClaim no se ha conectado. Pida al equipo de informática que instale el certificado del centro en este equipo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server&apos;s certificate has expired or is not yet valid (valid from %1 to %2). RoomClaim did not connect. Please ask IT to renew it, or check this computer&apos;s date and time.</source>
        <translation>El certificado del servidor ha caducado o aún no es válido (válido del %1 al %2). RoomClaim no se ha conectado. Pida al equipo de informática que lo renueve o compruebe la fecha y la hora de este equipo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server&apos;s certificate was issued for another host name: %1, not %2. RoomClaim did not connect. Please check the server address, or ask IT.</source>
        <translation>El certificado del servidor se emitió para otro nombre de host: %1, no %2. RoomClaim no se ha conectado. Compruebe la dirección del servidor o consulte al equipo de informática.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate could not be verified (%1). RoomClaim did not connect. Please ask IT.</source>
        <translation>No se pudo verificar el certificado del servidor (%1). RoomClaim no se ha conectado. Consulte al equipo de informática.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No secure connection to %1 could be set up (%2). RoomClaim does not fall back to an unencrypted connection. Please check the address, or ask IT.</source>
        <translation>No se pudo establecer una conexión segura con %1 (%2). RoomClaim nunca recurre a una conexión sin cifrar. Compruebe la dirección o consulte al equipo de informática.</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <location filename="../client/TlsTrust.cpp" line="+22"/>
        <source>The school certificate %1 (from %2) cannot be read: %3. Please ask IT.</source>
        <translation>No se puede leer el certificado del centro %1 (indicado en %2): %3. Consulte al equipo de informática.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (from %2) holds a private key, not a certificate. Use the school certificate school-ca.crt instead, and keep the key on the server.</source>
        <translation>%1 (indicado en %2) contiene una clave privada, no un certificado. Use en su lugar el certificado del centro school-ca.crt y deje la clave en el servidor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (from %2) is not a certificate file (PEM or DER). Please ask IT for the school certificate school-ca.crt.</source>
        <translation>%1 (indicado en %2) no es un archivo de certificado (PEM o DER). Pida al equipo de informática el certificado del centro school-ca.crt.</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../client/Toast.cpp" line="+37"/>
        <source>Click to dismiss. Stays while the pointer is over it.</source>
        <translation>Haga clic para cerrar. Sigue visible mientras el puntero esté encima.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../client/UiLanguage.cpp" line="+49"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>ViewTabs</name>
    <message>
        <location filename="../client/ViewTabs.cpp" line="+26"/>
        <source>&amp;Free rooms</source>
        <translation>Aulas &amp;libres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ay</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rooms free at the time you searched for</source>
        <translation>Las aulas libres en el horario buscado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every room and period of the date, live</source>
        <translation>Todas las aulas y períodos del día, en directo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One room&apos;s week</source>
        <translation>La semana de un aula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free rooms, the day grid or one room&apos;s week</source>
        <translation>Aulas libres, cuadrícula del día o semana de un aula</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../client/WeekView.cpp" line="+20"/>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room</source>
        <translation>&amp;Aula</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Room</source>
        <translation>Aula</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days and periods</source>
        <translation>Días y períodos</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The week could not be loaded: %1</source>
        <translation>No se pudo cargar la semana: %1</translation>
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
        <translation>%1 · Semana %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../client/main.cpp" line="+47"/>
        <source>RoomClaim teacher client</source>
        <translation>Cliente de RoomClaim para docentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server address (wss://host:port; host:port alone means wss://).</source>
        <translation>Dirección del servidor (wss://host:puerto; host:puerto sin más equivale a wss://).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The school&apos;s certificate authority to trust besides the system&apos;s (school-ca.crt); default: the setting tls/ca.</source>
        <translation>La autoridad de certificación del centro en la que confiar además de las del sistema (school-ca.crt); por defecto: el ajuste tls/ca.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Username to log in with.</source>
        <translation>Nombre de usuario para iniciar sesión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password; with --server and --username logs in at once (for demos).</source>
        <translation>Contraseña; con --server y --username inicia sesión de inmediato (para demostraciones).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language for this run: system, en, de, fr or es (default: the language chosen in RoomClaim).</source>
        <translation>El idioma para esta ejecución: system, en, de, fr o es (por defecto: el idioma elegido en RoomClaim).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>roomclaim: unknown language &apos;%1&apos; for --lang; use system, en, de, fr or es.</source>
        <translation>roomclaim: idioma «%1» desconocido para --lang; use system, en, de, fr o es.</translation>
    </message>
</context>
</TS>
