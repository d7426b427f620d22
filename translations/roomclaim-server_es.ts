<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AdminErrors</name>
    <message>
        <location filename="../server/console/AdminErrors.cpp" line="+19"/>
        <source>The database cannot be reached right now, so nothing was changed. Please try again in a moment. (%1)</source>
        <translation>No se puede acceder a la base de datos en este momento, así que no se ha cambiado nada. Vuelva a intentarlo en un momento. (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database is busy with another task, so nothing was changed. Please try again in a moment.</source>
        <translation>La base de datos está ocupada con otra tarea, así que no se ha cambiado nada. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database refused the change: %1</source>
        <translation>La base de datos rechazó el cambio: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something unexpected went wrong; nothing was changed.</source>
        <translation>Se produjo un error inesperado; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <location filename="../server/console/AuditExport.cpp" line="+59"/>
        <location line="+52"/>
        <source>Export failed: %1</source>
        <translation>Error en la exportación: %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Export stopped; no file was written.</source>
        <translation>Exportación detenida; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported 1 audit entry to %1.</source>
        <translation>Se exportó 1 entrada de auditoría a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 audit entries to %2.</source>
        <translation>Se exportaron %1 entradas de auditoría a %2.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../server/console/AuditPage.cpp" line="+58"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Load older entries</source>
        <translation>Cargar entradas más a&amp;ntiguas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop export</source>
        <translation>Detener la exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of action</source>
        <translation>Tipo de acción</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+281"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>Search the audit log</source>
        <translation>Buscar en el registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room, username, address, reason…</source>
        <translation>Aula, usuario, dirección, motivo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refres&amp;h</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation>H&amp;asta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Action:</source>
        <translation>A&amp;cción:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sear&amp;ch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Show the next %1 older entries</source>
        <translation>Mostrar las %1 entradas anteriores siguientes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting… %p%</source>
        <translation>Exportando… %p%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save every entry the filters select (not only those shown) as CSV</source>
        <translation>Guardar como CSV todas las entradas que seleccionan los filtros (no solo las que se muestran)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Days to keep audit entries</source>
        <translation>Días que se conservan las entradas de auditoría</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older entries are removed automatically; %1 days is one school year. Shared by every server on this database.</source>
        <translation>Las entradas más antiguas se eliminan automáticamente; %1 días equivalen a un curso escolar. Se aplica a todos los servidores de esta base de datos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep entries for:</source>
        <translation>Con&amp;servar entradas durante:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing here holds a password or a session token.</source>
        <translation>Aquí no se guarda ninguna contraseña ni ningún token de sesión.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No audit entries from %1 to %2 match these filters.</source>
        <translation>Ninguna entrada de auditoría del %1 al %2 coincide con estos filtros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No audit entries from %1 to %2.</source>
        <translation>No hay entradas de auditoría del %1 al %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Newest %1 entries</source>
        <translation>Las %1 entradas más recientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 entries</source>
        <translation>%1 entradas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command line</source>
        <translation>Línea de comandos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Config file</source>
        <translation>Archivo de configuración</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2, inactive)</source>
        <translation>%1 (%2, inactivo)</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Audit entries are now kept for %n days.</source>
        <translation>
            <numerusform>Las entradas de auditoría se conservan ahora durante %n día.</numerusform>
            <numerusform>Las entradas de auditoría se conservan ahora durante %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../server/console/AuditText.cpp" line="+31"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Booking made</source>
        <translation>Reserva realizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking canceled</source>
        <translation>Reserva cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series booked</source>
        <translation>Serie reservada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series canceled</source>
        <translation>Serie cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room added</source>
        <translation>Aula añadida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room changed</source>
        <translation>Aula modificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room deactivated</source>
        <translation>Aula desactivada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room reactivated</source>
        <translation>Aula reactivada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room restricted to admins</source>
        <translation>Aula restringida a administradores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room open to all</source>
        <translation>Aula abierta a todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher added</source>
        <translation>Docente añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher changed</source>
        <translation>Docente modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher deactivated</source>
        <translation>Docente desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher reactivated</source>
        <translation>Docente reactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password set</source>
        <translation>Contraseña establecida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role changed</source>
        <translation>Rol modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bell schedule changed</source>
        <translation>Horario de timbres modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar changed</source>
        <translation>Calendario modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking rules changed</source>
        <translation>Normas de reserva modificadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit retention changed</source>
        <translation>Conservación de la auditoría modificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock force-released</source>
        <translation>Bloqueo liberado a la fuerza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV import</source>
        <translation>Importación CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed login</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login throttled</source>
        <translation>Inicios de sesión frenados</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Config file</source>
        <translation>Archivo de configuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command line</source>
        <translation>Línea de comandos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command line (%1)</source>
        <translation>Línea de comandos (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not logged in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rooms</source>
        <translation>Aulas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teachers</source>
        <translation>Docentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logins</source>
        <translation>Inicios de sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
</context>
<context>
    <name>BellSchedulePage</name>
    <message>
        <location filename="../server/console/BellSchedulePage.cpp" line="+33"/>
        <source>ends too early</source>
        <translation>termina demasiado pronto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>overlaps %1</source>
        <translation>se solapa con %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The periods of each school day. Teachers pick from the day&apos;s periods when they book a room. Periods of one day may not overlap; gaps between them are breaks.</source>
        <translation>Los períodos de cada día lectivo. Los docentes eligen entre los períodos del día al reservar un aula. Los períodos de un mismo día no pueden solaparse; los huecos entre ellos son recreos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add period</source>
        <translation>Añadir período</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove period</source>
        <translation>Quitar período</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy to other days…</source>
        <translation>Copiar a otros días…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give other weekdays the same periods as this one</source>
        <translation>Dar a otros días de la semana los mismos períodos que a este</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save schedule</source>
        <translation>Guardar el horario</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Changes discarded.</source>
        <translation>Cambios descartados.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Periods on %1</source>
        <translation>Períodos del %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period %1</source>
        <translation>Período %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Copied %1&apos;s periods to %2. Press Save schedule to apply them.</source>
        <translation>Períodos del %1 copiados a %2. Pulse Guardar el horario para aplicarlos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving the bell schedule…</source>
        <translation>Guardando el horario de timbres…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1 on %2.</source>
        <translation>Guardado: %1 en %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 period</source>
        <translation>1 período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 periods</source>
        <translation>%1 períodos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Open teacher windows show the new schedule now.</source>
        <translation> Las ventanas abiertas de los docentes ya muestran el nuevo horario.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Start of %1</source>
        <translation>Inicio de %1</translation>
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
        <translation>%1 (ninguno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: a period needs fixing</source>
        <translation>%1: hay que corregir un período</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: 1 period</source>
        <translation>%1: 1 período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 periods</source>
        <translation>%1: %2 períodos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes: press Save schedule to apply them.</source>
        <translation>Cambios sin guardar: pulse Guardar el horario para aplicarlos.</translation>
    </message>
</context>
<context>
    <name>BookingRulesPage</name>
    <message>
        <location filename="../server/console/BookingRulesPage.cpp" line="+38"/>
        <source>Rules every teacher&apos;s booking must keep. Admins are exempt. A refused booking tells the teacher which rule refused it.</source>
        <translation>Normas que debe cumplir toda reserva de un docente. Los administradores están exentos. Si se rechaza una reserva, el docente ve qué norma la rechazó.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location line="-6"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many days ahead teachers may book</source>
        <translation>Con cuántos días de antelación pueden reservar los docentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0: no limit</source>
        <translation>0: sin límite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> bookings</source>
        <translation> reservas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many upcoming bookings one teacher may hold</source>
        <translation>Cuántas reservas próximas puede tener un docente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0: no limit. Each date of a repeating booking counts.</source>
        <translation>0: sin límite. Cada fecha de una reserva recurrente cuenta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rooms only admins may book</source>
        <translation>Aulas que solo pueden reservar los administradores</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save rules</source>
        <translation>Guardar las normas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book at most &amp;this far ahead:</source>
        <translation>&amp;Antelación máxima de reserva:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upcoming bookings per teacher:</source>
        <translation>Reservas &amp;próximas por docente:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restricted rooms</source>
        <translation>Aulas restringidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked rooms can only be booked by an admin (for example the exam hall). Teachers still see their bookings.</source>
        <translation>Las aulas marcadas solo puede reservarlas un administrador (por ejemplo, la sala de exámenes). Los docentes siguen viendo sus reservas.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Changes discarded.</source>
        <translation>Cambios descartados.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactiva)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saving the rules…</source>
        <translation>Guardando las normas…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. Teachers&apos; next bookings follow these rules.</source>
        <translation>Guardado. Las próximas reservas de los docentes seguirán estas normas.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Bookings may be made any time ahead.</source>
        <translation>Se puede reservar con cualquier antelación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings may be made at most 1 day ahead.</source>
        <translation>Se puede reservar como máximo con 1 día de antelación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings may be made at most %1 days ahead.</source>
        <translation>Se puede reservar como máximo con %1 días de antelación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No limit on upcoming bookings.</source>
        <translation>Sin límite de reservas próximas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 1 upcoming booking per teacher.</source>
        <translation>Como máximo 1 reserva próxima por docente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most %1 upcoming bookings per teacher.</source>
        <translation>Como máximo %1 reservas próximas por docente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every room is open to teachers.</source>
        <translation>Todas las aulas están abiertas a los docentes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 room for admins only.</source>
        <translation>1 aula solo para administradores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rooms for admins only.</source>
        <translation>%1 aulas solo para administradores.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved changes: press Save rules to apply them.</source>
        <translation>Cambios sin guardar: pulse Guardar las normas para aplicarlos.</translation>
    </message>
</context>
<context>
    <name>BookingsExport</name>
    <message>
        <location filename="../server/console/BookingsExport.cpp" line="+46"/>
        <location line="+34"/>
        <source>Export stopped; no file was written.</source>
        <translation>Exportación detenida; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+29"/>
        <source>Export failed: %1</source>
        <translation>Error en la exportación: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported 1 booking to %1.</source>
        <translation>Se exportó 1 reserva a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 bookings to %2.</source>
        <translation>Se exportaron %1 reservas a %2.</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <location filename="../server/console/BookingsPage.cpp" line="+63"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop export</source>
        <translation>Detener la exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel booking…</source>
        <translation>&amp;Cancelar reserva…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Room filter</source>
        <translation>Filtro de aula</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teacher filter</source>
        <translation>Filtro de docente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show today&apos;s bookings</source>
        <translation>Mostrar las reservas de hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next 7 days</source>
        <translation>&amp;Próximos 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show today&apos;s and the next six days&apos; bookings</source>
        <translation>Mostrar las reservas de hoy y de los seis días siguientes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation>H&amp;asta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Room:</source>
        <translation>A&amp;ula:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Te&amp;acher:</source>
        <translation>D&amp;ocente:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>Aula</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exporting… %p%</source>
        <translation>Exportando… %p%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the selected booking (or dates of its series); you give a reason the teacher sees</source>
        <translation>Cancelar la reserva seleccionada (o fechas de su serie); usted indica un motivo que verá el docente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the bookings of this date range and filters as CSV</source>
        <translation>Guardar como CSV las reservas de este intervalo de fechas y estos filtros</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>All rooms</source>
        <translation>Todas las aulas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All teachers</source>
        <translation>Todos los docentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactivo)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Series %1</source>
        <translation>Serie %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One date of repeating booking %1 (%2 of its dates listed here). Cancel offers this date, this and later dates, or the whole series.</source>
        <translation>Una fecha de la reserva recurrente %1 (%2 de sus fechas aparecen aquí). Cancelar ofrece esta fecha, esta y las posteriores, o toda la serie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No bookings on %1 for this room and teacher.</source>
        <translation>No hay reservas para esta aula y este docente: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bookings on %1.</source>
        <translation>No hay reservas: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 booking</source>
        <translation>1 reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bookings</source>
        <translation>%1 reservas</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No date of the series was left to cancel.</source>
        <translation>No quedaba ninguna fecha de la serie por cancelar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled %1&apos;s booking of %2; their client shows the reason.</source>
        <translation>Cancelada la reserva de %2 hecha por %1; su aplicación muestra el motivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Canceled %1 dates of %2&apos;s series in %3; their client shows the reason.</source>
        <translation>Canceladas %1 fechas de la serie de %2 (%3); su aplicación muestra el motivo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export bookings</source>
        <translation>Exportar las reservas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../server/console/CalendarPage.cpp" line="+57"/>
        <source>Import from CSV…</source>
        <translation>Importar desde CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the whole calendar from a CSV file: kind,name,first,last,weeks</source>
        <translation>Sustituir todo el calendario desde un archivo CSV: kind,name,first,last,weeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save calendar</source>
        <translation>Guardar el calendario</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+34"/>
        <source>Bookings on closed days</source>
        <translation>Reservas en días de cierre</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>Aula</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed for</source>
        <translation>Motivo del cierre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel booking…</source>
        <translation>Cancelar reserva…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the selected booking; you give a reason the teacher sees</source>
        <translation>Cancelar la reserva seleccionada; usted indica un motivo que verá el docente</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Year view</source>
        <translation>Vista anual</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Changes discarded.</source>
        <translation>Cambios descartados.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Saving the calendar…</source>
        <translation>Guardando el calendario…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1 and %2.</source>
        <translation>Guardado: %1 y %2.</translation>
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
        <translation>1 cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 closed ranges</source>
        <translation>%1 cierres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Open teacher windows show the new calendar now.</source>
        <translation> Las ventanas abiertas de los docentes ya muestran el nuevo calendario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> 1 booking falls on a closed day (listed on the right).</source>
        <translation> 1 reserva cae en un día de cierre (en la lista de la derecha).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %1 bookings fall on closed days (listed on the right).</source>
        <translation> %1 reservas caen en días de cierre (en la lista de la derecha).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Canceled 1 booking; the teacher&apos;s client shows the reason.</source>
        <translation>1 reserva cancelada; la aplicación del docente muestra el motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled %1 bookings; the teachers&apos; clients show the reason.</source>
        <translation>%1 reservas canceladas; la aplicación de los docentes muestra el motivo.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No upcoming booking falls on a closed day.</source>
        <translation>Ninguna reserva próxima cae en un día de cierre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 upcoming booking falls on a closed day. It stays until you cancel it.</source>
        <translation>1 reserva próxima cae en un día de cierre. Se mantiene hasta que usted la cancele.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 upcoming bookings fall on closed days. They stay until you cancel them.</source>
        <translation>%1 reservas próximas caen en días de cierre. Se mantienen hasta que usted las cancele.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No terms: every day is open. Add terms or import a calendar to close the holidays.</source>
        <translation>Sin trimestres: todos los días están abiertos. Añada trimestres o importe un calendario para cerrar las vacaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2. Closed days are shaded; point at one for its reason.</source>
        <translation>Del %1 al %2. Los días de cierre aparecen sombreados; señale uno para ver el motivo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes: the year view shows them; press Save calendar to apply them.</source>
        <translation>Cambios sin guardar: la vista anual los muestra; pulse Guardar el calendario para aplicarlos.</translation>
    </message>
