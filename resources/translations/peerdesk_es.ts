<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name />
    <message>
        <location filename="../../ui/backup_dialog.py" line="44" />
        <source>Automatic, when the file was opened</source>
        <translation>Automática, al abrir el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="45" />
        <source>Backup now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="46" />
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="47" />
        <source>Before an upgrade of PeerDesk</source>
        <translation>Antes de actualizar PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="81" />
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="82" />
        <location filename="../../ui/labels.py" line="28" />
        <location filename="../../ui/labels.py" line="36" />
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="83" />
        <source>Every four weeks</source>
        <translation>Cada cuatro semanas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="84" />
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="633" />
        <source>Scheduled {count} meetings.</source>
        <translation>Se programaron {count} reuniones.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="644" />
        <source>Reading the calendar…</source>
        <translation>Leyendo el calendario…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="662" />
        <source>Schedule their meetings?</source>
        <translation>¿Programar sus reuniones?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="664" />
        <source>The pair is confirmed. Schedule its meetings now?</source>
        <translation>La pareja está confirmada. ¿Programar sus reuniones ahora?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="666" />
        <source>{count} pairs are confirmed. Schedule their meetings now?</source>
        <translation>{count} parejas están confirmadas. ¿Programar sus reuniones ahora?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="670" />
        <source>Meetings on the program's cadence{cadence}, or only a first meeting to start, each placed so that nobody is in two meetings at once. You see the plan before anything is saved.</source>
        <translation>Reuniones con la frecuencia del programa{cadence}, o solo una primera reunión para empezar, colocadas de modo que nadie tenga dos reuniones a la vez. Verá el plan antes de que se guarde nada.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="675" />
        <source>Schedule meetings…</source>
        <translation>Programar reuniones…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="678" />
        <source>First meeting only…</source>
        <translation>Solo la primera reunión…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="678" />
        <source>First meetings only…</source>
        <translation>Solo las primeras reuniones…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="682" />
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/commands.py" line="40" />
        <location filename="../../ui/undo.py" line="48" />
        <source>Redoing…</source>
        <translation>Rehaciendo…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/commands.py" line="44" />
        <location filename="../../ui/undo.py" line="52" />
        <source>Undoing…</source>
        <translation>Deshaciendo…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/commands.py" line="74" />
        <source>Record a response</source>
        <translation>Registrar una respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/commands.py" line="94" />
        <source>Import responses</source>
        <translation>Importar respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/commands.py" line="117" />
        <source>Add a goal</source>
        <translation>Añadir un objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/commands.py" line="119" />
        <source>Delete a goal</source>
        <translation>Eliminar un objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/commands.py" line="121" />
        <source>Change a goal</source>
        <translation>Cambiar un objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="57" />
        <source>Goals reached</source>
        <translation>Objetivos alcanzados</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="58" />
        <source>Program ended</source>
        <translation>Fin del programa</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="59" />
        <source>Schedules did not fit</source>
        <translation>Horarios incompatibles</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="60" />
        <source>Lost contact</source>
        <translation>Se perdió el contacto</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="61" />
        <source>Not a good match</source>
        <translation>No era una buena pareja</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="62" />
        <source>Moved away or changed role</source>
        <translation>Se mudó o cambió de puesto</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="63" />
        <source>Personal or health reasons</source>
        <translation>Motivos personales o de salud</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="64" />
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="108" />
        <source>Strongly disagree</source>
        <translation>Muy en desacuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="109" />
        <source>Disagree</source>
        <translation>En desacuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="110" />
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="111" />
        <source>Agree</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="112" />
        <source>Strongly agree</source>
        <translation>Muy de acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="138" />
        <source>A number</source>
        <translation>Un número</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="47" />
        <source>Pre-program assessment</source>
        <translation>Evaluación previa al programa</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="48" />
        <source>Check-in</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="49" />
        <source>Post-program assessment</source>
        <translation>Evaluación posterior al programa</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="50" />
        <source>Closing survey</source>
        <translation>Encuesta de cierre</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="56" />
        <source>Agree–disagree (1–5)</source>
        <translation>Acuerdo–desacuerdo (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="57" />
        <source>Yes or no</source>
        <translation>Sí o no</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="58" />
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="59" />
        <source>Free text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="65" />
        <location filename="../../ui/pairs/model.py" line="77" />
        <location filename="../../ui/people/rows.py" line="101" />
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="65" />
        <location filename="../../ui/pairs/model.py" line="79" />
        <source>Ended early</source>
        <translation>Terminada antes</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="67" />
        <location filename="../../ui/matching/widgets.py" line="183" />
        <location filename="../../ui/pairs/model.py" line="67" />
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="68" />
        <location filename="../../ui/pairs/model.py" line="68" />
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="69" />
        <location filename="../../ui/matching/widgets.py" line="184" />
        <location filename="../../ui/pairs/model.py" line="66" />
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="184" />
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="188" />
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="189" />
        <location filename="../../ui/checkins/models.py" line="283" />
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="190" />
        <location filename="../../ui/checkins/models.py" line="291" />
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="192" />
        <source>Entered</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="193" />
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="193" />
        <source>By hand</source>
        <translation>A mano</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="236" />
        <location filename="../../ui/importer/common.py" line="101" />
        <location filename="../../ui/importer/common.py" line="120" />
        <location filename="../../ui/pairs/model.py" line="55" />
        <location filename="../../ui/people/rows.py" line="87" />
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="239" />
        <location filename="../../ui/importer/common.py" line="102" />
        <location filename="../../ui/importer/common.py" line="121" />
        <location filename="../../ui/pairs/model.py" line="56" />
        <location filename="../../ui/people/rows.py" line="88" />
        <source>Mentee</source>
        <translation>Aprendiz</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="61" />
        <location filename="../../ui/dashboard/sessions.py" line="96" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="62" />
        <location filename="../../ui/calendar/log_meetings.py" line="100" />
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="63" />
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="64" />
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="65" />
        <location filename="../../ui/checkins/models.py" line="242" />
        <location filename="../../ui/circles/model.py" line="73" />
        <location filename="../../ui/importer/common.py" line="64" />
        <location filename="../../ui/pairs/model.py" line="57" />
        <location filename="../../ui/people/rows.py" line="71" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="137" />
        <location filename="../../ui/calendar/agenda.py" line="173" />
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="178" />
        <location filename="../../ui/calendar/session_rows.py" line="61" />
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="178" />
        <source>Not logged</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="179" />
        <source>moved</source>
        <translation>movida</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="185" />
        <location filename="../../ui/calendar/session_rows.py" line="78" />
        <source>Where: {place}</source>
        <translation>Dónde: {place}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="187" />
        <source>Topics: {topics}</source>
        <translation>Temas: {topics}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="189" />
        <source>Moved from its series' usual day or time.</source>
        <translation>Movida del día u hora habitual de su serie.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="247" />
        <location filename="../../ui/importer/common.py" line="75" />
        <location filename="../../ui/wizard/review.py" line="52" />
        <location filename="../../ui/wizard/settings_dialog.py" line="199" />
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="250" />
        <location filename="../../ui/checkins/models.py" line="270" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="264" />
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="266" />
        <source>Target date</source>
        <translation>Fecha meta</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="287" />
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="288" />
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="289" />
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="290" />
        <source>Asked</source>
        <translation>Preguntado</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="134" />
        <location filename="../../ui/checkins/models.py" line="290" />
        <location filename="../../ui/conflict_dialog.py" line="64" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="290" />
        <source>No (off)</source>
        <translation>No (desactivado)</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="124" />
        <source>PeerDesk closed unexpectedly</source>
        <translation>PeerDesk se cerró inesperadamente</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="125" />
        <source>PeerDesk closed unexpectedly last time</source>
        <translation>PeerDesk se cerró inesperadamente la última vez</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="127" />
        <source>It stopped without closing properly. Everything it had saved before that is still in your program file. If this keeps happening, copy the report below and send it, with the log file, to whoever helps you with PeerDesk; it holds no names or other personal data.</source>
        <translation>Se detuvo sin cerrarse correctamente. Todo lo que había guardado antes sigue en su archivo del programa. Si esto se repite, copie el informe de abajo y envíelo, junto con el archivo de registro, a quien le ayude con PeerDesk; no contiene nombres ni otros datos personales.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="228" />
        <source>Suggest matches</source>
        <translation>Sugerir emparejamientos</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="230" />
        <source>Pair</source>
        <translation>Emparejar</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="232" />
        <source>Move here</source>
        <translation>Mover aquí</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="234" />
        <source>Take back</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="93" />
        <source>Pair {mentee} with {mentor}</source>
        <translation>Emparejar a {mentee} con {mentor}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="116" />
        <source>Select a mentee in the list and a mentor's card first, then press Pair.</source>
        <translation>Seleccione primero un aprendiz en la lista y la tarjeta de un mentor, y luego pulse Emparejar.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="134" />
        <source>Move {mentee} to {mentor}</source>
        <translation>Mover a {mentee} con {mentor}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="147" />
        <source>Select one pair (click it, or Space on its card), then the mentor's card to move it to, and press Move here.</source>
        <translation>Seleccione una pareja (haga clic en ella, o Espacio en su tarjeta), luego la tarjeta del mentor al que moverla, y pulse Mover aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="177" />
        <source>Take back the pair of {mentee}</source>
        <translation>Retirar la pareja de {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="179" />
        <source>Take back {n} pairs</source>
        <translation>Retirar {n} parejas</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="190" />
        <source>Select a pair on a mentor's card to lock or unlock it.</source>
        <translation>Seleccione una pareja en la tarjeta de un mentor para bloquearla o desbloquearla.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="195" />
        <source>Lock the pair of {mentee}</source>
        <translation>Bloquear la pareja de {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="197" />
        <source>Unlock the pair of {mentee}</source>
        <translation>Desbloquear la pareja de {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="218" />
        <source>There are no proposed pairs to confirm.</source>
        <translation>No hay parejas propuestas que confirmar.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="230" />
        <source>Confirm 1 pair</source>
        <translation>Confirmar 1 pareja</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="230" />
        <source>Confirm {n} pairs</source>
        <translation>Confirmar {n} parejas</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="253" />
        <source>Resume the pair of {mentee}</source>
        <translation>Reanudar la pareja de {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="256" />
        <source>Pause the pair of {mentee}</source>
        <translation>Pausar la pareja de {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="262" />
        <source>Select one active pair to end it.</source>
        <translation>Seleccione una pareja activa para terminarla.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="287" />
        <source>End the pair of {mentee}</source>
        <translation>Terminar la pareja de {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="316" />
        <source>Suggest matches was stopped; nothing changed.</source>
        <translation>Se detuvo Sugerir emparejamientos; no cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="319" />
        <source>Finding the best pairs…</source>
        <translation>Buscando las mejores parejas…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="342" />
        <source>Next round was stopped; nothing changed.</source>
        <translation>Se detuvo Siguiente ronda; no cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="344" />
        <source>Finding new partners for everyone…</source>
        <translation>Buscando nuevos compañeros para todos…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="365" />
        <source>Comparing was stopped; nothing changed.</source>
        <translation>Se detuvo la comparación; no cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="367" />
        <source>Running every matching mode…</source>
        <translation>Ejecutando todos los modos de emparejamiento…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="415" />
        <source>The audit is saved in {file}.</source>
        <translation>La auditoría se guardó en {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="418" />
        <source>Saving the audit…</source>
        <translation>Guardando la auditoría…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="432" />
        <source>Accept 1 suggested pair</source>
        <translation>Aceptar 1 pareja sugerida</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="434" />
        <location filename="../../ui/matching/actions.py" line="470" />
        <source>Accept {n} suggested pairs</source>
        <translation>Aceptar {n} parejas sugeridas</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="443" />
        <source>Saving the suggested pairs…</source>
        <translation>Guardando las parejas sugeridas…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="446" />
        <source>The suggested pairs are saved as proposed pairs. Confirm pairs makes them active; Undo takes them all back.</source>
        <translation>Las parejas sugeridas se guardan como parejas propuestas. Confirmar parejas las activa; Deshacer las retira todas.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="463" />
        <source>Select suggested pairs (dashed) to accept them.</source>
        <translation>Seleccione parejas sugeridas (con borde discontinuo) para aceptarlas.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="468" />
        <source>Accept the suggestion for {mentee}</source>
        <translation>Aceptar la sugerencia para {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="484" />
        <source>Select suggested pairs (dashed) to reject them.</source>
        <translation>Seleccione parejas sugeridas (con borde discontinuo) para rechazarlas.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="494" />
        <source>Reject 1 suggestion</source>
        <translation>Rechazar 1 sugerencia</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="496" />
        <source>Reject {n} suggestions</source>
        <translation>Rechazar {n} sugerencias</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="502" />
        <source>Discard the suggestions</source>
        <translation>Descartar las sugerencias</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="515" />
        <source>Pair {mentee} here</source>
        <translation>Emparejar a {mentee} aquí</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="521" />
        <source>Move {mentee} here</source>
        <translation>Mover a {mentee} aquí</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="535" />
        <source>Resume the pair</source>
        <translation>Reanudar la pareja</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="535" />
        <source>Pause the pair</source>
        <translation>Pausar la pareja</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="540" />
        <source>Its meetings come back from today on</source>
        <translation>Sus reuniones vuelven a partir de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="542" />
        <source>Its meetings from today on are cancelled until it resumes</source>
        <translation>Sus reuniones a partir de hoy se cancelan hasta que se reanude</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="574" />
        <location filename="../../ui/matching/board_layout.py" line="235" />
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="574" />
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="609" />
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="80" />
        <source>Search mentees</source>
        <translation>Buscar aprendices</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="86" />
        <source>Hardest to match first</source>
        <translation>Los más difíciles primero</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="87" />
        <source>By name</source>
        <translation>Por nombre</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="110" />
        <source>Mentees to match</source>
        <translation>Aprendices por emparejar</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="141" />
        <source>Search mentors…</source>
        <translation>Buscar mentores…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="143" />
        <source>Find mentors by name, department, skill, interest or language</source>
        <translation>Buscar mentores por nombre, departamento, habilidad, interés o idioma</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="158" />
        <source>Mentors</source>
        <translation>Mentores</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="237" />
        <source>Confirm pairs…</source>
        <translation>Confirmar parejas…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="239" />
        <source>End pair…</source>
        <translation>Terminar pareja…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="241" />
        <source>Accept all</source>
        <translation>Aceptar todo</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="244" />
        <source>Accept selected</source>
        <translation>Aceptar selección</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="247" />
        <source>Reject selected</source>
        <translation>Rechazar selección</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="250" />
        <source>Discard suggestions</source>
        <translation>Descartar sugerencias</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="253" />
        <source>Export audit…</source>
        <translation>Exportar auditoría…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="256" />
        <source>Save these suggestions' scores, lowest pairs, groups and wishes to Excel</source>
        <translation>Guardar en Excel las puntuaciones de estas sugerencias, las parejas más bajas, los grupos y los deseos</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="259" />
        <source>Find a mentee</source>
        <translation>Buscar un aprendiz</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="262" />
        <source>Take back the selected proposed pairs or suggestions (Delete)</source>
        <translation>Retirar las parejas propuestas o sugerencias seleccionadas (Supr)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="265" />
        <source>Suggest for</source>
        <translation>Sugerir para</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="268" />
        <source>The program's setting</source>
        <translation>La configuración del programa</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="276" />
        <source>Compare modes…</source>
        <translation>Comparar modos…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="279" />
        <source>Run every mode on the same people and see them side by side before choosing</source>
        <translation>Ejecutar todos los modos con las mismas personas y verlos lado a lado antes de elegir</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="282" />
        <source>Next round</source>
        <translation>Siguiente ronda</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="286" />
        <source>Rotating partners: new pairs where nobody meets anyone they had before in this program; accepting ends the round before</source>
        <translation>Parejas rotativas: nuevas parejas en las que nadie coincide con alguien con quien ya estuvo en este programa; al aceptar termina la ronda anterior</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="293" />
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="297" />
        <source>Form circles and groups instead of pairs: mentor circles, group mentoring (Ctrl+G)</source>
        <translation>Formar círculos y grupos en lugar de parejas: círculos de mentoría, mentoría en grupo (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="62" />
        <source>{column} “{group}”: its people's pairs average {avg}, more than 10 points below the others'.</source>
        <translation>{column} “{group}”: las parejas de sus personas promedian {avg}, más de 10 puntos por debajo de las demás.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="75" />
        <source>Lowest {low}, median {median}; {n} below the poor-match line ({line}).</source>
        <translation>Mínimo {low}, mediana {median}; {n} por debajo de la línea de mal emparejamiento ({line}).</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="84" />
        <source>{n} of {m} wishes honoured.</source>
        <translation>{n} de {m} deseos respetados.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/widgets.py" line="185" />
        <source>Suggested</source>
        <translation>Sugerida</translation>
    </message>
    <message>
        <location filename="../../ui/matching/widgets.py" line="191" />
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="57" />
        <source>Missed in a row</source>
        <translation>Perdidas seguidas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="58" />
        <source>No meeting for weeks</source>
        <translation>Sin reuniones desde hace semanas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="59" />
        <source>Low satisfaction</source>
        <translation>Satisfacción baja</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="60" />
        <source>Check-in overdue</source>
        <translation>Seguimiento atrasado</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="61" />
        <source>No session attended</source>
        <translation>Sin asistir a sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="62" />
        <location filename="../../ui/calendar/data.py" line="160" />
        <source>Not logged yet</source>
        <translation>Aún sin registrar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="72" />
        <source>1 meeting not logged, on {date}</source>
        <translation>1 reunión sin registrar, el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="73" />
        <source>{n} meetings not logged, since {date}</source>
        <translation>{n} reuniones sin registrar, desde el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="77" />
        <source>No meeting held for {weeks} weeks (since {date})</source>
        <translation>Ninguna reunión realizada en {weeks} semanas (desde el {date})</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="81" />
        <source>{n} cancelled or missed in a row, since {date}</source>
        <translation>{n} canceladas o perdidas seguidas, desde el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="82" />
        <location filename="../../ui/calendar/data.py" line="187" />
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="82" />
        <location filename="../../ui/calendar/data.py" line="187" />
        <source>mentee</source>
        <translation>aprendiz</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="84" />
        <source>{name} ({role}) rated satisfaction {score} of 5 on {date}</source>
        <translation>{name} ({role}) valoró su satisfacción con {score} de 5 el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="91" />
        <source>{name} ({role}) did not attend the group session held since the match began ({date})</source>
        <translation>{name} ({role}) no asistió a la sesión de grupo celebrada desde el inicio del emparejamiento ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="95" />
        <source>{name} ({role}) attended none of the {n} group sessions held since the match began ({date})</source>
        <translation>{name} ({role}) no asistió a ninguna de las {n} sesiones de grupo celebradas desde el inicio del emparejamiento ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="102" />
        <source>Check-in with {name} ({role}) overdue since {date}</source>
        <translation>Seguimiento con {name} ({role}) atrasado desde el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="110" />
        <source>{date}: 1 meeting not logged yet</source>
        <translation>{date}: 1 reunión aún sin registrar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="111" />
        <source>{date}: {n} meetings not logged yet</source>
        <translation>{date}: {n} reuniones aún sin registrar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="182" />
        <source>Log them…</source>
        <translation>Registrarlas…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="184" />
        <source>Log this day's meetings</source>
        <translation>Registrar las reuniones de este día</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="212" />
        <source>Show one reason only</source>
        <translation>Mostrar un solo motivo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="213" />
        <source>Every reason</source>
        <translation>Todos los motivos</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="256" />
        <source>Needs attention ({n})</source>
        <translation>Requiere atención ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="277" />
        <source>Nothing needs attention. No meetings are waiting to be logged.</source>
        <translation>Nada requiere atención. No hay reuniones pendientes de registrar.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="279" />
        <source>Nothing needs attention. Every pair is meeting and logged.</source>
        <translation>Nada requiere atención. Todas las parejas se reúnen y están registradas.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="281" />
        <source>Nothing for this reason.</source>
        <translation>Nada por este motivo.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/commands.py" line="109" />
        <location filename="../../ui/calendar/session_actions.py" line="39" />
        <location filename="../../ui/calendar/session_actions.py" line="53" />
        <location filename="../../ui/circles/commands.py" line="103" />
        <location filename="../../ui/pairs/commands.py" line="73" />
        <location filename="../../ui/pairs/language.py" line="70" />
        <location filename="../../ui/people/commands.py" line="99" />
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/data.py" line="161" />
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/data.py" line="162" />
        <location filename="../../ui/calendar/session_rows.py" line="59" />
        <location filename="../../ui/dashboard/sessions.py" line="155" />
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/data.py" line="163" />
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/data.py" line="181" />
        <source>Check-in: {name}</source>
        <translation>Seguimiento: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/data.py" line="187" />
        <source>peer</source>
        <translation>par</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="98" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="99" />
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="101" />
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="102" />
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month.py" line="175" />
        <source>{date}: no meetings</source>
        <translation>{date}: sin reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month.py" line="181" />
        <source>1 meeting</source>
        <translation>1 reunión</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month.py" line="181" />
        <source>{n} meetings</source>
        <translation>{n} reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month.py" line="183" />
        <source>1 staff check-in</source>
        <translation>1 seguimiento del personal</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month.py" line="183" />
        <source>{n} staff check-ins</source>
        <translation>{n} seguimientos del personal</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month.py" line="185" />
        <source>1 group session</source>
        <translation>1 sesión de grupo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month.py" line="185" />
        <source>{n} group sessions</source>
        <translation>{n} sesiones de grupo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month.py" line="186" />
        <source>{date}: {what}</source>
        <translation>{date}: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month.py" line="291" />
        <source>+{n} more</source>
        <translation>+{n} más</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="134" />
        <location filename="../../ui/conflict_dialog.py" line="64" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="80" />
        <source>another coordinator</source>
        <translation>otro coordinador</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="83" />
        <source>{record} were changed by {who} while you were editing.</source>
        <translation>{who} cambió {record} mientras usted editaba.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="85" />
        <source>{record} was changed by {who} while you were editing.</source>
        <translation>{who} cambió {record} mientras usted editaba.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="91" />
        <source>{time} on {date}</source>
        <translation>{time} del {date}</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="93" />
        <source>{record} were changed by {who} at {time} while you were editing.</source>
        <translation>{who} cambió {record} a las {time} mientras usted editaba.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="95" />
        <source>{record} was changed by {who} at {time} while you were editing.</source>
        <translation>{who} cambió {record} a las {time} mientras usted editaba.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="121" />
        <source>Changed while you were editing</source>
        <translation>Cambiado mientras usted editaba</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="138" />
        <source>Nothing of yours has been saved yet. The fields that differ are highlighted: keep their version, keep yours, or choose in each row and save the merge.</source>
        <translation>Aún no se ha guardado nada suyo. Los campos que difieren están resaltados: conserve su versión, la suya propia, o elija en cada fila y guarde la combinación.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="176" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="176" />
        <source>Their version (saved)</source>
        <translation>Su versión (guardada)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="176" />
        <source>Your version</source>
        <translation>Mi versión</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="232" />
        <source>Theirs</source>
        <translation>La suya</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="232" />
        <source>Mine</source>
        <translation>La mía</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="235" />
        <source>{field}: their version</source>
        <translation>{field}: la versión guardada</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="237" />
        <source>{field}: your version</source>
        <translation>{field}: mi versión</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="252" />
        <source>&amp;Copy my version</source>
        <translation>&amp;Copiar mi versión</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="254" />
        <source>Put your values on the clipboard, to paste elsewhere</source>
        <translation>Copiar sus valores al portapapeles, para pegarlos en otro lugar</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="255" />
        <source>Keep &amp;theirs</source>
        <translation>Conservar la &amp;guardada</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="257" />
        <source>Leave the record as saved; your changes are dropped</source>
        <translation>Dejar el registro como está guardado; sus cambios se descartan</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="258" />
        <source>Keep &amp;mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="260" />
        <source>Save your version over theirs</source>
        <translation>Guardar su versión sobre la guardada</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="261" />
        <source>&amp;Save merged</source>
        <translation>Guardar com&amp;binación</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="263" />
        <source>Save the version chosen in each row</source>
        <translation>Guardar la versión elegida en cada fila</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="303" />
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="60" />
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="61" />
        <location filename="../../ui/people/export.py" line="115" />
        <location filename="../../ui/people/export.py" line="119" />
        <location filename="../../ui/wizard/review.py" line="119" />
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="62" />
        <source>Pairs and goals</source>
        <translation>Parejas y objetivos</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="63" />
        <location filename="../../ui/wizard/review.py" line="118" />
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="64" />
        <source>Check-ins and surveys</source>
        <translation>Seguimientos y encuestas</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="65" />
        <source>Program settings</source>
        <translation>Configuración del programa</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="72" />
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="74" />
        <source>Every change to this program, when and by whom</source>
        <translation>Cada cambio en este programa, cuándo y quién lo hizo</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="73" />
        <source>The person it added is removed.</source>
        <translation>Se quita la persona que añadió.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="74" />
        <source>The {n} people it added are removed.</source>
        <translation>Se quitan las {n} personas que añadió.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="81" />
        <source>The person it updated gets their earlier details back.</source>
        <translation>La persona que actualizó recupera sus datos anteriores.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="82" />
        <source>The {n} people it updated get their earlier details back.</source>
        <translation>Las {n} personas que actualizó recuperan sus datos anteriores.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="88" />
        <source>Undo the import?</source>
        <translation>¿Deshacer la importación?</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="89" />
        <source>Undo the import of “{name}”?</source>
        <translation>¿Deshacer la importación de “{name}”?</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="90" />
        <source>&amp;Undo import</source>
        <translation>&amp;Deshacer importación</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="99" />
        <source>The import of “{name}” was undone.</source>
        <translation>Se deshizo la importación de “{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="109" />
        <source>Import “{name}”</source>
        <translation>Importar “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="146" />
        <location filename="../../ui/importer/command.py" line="256" />
        <source>Undoing the import…</source>
        <translation>Deshaciendo la importación…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="151" />
        <location filename="../../ui/importer/command.py" line="254" />
        <source>The import could not be undone</source>
        <translation>No se pudo deshacer la importación</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="186" />
        <source>The import could not be done again</source>
        <translation>No se pudo volver a hacer la importación</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="188" />
        <source>Importing “{name}” again…</source>
        <translation>Importando “{name}” de nuevo…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="199" />
        <source>“{name}” was imported again.</source>
        <translation>“{name}” se importó de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="226" />
        <source>Looking for the last import…</source>
        <translation>Buscando la última importación…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="234" />
        <source>Undo last import</source>
        <translation>Deshacer la última importación</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="236" />
        <source>This program has no import to undo.</source>
        <translation>Este programa no tiene ninguna importación que deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="242" />
        <source>The import of “{name}” can no longer be undone: {reason}.</source>
        <translation>La importación de “{name}” ya no se puede deshacer: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="74" />
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="76" />
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="77" />
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="78" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="79" />
        <source>Date joined</source>
        <translation>Fecha de incorporación</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="80" />
        <source>Form submission time</source>
        <translation>Hora de envío del formulario</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="81" />
        <source>Preferred partners (names or emails)</source>
        <translation>Compañeros preferidos (nombres o correos)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="82" />
        <source>People not to pair with (names or emails)</source>
        <translation>Personas con quienes no emparejar (nombres o correos)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="83" />
        <source>Keep as custom field</source>
        <translation>Guardar como campo personalizado</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="84" />
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="94" />
        <source>Custom field “{name}”</source>
        <translation>Campo personalizado “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="103" />
        <source>Both mentor and mentee</source>
        <translation>Mentor y aprendiz a la vez</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="104" />
        <source>Not a role (row is a problem)</source>
        <translation>No es un rol (la fila tiene un problema)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="111" />
        <source>Roles from a column</source>
        <translation>Roles desde una columna</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="112" />
        <source>Everyone is a mentor</source>
        <translation>Todos son mentores</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="113" />
        <source>Everyone is a mentee</source>
        <translation>Todos son aprendices</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="114" />
        <source>Everyone is both</source>
        <translation>Todos son ambas cosas</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="122" />
        <location filename="../../ui/people/rows.py" line="89" />
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="123" />
        <location filename="../../ui/pairs/model.py" line="55" />
        <location filename="../../ui/pairs/model.py" line="56" />
        <location filename="../../ui/people/rows.py" line="90" />
        <source>Peer</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="38" />
        <location filename="../../ui/importer/launch.py" line="54" />
        <source>Import a roster</source>
        <translation>Importar una lista de participantes</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="55" />
        <source>Create a program first: the people in a roster join a program.</source>
        <translation>Cree primero un programa: las personas de una lista se unen a un programa.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="72" />
        <source>This roster cannot be imported</source>
        <translation>Esta lista de participantes no se puede importar</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="74" />
        <source>Reading “{name}”…</source>
        <translation>Leyendo “{name}”…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="107" />
        <source>“{name}” was imported: {added} added, {updated} updated.</source>
        <translation>“{name}” se importó: {added} añadidas, {updated} actualizadas.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="146" />
        <source>PeerDesk roster template.xlsx</source>
        <translation>Plantilla de lista de participantes de PeerDesk.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="149" />
        <source>Save a blank roster template</source>
        <translation>Guardar una plantilla de lista vacía</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="151" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/signin_sheet.py" line="37" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/signin_sheet.py" line="51" />
        <source>Sign-in {title} {date}</source>
        <translation>Hoja de firmas {title} {date}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/signin_sheet.py" line="72" />
        <source>Save the sign-in sheet</source>
        <translation>Guardar la hoja de firmas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/signin_sheet.py" line="88" />
        <source>Saved the sign-in sheet to {path}</source>
        <translation>Hoja de firmas guardada en {path}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/signin_sheet.py" line="91" />
        <source>Writing the sign-in sheet…</source>
        <translation>Escribiendo la hoja de firmas…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/signin_sheet.py" line="100" />
        <location filename="../../ui/importer/launch.py" line="165" />
        <location filename="../../ui/people/export.py" line="145" />
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/signin_sheet.py" line="101" />
        <source>“{name}” already exists in {folder}. Replace it?</source>
        <translation>“{name}” ya existe en {folder}. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/signin_sheet.py" line="106" />
        <source>The file there now will be lost.</source>
        <translation>El archivo que hay ahí ahora se perderá.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="166" />
        <source>“{name}” already exists. Replace it with a blank roster template?</source>
        <translation>“{name}” ya existe. ¿Reemplazarlo con una plantilla de lista vacía?</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="169" />
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="188" />
        <source>The blank roster template was saved as {path}</source>
        <translation>La plantilla de lista vacía se guardó como {path}</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="191" />
        <source>The template could not be saved</source>
        <translation>No se pudo guardar la plantilla</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="193" />
        <source>Saving the template…</source>
        <translation>Guardando la plantilla…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="63" />
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="64" />
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="65" />
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="66" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="67" />
        <location filename="../../ui/importer/preview_model.py" line="339" />
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="117" />
        <source>{column}, cell {cell}</source>
        <translation>{column}, celda {cell}</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="256" />
        <source>{cell}. Double-click or press F2 to correct this value; only this import uses it, the file itself is not changed.</source>
        <translation>{cell}. Haga doble clic o pulse F2 para corregir este valor; solo lo usa esta importación, el archivo no cambia.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="260" />
        <source>Tick to leave this row out of the import.</source>
        <translation>Márquela para dejar esta fila fuera de la importación.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="303" />
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="304" />
        <location filename="../../ui/importer/preview_model.py" line="389" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="305" />
        <location filename="../../ui/importer/preview_model.py" line="389" />
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="306" />
        <location filename="../../ui/importer/preview_model.py" line="389" />
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_list.py" line="50" />
        <source>Not marked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_list.py" line="51" />
        <source>Attended</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_list.py" line="52" />
        <source>Excused</source>
        <translation>Justificado</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_list.py" line="53" />
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_list.py" line="104" />
        <source>Came</source>
        <translation>Vino</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_list.py" line="105" />
        <location filename="../../ui/importer/common.py" line="58" />
        <location filename="../../ui/importer/preview_model.py" line="307" />
        <location filename="../../ui/importer/preview_model.py" line="389" />
        <location filename="../../ui/people/rows.py" line="68" />
        <location filename="../../ui/wizard/review.py" line="48" />
        <source>Name</source>
        <extracomment>The core's field labels (roster.mapping.FIELD_LABELS, the same English), marked for lupdate.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_list.py" line="107" />
        <location filename="../../ui/dashboard/sessions.py" line="99" />
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="161" />
        <location filename="../../ui/calendar/session_rows.py" line="53" />
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="163" />
        <source>{day}, {start}–{end}</source>
        <translation>{day}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="170" />
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="195" />
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="623" />
        <source>Reading the session…</source>
        <translation>Leyendo la sesión…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="104" />
        <source>Attendance saved for 1 person.</source>
        <translation>Asistencia guardada para 1 persona.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="90" />
        <source>Row {row}: “{written}” is not anyone in this program.</source>
        <translation>Fila {row}: “{written}” no corresponde a nadie de este programa.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="92" />
        <source>Row {row}: “{written}” matches more than one person; write their e-mail.</source>
        <translation>Fila {row}: “{written}” corresponde a más de una persona; escriba su correo.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="94" />
        <source>Row {row}: “{written}” was not invited to this session.</source>
        <translation>Fila {row}: “{written}” no figura entre los invitados a esta sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="105" />
        <source>Attendance saved for {n} people.</source>
        <translation>Asistencia guardada para {n} personas.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="112" />
        <source>The session's readiness step is recorded for 1 person.</source>
        <translation>El paso de preparación de la sesión queda registrado para 1 persona.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="113" />
        <source>The session's readiness step is recorded for {n} people.</source>
        <translation>El paso de preparación de la sesión queda registrado para {n} personas.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="120" />
        <source>1 person is now ready for matching.</source>
        <translation>1 persona está ahora lista para emparejar.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="121" />
        <source>{n} people are now ready for matching.</source>
        <translation>{n} personas están ahora listas para emparejar.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="128" />
        <source>The session's readiness step is taken back from 1 person.</source>
        <translation>El paso de preparación de la sesión se retira a 1 persona.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="129" />
        <source>The session's readiness step is taken back from {n} people.</source>
        <translation>El paso de preparación de la sesión se retira a {n} personas.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="59" />
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="60" />
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="61" />
        <location filename="../../ui/importer/preview_model.py" line="308" />
        <location filename="../../ui/importer/preview_model.py" line="389" />
        <location filename="../../ui/people/rows.py" line="69" />
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_list.py" line="106" />
        <location filename="../../ui/importer/common.py" line="63" />
        <location filename="../../ui/importer/preview_model.py" line="309" />
        <location filename="../../ui/people/rows.py" line="70" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="310" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="311" />
        <source>Value to fix</source>
        <translation>Valor que corregir</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="335" />
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="336" />
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="337" />
        <source>Duplicate, not imported</source>
        <translation>Duplicada, no importada</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="338" />
        <source>Not imported: a problem</source>
        <translation>No importada: un problema</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="390" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <location filename="../../ui/labels.py" line="35" />
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <location filename="../../ui/labels.py" line="37" />
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>Every three months</source>
        <translation>Cada tres meses</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39" />
        <source>No regular check-ins</source>
        <translation>Sin seguimientos regulares</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45" />
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>By video</source>
        <translation>Por video</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>Either, as the pair prefers</source>
        <translation>Cualquiera, como prefiera la pareja</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>Prefer the same department</source>
        <translation>Preferir el mismo departamento</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>Prefer a different department</source>
        <translation>Preferir otro departamento</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Department does not matter</source>
        <translation>El departamento no importa</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61" />
        <source>The best total score over everyone</source>
        <translation>La mejor puntuación total entre todos</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>As many people matched as possible, then the best score</source>
        <translation>El mayor número posible de personas emparejadas, luego la mejor puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>Honour preferences (stable), then the best score</source>
        <translation>Respetar las preferencias (estable), luego la mejor puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64" />
        <source>Fairest: the highest lowest score, then the best total</source>
        <translation>La más justa: la puntuación mínima más alta, luego el mejor total</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>Screening</source>
        <translation>Selección</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76" />
        <source>&amp;Workplace</source>
        <translation>&amp;Laboral</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78" />
        <source>Colleagues learn from colleagues in other teams. Meetings every two weeks, in person or by video; manager approval and a short orientation.</source>
        <translation>Colegas que aprenden de colegas de otros equipos. Reuniones cada dos semanas, en persona o por video; aprobación de la jefatura y una breve orientación.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83" />
        <source>&amp;School or university</source>
        <translation>&amp;Escuela o universidad</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85" />
        <source>Older students guide newer ones in the same department. 45-minute meetings every two weeks; an interview and peer mentor training.</source>
        <translation>Estudiantes mayores guían a los más nuevos del mismo departamento. Reuniones de 45 minutos cada dos semanas; una entrevista y formación de mentores pares.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90" />
        <source>&amp;Youth</source>
        <translation>&amp;Juventud</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92" />
        <source>Adult volunteers meet a young person weekly, in person. References, a background check, safeguarding training and a guardian's signature.</source>
        <translation>Voluntarios adultos se reúnen cada semana en persona con una persona joven. Referencias, verificación de antecedentes, formación en protección y la firma de un tutor.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97" />
        <source>&amp;Recovery or peer support</source>
        <translation>&amp;Recuperación o apoyo entre pares</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99" />
        <source>People in recovery meet peers who are further along, weekly. An intake conversation, peer support training and a crisis line in the agreement.</source>
        <translation>Personas en recuperación se reúnen cada semana con pares más avanzados en el proceso. Una conversación de ingreso, formación en apoyo entre pares y una línea de crisis en el acuerdo.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108" />
        <source>Shared interests</source>
        <translation>Intereses comunes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109" />
        <source>Mentee's goals fit mentor's skills</source>
        <translation>Objetivos del aprendiz y habilidades del mentor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110" />
        <source>Free-text similarity (what they wrote)</source>
        <translation>Similitud del texto libre (lo que escribieron)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111" />
        <source>Department (see the rule below)</source>
        <translation>Departamento (vea la regla de abajo)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112" />
        <source>Experience gap (see the range below)</source>
        <translation>Diferencia de experiencia (vea el rango abajo)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113" />
        <source>Free at the same times</source>
        <translation>Libres en los mismos horarios</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114" />
        <source>A shared language</source>
        <translation>Un idioma común</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115" />
        <source>Same meeting format preference</source>
        <translation>Misma preferencia de formato de reunión</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116" />
        <source>Same location</source>
        <translation>Misma ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117" />
        <source>Stated preferences: one asked for the other</source>
        <translation>Preferencias indicadas: uno pidió al otro</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122" />
        <source>Custom field: {name}</source>
        <translation>Campo personalizado: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129" />
        <source>the mentor's name</source>
        <extracomment>The descriptions of peerdesk.documents.placeholders.PLACEHOLDERS, marked so that lupdate finds them (placeholder_description translates them by their English text).</extracomment>
        <translation>el nombre del mentor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130" />
        <source>the mentee's name</source>
        <translation>el nombre del aprendiz</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131" />
        <source>the mentor's email</source>
        <translation>el correo del mentor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132" />
        <source>the mentee's email</source>
        <translation>el correo del aprendiz</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133" />
        <source>the program's name</source>
        <translation>el nombre del programa</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134" />
        <source>the organization's name</source>
        <translation>el nombre de la organización</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135" />
        <source>how often the pair meets</source>
        <translation>con qué frecuencia se reúne la pareja</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136" />
        <source>how long a meeting lasts</source>
        <translation>cuánto dura una reunión</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137" />
        <source>in person, video or either</source>
        <translation>en persona, por video o cualquiera</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138" />
        <source>the pair's start date</source>
        <translation>la fecha de inicio de la pareja</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="139" />
        <source>the program's end date</source>
        <translation>la fecha de fin del programa</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140" />
        <source>the coordinator's name</source>
        <translation>el nombre del coordinador</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141" />
        <source>the coordinator's email</source>
        <translation>el correo del coordinador</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142" />
        <source>the coordinator's phone</source>
        <translation>el teléfono del coordinador</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="130" />
        <source>Confirm 1 circle</source>
        <translation>Confirmar 1 círculo</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="130" />
        <source>Confirm {n} circles</source>
        <translation>Confirmar {n} círculos</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="152" />
        <location filename="../../ui/pairs/commands.py" line="35" />
        <source>Mark agreement signed</source>
        <translation>Marcar acuerdo firmado</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="169" />
        <source>End circle</source>
        <translation>Terminar círculo</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="182" />
        <source>Pause circle</source>
        <translation>Pausar círculo</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="185" />
        <source>Resume circle</source>
        <translation>Reanudar círculo</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="193" />
        <source>Rename circle</source>
        <translation>Renombrar círculo</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="206" />
        <source>Add 1 person to a circle</source>
        <translation>Añadir 1 persona a un círculo</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="208" />
        <source>Add {n} people to a circle</source>
        <translation>Añadir {n} personas a un círculo</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="230" />
        <source>Take someone out of a circle</source>
        <translation>Sacar a alguien de un círculo</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="242" />
        <source>Move someone to another circle</source>
        <translation>Mover a alguien a otro círculo</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="255" />
        <source>Make someone lead a circle</source>
        <translation>Hacer que alguien dirija un círculo</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="255" />
        <source>Make a leader a member</source>
        <translation>Hacer miembro a un líder</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/commands.py" line="37" />
        <source>Mark {count} agreements signed</source>
        <translation>Marcar {count} acuerdos firmados</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/language.py" line="40" />
        <source>Change the documents' language</source>
        <translation>Cambiar el idioma de los documentos</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/language.py" line="91" />
        <source>The program's language</source>
        <translation>El idioma del programa</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/language.py" line="121" />
        <source>&amp;Documents in</source>
        <translation>&amp;Documentos en</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/model.py" line="58" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/circles/model.py" line="70" />
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <location filename="../../ui/circles/model.py" line="71" />
        <source>Led by</source>
        <translation>Dirigido por</translation>
    </message>
    <message>
        <location filename="../../ui/circles/model.py" line="72" />
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../ui/circles/model.py" line="74" />
        <source>Fit</source>
        <translation>Afinidad</translation>
    </message>
    <message>
        <location filename="../../ui/circles/model.py" line="75" />
        <location filename="../../ui/pairs/model.py" line="59" />
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/circles/model.py" line="76" />
        <location filename="../../ui/pairs/model.py" line="60" />
        <source>Agreement signed</source>
        <translation>Acuerdo firmado</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/model.py" line="69" />
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/model.py" line="178" />
        <source>Not signed yet: print the agreement, then mark it signed.</source>
        <translation>Aún sin firmar: imprima el acuerdo y luego márquelo como firmado.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/model.py" line="182" />
        <source>Agreement last printed or saved on {date}.</source>
        <translation>Acuerdo impreso o guardado por última vez el {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/model.py" line="147" />
        <location filename="../../ui/pairs/model.py" line="198" />
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/printing.py" line="118" />
        <source>PeerDesk documents</source>
        <translation>Documentos de PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/printing.py" line="212" />
        <source>Sending the pages to the printer…</source>
        <translation>Enviando las páginas a la impresora…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/printing.py" line="212" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="46" />
        <source>{count} people</source>
        <translation>{count} personas</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="66" />
        <location filename="../../ui/people/bulk.py" line="330" />
        <source>Mark “{step}” done for {who}</source>
        <translation>Marcar “{step}” como hecho para {who}</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="66" />
        <source>Mark “{step}” not done for {who}</source>
        <translation>Marcar “{step}” como no hecho para {who}</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="91" />
        <source>Set the status of {who} to {status}</source>
        <translation>Cambiar el estado de {who} a {status}</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="190" />
        <source>1 step</source>
        <translation>1 paso</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="190" />
        <source>{n} steps</source>
        <translation>{n} pasos</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="191" />
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="191" />
        <source>{n} people</source>
        <translation>{n} personas</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="192" />
        <source>{steps} recorded for {who}</source>
        <translation>{steps} registrados para {who}</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="194" />
        <source> ({n} were already recorded and keep their first date)</source>
        <translation> ({n} ya estaban registrados y conservan su primera fecha)</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="199" />
        <source>they are now ready for matching</source>
        <translation>ahora está lista para emparejar</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="201" />
        <source>they still have steps to do</source>
        <translation>aún tiene pasos pendientes</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="204" />
        <source>none of them is ready for matching yet</source>
        <translation>ninguna está lista para emparejar todavía</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="206" />
        <source>all {n} are now ready for matching</source>
        <translation>las {n} están ahora listas para emparejar</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="208" />
        <source>{ready} are now ready for matching, {left} still have steps to do</source>
        <translation>{ready} están ahora listas para emparejar, {left} aún tienen pasos pendientes</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="231" />
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="332" />
        <source>Mark {n} steps done for {who}</source>
        <translation>Marcar {n} pasos como hechos para {who}</translation>
    </message>
    <message>
        <location filename="../../ui/people/erase.py" line="38" />
        <source>Erase {name} from this file?</source>
        <translation>¿Borrar a {name} de este archivo?</translation>
    </message>
    <message>
        <location filename="../../ui/people/erase.py" line="43" />
        <source>This cannot be undone. Backups made before now still hold their data until they rotate out (PeerDesk keeps the last {count} backups of a file).</source>
        <translation>Esto no se puede deshacer. Las copias de seguridad hechas antes de ahora conservan sus datos hasta que se reemplacen (PeerDesk guarda las últimas {count} copias de un archivo).</translation>
    </message>
    <message>
        <location filename="../../ui/people/erase.py" line="64" />
        <source>Erase a person</source>
        <translation>Borrar a una persona</translation>
    </message>
    <message>
        <location filename="../../ui/people/erase.py" line="66" />
        <source>Erase for good</source>
        <translation>Borrar definitivamente</translation>
    </message>
    <message>
        <location filename="../../ui/people/erase.py" line="77" />
        <source>Looking up what to erase…</source>
        <translation>Buscando qué borrar…</translation>
    </message>
    <message>
        <location filename="../../ui/people/erase.py" line="92" />
        <source>The person's data was erased.</source>
        <translation>Se borraron los datos de la persona.</translation>
    </message>
    <message>
        <location filename="../../ui/people/erase.py" line="95" />
        <source>The person could not be erased</source>
        <translation>No se pudo borrar a la persona</translation>
    </message>
    <message>
        <location filename="../../ui/people/erase.py" line="101" />
        <source>Erasing…</source>
        <translation>Borrando…</translation>
    </message>
    <message>
        <location filename="../../ui/people/export.py" line="120" />
        <source>{program} - people</source>
        <translation>{program} - personas</translation>
    </message>
    <message>
        <location filename="../../ui/people/export.py" line="130" />
        <source>Export the people shown</source>
        <translation>Exportar las personas mostradas</translation>
    </message>
    <message>
        <location filename="../../ui/people/export.py" line="132" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/people/export.py" line="146" />
        <source>“{name}” already exists. Replace it with the people shown now?</source>
        <translation>“{name}” ya existe. ¿Reemplazarlo con las personas mostradas ahora?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/signin_sheet.py" line="104" />
        <location filename="../../ui/people/export.py" line="149" />
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location filename="../../ui/people/export.py" line="164" />
        <source>Exported {count} people to {path}</source>
        <translation>Se exportaron {count} personas a {path}</translation>
    </message>
    <message>
        <location filename="../../ui/people/export.py" line="168" />
        <source>The export could not be saved</source>
        <translation>No se pudo guardar la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/people/export.py" line="174" />
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="118" />
        <source>Not ready: 1 step</source>
        <translation>No listo: 1 paso</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="120" />
        <source>Not ready: {count} steps</source>
        <translation>No listo: {count} pasos</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="170" />
        <source>Still to do: {steps}</source>
        <translation>Falta: {steps}</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="65" />
        <location filename="../../ui/people/rows.py" line="72" />
        <location filename="../../ui/wizard/review.py" line="90" />
        <location filename="../../ui/wizard/settings_dialog.py" line="213" />
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="69" />
        <source>Meeting format</source>
        <translation>Formato de reunión</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="70" />
        <source>Mentee capacity</source>
        <translation>Plazas para aprendices</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="71" />
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="72" />
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="73" />
        <location filename="../../ui/people/rows.py" line="73" />
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="74" />
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="75" />
        <source>Matched with</source>
        <translation>Emparejado con</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="66" />
        <location filename="../../ui/people/rows.py" line="76" />
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="67" />
        <location filename="../../ui/people/rows.py" line="77" />
        <source>Years of experience</source>
        <translation>Años de experiencia</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="78" />
        <source>Joined</source>
        <translation>Se unió</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="68" />
        <location filename="../../ui/people/rows.py" line="79" />
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="62" />
        <location filename="../../ui/people/rows.py" line="80" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="96" />
        <source>Applied</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="97" />
        <source>Screened</source>
        <translation>Evaluado</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="98" />
        <source>Trained</source>
        <translation>Formado</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="99" />
        <location filename="../../ui/people/rows.py" line="116" />
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="100" />
        <source>Matched</source>
        <translation>Emparejado</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="102" />
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="117" />
        <source>Ready (override)</source>
        <translation>Listo (por excepción)</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="118" />
        <source>Not ready</source>
        <translation>No listo</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="47" />
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="51" />
        <source>System default ({language})</source>
        <translation>Predeterminado del sistema ({language})</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="55" />
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="59" />
        <source>The language of PeerDesk's menus and screens, from its next start. Agreements and certificates print in each program's own document language (Program settings → Agreement).</source>
        <translation>El idioma de los menús y pantallas de PeerDesk, a partir del próximo inicio. Los acuerdos y certificados se imprimen en el idioma de documentos de cada programa (Configuración del programa → Acuerdo).</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="98" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="99" />
        <source>PeerDesk will use this language the next time it starts.</source>
        <translation>PeerDesk usará este idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="100" />
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="101" />
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="160" />
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="163" />
        <source>The language PeerDesk speaks</source>
        <translation>El idioma en que habla PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="59" />
        <source>After each meeting, log it: held, cancelled or no-show, how long it took and a note (&lt;b&gt;Calendar → Log today's meetings…&lt;/b&gt;). Staff check-ins with each mentor and mentee are on the calendar too. &lt;b&gt;Needs attention&lt;/b&gt; lists pairs that have gone quiet, missed meetings in a row, or are due a check-in; the number shows beside &lt;b&gt;Calendar&lt;/b&gt; in the list on the left.</source>
        <translation>Después de cada reunión, regístrela: realizada, cancelada o no se presentó, cuánto duró y una nota (&lt;b&gt;Calendario → Registrar reuniones…&lt;/b&gt;). Los seguimientos del personal con cada mentor y aprendiz también están en el calendario. &lt;b&gt;Requiere atención&lt;/b&gt; lista las parejas que han dejado de reunirse, que perdieron reuniones seguidas o a las que les toca un seguimiento; el número aparece junto a &lt;b&gt;Calendario&lt;/b&gt; en la lista de la izquierda.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="67" />
        <source>On &lt;b&gt;Check-ins&lt;/b&gt;, record people's answers to the check-in questions by hand or import a forms export.</source>
        <translation>En &lt;b&gt;Seguimientos&lt;/b&gt;, registre las respuestas de las personas a las preguntas de seguimiento a mano o importe una exportación de formularios.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="70" />
        <source>Open Check-ins</source>
        <translation>Abrir Seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="72" />
        <location filename="../../ui/quick_start.py" line="147" />
        <source>Open the Calendar</source>
        <translation>Abrir el Calendario</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="75" />
        <source>The &lt;b&gt;Dashboard&lt;/b&gt; shows how the program is doing: people matched, meetings held, mentor hours, satisfaction and who needs attention. &lt;b&gt;Export workbook…&lt;/b&gt; saves everything in one Excel file, and &lt;b&gt;Save summary PDF…&lt;/b&gt; makes a report with charts and outcomes for leadership and funders.</source>
        <translation>El &lt;b&gt;Panel&lt;/b&gt; muestra cómo va el programa: personas emparejadas, reuniones realizadas, horas de mentoría, satisfacción y quién requiere atención. &lt;b&gt;Exportar libro…&lt;/b&gt; guarda todo en un archivo de Excel, y &lt;b&gt;Guardar resumen en PDF…&lt;/b&gt; crea un informe con gráficos y resultados para la dirección y los financiadores.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="81" />
        <source>Open the Dashboard</source>
        <translation>Abrir el Panel</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="84" />
        <source>The &lt;b&gt;Overview&lt;/b&gt; shows the program's purpose, dates and how many people and pairs it has. A dashboard and reports for leadership and funders come in the next version.</source>
        <translation>El &lt;b&gt;Resumen&lt;/b&gt; muestra el propósito del programa, sus fechas y cuántas personas y parejas tiene. Un panel e informes para la dirección y los financiadores llegarán en la próxima versión.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="88" />
        <source>Open the Overview</source>
        <translation>Abrir el Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="92" />
        <source>1. Set up the program</source>
        <translation>1. Configure el programa</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="94" />
        <source>Choose &lt;b&gt;Create a program&lt;/b&gt; on the welcome screen (or &lt;b&gt;Program → New program…&lt;/b&gt;). The setup wizard asks for a name and dates, then offers a template (workplace, school or university, youth, recovery or peer support) that fills in meetings, screening and training, matching and the pair agreement. &lt;b&gt;Finish&lt;/b&gt; works after the first page: change anything later in &lt;b&gt;Program settings&lt;/b&gt;.</source>
        <translation>Elija &lt;b&gt;Crear un programa&lt;/b&gt; en la pantalla de bienvenida (o &lt;b&gt;Programa → Nuevo programa…&lt;/b&gt;). El asistente pide un nombre y fechas, y luego ofrece una plantilla (laboral, escuela o universidad, juventud, recuperación o apoyo entre pares) que completa las reuniones, la selección y formación, el emparejamiento y el acuerdo de la pareja. &lt;b&gt;Finalizar&lt;/b&gt; funciona desde la primera página: cambie lo que quiera más adelante en &lt;b&gt;Configuración del programa&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="101" />
        <source>Open Program settings</source>
        <translation>Abrir Configuración del programa</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="105" />
        <source>2. Bring in your people</source>
        <translation>2. Incorpore a sus participantes</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="107" />
        <source>&lt;b&gt;File → Import roster…&lt;/b&gt; reads a spreadsheet of sign-ups (.xlsx or .csv): an HR export, a Google Forms or Microsoft Forms sheet, or the blank template (&lt;b&gt;File → Save blank roster template…&lt;/b&gt;). You see every row before anything is saved. On &lt;b&gt;People&lt;/b&gt;, tick off each person's screening and training steps: people are offered for matching once they are ready.</source>
        <translation>&lt;b&gt;Archivo → Importar lista de participantes…&lt;/b&gt; lee una hoja de cálculo de inscripciones (.xlsx o .csv): una exportación de RR. HH., una hoja de Google Forms o Microsoft Forms, o la plantilla vacía (&lt;b&gt;Archivo → Guardar plantilla de lista vacía…&lt;/b&gt;). Verá cada fila antes de que se guarde nada. En &lt;b&gt;Personas&lt;/b&gt;, marque los pasos de selección y formación de cada persona: se ofrecen para emparejar cuando están listas.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="113" />
        <source>Import a roster…</source>
        <translation>Importar una lista de participantes…</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="113" />
        <source>Open People</source>
        <translation>Abrir Personas</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="117" />
        <source>3. Match mentors and mentees</source>
        <translation>3. Empareje mentores y aprendices</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="119" />
        <source>On &lt;b&gt;Matching&lt;/b&gt;, &lt;b&gt;Suggest matches&lt;/b&gt; finds the best pairs for the whole group at once, each with a score and its reasons, and says why anyone is left over. Drag a mentee to another mentor to change a pair, lock the pairs you like and suggest again. &lt;b&gt;Accept all&lt;/b&gt; keeps the suggestions, and &lt;b&gt;Confirm pairs…&lt;/b&gt; makes them active from the date you choose.</source>
        <translation>En &lt;b&gt;Emparejamiento&lt;/b&gt;, &lt;b&gt;Sugerir emparejamientos&lt;/b&gt; encuentra las mejores parejas para todo el grupo a la vez, cada una con su puntuación y sus motivos, y explica por qué alguien queda sin pareja. Arrastre un aprendiz a otro mentor para cambiar una pareja, bloquee las parejas que le gusten y vuelva a sugerir. &lt;b&gt;Aceptar todo&lt;/b&gt; conserva las sugerencias, y &lt;b&gt;Confirmar parejas…&lt;/b&gt; las activa desde la fecha que elija.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="125" />
        <source>Open Matching</source>
        <translation>Abrir Emparejamiento</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="129" />
        <source>4. Print the agreements</source>
        <translation>4. Imprima los acuerdos</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="131" />
        <source>On &lt;b&gt;Pairs&lt;/b&gt;, &lt;b&gt;Print agreements…&lt;/b&gt; prints each pair's agreement with lines to sign (or &lt;b&gt;Save as PDF…&lt;/b&gt;). &lt;b&gt;Mark agreement signed…&lt;/b&gt; records the date, and &lt;b&gt;Introduce pair&lt;/b&gt; writes to both of them in your own mail program.</source>
        <translation>En &lt;b&gt;Parejas&lt;/b&gt;, &lt;b&gt;Imprimir acuerdos…&lt;/b&gt; imprime el acuerdo de cada pareja con líneas para firmar (o &lt;b&gt;Guardar como PDF…&lt;/b&gt;). &lt;b&gt;Marcar acuerdo firmado…&lt;/b&gt; registra la fecha, y &lt;b&gt;Presentar pareja&lt;/b&gt; les escribe a ambos desde su propio programa de correo.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="136" />
        <source>Open Pairs</source>
        <translation>Abrir Parejas</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="140" />
        <source>5. Schedule the meetings</source>
        <translation>5. Programe las reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="142" />
        <source>On the &lt;b&gt;Calendar&lt;/b&gt;, &lt;b&gt;Schedule…&lt;/b&gt; sets up a series of meetings for every pair (every two weeks on Tuesday at 16:30, say) and staff check-ins on the program's cadence. &lt;b&gt;Export calendar (.ics)…&lt;/b&gt; gives mentors and mentees a file for Outlook, Google Calendar or Apple Calendar.</source>
        <translation>En el &lt;b&gt;Calendario&lt;/b&gt;, &lt;b&gt;Programar…&lt;/b&gt; crea una serie de reuniones para cada pareja (por ejemplo, cada dos semanas los martes a las 16:30) y los seguimientos del personal con la frecuencia del programa. &lt;b&gt;Exportar calendario (.ics)…&lt;/b&gt; da a mentores y aprendices un archivo para Outlook, Google Calendar o Apple Calendar.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="149" />
        <source>6. Check in</source>
        <translation>6. Haga seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="150" />
        <source>7. Report</source>
        <translation>7. Informe</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="156" />
        <source>PeerDesk keeps your programs in one &lt;b&gt;program file&lt;/b&gt; on this computer (its name ends in &lt;i&gt;.peerdesk&lt;/i&gt;). Every change is saved the moment you make it: there is no Save button. These seven steps take a program from sign-up to report.</source>
        <translation>PeerDesk guarda sus programas en un &lt;b&gt;archivo de programa&lt;/b&gt; en esta computadora (su nombre termina en &lt;i&gt;.peerdesk&lt;/i&gt;). Cada cambio se guarda en el momento en que lo hace: no hay botón Guardar. Estos siete pasos llevan un programa de la inscripción al informe.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="161" />
        <source>New here? &lt;a href='{url}'&gt;Try the sample program&lt;/a&gt;: invented people, pairs and meetings to click through, in a file of its own.</source>
        <translation>¿Es nuevo aquí? &lt;a href='{url}'&gt;Pruebe el programa de ejemplo&lt;/a&gt;: personas, parejas y reuniones inventadas para explorar, en un archivo propio.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="184" />
        <source>&lt;b&gt;File → New file…&lt;/b&gt; starts another program file; &lt;b&gt;File → Open…&lt;/b&gt; and &lt;b&gt;Open Recent&lt;/b&gt; open one. PeerDesk backs the file up each time it opens it and keeps the last ten copies; &lt;b&gt;File → Backup now&lt;/b&gt; makes one whenever you like, and &lt;b&gt;File → Restore from backup…&lt;/b&gt; puts an earlier copy back.</source>
        <translation>&lt;b&gt;Archivo → Nuevo archivo…&lt;/b&gt; crea otro archivo de programa; &lt;b&gt;Archivo → Abrir…&lt;/b&gt; y &lt;b&gt;Abrir recientes&lt;/b&gt; abren uno. PeerDesk hace una copia de seguridad del archivo cada vez que lo abre y guarda las diez últimas; &lt;b&gt;Archivo → Hacer copia ahora&lt;/b&gt; hace una cuando usted quiera, y &lt;b&gt;Archivo → Restaurar desde una copia…&lt;/b&gt; recupera una copia anterior.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="189" />
        <source>Your files and backups</source>
        <translation>Sus archivos y copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="164" />
        <location filename="../../ui/quick_start.py" line="198" />
        <source>Quick start</source>
        <translation>Inicio rápido</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="40" />
        <source>PeerDesk program files (*.peerdesk)</source>
        <translation>Archivos de programa de PeerDesk (*.peerdesk)</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="72" />
        <source>{done} of {total} records</source>
        <translation>{done} de {total} registros</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="143" />
        <source>The move was cancelled: nothing was copied onto “{label}”.</source>
        <translation>Se canceló el traslado: no se copió nada en “{label}”.</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="153" />
        <source>Copying the program onto “{label}”…</source>
        <translation>Copiando el programa en “{label}”…</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="163" />
        <source>Move to shared database</source>
        <translation>Mover a una base de datos compartida</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="164" />
        <source>Everything is now on “{label}” ({rows} records, every one checked).</source>
        <translation>Todo está ahora en “{label}” ({rows} registros, todos verificados).</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="167" />
        <source>Switch to the shared database</source>
        <translation>Cambiar a la base de datos compartida</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="170" />
        <source>Switch this window to it and work there from now on, so that your team sees every change. The original is left as it was; keep it as a copy or put it away.</source>
        <translation>Cambie esta ventana a ella y trabaje allí a partir de ahora, para que su equipo vea cada cambio. El original queda como estaba; consérvelo como copia o guárdelo aparte.</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="203" />
        <source>Shared program</source>
        <translation>Programa compartido</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="205" />
        <source>{name} (copy).peerdesk</source>
        <translation>{name} (copia).peerdesk</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="208" />
        <location filename="../../ui/server/actions.py" line="237" />
        <source>Save a local copy</source>
        <translation>Guardar una copia local</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="233" />
        <source>A copy of everything open was saved as “{name}”.</source>
        <translation>Se guardó una copia de todo lo abierto como “{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="239" />
        <source>It is {path} ({rows} records, every one checked).</source>
        <translation>Está en {path} ({rows} registros, todos verificados).</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="245" />
        <source>The copy was cancelled; no file was made.</source>
        <translation>Se canceló la copia; no se creó ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="251" />
        <source>Saving a copy as “{name}”…</source>
        <translation>Guardando una copia como “{name}”…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="26" />
        <source>from {start}; no end date yet</source>
        <translation>desde el {start}; aún sin fecha de fin</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="28" />
        <source>until {end}; no start date yet</source>
        <translation>hasta el {end}; aún sin fecha de inicio</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="29" />
        <source>no dates yet</source>
        <translation>aún sin fechas</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="33" />
        <location filename="../../ui/wizard/review.py" line="80" />
        <location filename="../../ui/wizard/review.py" line="89" />
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="49" />
        <location filename="../../ui/wizard/settings_dialog.py" line="197" />
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="97" />
        <location filename="../../ui/wizard/review.py" line="50" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="98" />
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="160" />
        <source>{invited} · {attended} attended</source>
        <translation>{invited} · {attended} asistieron</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="50" />
        <source>custom</source>
        <translation>personalizado</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="51" />
        <location filename="../../ui/wizard/settings_dialog.py" line="198" />
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="53" />
        <source>Runs</source>
        <translation>Duración del programa</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="56" />
        <location filename="../../ui/wizard/settings_dialog.py" line="202" />
        <source>Pairs meet</source>
        <translation>Las parejas se reúnen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="57" />
        <source>For</source>
        <translation>Durante</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="57" />
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="58" />
        <location filename="../../ui/wizard/settings_dialog.py" line="204" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="59" />
        <source>Staff check-ins</source>
        <translation>Seguimientos del personal</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="61" />
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="63" />
        <source>after {w} weeks without a meeting or {m} missed meetings in a row</source>
        <translation>tras {w} semanas sin reuniones o {m} reuniones perdidas seguidas</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="73" />
        <source>, {h:g} hours</source>
        <translation>, {h:g} horas</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="74" />
        <source>, optional</source>
        <translation>, opcional</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="77" />
        <location filename="../../ui/wizard/settings_dialog.py" line="209" />
        <source>Mentees per mentor</source>
        <translation>Aprendices por mentor</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="78" />
        <location filename="../../ui/wizard/settings_dialog.py" line="208" />
        <source>Peers mentor each other</source>
        <translation>Mentoría entre pares</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="78" />
        <location filename="../../ui/wizard/review.py" line="112" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="78" />
        <location filename="../../ui/wizard/review.py" line="112" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="79" />
        <location filename="../../ui/wizard/settings_dialog.py" line="210" />
        <source>Who can take part</source>
        <translation>Quién puede participar</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="80" />
        <location filename="../../ui/wizard/settings_dialog.py" line="211" />
        <source>Steps before matching</source>
        <translation>Pasos antes de emparejar</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="86" />
        <source>must match</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="89" />
        <source>Criteria and weights</source>
        <translation>Criterios y pesos</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="92" />
        <source>Experience gap</source>
        <translation>Diferencia de experiencia</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="94" />
        <source>mentor {a:g} to {b:g} years ahead</source>
        <translation>mentor de {a:g} a {b:g} años por delante</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="99" />
        <location filename="../../ui/wizard/settings_dialog.py" line="216" />
        <source>Aim for</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="102" />
        <location filename="../../ui/wizard/settings_dialog.py" line="217" />
        <source>Expectations</source>
        <translation>Expectativas</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="103" />
        <location filename="../../ui/wizard/settings_dialog.py" line="218" />
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="104" />
        <location filename="../../ui/wizard/settings_dialog.py" line="219" />
        <source>Boundaries and referral</source>
        <translation>Límites y derivación</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="105" />
        <location filename="../../ui/wizard/settings_dialog.py" line="220" />
        <source>No-fault ending</source>
        <translation>Finalización sin culpa</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="112" />
        <source>Guardian signature line</source>
        <translation>Línea de firma del tutor</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="113" />
        <source>Coordinator</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="117" />
        <source>The program</source>
        <translation>El programa</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="120" />
        <source>Matching</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="121" />
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="157" />
        <source>Saving the settings…</source>
        <translation>Guardando la configuración…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="176" />
        <source>The settings of {name}</source>
        <translation>La configuración de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="196" />
        <source>Program name</source>
        <translation>Nombre del programa</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="200" />
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="201" />
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="203" />
        <source>A meeting lasts (minutes)</source>
        <translation>Duración de cada reunión (minutos)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="205" />
        <source>Staff check in with pairs</source>
        <translation>Seguimiento del personal con las parejas</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="206" />
        <source>Flag a pair with no meeting in (weeks)</source>
        <translation>Señalar una pareja sin reuniones en (semanas)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="207" />
        <source>…or after a row of missed meetings</source>
        <translation>…o tras una serie de reuniones perdidas</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="212" />
        <source>Matching criteria</source>
        <translation>Criterios de emparejamiento</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="214" />
        <source>Experience gap from (years)</source>
        <translation>Diferencia de experiencia desde (años)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="215" />
        <source>Experience gap to (years)</source>
        <translation>Diferencia de experiencia hasta (años)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="221" />
        <source>Signature line for a parent or guardian</source>
        <translation>Línea de firma para padre, madre o tutor</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="222" />
        <source>Coordinator's name</source>
        <translation>Nombre del coordinador</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="223" />
        <source>Coordinator's email</source>
        <translation>Correo del coordinador</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="224" />
        <source>Coordinator's phone</source>
        <translation>Teléfono del coordinador</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="225" />
        <source>Documents print in</source>
        <translation>Documentos impresos en</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="244" />
        <source>{criterion}: weight {weight}</source>
        <translation>{criterion}: peso {weight}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="248" />
        <source>{criterion}: not used</source>
        <translation>{criterion}: sin usar</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="252" />
        <source> (optional)</source>
        <translation> (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="253" />
        <source>Reading the figures…</source>
        <translation>Leyendo las cifras…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="242" />
        <source>Prefer… (whom {name} would like)</source>
        <translation>Preferir… (con quién le gustaría a {name})</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="247" />
        <source>Avoid… (never pair {name} with)</source>
        <translation>Evitar… (con quién no emparejar nunca a {name})</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="282" />
        <source>Set whom {name} prefers</source>
        <translation>Indicar a quién prefiere {name}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="284" />
        <source>Set whom {name} avoids</source>
        <translation>Indicar a quién evita {name}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="297" />
        <source>{name} has no preferences now.</source>
        <translation>{name} ya no tiene preferencias.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="300" />
        <source>Saved {n} preferences for {name}, first choice first. Suggest matches uses them.</source>
        <translation>Se guardaron {n} preferencias para {name}, la primera opción primero. Sugerir emparejamientos las usa.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="306" />
        <source>{name} may be paired with anyone again.</source>
        <translation>{name} puede volver a emparejarse con cualquiera.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="308" />
        <source>{name} will never be paired with the {n} people chosen.</source>
        <translation>{name} nunca se emparejará con las {n} personas elegidas.</translation>
    </message>
    <message>
        <location filename="../../ui/people/columns.py" line="98" />
        <source>Reset the columns</source>
        <translation>Restablecer las columnas</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="45" />
        <source>Weight of {criterion}</source>
        <translation>Peso de {criterion}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="49" />
        <source>10 — must match</source>
        <translation>10 — obligatorio</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="67" />
        <source>not used</source>
        <translation>sin usar</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="69" />
        <source>{weight} — must match</source>
        <translation>{weight} — obligatorio</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="53" />
        <source>{n} new</source>
        <translation>{n} nuevas</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="54" />
        <source>{n} update</source>
        <translation>{n} actualización</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="54" />
        <source>{n} updates</source>
        <translation>{n} actualizaciones</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="55" />
        <source>{n} duplicate</source>
        <translation>{n} duplicado</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="55" />
        <source>{n} duplicates</source>
        <translation>{n} duplicados</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="56" />
        <source>{n} error</source>
        <translation>{n} error</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="56" />
        <source>{n} errors</source>
        <translation>{n} errores</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="60" />
        <source>{n} skipped</source>
        <translation>{n} omitidas</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="34" />
        <source>“{name}” has one sheet.</source>
        <translation>“{name}” tiene una hoja.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="35" />
        <source>“{name}” has {n} sheets.</source>
        <translation>“{name}” tiene {n} hojas.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="124" />
        <source>{n} row under the header</source>
        <translation>{n} fila bajo el encabezado</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="124" />
        <source>{n} rows under the header</source>
        <translation>{n} filas bajo el encabezado</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="29" />
        <source>Added {n} person</source>
        <translation>Se añadió {n} persona</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="29" />
        <source>Added {n} people</source>
        <translation>Se añadieron {n} personas</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="30" />
        <source> and updated {n}.</source>
        <translation> y se actualizaron {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="33" />
        <source>Updated {n} person.</source>
        <translation>Se actualizó {n} persona.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="33" />
        <source>Updated {n} people.</source>
        <translation>Se actualizaron {n} personas.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="35" />
        <source>Added {n} person.</source>
        <translation>Se añadió {n} persona.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="35" />
        <source>Added {n} people.</source>
        <translation>Se añadieron {n} personas.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="40" />
        <source>{n} row was not imported (listed first).</source>
        <translation>{n} fila no se importó (aparece primero).</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="41" />
        <source>{n} rows were not imported (listed first).</source>
        <translation>{n} filas no se importaron (aparecen primero).</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="51" />
        <location filename="../../ui/importer/summary_page.py" line="52" />
        <source>{n} imported ({new} new, {updated} updated)</source>
        <translation>{n} importadas ({new} nuevas, {updated} actualizadas)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="57" />
        <source>{n} merged as a duplicate</source>
        <translation>{n} combinada como duplicado</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="57" />
        <source>{n} merged as duplicates</source>
        <translation>{n} combinadas como duplicados</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="59" />
        <source>{n} skipped as empty</source>
        <translation>{n} omitidas por vacías</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="65" />
        <source>{n} skipped (totals, example or skipped row)</source>
        <translation>{n} omitida (total, ejemplo o fila omitida)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="66" />
        <source>{n} skipped (totals, example or skipped rows)</source>
        <translation>{n} omitidas (totales, ejemplos o filas omitidas)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="69" />
        <source>{n} refused</source>
        <translation>{n} rechazadas</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="74" />
        <location filename="../../ui/importer/summary_page.py" line="75" />
        <source>{n} not read (over a limit)</source>
        <translation>{n} sin leer (por encima de un límite)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="80" />
        <source>The file has {n} row below the header: </source>
        <translation>El archivo tiene {n} fila bajo el encabezado: </translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="81" />
        <source>The file has {n} rows below the header: </source>
        <translation>El archivo tiene {n} filas bajo el encabezado: </translation>
    </message>
    <message>
        <location filename="../../ui/importer/values_page.py" line="80" />
        <source>{n} row has an answer that is not a role; the preview lists it as an error.</source>
        <translation>{n} fila tiene una respuesta que no es un rol; la vista previa la muestra como error.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/values_page.py" line="84" />
        <source>{n} rows have an answer that is not a role; the preview lists them as errors.</source>
        <translation>{n} filas tienen una respuesta que no es un rol; la vista previa las muestra como errores.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/people_picker.py" line="105" />
        <source>Find by name or e-mail</source>
        <translation>Buscar por nombre o correo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/people_picker.py" line="115" />
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/people_picker.py" line="153" />
        <source>1 person chosen</source>
        <translation>1 persona elegida</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/people_picker.py" line="153" />
        <source>{n} people chosen</source>
        <translation>{n} personas elegidas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="38" />
        <source>Restore session “{title}”</source>
        <translation>Restaurar la sesión “{title}”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="41" />
        <source>Cancel session “{title}”</source>
        <translation>Cancelar la sesión “{title}”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="43" />
        <source>Cancel “{title}” on {date} and the following sessions of its series?</source>
        <translation>¿Cancelar “{title}” del {date} y las sesiones siguientes de su serie?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="45" />
        <source>Cancel “{title}” on {date}?</source>
        <translation>¿Cancelar “{title}” del {date}?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="49" />
        <source>Cancel the session</source>
        <translation>Cancelar la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="51" />
        <source>Cancel session</source>
        <translation>Cancelar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="56" />
        <source>It stays in the calendar, struck through, and calendar files tell the invited people it is cancelled. Restore it the same way; Edit → Undo takes it back.</source>
        <translation>Sigue en el calendario, tachada, y los archivos de calendario avisan a los invitados de que está cancelada. Se restaura de la misma manera; Editar → Deshacer lo revierte.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="68" />
        <source>Delete session “{title}”</source>
        <translation>Eliminar la sesión “{title}”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="70" />
        <source>Delete “{title}” and the following sessions of its series?</source>
        <translation>¿Eliminar “{title}” y las sesiones siguientes de su serie?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="72" />
        <source>Delete “{title}” on {date}?</source>
        <translation>¿Eliminar “{title}” del {date}?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="76" />
        <source>Delete the session</source>
        <translation>Eliminar la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="78" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="81" />
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="84" />
        <source>Its list of invited people and their attendance go with it. Readiness steps attending recorded stay recorded. Edit → Undo brings the session back.</source>
        <translation>Su lista de invitados y su asistencia se eliminan con ella. Los pasos de preparación registrados por asistir siguen registrados. Editar → Deshacer recupera la sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_choices.py" line="83" />
        <source>All mentors</source>
        <translation>Todos los mentores</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_choices.py" line="84" />
        <source>All mentees</source>
        <translation>Todos los aprendices</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_choices.py" line="85" />
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_choices.py" line="86" />
        <source>A circle:</source>
        <translation>Un círculo:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_choices.py" line="87" />
        <source>People picked by hand:</source>
        <translation>Personas elegidas a mano:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_rows.py" line="64" />
        <source>Attendance not taken</source>
        <translation>Asistencia sin tomar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_rows.py" line="65" />
        <source>{attended} of {invited} attended</source>
        <translation>Asistieron {attended} de {invited}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_rows.py" line="70" />
        <source>{n} invited, {places} places</source>
        <translation>{n} invitados, {places} plazas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_rows.py" line="71" />
        <location filename="../../ui/dashboard/sessions.py" line="156" />
        <source>1 invited</source>
        <translation>1 invitado</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_rows.py" line="71" />
        <location filename="../../ui/dashboard/sessions.py" line="156" />
        <source>{n} invited</source>
        <translation>{n} invitados</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_rows.py" line="79" />
        <source>Double-click for attendance; right-click for more.</source>
        <translation>Doble clic para la asistencia; clic derecho para más opciones.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="512" />
        <source>1 circle of {people} people.</source>
        <translation>1 círculo de {people} personas.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="512" />
        <source>{n} circles, {people} people.</source>
        <translation>{n} círculos, {people} personas.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="515" />
        <source>Working out their fit…</source>
        <translation>Calculando su afinidad…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="516" />
        <source>Average fit {quality}.</source>
        <translation>Afinidad media {quality}.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="520" />
        <source>Circles of the sizes formed cannot do better than {bound}: these reach {share}% of it.</source>
        <translation>Los círculos de estos tamaños no pueden superar {bound}: estos alcanzan el {share}%.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="523" />
        <source>These are the best circles there are.</source>
        <translation>Son los mejores círculos posibles.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="526" />
        <source>Their sizes now differ by more than one.</source>
        <translation>Ahora sus tamaños difieren en más de uno.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="529" />
        <source>No leader: {circles}.</source>
        <translation>Sin líder: {circles}.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="532" />
        <source>1 more person is not ready for matching yet.</source>
        <translation>Otra persona aún no está lista para emparejar.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="534" />
        <source>{n} more are not ready for matching yet.</source>
        <translation>Otras {n} personas aún no están listas para emparejar.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="536" />
        <source>Nothing is saved until you confirm.</source>
        <translation>No se guarda nada hasta que confirme.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="76" />
        <source>Reading the program's people…</source>
        <translation>Leyendo las personas del programa…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="85" />
        <source>Made 1 session.</source>
        <translation>Se creó 1 sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="87" />
        <source>Made {n} sessions.</source>
        <translation>Se crearon {n} sesiones.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="111" />
        <source>Saved the kinds of session.</source>
        <translation>Se guardaron los tipos de sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="117" />
        <source>Reading the kinds of session…</source>
        <translation>Leyendo los tipos de sesión…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="154" />
        <source>Attendance…</source>
        <translation>Asistencia…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="158" />
        <source>Change session…</source>
        <translation>Modificar sesión…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="160" />
        <source>Print sign-in sheet…</source>
        <translation>Imprimir hoja de firmas…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="165" />
        <source>Restore session</source>
        <translation>Restaurar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="165" />
        <source>Cancel session…</source>
        <translation>Cancelar sesión…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="170" />
        <source>Delete session…</source>
        <translation>Eliminar sesión…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="188" />
        <source>New session on {date}…</source>
        <translation>Nueva sesión el {date}…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="191" />
        <source>Schedule meetings from {date}…</source>
        <translation>Programar reuniones desde el {date}…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="103" />
        <source>Edit session kinds</source>
        <translation>Editar los tipos de sesión</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/help.py" line="67" />
        <source>About PeerDesk</source>
        <translation>Acerca de PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="74" />
        <source>&lt;h2&gt;PeerDesk {version}&lt;/h2&gt;&lt;p&gt;Run a peer-mentoring program from start to finish, on your own computer.&lt;/p&gt;&lt;p&gt;Your data stays in the program files you choose, or on your own team's database server; PeerDesk needs no account and sends nothing anywhere else.&lt;/p&gt;&lt;p&gt;PeerDesk is free software under the GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;PeerDesk {version}&lt;/h2&gt;&lt;p&gt;Gestione un programa de mentoría entre pares de principio a fin, en su propia computadora.&lt;/p&gt;&lt;p&gt;Sus datos permanecen en los archivos de programa que usted elija, o en el servidor de base de datos de su propio equipo; PeerDesk no necesita ninguna cuenta y no envía nada a ningún otro lugar.&lt;/p&gt;&lt;p&gt;PeerDesk es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior. Se ofrece sin ninguna garantía.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AddPeopleDialog</name>
    <message>
        <location filename="../../ui/circles/people.py" line="119" />
        <source>Add people to {circle}</source>
        <translation>Añadir personas a {circle}</translation>
    </message>
    <message>
        <location filename="../../ui/circles/people.py" line="121" />
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../../ui/circles/people.py" line="127" />
        <source>Mentors ticked join as &amp;leaders</source>
        <translation>Los mentores marcados entran como &amp;líderes</translation>
    </message>
    <message>
        <location filename="../../ui/circles/people.py" line="132" />
        <source>Everyone ready for matching and in no circle yet. Tick who joins “{circle}”.</source>
        <translation>Todas las personas listas para emparejar que aún no están en ningún círculo. Marque quién se une a “{circle}”.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/people.py" line="135" />
        <source>Everyone ready for matching is in a circle already.</source>
        <translation>Todas las personas listas para emparejar ya están en un círculo.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/people.py" line="142" />
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="45" />
        <source>E&amp;xpectations</source>
        <translation>E&amp;xpectativas</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="46" />
        <source>&amp;Confidentiality</source>
        <translation>&amp;Confidencialidad</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="47" />
        <source>Boundaries and &amp;referral</source>
        <translation>Límites y &amp;derivación</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="48" />
        <source>No-fault end&amp;ing</source>
        <translation>Finali&amp;zación sin culpa</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="70" />
        <source>Inser&amp;t</source>
        <translation>Inser&amp;tar</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="73" />
        <source>&amp;Placeholder:</source>
        <translation>&amp;Marcador:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="79" />
        <source>Add a signature line for a parent or &amp;guardian</source>
        <translation>Añadir una línea de firma para &amp;padre, madre o tutor</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="88" />
        <source>Agreements and certificates print in this language, whatever language PeerDesk itself speaks; a pair can have its own (Pairs screen). Terms still as the template wrote them print in this language too; terms you changed print as you wrote them.</source>
        <translation>Los acuerdos y certificados se imprimen en este idioma, sea cual sea el idioma de PeerDesk; una pareja puede tener el suyo (pantalla Parejas). Los términos que siguen como los escribió la plantilla también se imprimen en este idioma; los que usted cambió se imprimen tal como los escribió.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="97" />
        <source>Coordinator's n&amp;ame:</source>
        <translation>Nom&amp;bre del coordinador:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="98" />
        <source>Coordinator's emai&amp;l:</source>
        <translation>Corr&amp;eo del coordinador:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="99" />
        <source>Coordinator's p&amp;hone:</source>
        <translation>Te&amp;léfono del coordinador:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="102" />
        <source>&amp;Documents print in:</source>
        <translation>&amp;Imprimir documentos en:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="125" />
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="129" />
        <source>The terms each pair signs. Placeholders such as {mentor_name} are filled in for each pair when the agreement is printed.</source>
        <translation>Los términos que firma cada pareja. Los marcadores como {mentor_name} se completan para cada pareja al imprimir el acuerdo.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="77" />
        <source>Sign-in sheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Hojas de firmas (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="235" />
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="255" />
        <source>Attending completes the step “{step}”: it is recorded, with the session’s date, for everyone marked attended.</source>
        <translation>Asistir completa el paso “{step}”: se registra, con la fecha de la sesión, para todos los marcados como presentes.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="262" />
        <source>Space ticks who came; E marks excused, A absent, U not marked. Shift+arrows select several.</source>
        <translation>Espacio marca a quien vino; E marca justificado, A ausente, U sin marcar. Mayús+flechas selecciona varios.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="282" />
        <source>Find a name or e-mail (Ctrl+F)</source>
        <translation>Buscar un nombre o correo (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="283" />
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="300" />
        <source>Nobody is invited to this session yet.</source>
        <translation>Todavía no hay nadie invitado a esta sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="310" />
        <source>E&amp;veryone attended</source>
        <translation>Asistieron &amp;todos</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="312" />
        <source>Tick everyone; then mark the exceptions</source>
        <translation>Marcar a todos; luego marque las excepciones</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="314" />
        <source>The &amp;rest absent</source>
        <translation>El &amp;resto, ausente</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="316" />
        <source>Mark everyone not marked yet as absent</source>
        <translation>Marcar como ausentes a todos los que aún no están marcados</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="318" />
        <source>&amp;Import sign-in sheet…</source>
        <translation>&amp;Importar hoja de firmas…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="321" />
        <source>Tick the people listed in a CSV or Excel file of names or e-mails</source>
        <translation>Marcar a las personas de un archivo CSV o Excel de nombres o correos</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="360" />
        <source>This session was cancelled: nobody can be ticked as attended unless it is restored on the Calendar. E marks excused, A absent, U not marked.</source>
        <translation>Esta sesión se canceló: nadie puede marcarse como presente salvo que se restaure en el Calendario. E marca justificado, A ausente, U sin marcar.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="367" />
        <source>This session has not begun yet: tick who came once it has. Apologies can be marked now: E marks excused, U not marked.</source>
        <translation>Esta sesión aún no ha empezado: marque quién vino cuando empiece. Las ausencias justificadas se pueden marcar ya: E marca justificado, U sin marcar.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="418" />
        <source>1 invited</source>
        <translation>1 invitado</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="418" />
        <source>{n} invited</source>
        <translation>{n} invitados</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="419" />
        <source>{n} attended</source>
        <translation>{n} asistieron</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="420" />
        <source>{n} excused</source>
        <translation>{n} justificados</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="421" />
        <source>{n} absent</source>
        <translation>{n} ausentes</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="424" />
        <source>{n} not marked</source>
        <translation>{n} sin marcar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="428" />
        <source>1 change to save</source>
        <translation>1 cambio por guardar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="428" />
        <source>{n} changes to save</source>
        <translation>{n} cambios por guardar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="438" />
        <source>This session was cancelled, so nobody can attend it. Restore it on the Calendar first.</source>
        <translation>Esta sesión se canceló, así que nadie puede asistir. Restáurela primero en el Calendario.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="445" />
        <source>The session has not begun yet ({when}): who attended and who was absent can be marked once it has. Apologies can be marked now (E, excused).</source>
        <translation>La sesión aún no ha empezado ({when}): quién asistió y quién faltó se puede marcar cuando empiece. Las ausencias justificadas se pueden marcar ya (E, justificado).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="464" />
        <source>Import a sign-in sheet</source>
        <translation>Importar una hoja de firmas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="491" />
        <source>Reading the sign-in sheet…</source>
        <translation>Leyendo la hoja de firmas…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="503" />
        <source>“{file}”: 1 row with a name or e-mail.</source>
        <translation>“{file}”: 1 fila con un nombre o correo.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="504" />
        <source>“{file}”: {n} rows with a name or e-mail.</source>
        <translation>“{file}”: {n} filas con un nombre o correo.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="509" />
        <source>1 invited person found</source>
        <translation>1 persona invitada encontrada</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="510" />
        <source>{n} invited people found</source>
        <translation>{n} personas invitadas encontradas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="513" />
        <source> ({n} marked attended already).</source>
        <translation> ({n} ya marcadas como presentes).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="522" />
        <source>1 row not matched, left out:</source>
        <translation>1 fila sin coincidencia, omitida:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="523" />
        <source>{n} rows not matched, left out:</source>
        <translation>{n} filas sin coincidencia, omitidas:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="530" />
        <source>&amp;Tick 1 person</source>
        <translation>&amp;Marcar 1 persona</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="530" />
        <source>&amp;Tick {n} people</source>
        <translation>&amp;Marcar {n} personas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="558" />
        <source>Mark attendance of 1 person</source>
        <translation>Marcar la asistencia de 1 persona</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="559" />
        <source>Mark attendance of {n} people</source>
        <translation>Marcar la asistencia de {n} personas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="589" />
        <source>Saving attendance…</source>
        <translation>Guardando la asistencia…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="125" />
        <location filename="../../ui/backup_dialog.py" line="196" />
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="132" />
        <source>PeerDesk keeps the last {count} copies of “{name}”. Choose one to put back. What is there now is backed up first, so you can change your mind.</source>
        <translation>PeerDesk guarda las últimas {count} copias de “{name}”. Elija una para restaurarla. Lo que hay ahora se copia antes, así que puede cambiar de opinión.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="152" />
        <source>There are no backups of this program yet.</source>
        <translation>Aún no hay copias de seguridad de este programa.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="155" />
        <source>Backups are kept in {folder}</source>
        <translation>Las copias de seguridad se guardan en {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="162" />
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="197" />
        <source>Put back “{name}” as it was on {when}?</source>
        <translation>¿Restaurar “{name}” tal como estaba el {when}?</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="200" />
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="203" />
        <source>Everything changed since then will be replaced. The file's current state is backed up first, so you can restore it again from this list.</source>
        <translation>Todo lo que cambió desde entonces se reemplazará. El estado actual del archivo se copia antes, así que podrá restaurarlo de nuevo desde esta lista.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="214" />
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="95" />
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="95" />
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="95" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/matching/widgets.py" line="57" />
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>BasicsForm</name>
    <message>
        <location filename="../../ui/wizard/basics.py" line="50" />
        <source>For example: New Staff Buddies 2025</source>
        <translation>Por ejemplo: Compañeros de nuevo personal 2025</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/basics.py" line="56" />
        <source>What should mentees have gained by the end? One goal a line.</source>
        <translation>¿Qué deberían haber logrado los aprendices al final? Un objetivo por línea.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/basics.py" line="62" />
        <source>&amp;Program name:</source>
        <translation>Nombre del &amp;programa:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/basics.py" line="63" />
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/basics.py" line="64" />
        <source>P&amp;urpose:</source>
        <translation>Propó&amp;sito:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/basics.py" line="65" />
        <source>&amp;Goals:</source>
        <translation>O&amp;bjetivos:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/basics.py" line="66" />
        <source>&amp;Starts:</source>
        <translation>Ini&amp;cio:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/basics.py" line="68" />
        <source>&amp;Ends:</source>
        <translation>F&amp;in:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/basics.py" line="83" />
        <source>The program</source>
        <translation>El programa</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/basics.py" line="87" />
        <source>Only the name is needed. Press Finish now to use the usual settings, or Next to choose them; you can change everything later.</source>
        <translation>Solo se necesita el nombre. Pulse Finalizar ahora para usar la configuración habitual, o Siguiente para elegirla; puede cambiarlo todo más adelante.</translation>
    </message>
</context>
<context>
    <name>BehindDialog</name>
    <message>
        <location filename="../../ui/dashboard/behind_dialog.py" line="119" />
        <source>Check</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/behind_dialog.py" line="119" />
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/behind_dialog.py" line="119" />
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/behind_dialog.py" line="119" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/behind_dialog.py" line="136" />
        <source>Double-click a line, or press Enter, to open it.</source>
        <translation>Haga doble clic en una línea, o pulse Intro, para abrirla.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/behind_dialog.py" line="138" />
        <source>Nothing to list.</source>
        <translation>No hay nada que mostrar.</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <location filename="../../ui/matching/cards.py" line="206" />
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location filename="../../ui/matching/cards.py" line="207" />
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location filename="../../ui/matching/cards.py" line="208" />
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <location filename="../../ui/matching/cards.py" line="209" />
        <source>suggested</source>
        <translation>sugerida</translation>
    </message>
    <message>
        <location filename="../../ui/matching/cards.py" line="210" />
        <source>proposed; the suggestions would replace it</source>
        <translation>propuesta; las sugerencias la reemplazarían</translation>
    </message>
    <message>
        <location filename="../../ui/matching/cards.py" line="214" />
        <source>score {score}</source>
        <translation>puntuación {score}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/cards.py" line="216" />
        <source>locked</source>
        <translation>bloqueada</translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message>
        <location filename="../../ui/calendar/screen.py" line="106" />
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="110" />
        <source>Schedule…</source>
        <translation>Programar…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="112" />
        <source>Schedule a meeting series or a one-off meeting</source>
        <translation>Programar una serie de reuniones o una reunión única</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="114" />
        <source>Log meetings…</source>
        <translation>Registrar reuniones…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="117" />
        <source>Log what happened at today's meetings, or any past day's not logged yet</source>
        <translation>Registrar lo que pasó en las reuniones de hoy, o de cualquier día pasado aún sin registrar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="120" />
        <source>Export calendar (.ics)…</source>
        <translation>Exportar calendario (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="123" />
        <source>A calendar file for Outlook, Google Calendar or Apple Calendar</source>
        <translation>Un archivo de calendario para Outlook, Google Calendar o Apple Calendar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="126" />
        <source>New session…</source>
        <translation>Nueva sesión…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="129" />
        <source>A training, workshop, social or circle meeting for many people at once</source>
        <translation>Una formación, taller, encuentro social o reunión de círculo para muchas personas a la vez</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="132" />
        <source>Session kinds…</source>
        <translation>Tipos de sesión…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="135" />
        <source>Edit session kinds: rename them, give them colours, add or reorder them</source>
        <translation>Editar los tipos de sesión: renombrarlos, darles colores, añadirlos o reordenarlos</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="149" />
        <source>Previous month (Page Up)</source>
        <translation>Mes anterior (Re Pág)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="154" />
        <source>Next month (Page Down)</source>
        <translation>Mes siguiente (Av Pág)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="165" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="166" />
        <source>All pairs</source>
        <translation>Todas las parejas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="167" />
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="170" />
        <source>Meetings and sessions</source>
        <translation>Reuniones y sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="171" />
        <source>Pair meetings</source>
        <translation>Reuniones de pareja</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="172" />
        <source>Group sessions</source>
        <translation>Sesiones de grupo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="180" />
        <source>Pair:</source>
        <translation>Pareja:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="183" />
        <source>Person:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="185" />
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="206" />
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="211" />
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="341" />
        <source>Reading the calendar…</source>
        <translation>Leyendo el calendario…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="481" />
        <source>Week of {date}</source>
        <translation>Semana del {date}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="490" />
        <source>No meetings or sessions this week.</source>
        <translation>No hay reuniones ni sesiones esta semana.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="492" />
        <source>No meetings or sessions on this day.</source>
        <translation>No hay reuniones ni sesiones este día.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="632" />
        <source>Saved {n} meetings and sessions to {path}</source>
        <translation>Se guardaron {n} reuniones y sesiones en {path}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="517" />
        <source>Move meeting to {date}</source>
        <translation>Mover la reunión al {date}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="527" />
        <source>Moving the meeting…</source>
        <translation>Moviendo la reunión…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="569" />
        <source>Scheduled {n} meetings and check-ins.</source>
        <translation>Se programaron {n} reuniones y seguimientos.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="571" />
        <source>Scheduled 1 meeting.</source>
        <translation>Se programó 1 reunión.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="614" />
        <source>Reading meetings to log…</source>
        <translation>Leyendo las reuniones por registrar…</translation>
    </message>
</context>
<context>
    <name>CapacityBox</name>
    <message>
        <location filename="../../ui/people/capacity_box.py" line="21" />
        <source>Program default ({count})</source>
        <translation>Valor del programa ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/people/capacity_box.py" line="22" />
        <source> mentees</source>
        <translation> aprendices</translation>
    </message>
</context>
<context>
    <name>CheckinsScreen</name>
    <message>
        <location filename="../../ui/checkins/screen.py" line="60" />
        <source>Forms exports (*.xlsx *.xls *.ods *.csv);;All files (*)</source>
        <translation>Exportaciones de formularios (*.xlsx *.xls *.ods *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="111" />
        <source>Check-ins</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="121" />
        <source>Search by name…</source>
        <translation>Buscar por nombre…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="125" />
        <source>&amp;Import responses…</source>
        <translation>&amp;Importar respuestas…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="128" />
        <source>Answers exported from Google Forms or Microsoft Forms (.xlsx or .csv)</source>
        <translation>Respuestas exportadas de Google Forms o Microsoft Forms (.xlsx o .csv)</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="140" />
        <source>Recent responses</source>
        <translation>Respuestas recientes</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="169" />
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="170" />
        <source>Goals and closing</source>
        <translation>Objetivos y cierre</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="196" />
        <source>1 response</source>
        <translation>1 respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="198" />
        <source>{count} responses</source>
        <translation>{count} respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="238" />
        <source>Reading the check-ins…</source>
        <translation>Leyendo los seguimientos…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="250" />
        <source>Choose who answered.</source>
        <translation>Elija quién respondió.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="270" />
        <source>Saved the {survey} of {name}.</source>
        <translation>Se guardó la {survey} de {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="284" />
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="338" />
        <source>Import responses from a forms export</source>
        <translation>Importar respuestas de una exportación de formularios</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="353" />
        <source>Imported {added} responses; {skipped} rows left out.</source>
        <translation>Se importaron {added} respuestas; se omitieron {skipped} filas.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../ui/people/checklist.py" line="152" />
        <location filename="../../ui/people/checklist.py" line="216" />
        <source>Screening and training</source>
        <translation>Selección y formación</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="160" />
        <source>Allow matching now…</source>
        <translation>Permitir emparejar ahora…</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="163" />
        <source>Let this person be matched before their steps are done, saying why</source>
        <translation>Permitir emparejar a esta persona antes de completar sus pasos, indicando el motivo</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="165" />
        <source>Remove the override</source>
        <translation>Quitar la excepción</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="219" />
        <source>Select someone to see their screening and training steps and tick them off.</source>
        <translation>Seleccione a alguien para ver sus pasos de selección y formación y marcarlos.</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="225" />
        <source>{count} people selected</source>
        <translation>{count} personas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="229" />
        <source>Use Set status… or Mark steps done… to change them all at once. Select one person to see their checklist.</source>
        <translation>Use Cambiar estado… o Marcar pasos hechos… para cambiarlos todos a la vez. Seleccione una persona para ver su lista de pasos.</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="268" />
        <source>This program asks for no steps before matching.</source>
        <translation>Este programa no pide pasos antes de emparejar.</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="289" />
        <source>Ready for matching by override ({when}): “{reason}”</source>
        <translation>Lista para emparejar por excepción ({when}): “{reason}”</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="293" />
        <source>Ready for matching: every required step is done.</source>
        <translation>Lista para emparejar: todos los pasos obligatorios están hechos.</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="295" />
        <source>Not ready for matching yet. Still to do: {steps}.</source>
        <translation>Aún no está lista para emparejar. Falta: {steps}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="330" />
        <source>Remove the override for {name}</source>
        <translation>Quitar la excepción de {name}</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <location filename="../../ui/checkins/entry.py" line="76" />
        <source>Leave unanswered</source>
        <translation>Dejar sin responder</translation>
    </message>
</context>
<context>
    <name>CircleCard</name>
    <message>
        <location filename="../../ui/circles/cards.py" line="245" />
        <source>The circle's name: type to change it</source>
        <translation>El nombre del círculo: escriba para cambiarlo</translation>
    </message>
    <message>
        <location filename="../../ui/circles/cards.py" line="246" />
        <source>Circle name</source>
        <translation>Nombre del círculo</translation>
    </message>
    <message>
        <location filename="../../ui/circles/cards.py" line="282" />
        <source>{n} people · fit {score}</source>
        <translation>{n} personas · afinidad {score}</translation>
    </message>
    <message>
        <location filename="../../ui/circles/cards.py" line="284" />
        <source>{n} people</source>
        <translation>{n} personas</translation>
    </message>
    <message>
        <location filename="../../ui/circles/cards.py" line="287" />
        <source>no leader</source>
        <translation>sin líder</translation>
    </message>
</context>
<context>
    <name>CirclePeopleModel</name>
    <message>
        <location filename="../../ui/circles/people.py" line="57" />
        <source>{name} (leader)</source>
        <translation>{name} (líder)</translation>
    </message>
</context>
<context>
    <name>CirclesPanel</name>
    <message>
        <location filename="../../ui/circles/panel.py" line="105" />
        <source>Print group agreement…</source>
        <translation>Imprimir acuerdo de grupo…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="108" />
        <source>Print the selected circle's agreement, with a signature line for everyone</source>
        <translation>Imprimir el acuerdo del círculo seleccionado, con una línea de firma para cada persona</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="111" />
        <source>Mark agreement signed…</source>
        <translation>Marcar acuerdo firmado…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="130" />
        <source>End circle…</source>
        <translation>Terminar círculo…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="137" />
        <location filename="../../ui/circles/panel.py" line="332" />
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="140" />
        <source>Pause the circle: its sessions from today on are held until it resumes</source>
        <translation>Pausar el círculo: sus sesiones a partir de hoy quedan en suspenso hasta que se reanude</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="115" />
        <source>Plan a meeting…</source>
        <translation>Planificar una reunión…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="118" />
        <source>A session on the calendar with this circle's people invited</source>
        <translation>Una sesión en el calendario con las personas de este círculo invitadas</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="143" />
        <source>Schedule check-ins</source>
        <translation>Programar seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="148" />
        <source>Staff check-ins with each of the circle's people on the program's cadence, from the circle's start to the program's end (those in a pair have theirs)</source>
        <translation>Seguimientos del personal con cada persona del círculo según la frecuencia del programa, desde el inicio del círculo hasta el final del programa (quienes están en una pareja ya tienen los suyos)</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="121" />
        <source>Add people…</source>
        <translation>Añadir personas…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="124" />
        <source>Put people who are ready and in no circle yet in the selected circle</source>
        <translation>Poner en el círculo seleccionado a personas listas que aún no están en ningún círculo</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="127" />
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="133" />
        <source>Save agreement as PDF…</source>
        <translation>Guardar acuerdo como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="156" />
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="159" />
        <source>Save the agreement as a PDF, pause or resume the circle, schedule check-ins</source>
        <translation>Guardar el acuerdo como PDF, pausar o reanudar el círculo, programar seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="195" />
        <source>No circles yet. Form them on the Matching screen in Groups mode; once confirmed they appear here, ready for their agreements.</source>
        <translation>Aún no hay círculos. Fórmelos en la pantalla Emparejamiento en el modo Grupos; una vez confirmados aparecen aquí, listos para sus acuerdos.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="209" />
        <source>Right-click a name (or press the Menu key) to take them out, move them or change who leads</source>
        <translation>Haga clic derecho en un nombre (o pulse la tecla Menú) para sacarlo, moverlo o cambiar quién dirige</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="276" />
        <source>Loading circles…</source>
        <translation>Cargando círculos…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="303" />
        <source>Select a circle to see its people.</source>
        <translation>Seleccione un círculo para ver sus personas.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="308" />
        <source>{circle}: led by {leaders}. Members: {members}.</source>
        <translation>{circle}: dirigido por {leaders}. Miembros: {members}.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="312" />
        <source>Ended: {reason}</source>
        <translation>Terminado: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="332" />
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="350" />
        <source>Print group agreement — {circle}</source>
        <translation>Imprimir acuerdo de grupo — {circle}</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="359" />
        <source>Preparing the group agreement…</source>
        <translation>Preparando el acuerdo de grupo…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="378" />
        <source>Recording the print…</source>
        <translation>Registrando la impresión…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="390" />
        <source>Save the group agreement as PDF</source>
        <translation>Guardar el acuerdo de grupo como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="407" />
        <source>Saving the group agreement…</source>
        <translation>Guardando el acuerdo de grupo…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="462" />
        <source>Rename circle</source>
        <translation>Renombrar círculo</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="463" />
        <source>&amp;Name:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="499" />
        <source>Schedule staff check-ins</source>
        <translation>Programar seguimientos del personal</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="509" />
        <source>No new check-ins: {circle}'s people have theirs already.</source>
        <translation>Ningún seguimiento nuevo: las personas de {circle} ya tienen los suyos.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="511" />
        <source>1 check-in scheduled; it is on the Calendar.</source>
        <translation>1 seguimiento programado; está en el Calendario.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="513" />
        <source>{n} check-ins scheduled; they are on the Calendar.</source>
        <translation>{n} seguimientos programados; están en el Calendario.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="518" />
        <source>Scheduling…</source>
        <translation>Programando…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="540" />
        <source>Reading who is ready…</source>
        <translation>Leyendo quién está listo…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="556" />
        <source>&amp;Take out of the circle</source>
        <translation>&amp;Sacar del círculo</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="559" />
        <source>Make a &amp;member</source>
        <translation>Hacer m&amp;iembro</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="559" />
        <source>Make &amp;leader</source>
        <translation>Hacer &amp;líder</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="562" />
        <source>&amp;Move to</source>
        <translation>&amp;Mover a</translation>
    </message>
</context>
<context>
    <name>ColumnsModel</name>
    <message>
        <location filename="../../ui/importer/models.py" line="168" />
        <source>{letter} (hidden)</source>
        <translation>{letter} (oculta)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="171" />
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="173" />
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="181" />
        <source>This column is hidden in the spreadsheet. Tick it to import it.</source>
        <translation>Esta columna está oculta en la hoja de cálculo. Márquela para importarla.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="184" />
        <source>The title looks like {kind}: PeerDesk proposes not to import it.</source>
        <translation>El título parece {kind}: PeerDesk propone no importarla.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="192" />
        <source>Import column {letter} “{header}” as</source>
        <translation>Importar la columna {letter} “{header}” como</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="240" />
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="241" />
        <source>Title in the file</source>
        <translation>Título en el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="242" />
        <source>Sample values</source>
        <translation>Valores de ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="243" />
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="33" />
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="36" />
        <source>Say what each column holds. PeerDesk suggested it from the column titles; columns you do not need can be kept as custom fields or ignored.</source>
        <translation>Indique qué contiene cada columna. PeerDesk lo sugirió a partir de los títulos; las columnas que no necesite pueden guardarse como campos personalizados o ignorarse.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="43" />
        <source>These columns were matched the way you matched them at the last import.</source>
        <translation>Estas columnas se asignaron como usted lo hizo en la última importación.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="74" />
        <source>First Last (Ana Lima)</source>
        <translation>Nombre Apellido (Ana Lima)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="75" />
        <source>Last First (Lima Ana)</source>
        <translation>Apellido Nombre (Lima Ana)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="76" />
        <source>Last, First (Lima, Ana)</source>
        <translation>Apellido, Nombre (Lima, Ana)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="80" />
        <source>&amp;Join first and last names as:</source>
        <translation>&amp;Unir nombre y apellido como:</translation>
    </message>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="153" />
        <source>Column {letter} “{header}” is hidden in the spreadsheet and was left out. Tick it in the list to import it.</source>
        <translation>La columna {letter} “{header}” está oculta en la hoja de cálculo y se omitió. Márquela en la lista para importarla.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="160" />
        <source>Column {letter} “{header}” looks like {kind}, so PeerDesk proposes not to import it. Choose a field if the program really needs it.</source>
        <translation>La columna {letter} “{header}” parece {kind}, así que PeerDesk propone no importarla. Elija un campo si el programa realmente la necesita.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="197" />
        <source>“{sheet}”: choose the column that holds the names (Name, or First name and Last name).</source>
        <translation>“{sheet}”: elija la columna que contiene los nombres (Nombre, o Nombre y Apellido).</translation>
    </message>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="205" />
        <source>“{sheet}”: no column holds the role. Set one column to Role, or go back to Sheets and choose a role for everyone on it.</source>
        <translation>“{sheet}”: ninguna columna contiene el rol. Asigne una columna a Rol, o vuelva a Hojas y elija un rol para todos los de esa hoja.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/matching/compare.py" line="37" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="48" />
        <source>Export the audit</source>
        <translation>Exportar la auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="100" />
        <source>Compare matching modes</source>
        <translation>Comparar modos de emparejamiento</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="108" />
        <source>Every mode on the same people. Nothing is saved: choose one to see its pairs on the board, then accept them as usual.</source>
        <translation>Todos los modos con las mismas personas. No se guarda nada: elija uno para ver sus parejas en el tablero y luego acéptelas como de costumbre.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="112" />
        <source>This is a next round: nobody meets an earlier partner again.</source>
        <translation>Esta es una ronda siguiente: nadie vuelve a coincidir con un compañero anterior.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="120" />
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="121" />
        <source>Matched</source>
        <translation>Emparejados</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="122" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="123" />
        <source>Lowest</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="124" />
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="125" />
        <source>Below the poor-match line</source>
        <translation>Bajo la línea de mal emparejamiento</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="143" />
        <source>{n} (under {line})</source>
        <translation>{n} (bajo {line})</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="164" />
        <source>&amp;Show these pairs</source>
        <translation>&amp;Mostrar estas parejas</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="168" />
        <source>&amp;Export audit…</source>
        <translation>&amp;Exportar auditoría…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="198" />
        <source>Lowest tenth of the scores: {avg} on average.</source>
        <translation>Décimo más bajo de las puntuaciones: {avg} de media.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="201" />
        <source>{n} of {m} wishes honoured.</source>
        <translation>{n} de {m} deseos respetados.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="203" />
        <source>No wishes were given.</source>
        <translation>No se indicaron deseos.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="206" />
        <source>Blocking pairs: {n}.</source>
        <translation>Parejas bloqueantes: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="210" />
        <source>No group's pairs score more than 10 points below the others'.</source>
        <translation>Ningún grupo tiene parejas con más de 10 puntos por debajo de las demás.</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="156" />
        <location filename="../../ui/dashboard/comparison_dialog.py" line="213" />
        <source>Comparison figures</source>
        <translation>Cifras de comparación</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="160" />
        <source>Set the program's figures beside a reference: your own last cycle, your funder's target or a published study. Every report shows the reference next to the program's figure, and its source in the small print.</source>
        <translation>Compare las cifras del programa con una referencia: su último ciclo, la meta de su financiador o un estudio publicado. Cada informe muestra la referencia junto a la cifra del programa, y su fuente en la letra pequeña.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="168" />
        <source>Early closures (share of matches that closed early)</source>
        <translation>Cierres anticipados (proporción de parejas que terminaron antes)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="174" />
        <source>Median match length</source>
        <translation>Duración mediana de las parejas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="224" />
        <source>Saving the comparison figures…</source>
        <translation>Guardando las cifras de comparación…</translation>
    </message>
</context>
<context>
    <name>ComparisonTab</name>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="270" />
        <source>Reports set the program's early closures and match length beside a reference figure: your last cycle, your funder's target or a published study, with its source in the small print.</source>
        <translation>Los informes muestran los cierres anticipados y la duración de las parejas del programa junto a una cifra de referencia: su último ciclo, la meta de su financiador o un estudio publicado, con su fuente en la letra pequeña.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="275" />
        <location filename="../../ui/dashboard/comparison_dialog.py" line="308" />
        <source>Reading the figures…</source>
        <translation>Leyendo las cifras…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="279" />
        <source>Change comparison figures…</source>
        <translation>Cambiar cifras de comparación…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="292" />
        <source>Open the program to set its comparison figures.</source>
        <translation>Abra el programa para definir sus cifras de comparación.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="295" />
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="316" />
        <source>{name}: no comparison figure</source>
        <translation>{name}: sin cifra de comparación</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="318" />
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="320" />
        <source>{name}: {value} — {source}</source>
        <translation>{name}: {value} — {source}</translation>
    </message>
</context>
<context>
    <name>ConfirmCirclesDialog</name>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="29" />
        <source>Confirm circles</source>
        <translation>Confirmar círculos</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="33" />
        <source>Save this circle? It becomes active from the date below.</source>
        <translation>¿Guardar este círculo? Pasa a estar activo desde la fecha de abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="36" />
        <source>Save these {n} circles? They become active from the date below.</source>
        <translation>¿Guardar estos {n} círculos? Pasan a estar activos desde la fecha de abajo.</translation>
    </message>
</context>
<context>
    <name>ConfirmPairsDialog</name>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="36" />
        <source>Confirm pairs</source>
        <translation>Confirmar parejas</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="39" />
        <source>Confirm the selected pair? It becomes active from the date below.</source>
        <translation>¿Confirmar la pareja seleccionada? Queda activa desde la fecha de abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="42" />
        <source>Confirm the {n} selected pairs? They become active from the date below.</source>
        <translation>¿Confirmar las {n} parejas seleccionadas? Quedan activas desde la fecha de abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="47" />
        <source>Confirm the proposed pair? It becomes active from the date below.</source>
        <translation>¿Confirmar la pareja propuesta? Queda activa desde la fecha de abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="50" />
        <source>Confirm all {n} proposed pairs? They become active from the date below.</source>
        <translation>¿Confirmar las {n} parejas propuestas? Quedan activas desde la fecha de abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="58" />
        <source>&amp;Start date:</source>
        <translation>Fecha de &amp;inicio:</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="60" />
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="138" />
        <source>Move to a shared database</source>
        <translation>Mover a una base de datos compartida</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="140" />
        <source>Connect to a shared database</source>
        <translation>Conectarse a una base de datos compartida</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="145" />
        <source>Copy everything open now (every program, with its people, pairs and history) onto a PostgreSQL database, so that your team can work on it together. The database must be empty: PeerDesk sets it up. The original stays as it is.</source>
        <translation>Copiar todo lo abierto ahora (cada programa, con sus personas, parejas e historial) a una base de datos PostgreSQL, para que su equipo trabaje en ella en conjunto. La base de datos debe estar vacía: PeerDesk la prepara. El original queda como está.</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="151" />
        <source>Work on a program that your team keeps on a PostgreSQL server. Whoever runs the server gives you these details.</source>
        <translation>Trabajar en un programa que su equipo guarda en un servidor PostgreSQL. Quien administra el servidor le da estos datos.</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="157" />
        <source>e.g. db.example.org</source>
        <translation>p. ej., db.example.org</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="162" />
        <source>e.g. mentoring</source>
        <translation>p. ej., mentoria</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="163" />
        <source>your user name on the server</source>
        <translation>su nombre de usuario en el servidor</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="166" />
        <source>e.g. Sam Okafor</source>
        <translation>p. ej., Sam Okafor</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="171" />
        <source>Remember password</source>
        <translation>Recordar contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="178" />
        <source>Kept in this computer's password store.</source>
        <translation>Se guarda en el almacén de contraseñas de esta computadora.</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="184" />
        <source>This computer has no password store, so PeerDesk asks for the password each time. It is never saved in a file.</source>
        <translation>Esta computadora no tiene almacén de contraseñas, así que PeerDesk pide la contraseña cada vez. Nunca se guarda en un archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="190" />
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="191" />
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="192" />
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="193" />
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="194" />
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="198" />
        <source>Your name, as other coordinators will see it.</source>
        <translation>Su nombre, tal como lo verán otros coordinadores.</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="201" />
        <source>Your name:</source>
        <translation>Su nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="212" />
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="214" />
        <source>Move here</source>
        <translation>Mover aquí</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="214" />
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="273" />
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="274" />
        <source>the database</source>
        <translation>la base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="275" />
        <source>the user name</source>
        <translation>el nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="281" />
        <source>Fill in {what}.</source>
        <translation>Complete {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="281" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="289" />
        <source>The port is a number, usually 5432.</source>
        <translation>El puerto es un número, normalmente 5432.</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="337" />
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="344" />
        <source>Empty database: it can be set up for PeerDesk</source>
        <translation>Base de datos vacía: se puede preparar para PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="347" />
        <source>Connected: PeerDesk database from an earlier version (it is brought up to date, after a backup, when you connect)</source>
        <translation>Conectado: base de datos de PeerDesk de una versión anterior (se actualiza, tras una copia de seguridad, al conectarse)</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="351" />
        <source>Connected: PeerDesk database, 1 program</source>
        <translation>Conectado: base de datos de PeerDesk, 1 programa</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="352" />
        <source>Connected: PeerDesk database, {n} programs</source>
        <translation>Conectado: base de datos de PeerDesk, {n} programas</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="356" />
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="364" />
        <source>“{label}” already holds PeerDesk programs. A program is moved only into an empty database, so nothing is overwritten. Ask for a new, empty database.</source>
        <translation>“{label}” ya contiene programas de PeerDesk. Un programa solo se mueve a una base de datos vacía, para no sobrescribir nada. Pida una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="379" />
        <source>Set up the database</source>
        <translation>Preparar la base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="380" />
        <source>The database “{label}” is empty. Set it up for PeerDesk?</source>
        <translation>La base de datos “{label}” está vacía. ¿Prepararla para PeerDesk?</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="383" />
        <source>Set up</source>
        <translation>Preparar</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="386" />
        <source>PeerDesk creates its tables in it. Nothing else on the server is touched.</source>
        <translation>PeerDesk crea sus tablas en ella. No se toca nada más en el servidor.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash_dialog.py" line="45" />
        <source>PeerDesk ran into a problem</source>
        <translation>PeerDesk tuvo un problema</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="55" />
        <source>PeerDesk ran into a problem. Your saved work is safe.</source>
        <translation>PeerDesk tuvo un problema. Su trabajo guardado está a salvo.</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="67" />
        <source>The last thing you did may not have finished; everything saved before it is still in your program file. You can keep working. If this happens again, copy the details below and send them, with the log file, to whoever helps you with PeerDesk.</source>
        <translation>Es posible que lo último que hizo no haya terminado; todo lo guardado antes sigue en su archivo del programa. Puede seguir trabajando. Si vuelve a ocurrir, copie los detalles de abajo y envíelos, junto con el archivo de registro, a quien le ayude con PeerDesk.</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="76" />
        <source>Log file: {path}</source>
        <translation>Archivo de registro: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="90" />
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="93" />
        <source>Open log folder</source>
        <translation>Abrir carpeta de registros</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="125" />
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="173" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="173" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="180" />
        <source>Add a field</source>
        <translation>Añadir un campo</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="182" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="55" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="56" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="98" />
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="102" />
        <source>Export workbook…</source>
        <translation>Exportar libro…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="105" />
        <source>Everything in one Excel file: people, pairs, meetings, check-ins, goals</source>
        <translation>Todo en un archivo de Excel: personas, parejas, reuniones, seguimientos, objetivos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="108" />
        <source>Save summary PDF…</source>
        <translation>Guardar resumen en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="111" />
        <source>A report for leadership or funders, with the charts and the outcomes</source>
        <translation>Un informe para la dirección o los financiadores, con los gráficos y los resultados</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="129" />
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="130" />
        <source>Have been matched</source>
        <translation>Han sido emparejados</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="131" />
        <source>Active pairs</source>
        <translation>Parejas activas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="132" />
        <source>Active circles</source>
        <translation>Círculos activos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="133" />
        <source>Meetings held this month</source>
        <translation>Reuniones realizadas este mes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="134" />
        <source>Mentor hours</source>
        <translation>Horas de mentoría</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="135" />
        <source>Average satisfaction</source>
        <translation>Satisfacción media</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="136" />
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="137" />
        <source>Pairs completed</source>
        <translation>Parejas completadas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="140" />
        <source>Open the People screen</source>
        <translation>Abrir la pantalla Personas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="141" />
        <location filename="../../ui/dashboard/screen.py" line="142" />
        <source>Open the Pairs screen</source>
        <translation>Abrir la pantalla Parejas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="143" />
        <location filename="../../ui/dashboard/screen.py" line="158" />
        <source>Open the Calendar</source>
        <translation>Abrir el Calendario</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="144" />
        <source>See who needs attention on the Calendar</source>
        <translation>Ver en el Calendario quién requiere atención</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="145" />
        <source>Open the Check-ins screen</source>
        <translation>Abrir la pantalla Seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="165" />
        <source>No meetings have been logged as held yet.</source>
        <translation>Aún no se ha registrado ninguna reunión realizada.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="167" />
        <source>Nobody has applied yet.</source>
        <translation>Aún no se ha inscrito nadie.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="169" />
        <source>Nobody has rated their match yet.</source>
        <translation>Nadie ha valorado aún su pareja.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="171" />
        <source>No participants yet.</source>
        <translation>Aún no hay participantes.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="173" />
        <source>Meetings held per month</source>
        <translation>Reuniones realizadas por mes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="174" />
        <source>From application to completion</source>
        <translation>De la inscripción a la finalización</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="175" />
        <source>Satisfaction with the match</source>
        <translation>Satisfacción con la pareja</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="176" />
        <source>Participants by status</source>
        <translation>Participantes por estado</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="277" />
        <source>Reading the numbers…</source>
        <translation>Leyendo las cifras…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="299" />
        <source>{program} — as of {date}</source>
        <translation>{program} — al {date}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="309" />
        <source>Status today: {statuses}</source>
        <translation>Estado hoy: {statuses}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="314" />
        <source>{matched} of {people} people have been matched</source>
        <translation>{matched} de {people} personas han sido emparejadas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="318" />
        <source>nobody to match yet</source>
        <translation>aún no hay nadie que emparejar</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="322" />
        <source>{paused} paused, {ended} ended · {unlogged} with meetings not logged yet</source>
        <translation>{paused} en pausa, {ended} terminadas · {unlogged} con reuniones aún sin registrar</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="332" />
        <source>{paused} paused, {ended} ended</source>
        <translation>{paused} en pausa, {ended} terminados</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="341" />
        <source>{held} held in all · {unlogged} not logged yet</source>
        <translation>{held} realizadas en total · {unlogged} aún sin registrar</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="347" />
        <source>from {held} held meetings · {unlogged} not logged yet</source>
        <translation>de {held} reuniones realizadas · {unlogged} aún sin registrar</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="354" />
        <source>out of 5, from 1 answer</source>
        <translation>sobre 5, de 1 respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="356" />
        <source>out of 5, from {n} answers</source>
        <translation>sobre 5, de {n} respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="358" />
        <source>no check-in answers yet</source>
        <translation>aún no hay respuestas de seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="362" />
        <source>the calendar's checks are not available</source>
        <translation>las verificaciones del calendario no están disponibles</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="364" />
        <source>all is well</source>
        <translation>todo está bien</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="368" />
        <source>{pairs} pairs to look at · {days} days with meetings not logged</source>
        <translation>{pairs} parejas que revisar · {days} días con reuniones sin registrar</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="375" />
        <source>of {ended} ended ({early} ended early)</source>
        <translation>de {ended} terminadas ({early} terminaron antes)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="390" />
        <source>Strongly
disagree</source>
        <translation>Muy en
desacuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="390" />
        <source>Disagree</source>
        <translation>En desacuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="390" />
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="391" />
        <source>Agree</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="391" />
        <source>Strongly
agree</source>
        <translation>Muy de
acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="395" />
        <source>Answers to “satisfied with my match” at check-ins and closing surveys.</source>
        <translation>Respuestas a “satisfecho con mi pareja” en los seguimientos y encuestas de cierre.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="406" />
        <source>{percent}% of {logged} logged meetings were held.</source>
        <translation>El {percent}% de {logged} reuniones registradas se realizaron.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="410" />
        <source>{held} of {logged} logged meetings were held.</source>
        <translation>Se realizaron {held} de {logged} reuniones registradas.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="414" />
        <source>No meeting has been logged yet.</source>
        <translation>Aún no se ha registrado ninguna reunión.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="418" />
        <source>{n} in {month}</source>
        <translation>{n} en {month}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="428" />
        <source>Past meetings not logged yet: {months}. They count only once logged, never as missed.</source>
        <translation>Reuniones pasadas aún sin registrar: {months}. Solo cuentan una vez registradas, nunca como faltas.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="440" />
        <source>Applied</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="441" />
        <source>Ready</source>
        <translation>Listos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="442" />
        <source>Matched</source>
        <translation>Emparejados</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="443" />
        <source>In a completed pair</source>
        <translation>En una pareja completada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/screen.py" line="449" />
        <source>%Ln applied</source>
        <translation>
            <numerusform>%Ln inscrito</numerusform>
            <numerusform>%Ln inscritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/screen.py" line="450" />
        <source>%Ln screened</source>
        <translation>
            <numerusform>%Ln evaluado</numerusform>
            <numerusform>%Ln evaluados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/screen.py" line="451" />
        <source>%Ln trained</source>
        <translation>
            <numerusform>%Ln formado</numerusform>
            <numerusform>%Ln formados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/screen.py" line="452" />
        <source>%Ln ready</source>
        <translation>
            <numerusform>%Ln listo</numerusform>
            <numerusform>%Ln listos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/screen.py" line="453" />
        <source>%Ln matched</source>
        <translation>
            <numerusform>%Ln emparejado</numerusform>
            <numerusform>%Ln emparejados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/screen.py" line="454" />
        <source>%Ln completed</source>
        <translation>
            <numerusform>%Ln completado</numerusform>
            <numerusform>%Ln completados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/screen.py" line="455" />
        <source>%Ln withdrawn</source>
        <translation>
            <numerusform>%Ln retirado</numerusform>
            <numerusform>%Ln retirados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="461" />
        <source>applied</source>
        <translation>inscritos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="462" />
        <source>screened</source>
        <translation>evaluados</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="463" />
        <source>trained</source>
        <translation>formados</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="464" />
        <source>ready</source>
        <translation>listos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="465" />
        <source>matched</source>
        <translation>emparejados</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="466" />
        <source>completed</source>
        <translation>completados</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="467" />
        <source>withdrawn</source>
        <translation>retirados</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="503" />
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="509" />
        <source>Export the workbook</source>
        <translation>Exportar el libro</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="518" />
        <source>Writing the workbook…</source>
        <translation>Escribiendo el libro…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="523" />
        <source>{program} - summary</source>
        <translation>{program} - resumen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="525" />
        <source>Save the summary as PDF</source>
        <translation>Guardar el resumen como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="541" />
        <source>Writing the summary…</source>
        <translation>Escribiendo el resumen…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="552" />
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="569" />
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="570" />
        <source>“{name}” already exists in {folder}. Replace it?</source>
        <translation>“{name}” ya existe en {folder}. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="573" />
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="575" />
        <source>The file there now will be lost.</source>
        <translation>El archivo que hay ahí ahora se perderá.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/date_edit.py" line="221" />
        <source>“{typed}” is not a date PeerDesk knows; the date stays {date}.</source>
        <translation>“{typed}” no es una fecha que PeerDesk reconozca; la fecha sigue siendo {date}.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/wizard/basics.py" line="18" />
        <source>No date yet</source>
        <translation>Aún sin fecha</translation>
    </message>
</context>
<context>
    <name>EndCircleDialog</name>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="50" />
        <source>End a circle</source>
        <translation>Terminar un círculo</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="53" />
        <source>End the circle “{name}”. Its history stays in the file, its sessions after the end date are cancelled, and its people can be put in new circles or pairs.</source>
        <translation>Terminar el círculo “{name}”. Su historial queda en el archivo, sus sesiones posteriores a la fecha de fin se cancelan y sus personas pueden pasar a nuevos círculos o parejas.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="60" />
        <source>For example: the program year ended</source>
        <translation>Por ejemplo: terminó el año del programa</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="61" />
        <source>Say why the circle is ending.</source>
        <translation>Indique por qué termina el círculo.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="66" />
        <source>&amp;Completed: the circle reached its end</source>
        <translation>&amp;Completado: el círculo llegó a su fin</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="66" />
        <source>Ended &amp;early</source>
        <translation>Terminado &amp;antes</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="71" />
        <source>&amp;Why:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="73" />
        <source>How:</source>
        <translation>Cómo:</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="74" />
        <source>&amp;Ended on:</source>
        <translation>&amp;Terminó el:</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="76" />
        <source>End circle</source>
        <translation>Terminar círculo</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="79" />
        <source>The circle started on {day}: it cannot end before that.</source>
        <translation>El círculo empezó el {day}: no puede terminar antes.</translation>
    </message>
</context>
<context>
    <name>EndPairDialog</name>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="193" />
        <source>End the pair</source>
        <translation>Terminar la pareja</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="196" />
        <source>End the pair of {mentor} and {mentee}. Their meetings, answers and goals stay in the file, and count in the evaluation; meetings after the end date are cancelled.</source>
        <translation>Terminar la pareja de {mentor} y {mentee}. Sus reuniones, respuestas y objetivos quedan en el archivo y cuentan en la evaluación; las reuniones posteriores a la fecha de fin se cancelan.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="203" />
        <source>&amp;Completed: they reached the end together</source>
        <translation>&amp;Completada: llegaron juntos al final</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="203" />
        <location filename="../../ui/matching/dialogs.py" line="159" />
        <source>Ended &amp;early</source>
        <translation>Terminada &amp;antes</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="211" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="216" />
        <source>In your own words (needed for Other)</source>
        <translation>En sus propias palabras (necesario para Otro)</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="219" />
        <location filename="../../ui/matching/dialogs.py" line="163" />
        <source>{mentee} can be &amp;matched again</source>
        <translation>{mentee} puede &amp;emparejarse de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="229" />
        <source>Record {mentee}'s &amp;closing survey next</source>
        <translation>Registrar a continuación la encuesta de cie&amp;rre de {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="237" />
        <location filename="../../ui/matching/dialogs.py" line="173" />
        <source>How:</source>
        <translation>Cómo:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="238" />
        <location filename="../../ui/matching/dialogs.py" line="171" />
        <source>&amp;Why:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="241" />
        <location filename="../../ui/matching/dialogs.py" line="175" />
        <source>&amp;Ended on:</source>
        <translation>&amp;Terminó el:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="245" />
        <location filename="../../ui/matching/dialogs.py" line="177" />
        <source>End pair</source>
        <translation>Terminar pareja</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="268" />
        <source>Choose why the pair is ending.</source>
        <translation>Elija por qué termina la pareja.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="273" />
        <source>Say in a few words why the pair is ending.</source>
        <translation>Indique en pocas palabras por qué termina la pareja.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="143" />
        <source>End a pair</source>
        <translation>Terminar una pareja</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="146" />
        <source>End the pair of {mentee} and {mentor}. The pair's history stays in the file; its meetings after the end date are cancelled.</source>
        <translation>Terminar la pareja de {mentee} y {mentor}. El historial de la pareja queda en el archivo; sus reuniones posteriores a la fecha de fin se cancelan.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="153" />
        <source>For example: goals reached, moved away</source>
        <translation>Por ejemplo: objetivos alcanzados, se mudó</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="154" />
        <source>Say why the pair is ending.</source>
        <translation>Indique por qué termina la pareja.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="159" />
        <source>&amp;Completed: the pair reached its end</source>
        <translation>&amp;Completada: la pareja llegó a su fin</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="180" />
        <source>The pair started on {day}: it cannot end before that.</source>
        <translation>La pareja empezó el {day}: no puede terminar antes.</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <location filename="../../ui/matching/explain.py" line="110" />
        <source>Top reasons</source>
        <translation>Motivos principales</translation>
    </message>
    <message>
        <location filename="../../ui/matching/explain.py" line="115" />
        <source>Score by criterion</source>
        <translation>Puntuación por criterio</translation>
    </message>
    <message>
        <location filename="../../ui/matching/explain.py" line="120" />
        <source>Click a pair on a mentor's card to see why it scores what it does.

Drag a mentee onto a mentor to pair them, or select both and press Ctrl+P.</source>
        <translation>Haga clic en una pareja en la tarjeta de un mentor para ver por qué tiene esa puntuación.

Arrastre un aprendiz sobre un mentor para emparejarlos, o seleccione ambos y pulse Ctrl+P.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/explain.py" line="189" />
        <source>&lt;span style='font-size:20pt; font-weight:600'&gt;{score}&lt;/span&gt; of 100</source>
        <translation>&lt;span style='font-size:20pt; font-weight:600'&gt;{score}&lt;/span&gt; de 100</translation>
    </message>
    <message>
        <location filename="../../ui/matching/explain.py" line="212" />
        <source>No criteria are weighed in this program.</source>
        <translation>En este programa no se pondera ningún criterio.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/explain.py" line="227" />
        <source>{points} of {share}</source>
        <translation>{points} de {share}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/explain.py" line="232" />
        <source>Weight {weight}</source>
        <translation>Peso {weight}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="71" />
        <source>Export calendar (.ics)</source>
        <translation>Exportar calendario (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="77" />
        <source>A calendar file opens in Outlook, Google Calendar or Apple Calendar. Importing a newer file updates the meetings instead of doubling them.</source>
        <translation>Un archivo de calendario se abre en Outlook, Google Calendar o Apple Calendar. Importar un archivo más reciente actualiza las reuniones en lugar de duplicarlas.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="83" />
        <source>The whole program</source>
        <translation>Todo el programa</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="85" />
        <source>One pair:</source>
        <translation>Una pareja:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="87" />
        <source>One person:</source>
        <translation>Una persona:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="115" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="123" />
        <source>Group sessions too (trainings, workshops, socials…)</source>
        <translation>También las sesiones de grupo (formaciones, talleres, encuentros…)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="138" />
        <source>Meetings of:</source>
        <translation>Reuniones de:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="140" />
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="143" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="177" />
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="179" />
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="188" />
        <source>Choose where to save the calendar file.</source>
        <translation>Elija dónde guardar el archivo de calendario.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="194" />
        <source>Choose a pair from the list.</source>
        <translation>Elija una pareja de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="197" />
        <source>Choose a person from the list.</source>
        <translation>Elija una persona de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="202" />
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="203" />
        <source>“{name}” already exists. Replace it with the new calendar?</source>
        <translation>“{name}” ya existe. ¿Reemplazarlo con el nuevo calendario?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="206" />
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="244" />
        <source>Writing the calendar file…</source>
        <translation>Escribiendo el archivo de calendario…</translation>
    </message>
</context>
<context>
    <name>FigureBox</name>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="64" />
        <source>Show a comparison figure for this measure</source>
        <translation>Mostrar una cifra de comparación para este indicador</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="68" />
        <source>My own figure</source>
        <translation>Mi propia cifra</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="75" />
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="78" />
        <source>Where the figure comes from: our last year, our funder, a published study</source>
        <translation>De dónde viene la cifra: nuestro último año, nuestro financiador, un estudio publicado</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="84" />
        <source>&amp;Preset:</source>
        <translation>&amp;Valor predefinido:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="85" />
        <source>&amp;Figure:</source>
        <translation>&amp;Cifra:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="87" />
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/people/filters.py" line="26" />
        <source>Search names, emails, interests, skills… (Ctrl+F)</source>
        <translation>Buscar nombres, correos, intereses, habilidades… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/people/filters.py" line="30" />
        <source>All roles</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <location filename="../../ui/people/filters.py" line="33" />
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../ui/people/filters.py" line="36" />
        <source>Ready or not</source>
        <translation>Listos o no</translation>
    </message>
    <message>
        <location filename="../../ui/people/filters.py" line="39" />
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <location filename="../../ui/people/filters.py" line="41" />
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location filename="../../ui/people/filters.py" line="104" />
        <source>(No department)</source>
        <translation>(Sin departamento)</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="84" />
        <source>Change the goal</source>
        <translation>Cambiar el objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="84" />
        <source>Add a goal</source>
        <translation>Añadir un objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="90" />
        <source>For example: lead a team meeting with confidence</source>
        <translation>Por ejemplo: dirigir una reunión de equipo con confianza</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="93" />
        <source>By</source>
        <translation>Para el</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="127" />
        <source>&amp;Goal:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="129" />
        <source>Target date:</source>
        <translation>Fecha meta:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="130" />
        <source>&amp;Progress:</source>
        <translation>&amp;Progreso:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="139" />
        <source>Save goal</source>
        <translation>Guardar objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="149" />
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="153" />
        <source>Write the goal.</source>
        <translation>Escriba el objetivo.</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../../ui/checkins/goals.py" line="107" />
        <source>Search mentor or mentee names…</source>
        <translation>Buscar nombres de mentores o aprendices…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="110" />
        <source>Show ended pairs</source>
        <translation>Mostrar parejas terminadas</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="123" />
        <source>&amp;End pair…</source>
        <translation>&amp;Terminar pareja…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="126" />
        <source>Close the &amp;cycle…</source>
        <translation>Cerrar el &amp;ciclo…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="129" />
        <source>End every open pair at the program's end date, in one go</source>
        <translation>Terminar todas las parejas abiertas en la fecha de fin del programa, de una vez</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="146" />
        <location filename="../../ui/checkins/goals.py" line="237" />
        <source>Choose a pair to see its goals.</source>
        <translation>Elija una pareja para ver sus objetivos.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="161" />
        <source>&amp;Add goal…</source>
        <translation>&amp;Añadir objetivo…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="164" />
        <source>Update &amp;progress…</source>
        <translation>Actualizar &amp;progreso…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="167" />
        <source>&amp;Delete goal</source>
        <translation>&amp;Eliminar objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="243" />
        <source>{mentor} and {mentee}</source>
        <translation>{mentor} y {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="248" />
        <source>Together since {date}</source>
        <translation>Juntos desde el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="250" />
        <source>Ended on {date}</source>
        <translation>Terminó el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="334" />
        <source>Saving the goal…</source>
        <translation>Guardando el objetivo…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="349" />
        <source>The goal “{text}”</source>
        <translation>El objetivo “{text}”</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="351" />
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="352" />
        <source>By</source>
        <translation>Para el</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="353" />
        <source>Progress (%)</source>
        <translation>Progreso (%)</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="371" />
        <source>Goal deleted. Edit → Undo brings it back.</source>
        <translation>Objetivo eliminado. Editar → Deshacer lo recupera.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="405" />
        <source>End the pair of {mentee}</source>
        <translation>Terminar la pareja de {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="414" />
        <source>The pair has ended. {mentor} gave {hours} hours of mentoring across {count} meetings.</source>
        <translation>La pareja terminó. {mentor} dedicó {hours} horas de mentoría en {count} reuniones.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="422" />
        <source>Ending the pair…</source>
        <translation>Terminando la pareja…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="437" />
        <location filename="../../ui/checkins/goals.py" line="449" />
        <location filename="../../ui/checkins/goals.py" line="467" />
        <source>Close the cycle</source>
        <translation>Cerrar el ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="437" />
        <source>There are no open pairs to close.</source>
        <translation>No hay parejas abiertas que cerrar.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="441" />
        <source>{active} active pairs will be marked completed and {paused} paused pairs ended early, all on {date}, and their meetings after that date cancelled. Nobody will be offered for rematching. Edit → Undo takes it all back.</source>
        <translation>{active} parejas activas se marcarán como completadas y {paused} parejas en pausa como terminadas antes, todas el {date}, y sus reuniones posteriores a esa fecha se cancelarán. No se ofrecerá a nadie para un nuevo emparejamiento. Editar → Deshacer lo revierte todo.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="447" />
        <source>Close the cycle?</source>
        <translation>¿Cerrar el ciclo?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="448" />
        <source>End all {count} open pairs of this program?</source>
        <translation>¿Terminar las {count} parejas abiertas de este programa?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="471" />
        <source>The cycle is closed: {count} pairs ended.</source>
        <translation>El ciclo está cerrado: {count} parejas terminadas.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="477" />
        <source>Closing the cycle…</source>
        <translation>Cerrando el ciclo…</translation>
    </message>
</context>
<context>
    <name>GroupsBoard</name>
    <message>
        <location filename="../../ui/circles/board.py" line="79" />
        <source>The most people in one circle, its leader included; the circles' sizes differ by one at most</source>
        <translation>El máximo de personas en un círculo, incluido su líder; los tamaños de los círculos difieren como mucho en uno</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="83" />
        <source>Circle &amp;size:</source>
        <translation>&amp;Tamaño del círculo:</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="85" />
        <source>Mentors &amp;only</source>
        <translation>S&amp;olo mentores</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="89" />
        <source>Mentor support circles: only the ready mentors (those with mentees too), a mentor leading each</source>
        <translation>Círculos de apoyo entre mentores: solo los mentores listos (también los que tienen aprendices), cada uno dirigido por un mentor</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="93" />
        <source>&amp;Form circles</source>
        <translation>&amp;Formar círculos</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="96" />
        <source>Form circles of this size from everyone ready for matching</source>
        <translation>Formar círculos de este tamaño con todas las personas listas para emparejar</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="99" />
        <source>&amp;Move to circle…</source>
        <translation>&amp;Mover a otro círculo…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="104" />
        <source>Move the selected person to another circle (Ctrl+Shift+M)</source>
        <translation>Mover a la persona seleccionada a otro círculo (Ctrl+Mayús+M)</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="112" />
        <source>&amp;Confirm circles…</source>
        <translation>&amp;Confirmar círculos…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="115" />
        <source>Save these circles; Edit → Undo takes them back in one step</source>
        <translation>Guardar estos círculos; Editar → Deshacer los retira en un solo paso</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="118" />
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="175" />
        <source>Choose a circle size and press Form circles: everyone ready for matching is put in circles led by mentors, each as close-knit as their profiles allow. Drag people between circles, then confirm.</source>
        <translation>Elija un tamaño de círculo y pulse Formar círculos: todas las personas listas para emparejar se reparten en círculos dirigidos por mentores, tan afines como sus perfiles lo permitan. Arrastre personas entre círculos y luego confirme.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="192" />
        <source>1 circle was confirmed.</source>
        <translation>Se confirmó 1 círculo.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="194" />
        <source>{n} circles were confirmed.</source>
        <translation>Se confirmaron {n} círculos.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="198" />
        <source>Nobody ready for matching is waiting for a circle now. People who become ready later can be formed into new circles here, or added to a circle on the Pairs screen's Circles tab.</source>
        <translation>Ahora no hay nadie listo para emparejar esperando un círculo. Las personas que estén listas más adelante pueden formar nuevos círculos aquí, o añadirse a un círculo en la pestaña Círculos de la pantalla Parejas.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="204" />
        <source>1 person ready for matching is not in a circle yet: press Form circles, or add them to a circle on the Pairs screen's Circles tab.</source>
        <translation>1 persona lista para emparejar aún no está en ningún círculo: pulse Formar círculos, o añádala a un círculo en la pestaña Círculos de la pantalla Parejas.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="209" />
        <source>{n} people ready for matching are not in a circle yet: press Form circles to put them in circles.</source>
        <translation>{n} personas listas para emparejar aún no están en ningún círculo: pulse Formar círculos para repartirlas en círculos.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="244" />
        <source>Forming circles…</source>
        <translation>Formando círculos…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="251" />
        <source>Circle {n}</source>
        <translation>Círculo {n}</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="309" />
        <source>{circle} ({n} people)</source>
        <translation>{circle} ({n} personas)</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="334" />
        <source>Pick a person in a circle first, then move them.</source>
        <translation>Elija primero a una persona de un círculo y luego muévala.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="352" />
        <source>&amp;Move to</source>
        <translation>&amp;Mover a</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="355" />
        <source>Make a &amp;member</source>
        <translation>Hacer m&amp;iembro</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="358" />
        <source>Make &amp;leader</source>
        <translation>Hacer &amp;líder</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="362" />
        <source>Only a mentor can lead a circle</source>
        <translation>Solo un mentor puede dirigir un círculo</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="418" />
        <source>1 circle is confirmed.</source>
        <translation>1 círculo confirmado.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="420" />
        <source>{n} circles are confirmed.</source>
        <translation>{n} círculos confirmados.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="424" />
        <source>See them, print their agreements and end them on the Pairs screen's Circles tab.</source>
        <translation>Puede verlos, imprimir sus acuerdos y terminarlos en la pestaña Círculos de la pantalla Parejas.</translation>
    </message>
</context>
<context>
    <name>HeaderGridModel</name>
    <message>
        <location filename="../../ui/importer/models.py" line="114" />
        <source>{row} ▶</source>
        <translation>{row} ▶</translation>
    </message>
</context>
<context>
    <name>HeaderPage</name>
    <message>
        <location filename="../../ui/importer/header_page.py" line="45" />
        <source>Header row</source>
        <translation>Fila de encabezado</translation>
    </message>
    <message>
        <location filename="../../ui/importer/header_page.py" line="48" />
        <source>The header is the row of column titles. PeerDesk looked for it under any titles and notes; check that the highlighted row is the right one.</source>
        <translation>El encabezado es la fila con los títulos de las columnas. PeerDesk lo buscó debajo de títulos y notas; compruebe que la fila resaltada sea la correcta.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/header_page.py" line="66" />
        <source>The first rows of the sheet</source>
        <translation>Las primeras filas de la hoja</translation>
    </message>
    <message>
        <location filename="../../ui/importer/header_page.py" line="72" />
        <source>&amp;Use this row as the header</source>
        <translation>&amp;Usar esta fila como encabezado</translation>
    </message>
    <message>
        <location filename="../../ui/importer/header_page.py" line="80" />
        <source>Header &amp;row:</source>
        <translation>&amp;Fila de encabezado:</translation>
    </message>
    <message>
        <location filename="../../ui/importer/header_page.py" line="99" />
        <source>Rows above the header, blank rows and totals rows are not imported. Changing the header matches the columns again.</source>
        <translation>Las filas sobre el encabezado, las filas vacías y las de totales no se importan. Cambiar el encabezado vuelve a asignar las columnas.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/header_page.py" line="141" />
        <source>Row {row} of “{sheet}” is the header (highlighted).</source>
        <translation>La fila {row} de “{sheet}” es el encabezado (resaltada).</translation>
    </message>
    <message>
        <location filename="../../ui/importer/header_page.py" line="179" />
        <source>Row {row} is empty, so it cannot be the header. Choose the row with the column titles.</source>
        <translation>La fila {row} está vacía, así que no puede ser el encabezado. Elija la fila con los títulos de las columnas.</translation>
    </message>
</context>
<context>
    <name>HealthSection</name>
    <message>
        <location filename="../../ui/dashboard/health.py" line="89" />
        <source>Program health</source>
        <translation>Salud del programa</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="96" />
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="98" />
        <source>The program's cycle</source>
        <translation>El ciclo del programa</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="99" />
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="100" />
        <source>Last quarter</source>
        <translation>El trimestre pasado</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="101" />
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="102" />
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="103" />
        <source>Dates I choose</source>
        <translation>Fechas que yo elija</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="106" />
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="113" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="114" />
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="115" />
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="116" />
        <source>Comparison figures…</source>
        <translation>Cifras de comparación…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="119" />
        <source>Set the figures the program is compared with in every report</source>
        <translation>Definir las cifras con las que se compara el programa en cada informe</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="137" />
        <source>Matches active</source>
        <translation>Emparejamientos activos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="138" />
        <source>Median match length</source>
        <translation>Duración mediana de las parejas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="139" />
        <source>Early closures</source>
        <translation>Cierres anticipados</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="140" />
        <source>No meeting in 30 days</source>
        <translation>Sin reuniones en 30 días</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="141" />
        <source>Practice checks needing attention</source>
        <translation>Verificaciones de práctica que requieren atención</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="144" />
        <source>List the matches active during the period</source>
        <translation>Listar los emparejamientos activos durante el período</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="145" />
        <source>List the matches the length is measured over</source>
        <translation>Listar los emparejamientos sobre los que se mide la duración</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="146" />
        <source>List the matches that closed early</source>
        <translation>Listar los emparejamientos que terminaron antes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="147" />
        <source>List the matches with no meeting in the last 30 days</source>
        <translation>Listar los emparejamientos sin reuniones en los últimos 30 días</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="148" />
        <location filename="../../ui/dashboard/health.py" line="275" />
        <source>List the pairs and people the checks found</source>
        <translation>Listar las parejas y personas que encontraron las verificaciones</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="207" />
        <source>The period ends before it starts: choose a later end.</source>
        <translation>El período termina antes de empezar: elija un fin posterior.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="223" />
        <source>Measuring the matches…</source>
        <translation>Midiendo los emparejamientos…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="236" />
        <source>{n} months</source>
        <translation>{n} meses</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="236" />
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="243" />
        <source>reference {figure}</source>
        <translation>referencia {figure}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="269" />
        <source>of {n} checks</source>
        <translation>de {n} verificaciones</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="272" />
        <source>every check passed</source>
        <translation>todas las verificaciones superadas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="281" />
        <location filename="../../ui/dashboard/health.py" line="398" />
        <source>No matches in this period.</source>
        <translation>No hay emparejamientos en este período.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="282" />
        <source>{period}: no matches in this period.</source>
        <translation>{period}: no hay emparejamientos en este período.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="285" />
        <source>during the period</source>
        <translation>durante el período</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="289" />
        <source>more than half still running</source>
        <translation>más de la mitad sigue en curso</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="292" />
        <source>Kaplan–Meier estimate</source>
        <translation>Estimación de Kaplan–Meier</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="296" />
        <source>{share} of {n} closed matches</source>
        <translation>{share} de {n} emparejamientos cerrados</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="300" />
        <source>of {n} closed matches</source>
        <translation>de {n} emparejamientos cerrados</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="308" />
        <source>of {n} running matches</source>
        <translation>de {n} emparejamientos en curso</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="313" />
        <source>{period}. Match length is a Kaplan–Meier estimate: matches still active are counted as censored, not as ended.</source>
        <translation>{period}. La duración es una estimación de Kaplan–Meier: los emparejamientos aún activos se cuentan como censurados, no como terminados.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="345" />
        <source>1 match active</source>
        <translation>1 emparejamiento activo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="345" />
        <source>{n} matches active</source>
        <translation>{n} emparejamientos activos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="346" />
        <source>1 match measured</source>
        <translation>1 emparejamiento medido</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="346" />
        <source>{n} matches measured</source>
        <translation>{n} emparejamientos medidos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="347" />
        <source>1 early closure</source>
        <translation>1 cierre anticipado</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="347" />
        <source>{n} early closures</source>
        <translation>{n} cierres anticipados</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="348" />
        <source>1 match with no meeting in 30 days</source>
        <translation>1 emparejamiento sin reuniones en 30 días</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="350" />
        <source>{n} matches with no meeting in 30 days</source>
        <translation>{n} emparejamientos sin reuniones en 30 días</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="351" />
        <source>1 line needing attention</source>
        <translation>1 línea que requiere atención</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="353" />
        <source>{n} lines needing attention</source>
        <translation>{n} líneas que requieren atención</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="384" />
        <source>Reading the list…</source>
        <translation>Leyendo la lista…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="390" />
        <source>The pairs and people each practice check found, for {period}.</source>
        <translation>Las parejas y personas que encontró cada verificación de práctica, para {period}.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="404" />
        <source>ended (no reason recorded)</source>
        <translation>terminado (sin motivo registrado)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="406" />
        <source>since {day}</source>
        <translation>desde el {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="407" />
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="408" />
        <source>{mentor} with {mentee}</source>
        <translation>{mentor} con {mentee}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="112" />
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="117" />
        <source>Every change to this program, newest first, and who made it.</source>
        <translation>Cada cambio en este programa, del más reciente al más antiguo, y quién lo hizo.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="121" />
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="128" />
        <source>&amp;Made by:</source>
        <translation>&amp;Hecho por:</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="130" />
        <source>&amp;Changes to:</source>
        <translation>&amp;Cambios en:</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="141" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="141" />
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="141" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="197" />
        <source>Reading the history…</source>
        <translation>Leyendo el historial…</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="227" />
        <source>Made before PeerDesk recorded who made changes</source>
        <translation>Hecho antes de que PeerDesk registrara quién hacía los cambios</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="232" />
        <source>The newest {count} changes; older ones are in the workbook export.</source>
        <translation>Los {count} cambios más recientes; los anteriores están en el libro exportado.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="234" />
        <source>1 change</source>
        <translation>1 cambio</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="236" />
        <source>{count} changes</source>
        <translation>{count} cambios</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="239" />
        <source>Your changes are recorded as “{name}”.</source>
        <translation>Sus cambios se registran como “{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="241" />
        <source>Your changes are recorded without a name.</source>
        <translation>Sus cambios se registran sin nombre.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/importer/wizard.py" line="66" />
        <source>Import a roster: {name}</source>
        <translation>Importar una lista de participantes: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/importer/wizard.py" line="70" />
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../ui/importer/wizard.py" line="148" />
        <source>The preview could not be made</source>
        <translation>No se pudo crear la vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/importer/wizard.py" line="154" />
        <source>Checking the rows…</source>
        <translation>Revisando las filas…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/wizard.py" line="192" />
        <source>Importing the roster…</source>
        <translation>Importando la lista de participantes…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/wizard.py" line="225" />
        <source>The import was stopped. Nothing was saved: the program is as it was.</source>
        <translation>La importación se detuvo. No se guardó nada: el programa está como estaba.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/wizard.py" line="230" />
        <source>The import did not happen, and nothing was saved. {problem}</source>
        <translation>La importación no se realizó y no se guardó nada. {problem}</translation>
    </message>
</context>
<context>
    <name>ImportingPage</name>
    <message>
        <location filename="../../ui/importer/import_page.py" line="17" />
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../../ui/importer/import_page.py" line="19" />
        <source>All of it is saved together: if you stop it, nothing is saved at all.</source>
        <translation>Todo se guarda junto: si lo detiene, no se guarda nada.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/import_page.py" line="27" />
        <source>&amp;Stop the import</source>
        <translation>&amp;Detener la importación</translation>
    </message>
    <message>
        <location filename="../../ui/importer/import_page.py" line="30" />
        <source>&amp;Back to the preview</source>
        <translation>&amp;Volver a la vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/importer/import_page.py" line="46" />
        <source>Importing “{file}” into “{program}”…</source>
        <translation>Importando “{file}” en “{program}”…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/import_page.py" line="64" />
        <source>Stopping the import…</source>
        <translation>Deteniendo la importación…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/import_page.py" line="70" />
        <source>The import is done.</source>
        <translation>La importación terminó.</translation>
    </message>
</context>
<context>
    <name>IntroduceDialog</name>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="119" />
        <source>Introduce {mentor} and {mentee}</source>
        <translation>Presentar a {mentor} y {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="138" />
        <source>Inser&amp;t</source>
        <translation>Inser&amp;tar</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="141" />
        <source>Standard &amp;wording</source>
        <translation>Texto &amp;estándar</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="143" />
        <source>Put back PeerDesk's standard subject and message</source>
        <translation>Restaurar el asunto y el mensaje estándar de PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="146" />
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="148" />
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="153" />
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="164" />
        <source>What they will receive</source>
        <translation>Lo que recibirán</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="186" />
        <source>Your mail program opens with this message, ready to read over and send from your own address.</source>
        <translation>Su programa de correo se abre con este mensaje, listo para revisarlo y enviarlo desde su propia dirección.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="201" />
        <source>&amp;Open in mail program</source>
        <translation>A&amp;brir en el programa de correo</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="250" />
        <source>To: {addresses}</source>
        <translation>Para: {addresses}</translation>
    </message>
</context>
<context>
    <name>LogMeetingsDialog</name>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="263" />
        <source>Log meetings</source>
        <translation>Registrar reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="274" />
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="276" />
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="290" />
        <source>Press A (all held), then change the exceptions: select meetings and press H (held), C (cancelled), N (no-show) or U (not logged yet).</source>
        <translation>Pulse A (todas realizadas) y luego cambie las excepciones: seleccione reuniones y pulse H (realizada), C (cancelada), N (no se presentó) o U (aún sin registrar).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="316" />
        <source>Every meeting of these dates is logged.</source>
        <translation>Todas las reuniones de estas fechas están registradas.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="321" />
        <source>&amp;All held</source>
        <translation>&amp;Todas realizadas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="347" />
        <source>1 meeting not logged yet</source>
        <translation>1 reunión aún sin registrar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="347" />
        <source>{n} meetings not logged yet</source>
        <translation>{n} reuniones aún sin registrar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="362" />
        <source>The last date is before the first date.</source>
        <translation>La última fecha es anterior a la primera.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="379" />
        <source>Reading meetings…</source>
        <translation>Leyendo las reuniones…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="400" />
        <source>Log 1 meeting</source>
        <translation>Registrar 1 reunión</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="400" />
        <source>Log {n} meetings</source>
        <translation>Registrar {n} reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="405" />
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>MailFallbackDialog</name>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="32" />
        <source>E-mail message (*.eml)</source>
        <translation>Mensaje de correo (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="49" />
        <source>Send the introduction yourself</source>
        <translation>Envíe la presentación usted mismo</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="54" />
        <source>PeerDesk could not open a mail program on this computer. Copy the addresses, the subject and the text into your webmail, or save the message as a file that your mail program opens, ready to send.</source>
        <translation>PeerDesk no pudo abrir un programa de correo en esta computadora. Copie las direcciones, el asunto y el texto en su correo web, o guarde el mensaje como un archivo que abra su programa de correo, listo para enviar.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="67" />
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="68" />
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="70" />
        <source>Copy &amp;addresses</source>
        <translation>Copiar &amp;direcciones</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="73" />
        <source>The addresses are copied.</source>
        <translation>Las direcciones se copiaron.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="75" />
        <source>Copy s&amp;ubject</source>
        <translation>Copiar a&amp;sunto</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="78" />
        <source>The subject is copied.</source>
        <translation>El asunto se copió.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="80" />
        <source>Copy &amp;text</source>
        <translation>Copiar &amp;texto</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="83" />
        <source>The text is copied.</source>
        <translation>El texto se copió.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="85" />
        <source>&amp;Save as .eml…</source>
        <translation>&amp;Guardar como .eml…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="87" />
        <source>A file that Outlook, Thunderbird or Apple Mail opens</source>
        <translation>Un archivo que abre Outlook, Thunderbird o Apple Mail</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="122" />
        <source>Save the introduction</source>
        <translation>Guardar la presentación</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="138" />
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="139" />
        <source>“{name}” already exists. Replace it with this message?</source>
        <translation>“{name}” ya existe. ¿Reemplazarlo con este mensaje?</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="142" />
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="154" />
        <source>The message could not be saved</source>
        <translation>No se pudo guardar el mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="156" />
        <source>Saving the message…</source>
        <translation>Guardando el mensaje…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="162" />
        <source>Saved as {path}. Open it to send it from your mail program.</source>
        <translation>Guardado como {path}. Ábralo para enviarlo desde su programa de correo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="75" />
        <source>PeerDesk program files (*.peerdesk)</source>
        <translation>Archivos de programa de PeerDesk (*.peerdesk)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151" />
        <source>Opening your program file…</source>
        <translation>Abriendo su archivo del programa…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284" />
        <source>{n} things need attention</source>
        <translation>{n} asuntos requieren atención</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333" />
        <source>&amp;New file…</source>
        <translation>&amp;Nuevo archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336" />
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339" />
        <source>&amp;Connect to shared database…</source>
        <translation>&amp;Conectarse a una base de datos compartida…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346" />
        <source>&amp;Move to shared database…</source>
        <translation>&amp;Mover a una base de datos compartida…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353" />
        <source>Save a &amp;local copy…</source>
        <translation>Guardar una copia &amp;local…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356" />
        <source>&amp;Backup now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359" />
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362" />
        <source>&amp;Import roster…</source>
        <translation>&amp;Importar lista de participantes…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369" />
        <source>Save blank roster &amp;template…</source>
        <translation>Guardar &amp;plantilla de lista vacía…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376" />
        <source>&amp;Undo last import…</source>
        <translation>&amp;Deshacer la última importación…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381" />
        <source>&amp;New program…</source>
        <translation>&amp;Nuevo programa…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384" />
        <source>Program &amp;settings…</source>
        <translation>&amp;Configuración del programa…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396" />
        <source>Read everything again, with what others changed on a shared database</source>
        <translation>Volver a leerlo todo, con lo que otros cambiaron en una base de datos compartida</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399" />
        <source>&amp;Quick start</source>
        <translation>&amp;Inicio rápido</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402" />
        <source>Try the &amp;sample program</source>
        <translation>Probar el programa de &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405" />
        <source>&amp;About PeerDesk</source>
        <translation>&amp;Acerca de PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414" />
        <source>Open &amp;Recent</source>
        <translation>Abrir r&amp;ecientes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451" />
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454" />
        <source>S&amp;witch program</source>
        <translation>Ca&amp;mbiar de programa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="507" />
        <source>Shared database: {label}</source>
        <translation>Base de datos compartida: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="532" />
        <source>{name} (missing)</source>
        <translation>{name} (no encontrado)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="540" />
        <source>Clear this list</source>
        <translation>Borrar esta lista</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="612" />
        <source>The file you used last, {path}, is no longer there.</source>
        <translation>El archivo que usó la última vez, {path}, ya no está.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="661" />
        <source>“{name}” is already open.</source>
        <translation>“{name}” ya está abierto.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="678" />
        <source>The shared database could not be opened</source>
        <translation>No se pudo abrir la base de datos compartida</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="680" />
        <location filename="../../ui/main_window.py" line="811" />
        <source>The file could not be opened</source>
        <translation>No se pudo abrir el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="715" />
        <source>Opening “{name}”…</source>
        <translation>Abriendo “{name}”…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="784" />
        <source>The automatic backup could not be made: {reason}</source>
        <translation>No se pudo hacer la copia de seguridad automática: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="802" />
        <source>Open a program file</source>
        <translation>Abrir un archivo de programa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="817" />
        <source>Mentoring programs.peerdesk</source>
        <translation>Programas de mentoría.peerdesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="820" />
        <source>New program file</source>
        <translation>Nuevo archivo de programa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="916" />
        <source>Loading the program…</source>
        <translation>Cargando el programa…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="950" />
        <source>Saving the program…</source>
        <translation>Guardando el programa…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="988" />
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="995" />
        <source>A backup of “{name}” was saved.</source>
        <translation>Se guardó una copia de seguridad de “{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="998" />
        <source>It is {path}</source>
        <translation>Está en {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1000" />
        <source>Nothing has changed since the last backup, so it is still current.</source>
        <translation>No ha cambiado nada desde la última copia de seguridad, así que sigue vigente.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1001" />
        <source>Backups are kept in {folder}</source>
        <translation>Las copias de seguridad se guardan en {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1003" />
        <source>Backup now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1018" />
        <source>The backup was restored.</source>
        <translation>Se restauró la copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>MatchingForm</name>
    <message>
        <location filename="../../ui/wizard/matching.py" line="108" />
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="110" />
        <source>years, the mentor ahead of the mentee</source>
        <translation>años, el mentor por delante del aprendiz</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="117" />
        <source>The &amp;highest total score over everyone</source>
        <translation>La puntuación &amp;total más alta entre todos</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="119" />
        <source>As many people matched as possible, then the highest sc&amp;ore</source>
        <translation>Máximo de personas emparejadas, luego la puntuación más a&amp;lta</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="122" />
        <source>Honour &amp;preferences (stable): whom people asked for first, then the highest score</source>
        <translation>Respetar las &amp;preferencias (estable): a quién pidió cada uno, luego la mejor puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="125" />
        <source>Fairest: the highest lowest score any pair gets, then the highest total</source>
        <translation>La más justa: la mejor puntuación mínima de una pareja, luego el mejor total</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="139" />
        <source>Tick what matters and set how much, from 0 (hardly) to 10. At 10 a criterion must match: people who differ on it are never paired.</source>
        <translation>Marque lo que importa e indique cuánto, de 0 (casi nada) a 10. Con 10, un criterio debe coincidir: las personas que difieren en él nunca se emparejan.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="149" />
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="151" />
        <source>&amp;Experience gap:</source>
        <translation>Diferencia de e&amp;xperiencia:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="154" />
        <source>Aim for:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="171" />
        <source>Matching</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="174" />
        <source>What PeerDesk weighs when it suggests pairs. You decide every pair.</source>
        <translation>Lo que PeerDesk pondera al sugerir parejas. Usted decide cada pareja.</translation>
    </message>
</context>
<context>
    <name>MatchingScreen</name>
    <message>
        <location filename="../../ui/matching/board.py" line="151" />
        <source>Loading the board…</source>
        <translation>Cargando el tablero…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="198" />
        <source>Working out who can be paired with whom…</source>
        <translation>Calculando quién puede emparejarse con quién…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="257" />
        <source>1 mentee to match</source>
        <translation>1 aprendiz por emparejar</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="257" />
        <source>{n} mentees to match</source>
        <translation>{n} aprendices por emparejar</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="262" />
        <source>The numbers: how many mentors with a free place could take them.</source>
        <translation>Los números: cuántos mentores con plaza libre podrían acogerlos.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="266" />
        <source>1 more is not ready for matching yet.</source>
        <translation>1 más aún no está listo para emparejar.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="268" />
        <source>{n} more are not ready for matching yet.</source>
        <translation>{n} más aún no están listos para emparejar.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="279" />
        <source>1 suggested pair (dashed), score {total}.</source>
        <translation>1 pareja sugerida (con borde discontinuo), puntuación {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="281" />
        <source>{n} suggested pairs (dashed), total score {total}.</source>
        <translation>{n} parejas sugeridas (con borde discontinuo), puntuación total {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="286" />
        <source>Blocking pairs: {n} (one asked for the other, and both would rather be together).</source>
        <translation>Parejas bloqueantes: {n} (uno pidió al otro, y ambos preferirían estar juntos).</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="294" />
        <source>Next round: nobody meets an earlier partner; accepting ends the pairs of the round before.</source>
        <translation>Siguiente ronda: nadie coincide con un compañero anterior; al aceptar terminan las parejas de la ronda anterior.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="300" />
        <source>Accepting replaces the proposed pairs shown struck out.</source>
        <translation>Al aceptar se reemplazan las parejas propuestas que aparecen tachadas.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="301" />
        <source>Nothing is saved until you accept.</source>
        <translation>No se guarda nada hasta que acepte.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="309" />
        <source>Left unmatched by the last suggestions ({n})</source>
        <translation>Sin pareja tras las últimas sugerencias ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="326" />
        <source>No new pairs can be suggested.</source>
        <translation>No se pueden sugerir nuevas parejas.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="328" />
        <source>The list on the left says why.</source>
        <translation>La lista de la izquierda explica por qué.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="332" />
        <source>1 person is left unmatched; the list on the left says why.</source>
        <translation>1 persona queda sin pareja; la lista de la izquierda explica por qué.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="334" />
        <source>{n} people are left unmatched; the list on the left says why.</source>
        <translation>{n} personas quedan sin pareja; la lista de la izquierda explica por qué.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="346" />
        <source>No mentor is ready for matching yet. Mark mentors ready on People.</source>
        <translation>Aún no hay ningún mentor listo para emparejar. Marque mentores como listos en Personas.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="352" />
        <source>No mentor matches “{text}”. The search looks at names, departments, skills, interests, goals, languages and their mentees.</source>
        <translation>Ningún mentor coincide con “{text}”. La búsqueda mira nombres, departamentos, habilidades, intereses, objetivos, idiomas y sus aprendices.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="404" />
        <source>Allow {name} one more mentee</source>
        <translation>Permitir a {name} un aprendiz más</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="450" />
        <source>{mentee} with {mentor}</source>
        <translation>{mentee} con {mentor}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="458" />
        <source>Suggested; not saved until you accept it.</source>
        <translation>Sugerida; no se guarda hasta que la acepte.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="477" />
        <source>Proposed; the suggestions on show would replace it.</source>
        <translation>Propuesta; las sugerencias mostradas la reemplazarían.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="479" />
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="483" />
        <source>Active since {date}</source>
        <translation>Activa desde el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="485" />
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="487" />
        <source>Proposed; not confirmed yet</source>
        <translation>Propuesta; aún sin confirmar</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="489" />
        <source>Locked: suggestions keep it</source>
        <translation>Bloqueada: las sugerencias la conservan</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="524" />
        <source>1 pair is confirmed and active from {date}.</source>
        <translation>1 pareja está confirmada y activa desde el {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="526" />
        <source>{n} pairs are confirmed and active from {date}.</source>
        <translation>{n} parejas están confirmadas y activas desde el {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="528" />
        <source>Their agreements are ready to print on the Pairs screen.</source>
        <translation>Sus acuerdos están listos para imprimir en la pantalla Parejas.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="64" />
        <source>Staff check-in</source>
        <translation>Seguimiento del personal</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="64" />
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="80" />
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="81" />
        <source>Date and place</source>
        <translation>Fecha y lugar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="105" />
        <source>Staff check-in with {name}</source>
        <translation>Seguimiento del personal con {name}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="106" />
        <source>Mentoring: {pair}</source>
        <translation>Mentoría: {pair}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="110" />
        <source>{date} at {time}, {n} minutes</source>
        <translation>{date} a las {time}, {n} minutos</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="117" />
        <source>moved from its usual day or time</source>
        <translation>movida de su día u hora habitual</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="150" />
        <source>e.g. career goals, a hard conversation</source>
        <translation>p. ej., metas profesionales, una conversación difícil</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="153" />
        <source>What was discussed, what was agreed</source>
        <translation>Qué se habló, qué se acordó</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="157" />
        <source>What happened:</source>
        <translation>Qué pasó:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="158" />
        <source>How long:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="159" />
        <source>Topics:</source>
        <translation>Temas:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="160" />
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="175" />
        <source>Only this meeting</source>
        <translation>Solo esta reunión</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="177" />
        <source>This and all following meetings</source>
        <translation>Esta y todas las siguientes reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="185" />
        <source>Remove from calendar…</source>
        <translation>Quitar del calendario…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="190" />
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="191" />
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="192" />
        <source>Length:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="194" />
        <source>Place:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="195" />
        <source>Video link:</source>
        <translation>Enlace de video:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="197" />
        <source>Change:</source>
        <translation>Cambiar:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="262" />
        <source>Change meeting</source>
        <translation>Cambiar reunión</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="263" />
        <source>Log meeting</source>
        <translation>Registrar reunión</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="292" />
        <location filename="../../ui/calendar/meeting_dialog.py" line="321" />
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="299" />
        <source>Remove this meeting and all following meetings of the series?</source>
        <translation>¿Quitar esta reunión y todas las siguientes de la serie?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="301" />
        <source>Remove this meeting from the calendar?</source>
        <translation>¿Quitar esta reunión del calendario?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="305" />
        <source>Remove from calendar</source>
        <translation>Quitar del calendario</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="307" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="309" />
        <source>Meetings already logged stay, as part of the pair's history.</source>
        <translation>Las reuniones ya registradas se conservan, como parte del historial de la pareja.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="316" />
        <source>Remove meeting</source>
        <translation>Quitar reunión</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="326" />
        <source>This meeting</source>
        <translation>Esta reunión</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="330" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="331" />
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="332" />
        <source>Length (minutes)</source>
        <translation>Duración (minutos)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="333" />
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="334" />
        <source>Video link</source>
        <translation>Enlace de video</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="335" />
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="336" />
        <source>How long (minutes)</source>
        <translation>Duración real (minutos)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="337" />
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="338" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>MeetingsForm</name>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="16" />
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="29" />
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="30" />
        <source> missed meetings</source>
        <translation> reuniones perdidas</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="33" />
        <source>Pairs &amp;meet:</source>
        <translation>Las parejas se &amp;reúnen:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="35" />
        <source>A meeting &amp;lasts:</source>
        <translation>Cada reunión &amp;dura:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="37" />
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="38" />
        <source>S&amp;taff check in with pairs:</source>
        <translation>Seguimien&amp;to del personal con las parejas:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="39" />
        <source>Flag a pair with no meeting &amp;in:</source>
        <translation>Señalar una pareja sin reuniones &amp;en:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="40" />
        <source>…or &amp;after a row of:</source>
        <translation>…o despué&amp;s de una serie de:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="50" />
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="54" />
        <source>How often pairs meet and for how long. Pairs can agree on other times; this is what the agreement and the calendar suggest.</source>
        <translation>Con qué frecuencia se reúnen las parejas y cuánto tiempo. Las parejas pueden acordar otros horarios; esto es lo que sugieren el acuerdo y el calendario.</translation>
    </message>
</context>
<context>
    <name>MenteeModel</name>
    <message>
        <location filename="../../ui/matching/mentee_list.py" line="114" />
        <source>Rematch</source>
        <translation>Reasignar</translation>
    </message>
    <message>
        <location filename="../../ui/matching/mentee_list.py" line="127" />
        <source>No mentor may be paired with them under the program's rules.</source>
        <translation>Según las reglas del programa, no se le puede emparejar con ningún mentor.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/mentee_list.py" line="129" />
        <source>1 possible mentor with a free place</source>
        <translation>1 posible mentor con plaza libre</translation>
    </message>
    <message>
        <location filename="../../ui/matching/mentee_list.py" line="131" />
        <source>{n} possible mentors with a free place</source>
        <translation>{n} posibles mentores con plaza libre</translation>
    </message>
    <message>
        <location filename="../../ui/matching/mentee_list.py" line="133" />
        <source>({n} in all)</source>
        <translation>({n} en total)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/mentee_list.py" line="138" />
        <source>Their last pair ended; to be matched again.</source>
        <translation>Su última pareja terminó; debe emparejarse de nuevo.</translation>
    </message>
</context>
<context>
    <name>MentorCardView</name>
    <message>
        <location filename="../../ui/matching/mentor_cards.py" line="63" />
        <source>Free place</source>
        <translation>Plaza libre</translation>
    </message>
    <message>
        <location filename="../../ui/matching/mentor_cards.py" line="86" />
        <source>{used} of {places}</source>
        <translation>{used} de {places}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/mentor_cards.py" line="91" />
        <source>Not ready for matching</source>
        <translation>No listo para emparejar</translation>
    </message>
    <message>
        <location filename="../../ui/matching/mentor_cards.py" line="96" />
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <location filename="../../ui/matching/mentor_cards.py" line="96" />
        <source>{n} years</source>
        <translation>{n} años</translation>
    </message>
</context>
<context>
    <name>MentorModel</name>
    <message>
        <location filename="../../ui/matching/cards.py" line="162" />
        <source>{used} of {places}</source>
        <translation>{used} de {places}</translation>
    </message>
</context>
<context>
    <name>NextStepsBox</name>
    <message>
        <location filename="../../ui/next_steps.py" line="113" />
        <source>Next steps for a new program</source>
        <translation>Próximos pasos para un programa nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="147" />
        <source>Program set up: purpose, dates, meetings, agreement</source>
        <translation>Programa configurado: propósito, fechas, reuniones, acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="149" />
        <source>write its purpose</source>
        <translation>escribir su propósito</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="150" />
        <source>set its start and end dates</source>
        <translation>definir sus fechas de inicio y fin</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="152" />
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="154" />
        <source>Set up the program: {todo}</source>
        <translation>Configure el programa: {todo}</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="155" />
        <source>Edit settings…</source>
        <translation>Editar configuración…</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="159" />
        <source>1 person added</source>
        <translation>1 persona añadida</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="159" />
        <source>{n} people added</source>
        <translation>{n} personas añadidas</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="161" />
        <source>Add people: import a roster, or add them by hand</source>
        <translation>Añadir personas: importe una lista de participantes o añádalas a mano</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="163" />
        <location filename="../../ui/next_steps.py" line="173" />
        <source>Open People</source>
        <translation>Abrir Personas</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="166" />
        <source>Screening and training recorded: everyone is ready for matching</source>
        <translation>Selección y formación registradas: todos están listos para emparejar</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="169" />
        <source>Record screening and training ({n} of {of} ready for matching)</source>
        <translation>Registrar selección y formación ({n} de {of} listos para emparejar)</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="172" />
        <source>Record screening and training</source>
        <translation>Registrar selección y formación</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="177" />
        <source>Match mentors and mentees, and confirm the pairs or circles</source>
        <translation>Emparejar mentores y aprendices, y confirmar las parejas o círculos</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="180" />
        <source>Mentors and mentees matched (1 pair)</source>
        <translation>Mentores y aprendices emparejados (1 pareja)</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="182" />
        <source>Mentors and mentees matched ({n} pairs)</source>
        <translation>Mentores y aprendices emparejados ({n} parejas)</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="186" />
        <source>Mentors and mentees matched (1 circle)</source>
        <translation>Mentores y aprendices emparejados (1 círculo)</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="194" />
        <source>Open Matching</source>
        <translation>Abrir Emparejamiento</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="197" />
        <source>Print the agreements and mark them signed ({n} of {of})</source>
        <translation>Imprimir los acuerdos y marcarlos como firmados ({n} de {of})</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="201" />
        <source>Print the agreements and mark them signed</source>
        <translation>Imprimir los acuerdos y marcarlos como firmados</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="204" />
        <source>Open Circles</source>
        <translation>Abrir Círculos</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="205" />
        <source>Open Pairs</source>
        <translation>Abrir Parejas</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="209" />
        <source>Schedule the first meetings ({n} of {of} pairs)</source>
        <translation>Programar las primeras reuniones ({n} de {of} parejas)</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="207" />
        <source>Schedule the first meetings</source>
        <translation>Programar las primeras reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="188" />
        <source>Mentors and mentees matched ({n} circles)</source>
        <translation>Mentores y aprendices emparejados ({n} círculos)</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="191" />
        <source>Mentors and mentees matched ({n} pairs, {c} circles)</source>
        <translation>Mentores y aprendices emparejados ({n} parejas, {c} círculos)</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="211" />
        <source>Schedule the first meetings ({n} of {of} circles)</source>
        <translation>Programar las primeras reuniones ({n} de {of} círculos)</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="213" />
        <source>Schedule the first meetings ({n} of {of} pairs and circles)</source>
        <translation>Programar las primeras reuniones ({n} de {of} parejas y círculos)</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="216" />
        <source>Open Calendar</source>
        <translation>Abrir Calendario</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../ui/operations.py" line="204" />
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>OutcomeChoice</name>
    <message>
        <location filename="../../ui/pair_outcome.py" line="72" />
        <source>Their last {count} meetings were cancelled or missed: “ended early” may be the right answer.</source>
        <translation>Sus últimas {count} reuniones se cancelaron o no se realizaron: “terminada antes” puede ser la respuesta correcta.</translation>
    </message>
    <message>
        <location filename="../../ui/pair_outcome.py" line="93" />
        <source>Reading the pair…</source>
        <translation>Leyendo la pareja…</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/people/checklist.py" line="345" />
        <location filename="../../ui/people/checklist.py" line="402" />
        <source>Allow {name} to be matched</source>
        <translation>Permitir emparejar a {name}</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="352" />
        <source>{name} has not finished the steps this program asks for before matching. You can let them be matched anyway; PeerDesk records that you did, when, and why.</source>
        <translation>{name} no ha terminado los pasos que este programa pide antes de emparejar. Puede permitir que se le empareje de todos modos; PeerDesk registra que usted lo hizo, cuándo y por qué.</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="361" />
        <source>For example: background check done by the school district; copy on file.</source>
        <translation>Por ejemplo: verificación de antecedentes hecha por el distrito escolar; copia archivada.</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="364" />
        <source>&amp;Why may they be matched now?</source>
        <translation>¿&amp;Por qué puede emparejarse ahora?</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="370" />
        <source>Allow matching</source>
        <translation>Permitir emparejar</translation>
    </message>
</context>
<context>
    <name>PairsScreen</name>
    <message>
        <location filename="../../ui/pairs/screen.py" line="80" />
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="81" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="130" />
        <location filename="../../ui/pairs/screen.py" line="297" />
        <source>Pairs</source>
        <translation>Parejas</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="136" />
        <source>Print agreements…</source>
        <translation>Imprimir acuerdos…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="139" />
        <source>Print the agreements of the selected pairs, or of every active pair (Ctrl+P)</source>
        <translation>Imprimir los acuerdos de las parejas seleccionadas, o de todas las parejas activas (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="143" />
        <source>The selected pairs</source>
        <translation>Las parejas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="146" />
        <source>Every active pair</source>
        <translation>Todas las parejas activas</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="148" />
        <source>Only agreements not signed yet</source>
        <translation>Solo los acuerdos aún sin firmar</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="150" />
        <source>Only pairs new since the last print</source>
        <translation>Solo las parejas nuevas desde la última impresión</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="153" />
        <source>Leave out the pairs whose agreement was printed or saved before</source>
        <translation>Omitir las parejas cuyo acuerdo ya se imprimió o guardó</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="158" />
        <source>Two-sided: every agreement on its own sheets</source>
        <translation>A doble cara: cada acuerdo en sus propias hojas</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="162" />
        <source>A blank back page after an agreement with an odd number of pages, so that printed on both sides no sheet holds two agreements</source>
        <translation>Una página trasera en blanco tras un acuerdo con número impar de páginas, para que al imprimir a doble cara ninguna hoja tenga dos acuerdos</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="183" />
        <source>Organization logo…</source>
        <translation>Logotipo de la organización…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="186" />
        <source>A PNG or JPEG picture printed at the top of agreements and certificates</source>
        <translation>Una imagen PNG o JPEG que se imprime en la parte superior de acuerdos y certificados</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="189" />
        <source>Print without a logo</source>
        <translation>Imprimir sin logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="192" />
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="194" />
        <source>Save the agreements as one PDF file</source>
        <translation>Guardar los acuerdos como un solo archivo PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="197" />
        <source>One PDF file…</source>
        <translation>Un archivo PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="200" />
        <source>One PDF per pair, into a folder…</source>
        <translation>Un PDF por pareja, en una carpeta…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="205" />
        <source>Mark agreement signed…</source>
        <translation>Marcar acuerdo firmado…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="208" />
        <source>Introduce pair</source>
        <translation>Presentar pareja</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="211" />
        <source>Write to both in your own mail program, with the message filled in</source>
        <translation>Escribir a ambos desde su propio programa de correo, con el mensaje ya redactado</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="215" />
        <source>Goals and closing…</source>
        <translation>Objetivos y cierre…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="218" />
        <source>Schedule…</source>
        <translation>Programar…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="221" />
        <source>Schedule meetings for the selected pairs, or every active pair, so that nobody is in two meetings at once</source>
        <translation>Programar reuniones para las parejas seleccionadas, o para todas las activas, de modo que nadie tenga dos reuniones a la vez</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="225" />
        <source>Certificates…</source>
        <translation>Certificados…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="229" />
        <source>Print certificates…</source>
        <translation>Imprimir certificados…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="232" />
        <source>Save certificates as PDF…</source>
        <translation>Guardar certificados como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="248" />
        <source>Search mentor or mentee names… (Ctrl+F)</source>
        <translation>Buscar nombres de mentores o aprendices… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="253" />
        <source>All pairs</source>
        <translation>Todas las parejas</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="257" />
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="258" />
        <source>Ended (any reason)</source>
        <translation>Terminadas (cualquier motivo)</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="298" />
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="376" />
        <source>Reading the pairs…</source>
        <translation>Leyendo las parejas…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="467" />
        <source>Agreements will be printed for the {count} selected pair(s).</source>
        <translation>Se imprimirán los acuerdos de las {count} parejas seleccionadas.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="470" />
        <source>Agreements will be printed for all {count} active pairs. Select pairs to print only theirs.</source>
        <translation>Se imprimirán los acuerdos de las {count} parejas activas. Seleccione parejas para imprimir solo los suyos.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="475" />
        <source>not signed yet and new since the last print</source>
        <translation>aún sin firmar y nuevas desde la última impresión</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="477" />
        <source>not signed yet</source>
        <translation>aún sin firmar</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="479" />
        <source>new since the last print</source>
        <translation>nuevas desde la última impresión</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="483" />
        <source>Every one of these pairs has signed or had its agreement printed before</source>
        <translation>Todas estas parejas ya firmaron o ya se imprimió su acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="485" />
        <source>Every one of these pairs has signed its agreement already</source>
        <translation>Todas estas parejas ya firmaron su acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="487" />
        <source>Every one of these pairs had its agreement printed or saved before</source>
        <translation>Todas estas parejas ya tenían su acuerdo impreso o guardado</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="489" />
        <source>: untick “Only…” in the Print menu to print them again.</source>
        <translation>: desmarque “Solo…” en el menú Imprimir para volver a imprimirlos.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="492" />
        <source>Agreements will be printed for {kept} of the {count} selected pair(s): those {which}.</source>
        <translation>Se imprimirán los acuerdos de {kept} de las {count} parejas seleccionadas: las {which}.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="496" />
        <source>Agreements will be printed for {kept} of the {count} active pairs: those {which}.</source>
        <translation>Se imprimirán los acuerdos de {kept} de las {count} parejas activas: las {which}.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="504" />
        <source>{count} pairs</source>
        <translation>{count} parejas</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="506" />
        <source>{shown} of {count} pairs</source>
        <translation>{shown} de {count} parejas</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="525" />
        <source>No active pairs yet: confirm pairs on the Matching screen.</source>
        <translation>Aún no hay parejas activas: confirme parejas en la pantalla Emparejamiento.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="533" />
        <source>This program has no pairs yet. Make pairs on the Matching screen; they appear here, ready for their agreements.</source>
        <translation>Este programa aún no tiene parejas. Forme parejas en la pantalla Emparejamiento; aparecerán aquí, listas para sus acuerdos.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="601" />
        <source>Choose the organization's logo</source>
        <translation>Elegir el logotipo de la organización</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="614" />
        <source>Reading the logo…</source>
        <translation>Leyendo el logotipo…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="660" />
        <source>Print agreements — {program}</source>
        <translation>Imprimir acuerdos — {program}</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="669" />
        <source>Preparing the agreements…</source>
        <translation>Preparando los acuerdos…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="688" />
        <source>Recording the print…</source>
        <translation>Registrando la impresión…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="697" />
        <source>Save one agreement per pair into</source>
        <translation>Guardar un acuerdo por pareja en</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="712" />
        <source>Save agreements as PDF</source>
        <translation>Guardar acuerdos como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="724" />
        <source>“{name}” already exists in {folder}. Replace it?</source>
        <translation>“{name}” ya existe en {folder}. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="729" />
        <source>{count} of these files already exist in {folder}. Replace them?</source>
        <translation>{count} de estos archivos ya existen en {folder}. ¿Reemplazarlos?</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="733" />
        <source>Replace files?</source>
        <translation>¿Reemplazar archivos?</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="735" />
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="737" />
        <source>The files there now will be lost; a signed copy should be kept elsewhere.</source>
        <translation>Los archivos que hay ahí ahora se perderán; conviene guardar una copia firmada en otro lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="761" />
        <location filename="../../ui/pairs/screen.py" line="793" />
        <source>Saving the agreements…</source>
        <translation>Guardando los acuerdos…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="800" />
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="802" />
        <source>Saved {count} files in {folder}</source>
        <translation>Se guardaron {count} archivos en {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="866" />
        <source>Reading the pair…</source>
        <translation>Leyendo la pareja…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="882" />
        <source>Your mail program has the introduction, ready to send.</source>
        <translation>Su programa de correo tiene la presentación, lista para enviar.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="892" />
        <source>Introduction - {mentor} and {mentee}</source>
        <translation>Presentación - {mentor} y {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="919" />
        <source>Print certificates — {program}</source>
        <translation>Imprimir certificados — {program}</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="921" />
        <source>Preparing the certificates…</source>
        <translation>Preparando los certificados…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="933" />
        <source>Save certificates as PDF</source>
        <translation>Guardar certificados como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="951" />
        <source>Saving the certificates…</source>
        <translation>Guardando los certificados…</translation>
    </message>
</context>
<context>
    <name>PeopleForm</name>
    <message>
        <location filename="../../ui/wizard/people.py" line="16" />
        <source>&amp;Peers mentor each other (one group of equals, no mentor or mentee roles)</source>
        <translation>Mentoría &amp;entre pares (un grupo de iguales, sin roles de mentor ni aprendiz)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/people.py" line="22" />
        <source>Who can take part, for example: staff who have passed probation.</source>
        <translation>Quién puede participar, por ejemplo: personal que superó el período de prueba.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/people.py" line="28" />
        <source>Mentees per &amp;mentor:</source>
        <translation>Aprendices por &amp;mentor:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/people.py" line="30" />
        <source>&amp;Who can take part:</source>
        <translation>&amp;Quién puede participar:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/people.py" line="34" />
        <source>&amp;Steps before matching:</source>
        <translation>&amp;Pasos antes de emparejar:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/people.py" line="40" />
        <source>People are offered for matching once they have done every required step.</source>
        <translation>Las personas se ofrecen para emparejar una vez completados todos los pasos obligatorios.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/people.py" line="49" />
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/people.py" line="53" />
        <source>How many mentees a mentor usually takes, who can join, and what everyone completes before they are matched.</source>
        <translation>Cuántos aprendices suele acoger un mentor, quién puede participar y qué completa cada persona antes de emparejarse.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/circles/cards.py" line="70" />
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../../ui/circles/cards.py" line="70" />
        <source>mentee</source>
        <translation>aprendiz</translation>
    </message>
    <message>
        <location filename="../../ui/circles/cards.py" line="78" />
        <source>{name} (leader)</source>
        <translation>{name} (líder)</translation>
    </message>
    <message>
        <location filename="../../ui/circles/cards.py" line="84" />
        <source>{name} leads this circle</source>
        <translation>{name} dirige este círculo</translation>
    </message>
    <message>
        <location filename="../../ui/circles/cards.py" line="86" />
        <source>{name}, a mentor</source>
        <translation>{name}, mentor</translation>
    </message>
    <message>
        <location filename="../../ui/circles/cards.py" line="87" />
        <source>{name}, a mentee</source>
        <translation>{name}, aprendiz</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <location filename="../../ui/people/screen.py" line="87" />
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="92" />
        <source>Add person…</source>
        <translation>Añadir persona…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="93" />
        <source>Add a person to this program (Ctrl+N)</source>
        <translation>Añadir una persona a este programa (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="94" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="95" />
        <source>Edit the selected person (Enter or F2)</source>
        <translation>Editar la persona seleccionada (Intro o F2)</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="96" />
        <source>Set status…</source>
        <translation>Cambiar estado…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="97" />
        <source>Mark steps done…</source>
        <translation>Marcar pasos hechos…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="99" />
        <source>Record screening and training steps the selected people finished</source>
        <translation>Registrar los pasos de selección y formación que terminaron las personas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="101" />
        <source>Erase…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="103" />
        <source>Erase the selected person's personal data from this file (Delete)</source>
        <translation>Borrar de este archivo los datos personales de la persona seleccionada (Supr)</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="105" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="106" />
        <source>Save the people shown, as shown, to Excel</source>
        <translation>Guardar en Excel las personas mostradas, tal como se muestran</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="119" />
        <source>Import roster…</source>
        <translation>Importar lista…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="165" />
        <source>Add a person…</source>
        <translation>Añadir una persona…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="172" />
        <source>Import a roster…</source>
        <translation>Importar una lista de participantes…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="265" />
        <source>Loading people…</source>
        <translation>Cargando personas…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="286" />
        <source>Nobody has joined this program yet.
Add people one by one, or import the roster you already have.</source>
        <translation>Aún no se ha unido nadie a este programa.
Añada personas una a una, o importe la lista de participantes que ya tiene.</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="321" />
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="321" />
        <source>{n} people</source>
        <translation>{n} personas</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="323" />
        <source>{shown} of {total} people shown</source>
        <translation>Se muestran {shown} de {total} personas</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="442" />
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="486" />
        <source>{done} Edit → Undo takes it back.</source>
        <translation>{done} Editar → Deshacer lo revierte.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="253" />
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="255" />
        <location filename="../../ui/people/person_dialog.py" line="547" />
        <source>Edit {name}</source>
        <translation>Editar a {name}</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="260" />
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="261" />
        <source>&amp;Interests and skills</source>
        <translation>&amp;Intereses y habilidades</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="262" />
        <source>&amp;Notes and custom fields</source>
        <translation>&amp;Notas y campos personalizados</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="267" />
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="267" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="305" />
        <source>First and last name</source>
        <translation>Nombre y apellido</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="306" />
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="308" />
        <source>For example: she/her, they/them</source>
        <translation>Por ejemplo: ella, elle</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="309" />
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="310" />
        <source>About them</source>
        <translation>Sobre la persona</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="312" />
        <source>&amp;Name:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="313" />
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="314" />
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="315" />
        <source>Pro&amp;nouns:</source>
        <translation>Pronom&amp;bres:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="316" />
        <source>&amp;Gender:</source>
        <translation>&amp;Género:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="333" />
        <source>For example: Spring 2026</source>
        <translation>Por ejemplo: Primavera 2026</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="339" />
        <location filename="../../ui/people/person_dialog.py" line="652" />
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="340" />
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="344" />
        <location filename="../../ui/people/person_dialog.py" line="648" />
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="348" />
        <source>In this program</source>
        <translation>En este programa</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="350" />
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="351" />
        <source>S&amp;tatus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="352" />
        <source>&amp;Mentees at most:</source>
        <translation>&amp;Aprendices como máximo:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="353" />
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="354" />
        <source>&amp;Cohort:</source>
        <translation>C&amp;ohorte:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="355" />
        <source>&amp;Years of experience:</source>
        <translation>Años de e&amp;xperiencia:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="356" />
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="357" />
        <source>Meeting &amp;format:</source>
        <translation>&amp;Formato de reunión:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="358" />
        <source>&amp;Joined:</source>
        <translation>S&amp;e unió:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="385" />
        <source>For example: leadership, public speaking</source>
        <translation>Por ejemplo: liderazgo, hablar en público</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="386" />
        <source>What they can teach or help with</source>
        <translation>Lo que puede enseñar o en lo que puede ayudar</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="387" />
        <source>What they want to get out of the program</source>
        <translation>Lo que quiere obtener del programa</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="388" />
        <source>For example: English, Spanish</source>
        <translation>Por ejemplo: inglés, español</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="389" />
        <source>For example: Tuesday mornings, Friday lunch</source>
        <translation>Por ejemplo: martes por la mañana, viernes al mediodía</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="392" />
        <source>&amp;Interests:</source>
        <translation>In&amp;tereses:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="393" />
        <source>&amp;Skills:</source>
        <translation>&amp;Habilidades:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="394" />
        <source>&amp;Goals:</source>
        <translation>O&amp;bjetivos:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="395" />
        <source>&amp;Languages:</source>
        <translation>Idio&amp;mas:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="396" />
        <source>&amp;Available:</source>
        <translation>&amp;Disponible:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="402" />
        <source>Separate entries with commas. Suggestions come from the people already in this file, so the same interest is spelled the same way.</source>
        <translation>Separe los elementos con comas. Las sugerencias vienen de las personas que ya están en este archivo, para que un mismo interés se escriba siempre igual.</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="419" />
        <source>Notes about them in this program</source>
        <translation>Notas sobre la persona en este programa</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="421" />
        <source>Notes that stay with them in every program</source>
        <translation>Notas que la acompañan en todos los programas</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="424" />
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="425" />
        <source>About the &amp;person:</source>
        <translation>So&amp;bre la persona:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="426" />
        <source>C&amp;ustom fields:</source>
        <translation>Ca&amp;mpos personalizados:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="547" />
        <source>Add {name}</source>
        <translation>Añadir a {name}</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="562" />
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="583" />
        <source>The person could not be saved</source>
        <translation>No se pudo guardar la persona</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="604" />
        <source>{name}'s record</source>
        <translation>Ficha de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="615" />
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="616" />
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="617" />
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="618" />
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="619" />
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="622" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="623" />
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="624" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="625" />
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="626" />
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="627" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="628" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="629" />
        <source>Mentees at most</source>
        <translation>Aprendices como máximo</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="630" />
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="631" />
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="632" />
        <source>Years of experience</source>
        <translation>Años de experiencia</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="633" />
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="634" />
        <source>Meeting format</source>
        <translation>Formato de reunión</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="635" />
        <source>Joined</source>
        <translation>Se unió</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="637" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="638" />
        <source>About the person</source>
        <translation>Sobre la persona</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="639" />
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="650" />
        <source>Program default ({count})</source>
        <translation>Valor del programa ({count})</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../../ui/server/presence.py" line="59" />
        <source>{name} (you, in another window)</source>
        <extracomment>Names shown in the label itself; the tooltip lists everyone.</extracomment>
        <translation>{name} (usted, en otra ventana)</translation>
    </message>
    <message>
        <location filename="../../ui/server/presence.py" line="69" />
        <source>Also here: {names} and {n} more</source>
        <translation>También aquí: {names} y {n} más</translation>
    </message>
    <message>
        <location filename="../../ui/server/presence.py" line="73" />
        <source>Also here: {names}</source>
        <translation>También aquí: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/server/presence.py" line="74" />
        <source>Also working on this program now:</source>
        <translation>También trabajan ahora en este programa:</translation>
    </message>
    <message>
        <location filename="../../ui/server/presence.py" line="77" />
        <source>{name} (database user {user})</source>
        <translation>{name} (usuario de base de datos {user})</translation>
    </message>
    <message>
        <location filename="../../ui/server/presence.py" line="85" />
        <source>The connection to the shared database was lost. PeerDesk keeps trying; once it is back, every screen is read again.</source>
        <translation>Se perdió la conexión con la base de datos compartida. PeerDesk sigue intentándolo; cuando vuelva, se releerán todas las pantallas.</translation>
    </message>
    <message>
        <location filename="../../ui/server/presence.py" line="88" />
        <source>Not hearing others' changes</source>
        <translation>No se reciben los cambios de otros</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="82" />
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="85" />
        <source>Nothing has been imported yet. Correct a value (double-click it or press F2), tick Skip to leave a row out, or go back to change the columns.</source>
        <translation>Todavía no se ha importado nada. Corrija un valor (doble clic o F2), marque Omitir para dejar fuera una fila, o vuelva atrás para cambiar las columnas.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="90" />
        <location filename="../../ui/importer/preview_page.py" line="184" />
        <source>Checking the rows…</source>
        <translation>Revisando las filas…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="100" />
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="101" />
        <source>New people</source>
        <translation>Personas nuevas</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="102" />
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="103" />
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="104" />
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="105" />
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="109" />
        <source>S&amp;how:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="111" />
        <source>Next &amp;error</source>
        <translation>Siguiente &amp;error</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="204" />
        <source>There is nobody to import: fix or un-skip some rows, or go back and check the sheets and columns.</source>
        <translation>No hay nadie que importar: corrija o deje de omitir algunas filas, o vuelva atrás y revise las hojas y columnas.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="219" />
        <source>Choose a row to see what will happen to it.</source>
        <translation>Elija una fila para ver qué pasará con ella.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="226" />
        <source>Row {row}</source>
        <translation>Fila {row}</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="228" />
        <source>“{sheet}”, row {row}</source>
        <translation>“{sheet}”, fila {row}</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="233" />
        <source> ({cell})</source>
        <translation> ({cell})</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="237" />
        <source>Double-click its value or press F2 to correct it.</source>
        <translation>Haga doble clic en su valor o pulse F2 para corregirlo.</translation>
    </message>
</context>
<context>
    <name>ProgramOverview</name>
    <message>
        <location filename="../../ui/program_overview.py" line="116" />
        <source>Edit program settings…</source>
        <translation>Editar la configuración del programa…</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="138" />
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="139" />
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="140" />
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="141" />
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="142" />
        <source>Before matching</source>
        <translation>Antes de emparejar</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="143" />
        <source>Coordinator</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="170" />
        <source>No purpose written yet.</source>
        <translation>Aún no se ha escrito el propósito.</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="171" />
        <source>No goals written yet.</source>
        <translation>Aún no se han escrito objetivos.</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="184" />
        <source>{template} program</source>
        <translation>Programa de tipo {template}</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="189" />
        <source>{start} to {end}</source>
        <translation>Del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="191" />
        <source>from {start}</source>
        <translation>desde el {start}</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="193" />
        <source>until {end}</source>
        <translation>hasta el {end}</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="195" />
        <source>no dates set</source>
        <translation>sin fechas definidas</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="204" />
        <source>{n} participant</source>
        <translation>{n} participante</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="204" />
        <source>{n} participants</source>
        <translation>{n} participantes</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="207" />
        <source>Nobody has joined yet.</source>
        <translation>Aún no se ha unido nadie.</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="211" />
        <source>{n} mentor</source>
        <translation>{n} mentor</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="211" />
        <source>{n} mentors</source>
        <translation>{n} mentores</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="212" />
        <source>{n} mentee</source>
        <translation>{n} aprendiz</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="212" />
        <source>{n} mentees</source>
        <translation>{n} aprendices</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="215" />
        <source>No pairs yet.</source>
        <translation>Aún no hay parejas.</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="217" />
        <source>{n} pair</source>
        <translation>{n} pareja</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="217" />
        <source>{n} pairs</source>
        <translation>{n} parejas</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="218" />
        <source>{n} active</source>
        <translation>{n} activas</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="223" />
        <source>A mentor takes up to {n} mentee.</source>
        <translation>Un mentor acoge hasta {n} aprendiz.</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="224" />
        <source>A mentor takes up to {n} mentees.</source>
        <translation>Un mentor acoge hasta {n} aprendices.</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="237" />
        <source>{cadence}, {minutes} minutes each</source>
        <translation>{cadence}, {minutes} minutos cada una</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="241" />
        <source>Staff check-ins: {cadence}</source>
        <translation>Seguimientos del personal: {cadence}</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="249" />
        <source>No screening or training steps.</source>
        <translation>No hay pasos de selección ni formación.</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="250" />
        <source>Required: {steps}</source>
        <translation>Obligatorios: {steps}</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="252" />
        <source>Optional: {steps}</source>
        <translation>Opcionales: {steps}</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="259" />
        <source>No coordinator named yet; agreements will leave a blank.</source>
        <translation>Aún no se ha indicado quién coordina; los acuerdos dejarán un espacio en blanco.</translation>
    </message>
</context>
<context>
    <name>ProgramSettingsDialog</name>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="56" />
        <source>Program settings — {name}</source>
        <translation>Configuración del programa — {name}</translation>
    </message>
</context>
<context>
    <name>ProgramWizard</name>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="91" />
        <source>New program</source>
        <translation>Nuevo programa</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="177" />
        <source>Before finishing, fix this on the “{page}” page: {problem}</source>
        <translation>Antes de finalizar, corrija esto en la página “{page}”: {problem}</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/operations.py" line="66" />
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="67" />
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="77" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="56" />
        <source>Change the question</source>
        <translation>Cambiar la pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="56" />
        <source>Add a question</source>
        <translation>Añadir una pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="79" />
        <source>For example: Confidence</source>
        <translation>Por ejemplo: Confianza</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="82" />
        <source>A word or two for what the question measures. A pre-program and a post-program question with the same measure are compared before and after.</source>
        <translation>Una o dos palabras sobre lo que mide la pregunta. Una pregunta previa y una posterior al programa con el mismo indicador se comparan antes y después.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="86" />
        <source>Ask this question</source>
        <translation>Hacer esta pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="90" />
        <source>&amp;Survey:</source>
        <translation>&amp;Encuesta:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="91" />
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="93" />
        <source>&amp;Answer:</source>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="94" />
        <source>&amp;Measures:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="116" />
        <source>Write the question.</source>
        <translation>Escriba la pregunta.</translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="143" />
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="148" />
        <source>What the program asks before it starts, at check-ins, after it ends and when a pair closes. Agree–disagree and number questions asked both before and after, with the same measure, are compared in the evaluation.</source>
        <translation>Lo que el programa pregunta antes de empezar, en los seguimientos, al terminar y cuando se cierra una pareja. Las preguntas de acuerdo–desacuerdo y numéricas hechas antes y después, con el mismo indicador, se comparan en la evaluación.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="171" />
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="173" />
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="175" />
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="177" />
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="179" />
        <location filename="../../ui/checkins/questions_dialog.py" line="216" />
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="216" />
        <source>Switch &amp;off</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="279" />
        <source>Question added.</source>
        <translation>Pregunta añadida.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="287" />
        <source>Question changed.</source>
        <translation>Pregunta cambiada.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="308" />
        <source>Question removed.</source>
        <translation>Pregunta quitada.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="311" />
        <source>The question has answers, so it was switched off: it is no longer asked, and its answers stay in the evaluation.</source>
        <translation>La pregunta tiene respuestas, así que se desactivó: ya no se hace, y sus respuestas siguen en la evaluación.</translation>
    </message>
</context>
<context>
    <name>ResponseForm</name>
    <message>
        <location filename="../../ui/checkins/entry.py" line="189" />
        <source>Record a response</source>
        <translation>Registrar una respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="199" />
        <source>Type a name…</source>
        <translation>Escriba un nombre…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="220" />
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="221" />
        <source>&amp;Survey:</source>
        <translation>&amp;Encuesta:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="222" />
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="241" />
        <source>&amp;Save response</source>
        <translation>&amp;Guardar respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="245" />
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="248" />
        <source>Edit questions…</source>
        <translation>Editar preguntas…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="271" />
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="271" />
        <source>mentee</source>
        <translation>aprendiz</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="272" />
        <source>mentor and mentee</source>
        <translation>mentor y aprendiz</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="272" />
        <source>peer</source>
        <translation>par</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="316" />
        <source>This survey has no questions yet. Add some with Edit questions…</source>
        <translation>Esta encuesta aún no tiene preguntas. Añada algunas con Editar preguntas…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="365" />
        <source>Some answers need a look (marked in red).</source>
        <translation>Algunas respuestas necesitan revisión (marcadas en rojo).</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="77" />
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="78" />
        <source>Check the settings, then press Finish to create the program.</source>
        <translation>Revise la configuración y pulse Finalizar para crear el programa.</translation>
    </message>
</context>
<context>
    <name>RoleGuard</name>
    <message>
        <location filename="../../ui/server/roles.py" line="159" />
        <source>Read-only (viewer)</source>
        <extracomment>The window's actions that change records. What only an administrator may do on a shared database: add a program (a coordinator works in the programs given to them). Each screen's actions and buttons that change records (attribute paths on the screen). Parts a screen shows or hides by itself (so they are disabled instead): what they show stays readable, greyed.</extracomment>
        <translation>Solo lectura (lector)</translation>
    </message>
    <message>
        <location filename="../../ui/server/roles.py" line="161" />
        <source>Read-only (no role here)</source>
        <translation>Solo lectura (sin rol aquí)</translation>
    </message>
    <message>
        <location filename="../../ui/server/roles.py" line="166" />
        <source>Your role on this shared database lets you read and export, not change records. An administrator can change it.</source>
        <translation>Su rol en esta base de datos compartida le permite leer y exportar, no cambiar registros. Un administrador puede cambiarlo.</translation>
    </message>
</context>
<context>
    <name>RoleValuesModel</name>
    <message>
        <location filename="../../ui/importer/models.py" line="291" />
        <source>“{answer}” means</source>
        <translation>“{answer}” significa</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="317" />
        <source>Answer in the file</source>
        <translation>Respuesta en el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="317" />
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="317" />
        <source>Means</source>
        <translation>Significa</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <location filename="../../ui/matching/room.py" line="68" />
        <source>{name} ({taken} of {capacity})</source>
        <translation>{name} ({taken} de {capacity})</translation>
    </message>
    <message>
        <location filename="../../ui/matching/room.py" line="74" />
        <source>Every mentor who may take {mentee} is full: {mentors}</source>
        <translation>Todos los mentores que pueden acoger a {mentee} están completos: {mentors}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/room.py" line="78" />
        <source>and {n} more</source>
        <translation>y {n} más</translation>
    </message>
    <message>
        <location filename="../../ui/matching/room.py" line="82" />
        <source>Allow {name} one more ({before} → {after})</source>
        <translation>Permitir a {name} uno más ({before} → {after})</translation>
    </message>
    <message>
        <location filename="../../ui/matching/room.py" line="89" />
        <source>Give {name} one more place; then drop the mentee on their card.</source>
        <translation>Dar a {name} una plaza más; luego suelte al aprendiz sobre su tarjeta.</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../../ui/sample_banner.py" line="54" />
        <source>&lt;b&gt;Sample data&lt;/b&gt; — nothing here is real. Create your own program when you are ready.</source>
        <translation>&lt;b&gt;Datos de ejemplo&lt;/b&gt;: nada de esto es real. Cree su propio programa cuando esté listo.</translation>
    </message>
    <message>
        <location filename="../../ui/sample_banner.py" line="61" />
        <source>Create your own program…</source>
        <translation>Crear su propio programa…</translation>
    </message>
    <message>
        <location filename="../../ui/sample_banner.py" line="64" />
        <source>Go back to your own program file and set up a program there</source>
        <translation>Volver a su propio archivo de programa y configurar un programa allí</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="123" />
        <source>Schedule meetings</source>
        <translation>Programar reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="134" />
        <source>One pair:</source>
        <translation>Una pareja:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="137" />
        <source>The {count} chosen pairs</source>
        <translation>Las {count} parejas elegidas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="143" />
        <source>Every active pair ({count})</source>
        <translation>Todas las parejas activas ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="165" />
        <source>Regularly</source>
        <translation>Con regularidad</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="167" />
        <source>Once (one meeting each)</source>
        <translation>Una vez (una reunión cada una)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="198" />
        <source>Each pair meets once between the first date and this one, at a time when both are free</source>
        <translation>Cada pareja se reúne una vez entre la primera fecha y esta, a una hora en que ambos estén libres</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="203" />
        <source>The time to meet; a person's second and third pair meet right after, or on the next day</source>
        <translation>La hora de la reunión; la segunda y tercera pareja de una persona se reúnen justo después, o al día siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="209" />
        <source>e.g. Room 4, or the café on Main Street</source>
        <translation>p. ej., Sala 4, o la cafetería de la calle Mayor</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="215" />
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="217" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="233" />
        <source>Also schedule staff check-ins with each person ({cadence})</source>
        <translation>Programar también seguimientos del personal con cada persona ({cadence})</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="242" />
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="261" />
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="262" />
        <source>Meets:</source>
        <translation>Se reúne:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="263" />
        <source>How often:</source>
        <translation>Frecuencia:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="264" />
        <source>On:</source>
        <translation>El:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="265" />
        <location filename="../../ui/calendar/schedule_dialog.py" line="336" />
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="267" />
        <source>Until:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="268" />
        <source>At the latest:</source>
        <translation>A más tardar:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="269" />
        <source>At:</source>
        <translation>A las:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="270" />
        <source>Length:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="271" />
        <source>Place:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="272" />
        <source>Video link:</source>
        <translation>Enlace de video:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="273" />
        <source>Skip:</source>
        <translation>Omitir:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="277" />
        <location filename="../../ui/calendar/schedule_dialog.py" line="347" />
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="336" />
        <source>First date:</source>
        <translation>Primera fecha:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="348" />
        <source>Planning…</source>
        <translation>Planificando…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="392" />
        <source>Choose a pair from the list.</source>
        <translation>Elija una pareja de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="399" />
        <source>The last date is before the first date.</source>
        <translation>La última fecha es anterior a la primera.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="446" />
        <source>Planning the meetings…</source>
        <translation>Planificando las reuniones…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="454" />
        <source>1 meeting for 1 pair.</source>
        <translation>1 reunión para 1 pareja.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="456" />
        <source>{meetings} meetings for 1 pair.</source>
        <translation>{meetings} reuniones para 1 pareja.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="459" />
        <source>{meetings} meetings for {pairs} pairs.</source>
        <translation>{meetings} reuniones para {pairs} parejas.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="466" />
        <source>{pair}: {day} at {time}</source>
        <translation>{pair}: {day} a las {time}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="474" />
        <source>, then {every}</source>
        <translation>, luego {every}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="483" />
        <source>{count} pairs meet when both people said they are free, not at the asked day and time.</source>
        <translation>{count} parejas se reúnen cuando ambas personas dijeron estar libres, no el día y la hora pedidos.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="490" />
        <source>{count} pairs meet at another time or day than asked, so that nobody is in two meetings at once.</source>
        <translation>{count} parejas se reúnen otro día u otra hora de lo pedido, para que nadie tenga dos reuniones a la vez.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="496" />
        <source>{count} pairs could not be placed when both people said they are free.</source>
        <translation>{count} parejas no pudieron ubicarse cuando ambas personas dijeron estar libres.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="500" />
        <source>{count} pairs are left out: they already have meetings then.</source>
        <translation>{count} parejas quedan fuera: ya tienen reuniones en ese momento.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="505" />
        <source>Nobody is in two meetings at once.</source>
        <translation>Nadie tiene dos reuniones a la vez.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="509" />
        <source>{name}: {count} clashes</source>
        <translation>{name}: {count} coincidencias</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="511" />
        <source>{name}: 1 clash</source>
        <translation>{name}: 1 coincidencia</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="516" />
        <source>… and {count} more people</source>
        <translation>… y {count} personas más</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="519" />
        <source>No free time could be found for everyone; these people would be in two meetings at once:</source>
        <translation>No se encontró un horario libre para todos; estas personas tendrían dos reuniones a la vez:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="530" />
        <source>Schedule anyway</source>
        <translation>Programar de todos modos</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="533" />
        <location filename="../../ui/calendar/schedule_dialog.py" line="570" />
        <source>Schedule {count} meetings</source>
        <translation>Programar {count} reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="535" />
        <source>Schedule 1 meeting</source>
        <translation>Programar 1 reunión</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="568" />
        <source>Schedule a meeting</source>
        <translation>Programar una reunión</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="572" />
        <source>Schedule staff check-ins</source>
        <translation>Programar seguimientos del personal</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="593" />
        <source>Scheduling…</source>
        <translation>Programando…</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../ui/screens.py" line="186" />
        <source>People</source>
        <extracomment>Every kind: what "Refresh" and a screen shown again on a shared database reload.</extracomment>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="193" />
        <source>Matching</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="199" />
        <source>Pairs</source>
        <translation>Parejas</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="203" />
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="210" />
        <source>Check-ins</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="217" />
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
</context>
<context>
    <name>SessionConflicts</name>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="31" />
        <source>This session</source>
        <translation>Esta sesión</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="38" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="39" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="40" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="41" />
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="42" />
        <source>Length (minutes)</source>
        <translation>Duración (minutos)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="43" />
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="44" />
        <source>Video link</source>
        <translation>Enlace de video</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="45" />
        <source>Capacity</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="46" />
        <source>Invite</source>
        <translation>Invitar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="47" />
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="48" />
        <source>People picked by hand</source>
        <translation>Personas elegidas a mano</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="49" />
        <source>Attending completes</source>
        <translation>La asistencia completa</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="50" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="55" />
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="55" />
        <source>No step</source>
        <translation>Ningún paso</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="93" />
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="93" />
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="106" />
        <source>e.g. Mentor training, part 1</source>
        <translation>p. ej. Formación de mentores, parte 1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="117" />
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="119" />
        <source>for</source>
        <translation>durante</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="122" />
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="124" />
        <source>Regularly:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="135" />
        <source>until</source>
        <translation>hasta el</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="150" />
        <source>e.g. Room 4, or the library's hall</source>
        <translation>p. ej. Sala 4, o el salón de la biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="157" />
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="158" />
        <source> people</source>
        <translation> personas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="169" />
        <source>{what} ({n})</source>
        <translation>{what} ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="178" />
        <source>{name} ({n} people)</source>
        <translation>{name} ({n} personas)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="184" />
        <source>No circles yet</source>
        <translation>Aún no hay círculos</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="186" />
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="187" />
        <source>mentee</source>
        <translation>aprendiz</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="188" />
        <source>mentor and mentee</source>
        <translation>mentor y aprendiz</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="189" />
        <source>peer</source>
        <translation>par</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="216" />
        <source>Attending completes the step:</source>
        <translation>Asistir completa el paso:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="230" />
        <source>What to bring, who leads it…</source>
        <translation>Qué traer, quién la dirige…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="235" />
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="236" />
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="237" />
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="238" />
        <source>How often:</source>
        <translation>Frecuencia:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="241" />
        <source>Place:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="242" />
        <source>Video link:</source>
        <translation>Enlace de video:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="243" />
        <source>Capacity:</source>
        <translation>Plazas:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="244" />
        <source>Invite:</source>
        <translation>Invitar:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="245" />
        <source>Readiness:</source>
        <translation>Preparación:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="246" />
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="253" />
        <source>Change this and the following sessions of the series</source>
        <translation>Modificar esta y las sesiones siguientes de la serie</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="256" />
        <source>Attendance…</source>
        <translation>Asistencia…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="258" />
        <source>Print sign-in sheet…</source>
        <translation>Imprimir hoja de firmas…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="262" />
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="281" />
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="281" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="369" />
        <source>Restore session</source>
        <translation>Restaurar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="369" />
        <source>Cancel session…</source>
        <translation>Cancelar sesión…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="374" />
        <source>{date} · {invited} invited, {attended} attended</source>
        <translation>{date} · {invited} invitados, {attended} asistieron</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="378" />
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="421" />
        <source>Choose a kind of session.</source>
        <translation>Elija un tipo de sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="423" />
        <source>Give the session a title.</source>
        <translation>Dé un título a la sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="426" />
        <source>Choose a circle to invite.</source>
        <translation>Elija un círculo para invitar.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="428" />
        <source>Tick the people to invite.</source>
        <translation>Marque a las personas que quiere invitar.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="431" />
        <source>The series ends before its first session.</source>
        <translation>La serie termina antes de su primera sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="521" />
        <source>New session “{title}”</source>
        <translation>Nueva sesión “{title}”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="524" />
        <location filename="../../ui/calendar/session_dialog.py" line="541" />
        <source>Saving the session…</source>
        <translation>Guardando la sesión…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="532" />
        <source>Change session “{title}”</source>
        <translation>Modificar la sesión “{title}”</translation>
    </message>
</context>
<context>
    <name>SessionKindsDialog</name>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="126" />
        <source>Kinds of session</source>
        <translation>Tipos de sesión</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="132" />
        <source>The kinds of group session this program holds. Each kind has its colour in the calendar. A kind that sessions are of can be renamed but not taken away.</source>
        <translation>Los tipos de sesión de grupo que celebra este programa. Cada tipo tiene su color en el calendario. Un tipo que ya tiene sesiones se puede renombrar, pero no quitar.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="140" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="140" />
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="140" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="163" />
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="164" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="165" />
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="167" />
        <source>Standard colour</source>
        <translation>Color predeterminado</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="169" />
        <source>The calendar's own colour for sessions</source>
        <translation>El color propio del calendario para las sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="170" />
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="171" />
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="215" />
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="305" />
        <source>standard</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="241" />
        <source>Sessions are of this kind: it can be renamed, not taken away.</source>
        <translation>Hay sesiones de este tipo: se puede renombrar, no quitar.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="251" />
        <source>New kind</source>
        <translation>Nuevo tipo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="290" />
        <source>Colour of “{name}”</source>
        <translation>Color de “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="344" />
        <source>Saving the kinds of session…</source>
        <translation>Guardando los tipos de sesión…</translation>
    </message>
</context>
<context>
    <name>SessionsSection</name>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="206" />
        <source>Group sessions</source>
        <translation>Sesiones de grupo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="233" />
        <source>Double-click a session, or press Enter, to mark attendance</source>
        <translation>Haga doble clic en una sesión, o pulse Intro, para marcar la asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="240" />
        <source>No group sessions this week.</source>
        <translation>No hay sesiones de grupo esta semana.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="250" />
        <source>Session attendance</source>
        <translation>Asistencia a sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="287" />
        <source>Reading the group sessions…</source>
        <translation>Leyendo las sesiones de grupo…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="296" />
        <source>This week ({first} – {last})</source>
        <translation>Esta semana ({first} – {last})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="318" />
        <source>{part} of {n}</source>
        <translation>{part} de {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="328" />
        <source>1 session held, its attendance not marked yet</source>
        <translation>1 sesión celebrada, su asistencia aún sin marcar</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="329" />
        <source>{n} sessions held, none marked yet</source>
        <translation>{n} sesiones celebradas, ninguna marcada aún</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="332" />
        <source>no sessions held yet</source>
        <translation>aún no se ha celebrado ninguna sesión</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="338" />
        <source>{kind} {rate}</source>
        <translation>{kind} {rate}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="346" />
        <source>{attended} of {marked} marked attended</source>
        <translation>{attended} de {marked} marcados como presentes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="353" />
        <source>1 session held not marked yet</source>
        <translation>1 sesión celebrada sin marcar aún</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="354" />
        <source>{n} sessions held not marked yet</source>
        <translation>{n} sesiones celebradas sin marcar aún</translation>
    </message>
</context>
<context>
    <name>SheetChooser</name>
    <message>
        <location filename="../../ui/importer/page.py" line="33" />
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
</context>
<context>
    <name>SheetsPage</name>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="30" />
        <source>Sheets</source>
        <translation>Hojas</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="39" />
        <source>Tick the ones that list people, and say where their roles come from.</source>
        <translation>Marque las que contienen personas e indique de dónde vienen sus roles.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="50" />
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="50" />
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="50" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="73" />
        <source>“{program}” pairs people as equals, so nobody needs a role.</source>
        <translation>“{program}” empareja a personas como iguales, así que nadie necesita un rol.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="77" />
        <source>A sheet called “Mentors” or “Mentees” gives everyone on it that role. Choose “Roles from a column” when a column says who is a mentor and who is a mentee.</source>
        <translation>Una hoja llamada “Mentores” o “Aprendices” da ese rol a todos los que figuran en ella. Elija “Roles desde una columna” cuando una columna indique quién es mentor y quién aprendiz.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="81" />
        <source>Tick at least one sheet to import.</source>
        <translation>Marque al menos una hoja para importar.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="102" />
        <source>Roles on “{sheet}”</source>
        <translation>Roles en “{sheet}”</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="119" />
        <source>Empty</source>
        <translation>Vacía</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="121" />
        <source>No header row, so nothing to import</source>
        <translation>No hay fila de encabezado, así que no hay nada que importar</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="125" />
        <source> (header in row {row})</source>
        <translation> (encabezado en la fila {row})</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="127" />
        <source> · hidden in the spreadsheet: tick it to import it</source>
        <translation> · oculta en la hoja de cálculo: márquela para importarla</translation>
    </message>
</context>
<context>
    <name>SignedDateDialog</name>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="54" />
        <source>Mark agreement signed</source>
        <translation>Marcar acuerdo firmado</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="56" />
        <source>The agreement of {pair} was signed on:</source>
        <translation>El acuerdo de {pair} se firmó el:</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="58" />
        <source>The agreements of {count} pairs were signed on:</source>
        <translation>Los acuerdos de {count} parejas se firmaron el:</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="66" />
        <source>&amp;Signed on:</source>
        <translation>&amp;Firmado el:</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="71" />
        <source>Mark signed</source>
        <translation>Marcar firmado</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/people/bulk.py" line="160" />
        <location filename="../../ui/people/bulk.py" line="167" />
        <source>Set status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="161" />
        <source>Give {who} the same status.</source>
        <translation>Dar el mismo estado a {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="166" />
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
</context>
<context>
    <name>StepLine</name>
    <message>
        <location filename="../../ui/people/checklist.py" line="88" />
        <source>Screening</source>
        <translation>Selección</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="88" />
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="89" />
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="89" />
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="96" />
        <source>Date {step} was done</source>
        <translation>Fecha en que se hizo {step}</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <location filename="../../ui/next_steps.py" line="89" />
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="89" />
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="40" />
        <source>Name of the step</source>
        <translation>Nombre del paso</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="46" />
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="54" />
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="59" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="82" />
        <source>Only training steps have hours.</source>
        <translation>Solo los pasos de formación tienen horas.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="86" />
        <source>Step {n} name</source>
        <translation>Nombre del paso {n}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="87" />
        <source>Step {n} kind</source>
        <translation>Tipo del paso {n}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="88" />
        <source>Step {n} required</source>
        <translation>Paso {n} obligatorio</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="89" />
        <source>Step {n} training hours</source>
        <translation>Horas de formación del paso {n}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="90" />
        <source>Remove step {n}</source>
        <translation>Quitar el paso {n}</translation>
    </message>
</context>
<context>
    <name>StepsDialog</name>
    <message>
        <location filename="../../ui/people/bulk.py" line="253" />
        <source>Record steps done</source>
        <translation>Registrar pasos hechos</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="255" />
        <source>Tick the screening and training steps {who} finished.</source>
        <translation>Marque los pasos de selección y formación que terminó {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="280" />
        <source>Date the steps were done</source>
        <translation>Fecha en que se hicieron los pasos</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="281" />
        <source>&amp;Done on:</source>
        <translation>&amp;Hecho el:</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="283" />
        <source>Anyone who already has a step keeps the date it was recorded.</source>
        <translation>Quien ya tenga un paso conserva la fecha en que se registró.</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="299" />
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="299" />
        <source>not done yet</source>
        <translation>aún no hecho</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="301" />
        <source>none of them yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="303" />
        <source>all {n} done</source>
        <translation>los {n} hechos</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="304" />
        <source>{done} of {of} done</source>
        <translation>{done} de {of} hechos</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="314" />
        <source>Record 1 step</source>
        <translation>Registrar 1 paso</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="314" />
        <source>Record {n} steps</source>
        <translation>Registrar {n} pasos</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <location filename="../../ui/wizard/steps.py" line="108" />
        <source>&amp;Add a step</source>
        <translation>Aña&amp;dir un paso</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="110" />
        <source>No steps: everyone can be matched straight away.</source>
        <translation>Sin pasos: todos pueden emparejarse de inmediato.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="99" />
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="121" />
        <source>&amp;Save summary as .xlsx…</source>
        <translation>&amp;Guardar resumen como .xlsx…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="129" />
        <source>Save &amp;refused rows as .csv…</source>
        <translation>Guardar filas &amp;rechazadas como .csv…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="133" />
        <source>The refused rows under the roster's headers, with a column saying what to fix: correct them and import the file again.</source>
        <translation>Las filas rechazadas bajo los encabezados de la lista, con una columna que indica qué corregir: corríjalas e importe el archivo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="138" />
        <source>Se&amp;micolons (Excel in most of Europe)</source>
        <translation>&amp;Punto y coma (Excel en casi toda Europa)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="142" />
        <source>Separate the columns with semicolons and write decimal commas, as Excel expects where numbers are written 3,5. Remembered for every CSV file.</source>
        <translation>Separar las columnas con punto y coma y escribir comas decimales, como espera Excel donde los números se escriben 3,5. Se recuerda para todos los archivos CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="153" />
        <source>Changed your mind? Edit → Undo (Ctrl+Z) or File → Undo last import takes the whole import back.</source>
        <translation>¿Cambió de opinión? Editar → Deshacer (Ctrl+Z) o Archivo → Deshacer la última importación revierte toda la importación.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="177" />
        <source>“{file}” was imported into “{program}”.</source>
        <translation>“{file}” se importó en “{program}”.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="198" />
        <source>{name} import summary.xlsx</source>
        <translation>{name} resumen de importación.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="203" />
        <source>Save the import summary</source>
        <translation>Guardar el resumen de importación</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="205" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="218" />
        <location filename="../../ui/importer/summary_page.py" line="264" />
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="219" />
        <source>“{name}” already exists. Replace it with this summary?</source>
        <translation>“{name}” ya existe. ¿Reemplazarlo con este resumen?</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="222" />
        <location filename="../../ui/importer/summary_page.py" line="268" />
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="236" />
        <source>The summary could not be saved</source>
        <translation>No se pudo guardar el resumen</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="238" />
        <source>Saving the summary…</source>
        <translation>Guardando el resumen…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="244" />
        <source>{name} refused rows.csv</source>
        <translation>{name} filas rechazadas.csv</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="249" />
        <source>Save the refused rows</source>
        <translation>Guardar las filas rechazadas</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="251" />
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="265" />
        <source>“{name}” already exists. Replace it with the refused rows?</source>
        <translation>“{name}” ya existe. ¿Reemplazarlo con las filas rechazadas?</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="287" />
        <source>The refused rows could not be saved</source>
        <translation>No se pudieron guardar las filas rechazadas</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="289" />
        <source>Saving the refused rows…</source>
        <translation>Guardando las filas rechazadas…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="294" />
        <source>Saved as {path}</source>
        <translation>Guardado como {path}</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="56" />
        <source>Import responses</source>
        <translation>Importar respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="79" />
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="80" />
        <source>&amp;Survey:</source>
        <translation>&amp;Encuesta:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="82" />
        <location filename="../../ui/checkins/import_dialog.py" line="152" />
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="96" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="104" />
        <source>PeerDesk matches each row to a person by email address, and each column to a question by its title.</source>
        <translation>PeerDesk asocia cada fila a una persona por su dirección de correo, y cada columna a una pregunta por su título.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="135" />
        <source>Its questions fit more than one survey: check that this is the right one.</source>
        <translation>Sus preguntas encajan en más de una encuesta: compruebe que esta sea la correcta.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="138" />
        <source>Chosen from the file's name and its questions.</source>
        <translation>Elegida por el nombre del archivo y sus preguntas.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="140" />
        <source>Chosen from the file's name.</source>
        <translation>Elegida por el nombre del archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="142" />
        <source>Chosen from the file's questions.</source>
        <translation>Elegida por las preguntas del archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="179" />
        <source>This file cannot be imported as it is:</source>
        <translation>Este archivo no se puede importar tal como está:</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="204" />
        <source>1 response will be added.</source>
        <translation>Se añadirá 1 respuesta.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="206" />
        <source>{count} responses will be added.</source>
        <translation>Se añadirán {count} respuestas.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="210" />
        <source>1 row will be left out ({problems} with a problem):</source>
        <translation>Se omitirá 1 fila ({problems} con un problema):</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="212" />
        <source>{skipped} rows will be left out ({problems} with problems):</source>
        <translation>Se omitirán {skipped} filas ({problems} con problemas):</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="220" />
        <source>Columns that are not questions of this survey, left out: {columns}</source>
        <translation>Columnas que no son preguntas de esta encuesta, omitidas: {columns}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="228" />
        <source>Import 1 response</source>
        <translation>Importar 1 respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="230" />
        <source>Import {count} responses</source>
        <translation>Importar {count} respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="256" />
        <source>Importing the responses…</source>
        <translation>Importando las respuestas…</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <location filename="../../ui/wizard/template.py" line="25" />
        <source>A template fills the next pages with settings that suit that kind of program. What you typed on the first page is kept, and you can change anything on the pages that follow.</source>
        <translation>Una plantilla completa las páginas siguientes con la configuración adecuada para ese tipo de programa. Lo que escribió en la primera página se conserva, y puede cambiar cualquier cosa en las páginas que siguen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/template.py" line="49" />
        <source>Kind of program</source>
        <translation>Tipo de programa</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/template.py" line="52" />
        <source>Choose the kind of program closest to yours.</source>
        <translation>Elija el tipo de programa más parecido al suyo.</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../ui/importer/values_page.py" line="23" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/importer/values_page.py" line="26" />
        <source>Each different answer in the role column, and what PeerDesk takes it to mean. Change any that is wrong.</source>
        <translation>Cada respuesta distinta en la columna de rol, y lo que PeerDesk entiende que significa. Cambie las que estén mal.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/values_page.py" line="90" />
        <source>Every answer means a role.</source>
        <translation>Cada respuesta corresponde a un rol.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/welcome.py" line="50" />
        <source>Welcome to PeerDesk</source>
        <translation>Bienvenido a PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="58" />
        <source>Run a peer-mentoring program from start to finish. Everything stays in one file on this computer.</source>
        <translation>Gestione un programa de mentoría entre pares de principio a fin. Todo queda en un solo archivo en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="72" />
        <source>Create a program</source>
        <translation>Crear un programa</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="73" />
        <source>Set up a new mentoring program in a few steps. You can change it later.</source>
        <translation>Configure un nuevo programa de mentoría en pocos pasos. Puede cambiarlo más adelante.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="80" />
        <source>Open a program file</source>
        <translation>Abrir un archivo de programa</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="81" />
        <source>Open a .peerdesk file that you or a colleague made.</source>
        <translation>Abrir un archivo .peerdesk que usted o un colega haya creado.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="88" />
        <source>Import a roster</source>
        <translation>Importar una lista de participantes</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="90" />
        <source>Start from a spreadsheet of people (.xlsx or .csv): set up the program, then bring them in.</source>
        <translation>Empiece con una hoja de cálculo de personas (.xlsx o .csv): configure el programa y luego incorpórelas.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="99" />
        <source>Try the sample program</source>
        <translation>Probar el programa de ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="101" />
        <source>Look around a ready-made program of invented people, pairs and meetings. It has a file of its own, so your programs are not touched.</source>
        <translation>Explore un programa ya preparado con personas, parejas y reuniones inventadas. Tiene su propio archivo, así que sus programas no se tocan.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="110" />
        <source>Recent files and shared databases</source>
        <translation>Archivos recientes y bases de datos compartidas</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="121" />
        <source>Files you open will be listed here.</source>
        <translation>Los archivos que abra aparecerán aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="167" />
        <source>{name} (missing)</source>
        <translation>{name} (no encontrado)</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="170" />
        <source>{path} is no longer there. Click to remove it from the list.</source>
        <translation>{path} ya no está. Haga clic para quitarlo de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="187" />
        <source>No program file is open.</source>
        <translation>No hay ningún archivo de programa abierto.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="190" />
        <source>New programs are saved in {path}</source>
        <translation>Los programas nuevos se guardan en {path}</translation>
    </message>
</context>
<context>
    <name>WishesDialog</name>
    <message>
        <location filename="../../ui/matching/wishes.py" line="76" />
        <source>Prefer — {name}</source>
        <translation>Preferir — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="78" />
        <source>Whom would {name} like to be paired with? Add them in order, first choice at the top. A preferred pair scores higher, and “Honour preferences (stable)” pairs people by these ranks.</source>
        <translation>¿Con quién le gustaría emparejarse a {name}? Añádalos en orden, la primera opción arriba. Una pareja preferida puntúa más, y “Respetar las preferencias (estable)” empareja a las personas según este orden.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="83" />
        <source>Avoid — {name}</source>
        <translation>Evitar — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="85" />
        <source>Whom should {name} never be paired with? Suggestions leave these pairs out, and the board refuses them.</source>
        <translation>¿Con quién no debe emparejarse nunca {name}? Las sugerencias omiten esas parejas y el tablero las rechaza.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="93" />
        <source>Search names…</source>
        <translation>Buscar nombres…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="97" />
        <source>People to choose from</source>
        <translation>Personas para elegir</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="101" />
        <location filename="../../ui/matching/wishes.py" line="127" />
        <source>Preferred, first choice first</source>
        <translation>Preferidas, la primera opción primero</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="101" />
        <source>Not to pair with</source>
        <translation>No emparejar con</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="109" />
        <source>&amp;Add →</source>
        <translation>&amp;Añadir →</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="111" />
        <source>← &amp;Remove</source>
        <translation>← &amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="113" />
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="115" />
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="125" />
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="127" />
        <source>Avoided</source>
        <translation>Evitadas</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../ui/calendar/dialog_parts.py" line="76" />
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/error_texts.py" line="15" />
        <source>A mentor can take at most 50 mentees.</source>
        <translation>Un mentor puede acoger como máximo 50 aprendices.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="16" />
        <source>A quarter is 1, 2, 3 or 4, not {quarter}.</source>
        <translation>Un trimestre es 1, 2, 3 o 4, no {quarter}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="17" />
        <source>An agreement can't be signed on a date that hasn't come yet ({date}).</source>
        <translation>Un acuerdo no se puede firmar en una fecha que aún no ha llegado ({date}).</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="20" />
        <source>An empty password was given; nothing was changed.</source>
        <translation>Se dio una contraseña vacía; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="21" />
        <source>Another coordinator was changing the same records at the same moment, so this was not saved (none of it). Try again.</source>
        <translation>Otro coordinador estaba cambiando los mismos registros en ese mismo momento, así que esto no se guardó (nada de ello). Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="25" />
        <source>Another coordinator was changing the same records; PeerDesk tried {attempts} times. Try again.</source>
        <translation>Otro coordinador estaba cambiando los mismos registros; PeerDesk lo intentó {attempts} veces. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="29" />
        <source>Answer at least one question before saving.</source>
        <translation>Responda al menos una pregunta antes de guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="30" />
        <source>Honour preferences (stable) pairs mentees with mentors; this program matches peers in one pool. Choose the best total score or most people matched instead.</source>
        <translation>Respetar las preferencias (estable) empareja aprendices con mentores; este programa empareja pares en un solo grupo. Elija en su lugar la mejor puntuación total o el máximo de personas emparejadas.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="34" />
        <source>Neither {mentor} nor {mentee} has an email address in this program file. Add at least one on the People screen, then introduce them.</source>
        <translation>Ni {mentor} ni {mentee} tienen dirección de correo en este archivo de programa. Añada al menos una en la pantalla Personas y luego preséntelos.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="38" />
        <source>No column of “{name}” matches a {kind} question of this program. Its columns should be titled with the questions, for example “{example}”.</source>
        <translation>Ninguna columna de “{name}” corresponde a una pregunta de tipo {kind} de este programa. Sus columnas deberían titularse con las preguntas, por ejemplo “{example}”.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="42" />
        <source>No pair in this program has completed yet, so there is nobody to give a certificate to. End a pair as completed first.</source>
        <translation>Ninguna pareja de este programa ha completado todavía, así que no hay a quién dar un certificado. Termine antes una pareja como completada.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="46" />
        <source>No row of “{name}” could be recorded ({count} with problems), such as: {first}</source>
        <translation>No se pudo registrar ninguna fila de “{name}” ({count} con problemas), por ejemplo: {first}</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="49" />
        <source>No row of “{path}” names someone in “{program}”{first}</source>
        <translation>Ninguna fila de “{path}” nombra a alguien de “{program}”{first}</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="50" />
        <source>Nobody has joined “{program}” yet. Add people with: peerdesk import FILE ROSTER</source>
        <translation>Aún no se ha unido nadie a “{program}”. Añada personas con: peerdesk import FILE ROSTER</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="53" />
        <source>Nobody is invited: that circle has no members.</source>
        <translation>No hay nadie invitado: ese círculo no tiene miembros.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="54" />
        <source>Nobody is invited: this program has no mentees.</source>
        <translation>No hay nadie invitado: este programa no tiene aprendices.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="55" />
        <source>Nobody is invited: this program has no mentors.</source>
        <translation>No hay nadie invitado: este programa no tiene mentores.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="56" />
        <source>Nobody is invited: this program has nobody to invite.</source>
        <translation>No hay nadie invitado: este programa no tiene a nadie a quien invitar.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="57" />
        <source>Nobody in this program has the email address “{email}”.</source>
        <translation>Nadie en este programa tiene la dirección de correo “{email}”.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="58" />
        <source>Nobody in “{program}” is “{text}”. Name a person by id, e-mail or full name.</source>
        <translation>Nadie en “{program}” es “{text}”. Indique una persona por id, correo o nombre completo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="61" />
        <source>Nothing was erased. Answer “yes” to erase, or add --yes.</source>
        <translation>No se borró nada. Responda “yes” para borrar, o añada --yes.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="62" />
        <source>Only an administrator may see or change who may do what on “{location}”; your role is {role}. Ask an administrator ({administrators}) if you need to.</source>
        <translation>Solo un administrador puede ver o cambiar quién puede hacer qué en “{location}”; su rol es {role}. Pida a un administrador ({administrators}) si lo necesita.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="66" />
        <source>Pair {pair} has no meeting on {day}{others}. Schedule one first with: peerdesk schedule FILE --pair {pair} --from {day}</source>
        <translation>La pareja {pair} no tiene ninguna reunión el {day}{others}. Programe una primero con: peerdesk schedule FILE --pair {pair} --from {day}</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="70" />
        <source>Pair {pair} has {count} meetings on {day} (at {times}); add --time HH:MM.</source>
        <translation>La pareja {pair} tiene {count} reuniones el {day} (a las {times}); añada --time HH:MM.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="73" />
        <source>PeerDesk cannot print documents in “{code}”. Choose one of: {choices}.</source>
        <translation>PeerDesk no puede imprimir documentos en “{code}”. Elija uno de: {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="76" />
        <source>PeerDesk could not reach the database server at {server}: {reason} Check that the server is running and that this computer is on the right network, then try again.</source>
        <translation>PeerDesk no pudo conectar con el servidor de base de datos en {server}: {reason} Compruebe que el servidor esté en marcha y que esta computadora esté en la red correcta, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="80" />
        <source>PeerDesk could not read this file ({reason}): “{name}”. Nothing was imported. If it came by email or a download, fetch it again; otherwise open it in Excel or LibreOffice, save a new copy as .xlsx, and import that.</source>
        <translation>PeerDesk no pudo leer este archivo ({reason}): “{name}”. No se importó nada. Si llegó por correo o descarga, vuelva a obtenerlo; si no, ábralo en Excel o LibreOffice, guarde una copia nueva como .xlsx e importe esa.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="84" />
        <source>PeerDesk is not allowed to write to “{path}”. Choose a folder you can save in.</source>
        <translation>PeerDesk no tiene permiso para escribir en “{path}”. Elija una carpeta donde pueda guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="87" />
        <source>Roles are for a shared database; a program file is one coordinator's.</source>
        <translation>Los roles son para una base de datos compartida; un archivo de programa es de un solo coordinador.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="90" />
        <source>Roles are not set up on “{location}” yet. Its owner, “{owner}”, sets them up by running peerdesk users URL once as a user who may create roles. Nothing was changed.</source>
        <translation>Los roles aún no están configurados en “{location}”. Su propietario, “{owner}”, los configura ejecutando una vez peerdesk users URL como un usuario que pueda crear roles. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="94" />
        <source>Say in a few words why the pair is ending.</source>
        <translation>Indique en pocas palabras por qué termina la pareja.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="95" />
        <source>Say why the pair is ending.</source>
        <translation>Indique por qué termina la pareja.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="96" />
        <source>Say why this person may be matched before finishing their steps.</source>
        <translation>Indique por qué esta persona puede emparejarse antes de terminar sus pasos.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="97" />
        <source>Several people in “{program}” are “{text}” (ids {ids}); name one by id or e-mail.</source>
        <translation>Varias personas en “{program}” son “{text}” (ids {ids}); indique una por id o correo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="101" />
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="102" />
        <source>That pair has ended, so no meetings can be scheduled for it.</source>
        <translation>Esa pareja terminó, así que no se le pueden programar reuniones.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="103" />
        <source>The backup could not be used: {reason}</source>
        <translation>No se pudo usar la copia de seguridad: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="104" />
        <source>The connection to the database server was lost, so the last action was not saved (none of it). Check the network, then reconnect and try again.</source>
        <translation>Se perdió la conexión con el servidor de base de datos, así que la última acción no se guardó (nada de ella). Compruebe la red, vuelva a conectarse e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="108" />
        <source>The copy did not hold every row (table “{table}”: {source} in the source, {target} in the copy), so it was not kept. Nothing was changed. Try again.</source>
        <translation>La copia no contenía todas las filas (tabla “{table}”: {source} en el origen, {target} en la copia), así que no se conservó. No se cambió nada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="112" />
        <source>The database “{location}” belongs to another application: it has tables, but not PeerDesk's. Nothing was changed. Ask for an empty database for PeerDesk, or check the database name.</source>
        <translation>La base de datos “{location}” pertenece a otra aplicación: tiene tablas, pero no de PeerDesk. No se cambió nada. Pida una base de datos vacía para PeerDesk, o revise el nombre de la base de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="116" />
        <source>The database “{location}” is already set up for PeerDesk. Open it instead.</source>
        <translation>La base de datos “{location}” ya está preparada para PeerDesk. Ábrala en su lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="119" />
        <source>The database “{location}” is empty. Set it up for PeerDesk first (File → Connect to shared database… offers to, or run: peerdesk init URL).</source>
        <translation>La base de datos “{location}” está vacía. Prepárela primero para PeerDesk (Archivo → Conectarse a una base de datos compartida… lo ofrece, o ejecute: peerdesk init URL).</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="123" />
        <source>The database “{location}” was set up by a newer version of PeerDesk. Install the latest PeerDesk to use it; nothing was changed.</source>
        <translation>La base de datos “{location}” fue preparada por una versión más reciente de PeerDesk. Instale la última versión de PeerDesk para usarla; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="127" />
        <source>The desktop app is not available here; start it with “peerdesk open”.</source>
        <translation>La aplicación de escritorio no está disponible aquí; iníciela con “peerdesk open”.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="130" />
        <source>The folder “{folder}” does not exist. Choose a folder that does.</source>
        <translation>La carpeta “{folder}” no existe. Elija una carpeta que exista.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="131" />
        <source>The last import can no longer be undone: {reason}.</source>
        <translation>La última importación ya no se puede deshacer: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="132" />
        <source>The logo “{path}” could not be used: it is missing or not a PNG or JPEG picture. Choose another picture, or print without a logo.</source>
        <translation>No se pudo usar el logotipo “{path}”: falta o no es una imagen PNG o JPEG. Elija otra imagen, o imprima sin logotipo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="136" />
        <source>The people or pairs of this program changed since these suggestions were made. Run Suggest matches again.</source>
        <translation>Las personas o parejas de este programa cambiaron desde que se hicieron estas sugerencias. Vuelva a usar Sugerir emparejamientos.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="140" />
        <source>The period ends ({end}) before it starts ({start}). Nothing was computed.</source>
        <translation>El período termina ({end}) antes de empezar ({start}). No se calculó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="143" />
        <source>The server user “{user}” may not create users (it lacks the CREATEROLE right), so PeerDesk cannot {what}. Ask whoever runs the server to run: ALTER ROLE {user} CREATEROLE; or to create the user first. Nothing was changed.</source>
        <translation>El usuario del servidor “{user}” no puede crear usuarios (le falta el derecho CREATEROLE), así que PeerDesk no puede {what}. Pida a quien administra el servidor que ejecute: ALTER ROLE {user} CREATEROLE; o que cree primero el usuario. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="147" />
        <source>The server {server} did not accept the user name or password for “{user}”. Check them and try again.</source>
        <translation>El servidor {server} no aceptó el nombre de usuario o la contraseña de “{user}”. Revíselos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="151" />
        <source>The server {server} has no database called “{database}”. Check the name, or ask whoever runs the server to create it.</source>
        <translation>El servidor {server} no tiene ninguna base de datos llamada “{database}”. Revise el nombre, o pida a quien administra el servidor que la cree.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="155" />
        <source>The sheet “{sheet}” in “{name}” has no header row, so PeerDesk cannot tell which column holds what. Add a row of column titles (Name, Email, Role…) above the people, or choose the header row yourself.</source>
        <translation>La hoja “{sheet}” de “{name}” no tiene fila de encabezado, así que PeerDesk no sabe qué contiene cada columna. Añada una fila de títulos de columna (Nombre, Correo, Rol…) sobre las personas, o elija usted la fila de encabezado.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="159" />
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Las dos contraseñas son distintas; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="160" />
        <source>The user “{user}” has no role on “{location}”, so it may not do this. Ask an administrator ({administrators}) to give it one. Nothing was changed.</source>
        <translation>El usuario “{user}” no tiene ningún rol en “{location}”, así que no puede hacer esto. Pida a un administrador ({administrators}) que le dé uno. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="164" />
        <source>The user “{user}” may not do this on the database “{location}”. Ask whoever runs the server to grant PeerDesk's user the rights to read and write it. Nothing was changed.</source>
        <translation>El usuario “{user}” no puede hacer esto en la base de datos “{location}”. Pida a quien administra el servidor que dé al usuario de PeerDesk permisos para leerla y escribir en ella. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="168" />
        <source>There are no active or paused pairs to close in this program.</source>
        <translation>No hay parejas activas ni en pausa que cerrar en este programa.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="169" />
        <source>There are no pairs to print: {why}</source>
        <translation>No hay parejas que imprimir: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="170" />
        <source>There is no import to undo in this program.</source>
        <translation>No hay ninguna importación que deshacer en este programa.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="171" />
        <source>There is not enough space on the disk to save the files in “{folder}”; none of them was saved. Free some space and try again.</source>
        <translation>No hay espacio suficiente en el disco para guardar los archivos en “{folder}”; no se guardó ninguno. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="175" />
        <source>There is not enough space on the disk to save “{path}”. Free some space and try again.</source>
        <translation>No hay espacio suficiente en el disco para guardar “{path}”. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="179" />
        <source>These meetings belong to different programs; log them one by one.</source>
        <translation>Estas reuniones pertenecen a programas distintos; regístrelas una a una.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="182" />
        <source>This can no longer be undone: {reason}.</source>
        <translation>Esto ya no se puede deshacer: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="183" />
        <source>This meeting has not started yet, so it can only be logged as cancelled. Log it as held or missed once it is over.</source>
        <translation>Esta reunión aún no ha empezado, así que solo se puede registrar como cancelada. Regístrela como realizada o perdida cuando haya terminado.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="187" />
        <source>This program has no active pairs yet. Confirm some pairs first.</source>
        <translation>Este programa aún no tiene parejas activas. Confirme primero algunas parejas.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="188" />
        <source>This program has no staff check-ins. Choose how often staff check in in Program settings → Meetings.</source>
        <translation>Este programa no tiene seguimientos del personal. Elija con qué frecuencia se hacen en Configuración del programa → Reuniones.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="192" />
        <source>This program has no {kind} questions yet. Add some on the Check-ins screen.</source>
        <translation>Este programa aún no tiene preguntas de tipo {kind}. Añada algunas en la pantalla Seguimientos.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="195" />
        <source>This question already has {count} answers, so its kind of answer can't change. Switch it off and add a new question instead.</source>
        <translation>Esta pregunta ya tiene {count} respuestas, así que su tipo de respuesta no puede cambiar. Desactívela y añada una pregunta nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="199" />
        <source>Tick at least one step to record.</source>
        <translation>Marque al menos un paso para registrar.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="200" />
        <source>You cannot {what} yourself: another administrator has to. Nothing was changed.</source>
        <translation>No puede {what} a sí mismo: debe hacerlo otro administrador. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="203" />
        <source>Your role ({role}) lets you {may}. Ask an administrator ({administrators}) if you need to. Nothing was changed.</source>
        <translation>Su rol ({role}) le permite {may}. Pida a un administrador ({administrators}) si lo necesita. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="207" />
        <source>{count} of the files to write already exist in “{folder}”, such as “{name}”. Choose another folder, or agree to replace them.</source>
        <translation>{count} de los archivos que se iban a escribir ya existen en “{folder}”, como “{name}”. Elija otra carpeta, o acepte reemplazarlos.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="211" />
        <source>{problem}. Try “{hint}”.</source>
        <translation>{problem}. Pruebe “{hint}”.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="212" />
        <source>{record} was changed by {who}{at} while you were editing. Nothing was saved.</source>
        <translation>{who} cambió {record}{at} mientras usted editaba. No se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="215" />
        <source>{rule} Nothing was changed; look again and try once more.</source>
        <translation>{rule} No se cambió nada; revíselo e inténtelo otra vez.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="216" />
        <source>{text} is in several pairs of “{program}” (ids {ids}); name the pair by its id.</source>
        <translation>{text} está en varias parejas de “{program}” (ids {ids}); indique la pareja por su id.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="219" />
        <source>{what} was not found among the programs given to you (your role: {role}). Ask an administrator ({administrators}) if you need it.</source>
        <translation>No se encontró {what} entre los programas que se le asignaron (su rol: {role}). Pida a un administrador ({administrators}) si lo necesita.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="223" />
        <source>{what} was not found in this file.</source>
        <translation>No se encontró {what} en este archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="224" />
        <source>“{location}” already holds a program ({rows} rows in “{table}”). PeerDesk copies only into a new file or an empty database, so nothing is overwritten. Nothing was changed.</source>
        <translation>“{location}” ya contiene un programa ({rows} filas en “{table}”). PeerDesk solo copia a un archivo nuevo o a una base de datos vacía, para no sobrescribir nada. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="228" />
        <source>“{location}” is both the source and the target. Name another target.</source>
        <translation>“{location}” es a la vez el origen y el destino. Indique otro destino.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="231" />
        <source>“{name}” already is a {role} here. Change the role with: peerdesk users URL set {name} --role ROLE</source>
        <translation>“{name}” ya tiene el rol {role} aquí. Cambie el rol con: peerdesk users URL set {name} --role ROLE</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="235" />
        <source>“{name}” cannot be a user's name on the server: give 1 to {most} characters, not starting with “pg_”.</source>
        <translation>“{name}” no puede ser un nombre de usuario en el servidor: use de 1 a {most} caracteres, sin empezar por “pg_”.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="239" />
        <source>“{name}” cannot be read as a roster.</source>
        <translation>“{name}” no se puede leer como lista de participantes.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="240" />
        <source>“{name}” could hold the answers of more than one survey; say which with --kind pre|checkin|post|closing.</source>
        <translation>“{name}” podría contener las respuestas de más de una encuesta; indique cuál con --kind pre|checkin|post|closing.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="244" />
        <source>“{name}” could not be opened: {reason}. Check that it exists and try again.</source>
        <translation>No se pudo abrir “{name}”: {reason}. Compruebe que existe e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="247" />
        <source>“{name}” has no column of email addresses, so PeerDesk can't tell who answered. Collect email addresses in the form (or add a column called Email) and export again.</source>
        <translation>“{name}” no tiene ninguna columna de direcciones de correo, así que PeerDesk no sabe quién respondió. Recoja los correos en el formulario (o añada una columna llamada Email) y exporte de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="251" />
        <source>“{name}” has no role on “{location}”. See who has one with: peerdesk users URL</source>
        <translation>“{name}” no tiene ningún rol en “{location}”. Vea quién tiene uno con: peerdesk users URL</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="254" />
        <source>“{name}” has no rows to import ({reason}). Check that you chose the right file, or fill in the PeerDesk roster template.</source>
        <translation>“{name}” no tiene filas que importar ({reason}). Compruebe que eligió el archivo correcto, o complete la plantilla de lista de participantes de PeerDesk.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="258" />
        <source>“{name}” has no sheet called “{sheet}”. Its sheets are: {sheets}.</source>
        <translation>“{name}” no tiene ninguna hoja llamada “{sheet}”. Sus hojas son: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="261" />
        <source>“{name}” is an administrator and has every program already. Nothing was changed.</source>
        <translation>“{name}” es administrador y ya tiene todos los programas. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="264" />
        <source>“{name}” is damaged or incomplete ({reason}). If it came by email or a download, fetch it again; otherwise open it in Excel, save a new copy as .xlsx, and import that.</source>
        <translation>“{name}” está dañado o incompleto ({reason}). Si llegó por correo o descarga, vuelva a obtenerlo; si no, ábralo en Excel, guarde una copia nueva como .xlsx e importe esa.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="268" />
        <source>“{name}” is not a spreadsheet ({reason}). Choose an Excel workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) or a .csv file.</source>
        <translation>“{name}” no es una hoja de cálculo ({reason}). Elija un libro de Excel (.xlsx, .xlsm, .xls), una hoja de OpenDocument (.ods) o un archivo .csv.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="272" />
        <source>“{name}” is one of PeerDesk's groups, not a user.</source>
        <translation>“{name}” es uno de los grupos de PeerDesk, no un usuario.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="273" />
        <source>“{name}” is protected with a password, so PeerDesk cannot read it. Open it in Excel, remove the password (File → Info → Protect Workbook), save it, and import it again.</source>
        <translation>“{name}” está protegido con contraseña, así que PeerDesk no puede leerlo. Ábralo en Excel, quite la contraseña (Archivo → Información → Proteger libro), guárdelo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="277" />
        <source>“{name}” owns the database and is always an administrator. Nothing was changed.</source>
        <translation>“{name}” es propietario de la base de datos y siempre es administrador. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="280" />
        <source>“{path}” already exists. Choose another name, or agree to replace it.</source>
        <translation>“{path}” ya existe. Elija otro nombre, o acepte reemplazarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="283" />
        <source>“{path}” already exists. Choose another name, or open the existing file.</source>
        <translation>“{path}” ya existe. Elija otro nombre, o abra el archivo existente.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="286" />
        <source>“{path}” does not exist. It may have been moved, renamed or deleted.</source>
        <translation>“{path}” no existe. Puede que se haya movido, renombrado o eliminado.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="289" />
        <source>“{path}” has no column called Email or ID, so it names nobody.</source>
        <translation>“{path}” no tiene ninguna columna llamada Email o ID, así que no nombra a nadie.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="290" />
        <source>“{path}” is a file, not a folder. Choose a folder to save the files in.</source>
        <translation>“{path}” es un archivo, no una carpeta. Elija una carpeta donde guardar los archivos.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="293" />
        <source>“{path}” is a folder. Choose a file name to save to.</source>
        <translation>“{path}” es una carpeta. Elija un nombre de archivo donde guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="294" />
        <source>“{path}” is already open in another PeerDesk window{where}. Switch to that window, or close it and try again.</source>
        <translation>“{path}” ya está abierto en otra ventana de PeerDesk{where}. Cambie a esa ventana, o ciérrela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="298" />
        <source>“{path}” is not a CSV file of text.</source>
        <translation>“{path}” no es un archivo CSV de texto.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="299" />
        <source>“{path}” is not a PeerDesk program file ({reason}). Choose a file that ends in .peerdesk, or create a new one with File → New file.</source>
        <translation>“{path}” no es un archivo de programa de PeerDesk ({reason}). Elija un archivo que termine en .peerdesk, o cree uno nuevo con Archivo → Nuevo archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="303" />
        <source>“{path}” is open in another program, such as Excel, or it is read-only; close it and try again, or save under another name. The file there now is unchanged.</source>
        <translation>“{path}” está abierto en otro programa, como Excel, o es de solo lectura; ciérrelo e inténtelo de nuevo, o guarde con otro nombre. El archivo que hay ahí no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="307" />
        <source>“{path}” is open in another program, such as a PDF viewer, or it is read-only; close it and try again, or save under another name.</source>
        <translation>“{path}” está abierto en otro programa, como un visor de PDF, o es de solo lectura; ciérrelo e inténtelo de nuevo, o guarde con otro nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="311" />
        <source>“{path}” is the program file itself, not a backup of it.</source>
        <translation>“{path}” es el propio archivo de programa, no una copia de seguridad de él.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="312" />
        <source>“{path}” was saved by a newer version of PeerDesk. Install the latest PeerDesk to open it; the file has not been changed.</source>
        <translation>“{path}” se guardó con una versión más reciente de PeerDesk. Instale la última versión de PeerDesk para abrirlo; el archivo no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="316" />
        <source>“{program}” has no pair {text}. List them with: peerdesk pairs FILE</source>
        <translation>“{program}” no tiene la pareja {text}. Véalas con: peerdesk pairs FILE</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="319" />
        <source>“{program}” has no step “{step}”. Its steps are: {steps}.</source>
        <translation>“{program}” no tiene el paso “{step}”. Sus pasos son: {steps}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="320" />
        <source>“{url}” is not a database address PeerDesk understands ({reason}). Write it as postgresql://user@host:5432/database.</source>
        <translation>“{url}” no es una dirección de base de datos que PeerDesk entienda ({reason}). Escríbala como postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="325" />
        <source>1 of the people to mark is not invited to this session. Invite them first, then mark their attendance.</source>
        <translation>1 de las personas a marcar no está invitada a esta sesión. Invítela primero y luego marque su asistencia.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="329" />
        <source>{count} of the people to mark are not invited to this session. Invite them first, then mark their attendance.</source>
        <translation>{count} de las personas a marcar no están invitadas a esta sesión. Invítelas primero y luego marque su asistencia.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="447" />
        <source>There are no circles to print: choose at least one circle.</source>
        <translation>No hay círculos que imprimir: elija al menos un círculo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="448" />
        <source>There are no circles to print: no circle of this program has those ids.</source>
        <translation>No hay círculos que imprimir: ningún círculo de este programa tiene esos ids.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="451" />
        <source>There are no circles to print: this program has no active circles yet.</source>
        <translation>No hay círculos que imprimir: este programa aún no tiene círculos activos.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="518" />
        <source>{name} has completed the program and cannot join a circle.</source>
        <translation>{name} ha completado el programa y no puede unirse a un círculo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="522" />
        <source>{name} has withdrawn and cannot join a circle.</source>
        <translation>{name} se ha retirado y no puede unirse a un círculo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="333" />
        <source>“{status}” is not an attendance mark; use attended, excused or absent.</source>
        <translation>“{status}” no es una marca de asistencia; use attended (asistió), excused (justificado) o absent (ausente).</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="336" />
        <source>This session was cancelled, so nobody can attend it. Restore it first.</source>
        <translation>Esta sesión se canceló, así que nadie puede asistir. Restáurela primero.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="339" />
        <source>This session has not begun yet, so nobody can be marked attended or absent. Mark apologies as excused now, and who came once it has begun.</source>
        <translation>Esta sesión aún no ha empezado, así que nadie puede marcarse como presente ni ausente. Marque ahora las ausencias justificadas, y quién vino cuando haya empezado.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="343" />
        <source>“{name}” has no column titled Name, First name, Last name or Email, so PeerDesk cannot tell who signed in. Add a row of column titles above the names. Nothing was changed.</source>
        <translation>“{name}” no tiene ninguna columna titulada Name, First name, Last name o Email, así que PeerDesk no puede saber quién firmó. Añada una fila de títulos de columna encima de los nombres. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="347" />
        <source>“{program}” has no kind of session “{kind}”. Its kinds are: {kinds}.</source>
        <translation>“{program}” no tiene el tipo de sesión “{kind}”. Sus tipos son: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="350" />
        <source>“{program}” has no session {text}. List them with: peerdesk sessions FILE</source>
        <translation>“{program}” no tiene la sesión {text}. Puede listarlas con: peerdesk sessions FILE</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="354" />
        <source>“{kind}” is not a kind of session in this program. Choose one from the list, or add it to the program's kinds of session first.</source>
        <translation>“{kind}” no es un tipo de sesión de este programa. Elija uno de la lista, o añádalo antes a los tipos de sesión del programa.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="358" />
        <source>A session's title can be at most {most} characters long.</source>
        <translation>El título de una sesión puede tener como máximo {most} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="362" />
        <source>A session lasts between {least} minutes and {most} hours.</source>
        <translation>Una sesión dura entre {least} minutos y {most} horas.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="366" />
        <source>The capacity is the number of places: a whole number from 1 up, or empty for no limit.</source>
        <translation>Las plazas son un número entero a partir de 1, o vacío para no poner límite.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="370" />
        <source>“{zone}” is not a time zone this computer knows.</source>
        <translation>“{zone}” no es una zona horaria que este equipo conozca.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="374" />
        <source>“{invite}” is not a way to invite people. Invite the mentors, the mentees, everyone, a circle or people you choose.</source>
        <translation>“{invite}” no es una forma de invitar a personas. Invite a los mentores, a los aprendices, a todos, a un círculo o a las personas que elija.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="378" />
        <source>Choose the circle whose members are invited.</source>
        <translation>Elija el círculo cuyos miembros se invitan.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="382" />
        <source>Choose at least one person to invite.</source>
        <translation>Elija al menos una persona para invitar.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="386" />
        <source>{count} of the people chosen are not in this program (ids {ids}). Choose people from this program's list.</source>
        <translation>{count} de las personas elegidas no están en este programa (ids {ids}). Elija personas de la lista de este programa.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="390" />
        <source>{count} people are invited to “{title}” on {day}, which has {capacity} places.</source>
        <translation>Hay {count} personas invitadas a “{title}” del {day}, que tiene {capacity} plazas.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="394" />
        <source>{count} people are chosen but the session has {capacity} places. Choose fewer people, or give the session more places.</source>
        <translation>Hay {count} personas elegidas, pero la sesión tiene {capacity} plazas. Elija menos personas o dé más plazas a la sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="398" />
        <source>“{cadence}” is not a repeat PeerDesk knows: every week, every two weeks, every four weeks or every month.</source>
        <translation>“{cadence}” no es una repetición que PeerDesk conozca: cada semana, cada dos semanas, cada cuatro semanas o cada mes.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="402" />
        <source>The series' last date ({last}) is before its first date ({first}).</source>
        <translation>La última fecha de la serie ({last}) es anterior a la primera ({first}).</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="406" />
        <source>No session of the series falls between its first and last date.</source>
        <translation>Ninguna sesión de la serie cae entre su primera y su última fecha.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="410" />
        <source>A series can hold at most {most} sessions; this one would hold {count}. Choose an earlier last date or a longer step.</source>
        <translation>Una serie puede tener como máximo {most} sesiones; esta tendría {count}. Elija una última fecha más temprana o un intervalo más largo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="414" />
        <source>Every kind of session needs a name.</source>
        <translation>Cada tipo de sesión necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="418" />
        <source>The name “{name}” is too long for a kind of session (at most {most} characters).</source>
        <translation>El nombre “{name}” es demasiado largo para un tipo de sesión (como máximo {most} caracteres).</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="422" />
        <source>Two kinds of session are called “{name}”. Give each kind its own name.</source>
        <translation>Dos tipos de sesión se llaman “{name}”. Dé a cada tipo su propio nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="426" />
        <source>“{colour}” is not a colour PeerDesk understands. Use the form #2e7d32, or leave it empty.</source>
        <translation>“{colour}” no es un color que PeerDesk entienda. Use la forma #2e7d32, o déjelo vacío.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="430" />
        <source>The kind “{name}” can't be taken off the list: {count} session(s) are of that kind. Change their kind first, or keep it. Nothing was changed.</source>
        <translation>El tipo “{name}” no se puede quitar de la lista: hay {count} sesión(es) de ese tipo. Cambie antes su tipo, o consérvelo. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="434" />
        <source>A program needs at least one kind of session. Nothing was changed.</source>
        <translation>Un programa necesita al menos un tipo de sesión. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="439" />
        <source>{count} people can make between 1 and {most} circles of at least 2 people; choose a number in that range.</source>
        <translation>Con {count} personas se pueden formar entre 1 y {most} círculos de al menos 2 personas; elija un número en ese intervalo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="443" />
        <source>Each circle has one leader: {circles} circles need {circles} leaders, and {leaders} were chosen.</source>
        <translation>Cada círculo tiene un líder: {circles} círculos necesitan {circles} líderes, y se eligieron {leaders}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="454" />
        <source>A circle needs at least 2 people (a leader and a member); choose a larger size.</source>
        <translation>Un círculo necesita al menos 2 personas (un líder y un miembro); elija un tamaño mayor.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="458" />
        <source>A circle's name can be at most {most} characters long.</source>
        <translation>El nombre de un círculo puede tener como máximo {most} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="462" />
        <source>A person in a circle is its leader or a member.</source>
        <translation>Una persona de un círculo es su líder o un miembro.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="466" />
        <source>Choose another circle to move them to.</source>
        <translation>Elija otro círculo al que moverla.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="470" />
        <source>Give the circle a name.</source>
        <translation>Dé un nombre al círculo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="474" />
        <source>One of the chosen leaders is not ready, is already in a circle or is not a mentor. Choose the leaders again.</source>
        <translation>Uno de los líderes elegidos no está listo, ya está en un círculo o no es mentor. Vuelva a elegir los líderes.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="478" />
        <source>Only a paused circle can be resumed.</source>
        <translation>Solo se puede reanudar un círculo en pausa.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="482" />
        <source>Only an active circle can be paused.</source>
        <translation>Solo se puede pausar un círculo activo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="486" />
        <source>Only an active or paused circle can be ended.</source>
        <translation>Solo se puede terminar un círculo activo o en pausa.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="490" />
        <source>Say why the circle is ending.</source>
        <translation>Indique por qué termina el círculo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="494" />
        <source>Someone is in two of these circles; each person is in one.</source>
        <translation>Alguien está en dos de estos círculos; cada persona va en uno solo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="498" />
        <source>The circle “{circle}” has ended.</source>
        <translation>El círculo “{circle}” ha terminado.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="502" />
        <source>The circle “{circle}” needs a leader.</source>
        <translation>El círculo “{circle}” necesita un líder.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="506" />
        <source>There are no circles to confirm.</source>
        <translation>No hay círculos que confirmar.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="510" />
        <source>{circles} circles need {circles} leaders, but only {leaders} of the people ready can lead (mentors). Choose a larger size or fewer circles.</source>
        <translation>{circles} círculos necesitan {circles} líderes, pero solo {leaders} de las personas listas pueden dirigir (mentores). Elija un tamaño mayor o menos círculos.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="514" />
        <source>{count} people are ready and not in a circle; forming circles needs at least 2.</source>
        <translation>Hay {count} personas listas y sin círculo; para formar círculos hacen falta al menos 2.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="526" />
        <source>{name} is already in another circle.</source>
        <translation>{name} ya está en otro círculo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="530" />
        <source>{name} is in this circle already.</source>
        <translation>{name} ya está en este círculo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="534" />
        <source>{name} is not a mentor and cannot lead a circle.</source>
        <translation>{name} no es mentor y no puede dirigir un círculo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="538" />
        <source>{name} is not in this circle.</source>
        <translation>{name} no está en este círculo.</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../ui/help.py" line="46" />
        <source>&lt;p&gt;&lt;small&gt;&lt;b&gt;Included software.&lt;/b&gt; Qt and Qt for Python (PySide6), and psycopg (the PostgreSQL driver), under the GNU Lesser General Public License 3.0: they are separate libraries in PeerDesk's program folder, so you can replace them with your own build of the same version. libpq (PostgreSQL License); SQLAlchemy, Alembic, openpyxl, python-calamine, platformdirs and keyring (MIT License); ReportLab, NumPy, SciPy, icalendar, Babel and Snowball (snowballstemmer) (BSD License); rustworkx (Apache License 2.0); PDFium and pypdfium2 (Apache License 2.0 and BSD License); the Unicode CLDR data in Babel (Unicode License); the Noto Sans fonts (SIL Open Font License 1.1); Python (Python Software Foundation License); and the libraries these use, under the MIT, BSD, Apache 2.0 and PSF licenses.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;&lt;b&gt;Software incluido.&lt;/b&gt; Qt y Qt for Python (PySide6), y psycopg (el controlador de PostgreSQL), bajo la Licencia Pública General Reducida de GNU 3.0: son bibliotecas separadas en la carpeta del programa PeerDesk, así que puede reemplazarlas por su propia compilación de la misma versión. libpq (Licencia PostgreSQL); SQLAlchemy, Alembic, openpyxl, python-calamine, platformdirs y keyring (Licencia MIT); ReportLab, NumPy, SciPy, icalendar, Babel y Snowball (snowballstemmer) (Licencia BSD); rustworkx (Licencia Apache 2.0); PDFium y pypdfium2 (Licencia Apache 2.0 y Licencia BSD); los datos Unicode CLDR de Babel (Licencia Unicode); las fuentes Noto Sans (SIL Open Font License 1.1); Python (Licencia de la Python Software Foundation); y las bibliotecas que estas usan, bajo las licencias MIT, BSD, Apache 2.0 y PSF.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>importer</name>
    <message>
        <location filename="../../ui/importer/drops.py" line="19" />
        <source>Rosters ({patterns})</source>
        <translation>Listas de participantes ({patterns})</translation>
    </message>
    <message>
        <location filename="../../ui/importer/drops.py" line="22" />
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="35" />
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52" />
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
</context>
<context>
    <name>sample</name>
    <message>
        <location filename="../../ui/sample_banner.py" line="118" />
        <source>Preparing the sample program…</source>
        <translation>Preparando el programa de ejemplo…</translation>
    </message>
</context>
</TS>