</context>
<context>
    <name>CalendarYearView</name>
    <message>
        <location filename="../server/console/CalendarYearView.cpp" line="+28"/>
        <source>Year view</source>
        <translation>Vista anual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per week with its week label; closed days are marked with their reason.</source>
        <translation>Una fila por semana con su etiqueta; los días de cierre se marcan con su motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where terms begin and end, and the closed days of the week</source>
        <translation>Dónde empiezan y terminan los trimestres, y los días de cierre de la semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week&apos;s label in its term&apos;s week cycle</source>
        <translation>La etiqueta de la semana en el ciclo de semanas de su trimestre</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The week of %1</source>
        <translation>La semana del %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 begins</source>
        <translation>Empieza %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ends</source>
        <translation>Termina %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: closed (%2)</source>
        <translation>%1: cerrado (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: open, %2</source>
        <translation>%1: abierto, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: open, %2, week %3</source>
        <translation>%1: abierto, %2, semana %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: open</source>
        <translation>%1: abierto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (today)</source>
        <translation> (hoy)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No week cycle this week</source>
        <translation>Sin ciclo de semanas esta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week %1 of the cycle</source>
        <translation>Semana %1 del ciclo</translation>
    </message>
</context>
<context>
    <name>CancelBookingDialog</name>
    <message>
        <location filename="../server/console/CancelBookingDialog.cpp" line="+25"/>
        <location line="+50"/>
        <location line="+61"/>
        <source>Cancel booking</source>
        <translation>Cancelar la reserva</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&lt;b&gt;Cancel this repeating booking?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Cancelar esta reserva recurrente?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Cancel this booking?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Cancelar esta reserva?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Room:</source>
        <translation>Aula:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher:</source>
        <translation>Docente:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Only this date (%1)</source>
        <translation>&amp;Solo esta fecha (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This date and &amp;all later dates of the series</source>
        <translation>Esta fecha y &amp;todas las posteriores de la serie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The &amp;whole series (every date still to come)</source>
        <translation>La serie &amp;completa (todas las fechas pendientes)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Room needed for exams</source>
        <translation>p. ej., Aula necesaria para exámenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for the cancellation</source>
        <translation>Motivo de la cancelación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason (the teacher sees this):</source>
        <translation>&amp;Motivo (lo verá el docente):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep booking</source>
        <translation>Conservar la reserva</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cancel dates</source>
        <translation>Cancelar las fechas</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ClosedDaysEditor</name>
    <message>
        <location filename="../server/console/ClosedDaysEditor.cpp" line="+20"/>
        <location line="+2"/>
        <source>Closed days</source>
        <translation>Días de cierre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add closed days</source>
        <translation>Añadir días de cierre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove closed days</source>
        <translation>Quitar días de cierre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Holidays and inset days inside a term; teachers cannot book on them and see the reason.</source>
        <translation>Festivos y jornadas de formación dentro de un trimestre; los docentes no pueden reservar en ellos y ven el motivo.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Inset day</source>
        <translation>Jornada de formación</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>First closed day of %1</source>
        <translation>Primer día de cierre de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last closed day of %1</source>
        <translation>Último día de cierre de %1</translation>
    </message>
</context>
<context>
    <name>ConsoleText</name>
    <message>
        <location filename="../server/console/ConsoleText.cpp" line="+13"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
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
        <translation>Consola del servidor RoomClaim</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overview</source>
        <translation>Resu&amp;men</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bookings</source>
        <translation>&amp;Reservas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rooms</source>
        <translation>&amp;Aulas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Teachers</source>
        <translation>&amp;Docentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bell &amp;schedule</source>
        <translation>&amp;Horario de timbres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cale&amp;ndar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking r&amp;ules</source>
        <translation>&amp;Normas de reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au&amp;dit log</source>
        <translation>Registro de a&amp;uditoría</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Serving on %1  ·  database %2  ·  %3</source>
        <translation>En servicio en %1  ·  base de datos %2  ·  %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connected</source>
        <translation>conectada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unreachable</source>
        <translation>inaccesible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 teacher online</source>
        <translation>1 docente conectado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 teachers online</source>
        <translation>%1 docentes conectados</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stop the server?</source>
        <translation>¿Detener el servidor?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing the console stops the RoomClaim server.</source>
        <translation>Cerrar la consola detiene el servidor RoomClaim.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 teacher is connected and will be disconnected until the server runs again.</source>
        <translation>1 docente está conectado y quedará desconectado hasta que el servidor vuelva a funcionar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 teachers are connected and will be disconnected until the server runs again.</source>
        <translation>%1 docentes están conectados y quedarán desconectados hasta que el servidor vuelva a funcionar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop server</source>
        <translation>Detener el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep running</source>
        <translation>Mantenerlo en marcha</translation>
    </message>
</context>
<context>
    <name>CopyPeriodsDialog</name>
    <message>
        <location filename="../server/console/CopyPeriodsDialog.cpp" line="+18"/>
        <source>Copy %1&apos;s periods</source>
        <translation>Copiar los períodos del %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy %1&apos;s 1 period to:</source>
        <translation>Copiar el período del %1 a:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %1&apos;s %2 periods to:</source>
        <translation>Copiar los %2 períodos del %1 a:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Monday to Friday</source>
        <translation>De lunes a viernes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ticked days&apos; own periods are replaced. Nothing is stored until you save the schedule.</source>
        <translation>Se sustituyen los períodos propios de los días marcados. No se guarda nada hasta que guarde el horario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../server/console/ImportPage.cpp" line="+29"/>
        <source>room</source>
        <translation>aula</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rooms</source>
        <translation>aulas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>teacher</source>
        <translation>docente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>teachers</source>
        <translation>docentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>period</source>
        <translation>período</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>periods</source>
        <translation>períodos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>term or closed range</source>
        <translation>trimestre o cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terms or closed ranges</source>
        <translation>trimestres o cierres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 on %2, replacing the whole bell schedule</source>
        <translation>%1 en %2, que sustituyen todo el horario de timbres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 period</source>
        <translation>1 período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 periods</source>
        <translation>%1 períodos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 weekday</source>
        <translation>1 día de la semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 weekdays</source>
        <translation>%1 días de la semana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2, replacing the whole calendar</source>
        <translation>%1 y %2, que sustituyen todo el calendario</translation>
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
        <translation>1 cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 closed ranges</source>
        <translation>%1 cierres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 new %2, %3 updated</source>
        <translation>alta de %1 %2, actualización de %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rooms</source>
        <translation>Aulas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teachers</source>
        <translation>Docentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bell schedule</source>
        <translation>Horario de timbres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>choose a .csv file</source>
        <translation>elija un archivo .csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file to import</source>
        <translation>Archivo CSV que importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the import</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import:</source>
        <translation>Importar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file:</source>
        <translation>Archivo CSV:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Columns: &lt;b&gt;name,building,capacity,features&lt;/b&gt; — features separated by “;”. A room whose name exists already is updated.</source>
        <translation>Columnas: &lt;b&gt;name,building,capacity,features&lt;/b&gt;; el equipamiento se separa con «;». Un aula cuyo nombre ya existe se actualiza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns: &lt;b&gt;username,name,email,role,password&lt;/b&gt; — role is teacher or admin; an empty password keeps an existing teacher&apos;s password. A teacher whose username exists already is updated.</source>
        <translation>Columnas: &lt;b&gt;username,name,email,role,password&lt;/b&gt;; role es teacher o admin; una contraseña vacía conserva la de un docente existente. Un docente cuyo nombre de usuario ya existe se actualiza.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns: &lt;b&gt;weekdays,name,start,end&lt;/b&gt; — weekdays Mon, Mon-Thu or Mon;Wed;Fri, times HH:MM. Replaces the whole bell schedule.</source>
        <translation>Columnas: &lt;b&gt;weekdays,name,start,end&lt;/b&gt;; weekdays Mon, Mon-Thu o Mon;Wed;Fri, horas en formato HH:MM. Sustituye todo el horario de timbres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns: &lt;b&gt;kind,name,first,last,weeks&lt;/b&gt; — kind term or closed, dates YYYY-MM-DD, weeks a term&apos;s cycle (A;B) or empty. Replaces the whole calendar; bookings are kept.</source>
        <translation>Columnas: &lt;b&gt;kind,name,first,last,weeks&lt;/b&gt;; kind es term o closed, fechas en formato AAAA-MM-DD, weeks es el ciclo de un trimestre (A;B) o vacío. Sustituye todo el calendario; las reservas se conservan.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a CSV file first.</source>
        <translation>Elija primero un archivo CSV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was imported: the file has a problem, listed above.</source>
        <translation>No se ha importado nada: el archivo tiene un problema, indicado arriba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported: the file has %1 problems, listed above.</source>
        <translation>No se ha importado nada: el archivo tiene %1 problemas, indicados arriba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: the file lists no %1.</source>
        <translation>No se ha importado nada: el archivo no contiene %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported: %1.</source>
        <translation>Importado: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Teachers&apos; screens update automatically.</source>
        <translation> Las pantallas de los docentes se actualizan automáticamente.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import rooms</source>
        <translation>Importar aulas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import teachers</source>
        <translation>Importar docentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the bell schedule</source>
        <translation>Importar el horario de timbres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the calendar</source>
        <translation>Importar el calendario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file has a header but no %1 to import.</source>
        <translation>El archivo tiene una fila de encabezado, pero no hay %1 que importar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready: %1. Nothing has been written yet — press Import to apply all of it.</source>
        <translation>Listo: %1. Todavía no se ha escrito nada; pulse Importar para aplicarlo todo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file cannot be imported: 1 problem needs fixing.</source>
        <translation>Este archivo no se puede importar: hay que corregir 1 problema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be imported: %1 problems need fixing.</source>
        <translation>Este archivo no se puede importar: hay que corregir %1 problemas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> An import is all or nothing, so nothing is changed until every line is right.</source>
        <translation> Una importación es de todo o nada: no se cambia nada hasta que todas las líneas sean correctas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing… the console stays usable meanwhile.</source>
        <translation>Importando… mientras tanto, la consola sigue disponible.</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <location filename="../server/console/LogPane.cpp" line="+37"/>
        <source>Follow new lines</source>
        <translation>Seguir las líneas nuevas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Debug and above</source>
        <translation>Depuración y superior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info and above</source>
        <translation>Información y superior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Advertencias y errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum log level</source>
        <translation>Nivel mínimo de registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter lines (e.g. a teacher or a room)</source>
        <translation>Filtrar líneas (p. ej., un docente o un aula)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter log lines</source>
        <translation>Filtrar las líneas del registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the newest line in view as lines arrive</source>
        <translation>Mantener visible la línea más reciente a medida que llegan líneas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server log</source>
        <translation>Registro del servidor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear view</source>
        <translation>Vaciar la vista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empties this view; the server keeps logging</source>
        <translation>Vacía esta vista; el servidor sigue registrando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>View cleared. New lines appear here as the server logs them.</source>
        <translation>Vista vaciada. Las líneas nuevas aparecen aquí a medida que el servidor las registra.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No log lines yet. Connections, logins, bookings and problems appear here as they happen.</source>
        <translation>Aún no hay líneas de registro. Las conexiones, inicios de sesión, reservas y problemas aparecen aquí a medida que se producen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No lines match this level and filter.</source>
        <translation>Ninguna línea coincide con este nivel y este filtro.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../server/console/OverviewPage.cpp" line="+81"/>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connected since</source>
        <translation>Conectado desde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Room</source>
        <translation>Aula</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held by</source>
        <translation>En manos de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires in</source>
        <translation>Caduca en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Force release…</source>
        <translation>&amp;Forzar la liberación…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>End the selected lock now, e.g. when a teacher&apos;s confirmation is stuck</source>
        <translation>Terminar ya el bloqueo seleccionado, p. ej., cuando la confirmación de un docente se ha quedado atascada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected teacher clients</source>
        <translation>Aplicaciones de docentes conectadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Active locks</source>
        <translation>Bloqueos activos</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Listening on</source>
        <translation>Escuchando en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptime</source>
        <translation>Tiempo en marcha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers online</source>
        <translation>Docentes conectados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings today</source>
        <translation>Reservas de hoy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No teacher clients are connected.
They appear here as soon as they connect.</source>
        <translation>No hay aplicaciones de docentes conectadas.
Aparecen aquí en cuanto se conectan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected clients</source>
        <translation>Aplicaciones conectadas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No room is locked.
A lock appears here for the few seconds a teacher&apos;s confirmation takes, with a countdown to its expiry.</source>
        <translation>No hay ningún aula bloqueada.
Un bloqueo aparece aquí durante los pocos segundos que tarda la confirmación de un docente, con una cuenta atrás hasta que caduca.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server log</source>
        <translation>Registro del servidor</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Teachers connect to ws://%1/</source>
        <translation>Los docentes se conectan a ws://%1/</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started %1</source>
        <translation>Iniciado: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>● Connected</source>
        <translation>● Conectada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>● Unreachable</source>
        <translation>● Inaccesible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — retrying every few seconds</source>
        <translation>%1 (se reintenta cada pocos segundos)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> (admin)</source>
        <translation> (administrador)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not logged in yet</source>
        <translation>Aún sin iniciar sesión</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 teacher</source>
        <translation>1 docente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 teachers</source>
        <translation>%1 docentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All connections logged in</source>
        <translation>Todas las conexiones han iniciado sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 connection not logged in yet</source>
        <translation>1 conexión aún sin iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 connections not logged in yet</source>
        <translation>%1 conexiones aún sin iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected clients (%1)</source>
        <translation>Aplicaciones conectadas (%1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 booking</source>
        <translation>1 reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bookings</source>
        <translation>%1 reservas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in the next 7 days</source>
        <translation>%1 en los próximos 7 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database is unreachable; locks cannot be shown.</source>
        <translation>No se puede acceder a la base de datos; no se pueden mostrar los bloqueos.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Active locks (%1)</source>
        <translation>Bloqueos activos (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2 ago)</source>
        <translation>%1 (hace %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expiring…</source>
        <translation>caducando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Select a lock to release it by force.</source>
        <translation>Seleccione un bloqueo para liberarlo a la fuerza.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Force-release lock</source>
        <translation>Forzar la liberación del bloqueo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force-release %1&apos;s lock on %2?</source>
        <translation>¿Liberar a la fuerza el bloqueo de %1 sobre %2?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1

Use this when a confirmation is stuck. The teacher&apos;s booking then completes or fails with a clear message; no booking is removed.</source>
        <translation>%1

Úselo cuando una confirmación se haya quedado atascada. La reserva del docente se completará o fallará con un mensaje claro; no se elimina ninguna reserva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Force release</source>
        <translation>Forzar la liberación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep lock</source>
        <translation>Mantener el bloqueo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Releasing %1&apos;s lock on %2…</source>
        <translation>Liberando el bloqueo de %1 sobre %2…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Released %1&apos;s lock on %2.</source>
        <translation>Bloqueo de %1 sobre %2 liberado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That lock had already ended.</source>
        <translation>Ese bloqueo ya había terminado.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../server/console/TeachersPage.cpp" line="+30"/>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../server/console/RoomsPage.cpp" line="+31"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · admins only</source>
        <translation>%1 · solo administradores</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+279"/>
        <source>Add room</source>
        <translation>Añadir aula</translation>
    </message>
    <message>
        <location line="-277"/>
        <location line="+295"/>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>A deactivated room keeps its bookings but can no longer be found or booked by teachers.</source>
        <translation>Un aula desactivada conserva sus reservas, pero los docentes ya no pueden encontrarla ni reservarla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show inactive rooms</source>
        <translation>Mostrar las aulas inactivas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rooms</source>
        <translation>Aulas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+22"/>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+26"/>
        <source>Features</source>
        <translation>Equipamiento</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. Room 204</source>
        <translation>p. ej., Aula 204</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room name</source>
        <translation>Nombre del aula</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Main</source>
        <translation>p. ej., Principal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> seats</source>
        <translation> plazas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>other features, separated by commas</source>
        <translation>otro equipamiento, separado por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other features</source>
        <translation>Otro equipamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas</source>
        <translation>Separado por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only admins may book this room</source>
        <translation>Solo los administradores pueden reservar esta aula</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teachers still see the room and its bookings, but booking it is refused with “can only be booked by an admin”.</source>
        <translation>Los docentes siguen viendo el aula y sus reservas, pero se rechaza cualquier reserva con «solo la puede reservar un administrador».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save room</source>
        <translation>Guardar el aula</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+227"/>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building:</source>
        <translation>Edificio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity:</source>
        <translation>Capacidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features:</source>
        <translation>Equipamiento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking:</source>
        <translation>Reserva:</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Saving “%1”…</source>
        <translation>Guardando «%1»…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added “%1”. Teachers&apos; screens update automatically.</source>
        <translation>«%1» añadida. Las pantallas de los docentes se actualizan automáticamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved “%1”. Teachers&apos; screens update automatically.</source>
        <translation>«%1» guardada. Las pantallas de los docentes se actualizan automáticamente.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deactivate “%1”?

Teachers will no longer find or book it. Its existing bookings stay, and you can reactivate it at any time.</source>
        <translation>¿Desactivar «%1»?

Los docentes ya no podrán encontrarla ni reservarla. Sus reservas actuales se mantienen y puede reactivarla en cualquier momento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reactivate “%1”?

Teachers will be able to find and book it again.</source>
        <translation>¿Reactivar «%1»?

Los docentes podrán volver a encontrarla y reservarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivate room</source>
        <translation>Desactivar el aula</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reactivate room</source>
        <translation>Reactivar el aula</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deactivating “%1”…</source>
        <translation>Desactivando «%1»…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivating “%1”…</source>
        <translation>Reactivando «%1»…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is now inactive.</source>
        <translation>«%1» está ahora inactiva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is active again.</source>
        <translation>«%1» vuelve a estar activa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New room</source>
        <translation>Aula nueva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear form</source>
        <translation>Vaciar el formulario</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
</context>
<context>
    <name>TeachersPage</name>
    <message>
        <location filename="../server/console/TeachersPage.cpp" line="+6"/>
        <location line="+340"/>
        <source>Add teacher</source>
        <translation>Añadir docente</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>Set password…</source>
        <translation>Establecer contraseña…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+360"/>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location line="-358"/>
        <source>A deactivated teacher cannot log in; their bookings stay.</source>
        <translation>Un docente desactivado no puede iniciar sesión; sus reservas se mantienen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show inactive teachers</source>
        <translation>Mostrar los docentes inactivos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Teachers</source>
        <translation>Docentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+17"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+21"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>used to log in, e.g. j.smith</source>
        <translation>para iniciar sesión, p. ej., j.garcia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shown to colleagues, e.g. Jane Smith</source>
        <translation>visible para los colegas, p. ej., Juana García</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+295"/>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>Username:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saving %1 and hashing the password…</source>
        <translation>Guardando %1 y cifrando la contraseña…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added %1 (%2). They can log in now.</source>
        <translation>%1 (%2) añadido. Ya puede iniciar sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1. The new password works from now on; they have been signed out everywhere.</source>
        <translation>%1 guardado. La nueva contraseña funciona desde ahora; se han cerrado todas sus sesiones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+17"/>
        <source>Set password</source>
        <translation>Establecer contraseña</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>New password for %1 (%2). They will be signed out everywhere and log in with the new password.</source>
        <translation>Nueva contraseña para %1 (%2). Se cerrarán todas sus sesiones y deberá iniciar sesión con la nueva contraseña.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+97"/>
        <source>New password:</source>
        <translation>Nueva contraseña:</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Repeat it:</source>
        <translation>Repítala:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Setting the password…</source>
        <translation>Estableciendo la contraseña…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New password set for %1; they have been signed out everywhere.</source>
        <translation>Nueva contraseña establecida para %1; se han cerrado todas sus sesiones.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Deactivate %1 (%2)?

They are signed out and can no longer log in. Their bookings stay, and you can reactivate the account at any time.</source>
        <translation>¿Desactivar a %1 (%2)?

Se cierran sus sesiones y ya no podrá iniciar sesión. Sus reservas se mantienen y puede reactivar la cuenta en cualquier momento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reactivate %1 (%2)?

They will be able to log in again with their password.</source>
        <translation>¿Reactivar a %1 (%2)?

Podrá volver a iniciar sesión con su contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deactivate teacher</source>
        <translation>Desactivar docente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reactivate teacher</source>
        <translation>Reactivar docente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deactivating %1…</source>
        <translation>Desactivando a %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivating %1…</source>
        <translation>Reactivando a %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is now inactive.</source>
        <translation>%1 está ahora inactivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is active again.</source>
        <translation>%1 vuelve a estar activo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New teacher</source>
        <translation>Docente nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1 characters</source>
        <translation>al menos %1 caracteres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear form</source>
        <translation>Vaciar el formulario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leave empty to keep the current one</source>
        <translation>déjelo vacío para conservar la actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week cycle</source>
        <translation>Ciclo de semanas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The labels its weeks take in turn, e.g. A;B for a two-week timetable. Empty: no cycle.</source>
        <translation>Las etiquetas que toman sus semanas por turnos, p. ej., A;B para un horario de dos semanas. Vacío: sin ciclo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add term</source>
        <translation>Añadir trimestre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove term</source>
        <translation>Quitar trimestre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When terms exist, every date outside them is closed (school holidays). Without terms every day is open.</source>
        <translation>Si hay trimestres, toda fecha fuera de ellos está cerrada (vacaciones escolares). Sin trimestres, todos los días están abiertos.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Term %1</source>
        <translation>Trimestre %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 weeks</source>
        <translation>%1 semanas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. A;B — empty for no week cycle</source>
        <translation>p. ej., A;B; vacío para no usar ciclo de semanas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First day of %1</source>
        <translation>Primer día de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day of %1</source>
        <translation>Último día de %1</translation>
    </message>
</context>
</TS>
