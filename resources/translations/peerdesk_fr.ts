<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name />
    <message>
        <location filename="../../ui/backup_dialog.py" line="44" />
        <source>Automatic, when the file was opened</source>
        <translation>Automatique, à l'ouverture du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="45" />
        <source>Backup now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="46" />
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="47" />
        <source>Before an upgrade of PeerDesk</source>
        <translation>Avant une mise à jour de PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="61" />
        <location filename="../../ui/dashboard/sessions.py" line="96" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="62" />
        <location filename="../../ui/calendar/log_meetings.py" line="100" />
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="63" />
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="64" />
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="65" />
        <location filename="../../ui/checkins/models.py" line="242" />
        <location filename="../../ui/circles/model.py" line="73" />
        <location filename="../../ui/importer/common.py" line="64" />
        <location filename="../../ui/pairs/model.py" line="57" />
        <location filename="../../ui/people/rows.py" line="71" />
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="178" />
        <source>Not logged</source>
        <translation>Non saisie</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="179" />
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="185" />
        <location filename="../../ui/calendar/session_rows.py" line="78" />
        <source>Where: {place}</source>
        <translation>Lieu : {place}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="187" />
        <source>Topics: {topics}</source>
        <translation>Sujets : {topics}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda.py" line="189" />
        <source>Moved from its series' usual day or time.</source>
        <translation>Déplacée par rapport au jour ou à l'heure habituels de sa série.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="57" />
        <source>Missed in a row</source>
        <translation>Absences consécutives</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="58" />
        <source>No meeting for weeks</source>
        <translation>Aucune rencontre depuis des semaines</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="59" />
        <source>Low satisfaction</source>
        <translation>Satisfaction faible</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="60" />
        <source>Check-in overdue</source>
        <translation>Point de suivi en retard</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="61" />
        <source>No session attended</source>
        <translation>Aucune séance suivie</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="62" />
        <location filename="../../ui/calendar/data.py" line="160" />
        <source>Not logged yet</source>
        <translation>Pas encore saisie</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="72" />
        <source>1 meeting not logged, on {date}</source>
        <translation>1 rencontre non saisie, le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="73" />
        <source>{n} meetings not logged, since {date}</source>
        <translation>{n} rencontres non saisies, depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="77" />
        <source>No meeting held for {weeks} weeks (since {date})</source>
        <translation>Aucune rencontre tenue depuis {weeks} semaines (depuis le {date})</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="81" />
        <source>{n} cancelled or missed in a row, since {date}</source>
        <translation>{n} annulées ou manquées d'affilée, depuis le {date}</translation>
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
        <translation>mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="84" />
        <source>{name} ({role}) rated satisfaction {score} of 5 on {date}</source>
        <translation>{name} ({role}) a noté sa satisfaction {score} sur 5 le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="91" />
        <source>{name} ({role}) did not attend the group session held since the match began ({date})</source>
        <translation>{name} ({role}) n'a pas assisté à la séance de groupe tenue depuis le début du jumelage ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="95" />
        <source>{name} ({role}) attended none of the {n} group sessions held since the match began ({date})</source>
        <translation>{name} ({role}) n'a assisté à aucune des {n} séances de groupe tenues depuis le début du jumelage ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="102" />
        <source>Check-in with {name} ({role}) overdue since {date}</source>
        <translation>Point de suivi avec {name} ({role}) en retard depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="110" />
        <source>{date}: 1 meeting not logged yet</source>
        <translation>{date} : 1 rencontre pas encore saisie</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="111" />
        <source>{date}: {n} meetings not logged yet</source>
        <translation>{date} : {n} rencontres pas encore saisies</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="182" />
        <source>Log them…</source>
        <translation>Les saisir…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="184" />
        <source>Log this day's meetings</source>
        <translation>Saisir les rencontres de ce jour</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="212" />
        <source>Show one reason only</source>
        <translation>Un seul motif</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="213" />
        <source>Every reason</source>
        <translation>Tous les motifs</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="256" />
        <source>Needs attention ({n})</source>
        <translation>À surveiller ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="277" />
        <source>Nothing needs attention. No meetings are waiting to be logged.</source>
        <translation>Rien à surveiller. Aucune rencontre n'attend d'être saisie.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="279" />
        <source>Nothing needs attention. Every pair is meeting and logged.</source>
        <translation>Rien à surveiller. Chaque binôme se rencontre et tout est saisi.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attention.py" line="281" />
        <source>Nothing for this reason.</source>
        <translation>Rien pour ce motif.</translation>
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
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/data.py" line="161" />
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/data.py" line="162" />
        <location filename="../../ui/calendar/session_rows.py" line="59" />
        <location filename="../../ui/dashboard/sessions.py" line="155" />
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/data.py" line="163" />
        <source>No-show</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/data.py" line="181" />
        <source>Check-in: {name}</source>
        <translation>Point de suivi : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/data.py" line="187" />
        <source>peer</source>
        <translation>pair</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="98" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="99" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="101" />
        <source>What happened</source>
        <translation>Déroulement</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="102" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month.py" line="175" />
        <source>{date}: no meetings</source>
        <translation>{date} : aucune rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month.py" line="181" />
        <source>1 meeting</source>
        <translation>1 rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month.py" line="181" />
        <source>{n} meetings</source>
        <translation>{n} rencontres</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month.py" line="183" />
        <source>1 staff check-in</source>
        <translation>1 point de suivi équipe</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month.py" line="183" />
        <source>{n} staff check-ins</source>
        <translation>{n} points de suivi équipe</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month.py" line="185" />
        <source>1 group session</source>
        <translation>1 séance de groupe</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month.py" line="185" />
        <source>{n} group sessions</source>
        <translation>{n} séances de groupe</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month.py" line="186" />
        <source>{date}: {what}</source>
        <translation>{date} : {what}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/month.py" line="291" />
        <source>+{n} more</source>
        <translation>+{n} de plus</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="81" />
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="82" />
        <location filename="../../ui/labels.py" line="28" />
        <location filename="../../ui/labels.py" line="36" />
        <source>Every two weeks</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="83" />
        <source>Every four weeks</source>
        <translation>Toutes les quatre semaines</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="84" />
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="633" />
        <source>Scheduled {count} meetings.</source>
        <translation>{count} rencontres planifiées.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="644" />
        <source>Reading the calendar…</source>
        <translation>Lecture du calendrier…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="662" />
        <source>Schedule their meetings?</source>
        <translation>Planifier leurs rencontres ?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="664" />
        <source>The pair is confirmed. Schedule its meetings now?</source>
        <translation>Le binôme est confirmé. Planifier ses rencontres maintenant ?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="666" />
        <source>{count} pairs are confirmed. Schedule their meetings now?</source>
        <translation>{count} binômes sont confirmés. Planifier leurs rencontres maintenant ?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="670" />
        <source>Meetings on the program's cadence{cadence}, or only a first meeting to start, each placed so that nobody is in two meetings at once. You see the plan before anything is saved.</source>
        <translation>Des rencontres au rythme du programme{cadence}, ou seulement une première rencontre pour démarrer, placées pour que personne n'ait deux rencontres en même temps. Vous voyez le planning avant tout enregistrement.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="675" />
        <source>Schedule meetings…</source>
        <translation>Planifier les rencontres…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="678" />
        <source>First meeting only…</source>
        <translation>Première rencontre seulement…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="678" />
        <source>First meetings only…</source>
        <translation>Premières rencontres seulement…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="682" />
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/commands.py" line="40" />
        <location filename="../../ui/undo.py" line="48" />
        <source>Redoing…</source>
        <translation>Rétablissement…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/commands.py" line="44" />
        <location filename="../../ui/undo.py" line="52" />
        <source>Undoing…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/commands.py" line="74" />
        <source>Record a response</source>
        <translation>Saisir une réponse</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/commands.py" line="94" />
        <source>Import responses</source>
        <translation>Importer des réponses</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/commands.py" line="117" />
        <source>Add a goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/commands.py" line="119" />
        <source>Delete a goal</source>
        <translation>Supprimer un objectif</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/commands.py" line="121" />
        <source>Change a goal</source>
        <translation>Modifier un objectif</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="57" />
        <source>Goals reached</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="58" />
        <source>Program ended</source>
        <translation>Fin du programme</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="59" />
        <source>Schedules did not fit</source>
        <translation>Emplois du temps incompatibles</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="60" />
        <source>Lost contact</source>
        <translation>Contact perdu</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="61" />
        <source>Not a good match</source>
        <translation>Jumelage inadapté</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="62" />
        <source>Moved away or changed role</source>
        <translation>Déménagement ou changement de poste</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="63" />
        <source>Personal or health reasons</source>
        <translation>Raisons personnelles ou de santé</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="64" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="108" />
        <source>Strongly disagree</source>
        <translation>Pas du tout d'accord</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="109" />
        <source>Disagree</source>
        <translation>Pas d'accord</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="110" />
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="111" />
        <source>Agree</source>
        <translation>D'accord</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="112" />
        <source>Strongly agree</source>
        <translation>Tout à fait d'accord</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="138" />
        <source>A number</source>
        <translation>Un nombre</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="47" />
        <source>Pre-program assessment</source>
        <translation>Évaluation avant le programme</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="48" />
        <source>Check-in</source>
        <translation>Point de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="49" />
        <source>Post-program assessment</source>
        <translation>Évaluation après le programme</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="50" />
        <source>Closing survey</source>
        <translation>Questionnaire de clôture</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="56" />
        <source>Agree–disagree (1–5)</source>
        <translation>D'accord–pas d'accord (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="57" />
        <source>Yes or no</source>
        <translation>Oui ou non</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="58" />
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="59" />
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="65" />
        <location filename="../../ui/pairs/model.py" line="77" />
        <location filename="../../ui/people/rows.py" line="101" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="65" />
        <location filename="../../ui/pairs/model.py" line="79" />
        <source>Ended early</source>
        <translation>Arrêté avant terme</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="67" />
        <location filename="../../ui/matching/widgets.py" line="183" />
        <location filename="../../ui/pairs/model.py" line="67" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="68" />
        <location filename="../../ui/pairs/model.py" line="68" />
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="69" />
        <location filename="../../ui/matching/widgets.py" line="184" />
        <location filename="../../ui/pairs/model.py" line="66" />
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="184" />
        <source>Answered</source>
        <translation>Date de réponse</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="188" />
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="189" />
        <location filename="../../ui/checkins/models.py" line="283" />
        <source>Survey</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="190" />
        <location filename="../../ui/checkins/models.py" line="291" />
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="192" />
        <source>Entered</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="193" />
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="193" />
        <source>By hand</source>
        <translation>À la main</translation>
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
        <translation>Mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="247" />
        <location filename="../../ui/importer/common.py" line="75" />
        <location filename="../../ui/wizard/review.py" line="52" />
        <location filename="../../ui/wizard/settings_dialog.py" line="199" />
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="250" />
        <location filename="../../ui/checkins/models.py" line="270" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="264" />
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="266" />
        <source>Target date</source>
        <translation>Date visée</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="287" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="288" />
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="289" />
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="290" />
        <source>Asked</source>
        <translation>Posée</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="134" />
        <location filename="../../ui/checkins/models.py" line="290" />
        <location filename="../../ui/conflict_dialog.py" line="64" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/models.py" line="290" />
        <source>No (off)</source>
        <translation>Non (désactivé)</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="134" />
        <location filename="../../ui/conflict_dialog.py" line="64" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="80" />
        <source>another coordinator</source>
        <translation>un autre coordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="83" />
        <source>{record} were changed by {who} while you were editing.</source>
        <translation>{record} ont été modifiés par {who} pendant que vous les modifiiez.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="85" />
        <source>{record} was changed by {who} while you were editing.</source>
        <translation>{record} a été modifié par {who} pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="91" />
        <source>{time} on {date}</source>
        <translation>{time} le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="93" />
        <source>{record} were changed by {who} at {time} while you were editing.</source>
        <translation>{record} ont été modifiés par {who} à {time} pendant que vous les modifiiez.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="95" />
        <source>{record} was changed by {who} at {time} while you were editing.</source>
        <translation>{record} a été modifié par {who} à {time} pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="121" />
        <source>Changed while you were editing</source>
        <translation>Modifié pendant votre saisie</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="138" />
        <source>Nothing of yours has been saved yet. The fields that differ are highlighted: keep their version, keep yours, or choose in each row and save the merge.</source>
        <translation>Rien de ce que vous avez saisi n'est encore enregistré. Les champs qui diffèrent sont surlignés : gardez leur version, la vôtre, ou choisissez ligne par ligne et enregistrez la fusion.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="176" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="176" />
        <source>Their version (saved)</source>
        <translation>Leur version (enregistrée)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="176" />
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="232" />
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="232" />
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="235" />
        <source>{field}: their version</source>
        <translation>{field} : leur version</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="237" />
        <source>{field}: your version</source>
        <translation>{field} : votre version</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="252" />
        <source>&amp;Copy my version</source>
        <translation>&amp;Copier ma version</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="254" />
        <source>Put your values on the clipboard, to paste elsewhere</source>
        <translation>Mettre vos valeurs dans le presse-papiers, pour les coller ailleurs</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="255" />
        <source>Keep &amp;theirs</source>
        <translation>Garder la &amp;leur</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="257" />
        <source>Leave the record as saved; your changes are dropped</source>
        <translation>Laisser la fiche telle qu'enregistrée ; vos modifications sont abandonnées</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="258" />
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="260" />
        <source>Save your version over theirs</source>
        <translation>Enregistrer votre version à la place de la leur</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="261" />
        <source>&amp;Save merged</source>
        <translation>&amp;Enregistrer la fusion</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="263" />
        <source>Save the version chosen in each row</source>
        <translation>Enregistrer la version choisie dans chaque ligne</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="303" />
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="124" />
        <source>PeerDesk closed unexpectedly</source>
        <translation>PeerDesk s'est fermé de façon inattendue</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="125" />
        <source>PeerDesk closed unexpectedly last time</source>
        <translation>PeerDesk s'est fermé de façon inattendue la dernière fois</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="127" />
        <source>It stopped without closing properly. Everything it had saved before that is still in your program file. If this keeps happening, copy the report below and send it, with the log file, to whoever helps you with PeerDesk; it holds no names or other personal data.</source>
        <translation>Il s'est arrêté sans se fermer correctement. Tout ce qu'il avait enregistré avant reste dans votre fichier de programme. Si cela se reproduit, copiez le rapport ci-dessous et envoyez-le, avec le fichier journal, à la personne qui vous aide avec PeerDesk ; il ne contient ni noms ni autres données personnelles.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="60" />
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="61" />
        <location filename="../../ui/people/export.py" line="115" />
        <location filename="../../ui/people/export.py" line="119" />
        <location filename="../../ui/wizard/review.py" line="119" />
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="62" />
        <source>Pairs and goals</source>
        <translation>Binômes et objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="63" />
        <location filename="../../ui/wizard/review.py" line="118" />
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="64" />
        <source>Check-ins and surveys</source>
        <translation>Points de suivi et questionnaires</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="65" />
        <source>Program settings</source>
        <translation>Paramètres du programme</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="72" />
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="74" />
        <source>Every change to this program, when and by whom</source>
        <translation>Chaque modification de ce programme, quand et par qui</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="73" />
        <source>The person it added is removed.</source>
        <translation>La personne ajoutée est retirée.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="74" />
        <source>The {n} people it added are removed.</source>
        <translation>Les {n} personnes ajoutées sont retirées.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="81" />
        <source>The person it updated gets their earlier details back.</source>
        <translation>La personne mise à jour retrouve ses informations précédentes.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="82" />
        <source>The {n} people it updated get their earlier details back.</source>
        <translation>Les {n} personnes mises à jour retrouvent leurs informations précédentes.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="88" />
        <source>Undo the import?</source>
        <translation>Annuler l'import ?</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="89" />
        <source>Undo the import of “{name}”?</source>
        <translation>Annuler l'import de « {name} » ?</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="90" />
        <source>&amp;Undo import</source>
        <translation>&amp;Annuler l'import</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="99" />
        <source>The import of “{name}” was undone.</source>
        <translation>L'import de « {name} » a été annulé.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="109" />
        <source>Import “{name}”</source>
        <translation>Import de « {name} »</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="146" />
        <location filename="../../ui/importer/command.py" line="256" />
        <source>Undoing the import…</source>
        <translation>Annulation de l'import…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="151" />
        <location filename="../../ui/importer/command.py" line="254" />
        <source>The import could not be undone</source>
        <translation>L'import n'a pas pu être annulé</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="186" />
        <source>The import could not be done again</source>
        <translation>L'import n'a pas pu être refait</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="188" />
        <source>Importing “{name}” again…</source>
        <translation>Nouvel import de « {name} »…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="199" />
        <source>“{name}” was imported again.</source>
        <translation>« {name} » a été importé de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="226" />
        <source>Looking for the last import…</source>
        <translation>Recherche du dernier import…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="234" />
        <source>Undo last import</source>
        <translation>Annuler le dernier import</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="236" />
        <source>This program has no import to undo.</source>
        <translation>Ce programme n'a aucun import à annuler.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/command.py" line="242" />
        <source>The import of “{name}” can no longer be undone: {reason}.</source>
        <translation>L'import de « {name} » ne peut plus être annulé : {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="74" />
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="76" />
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="77" />
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="78" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="79" />
        <source>Date joined</source>
        <translation>Date d'arrivée</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="80" />
        <source>Form submission time</source>
        <translation>Heure d'envoi du formulaire</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="81" />
        <source>Preferred partners (names or emails)</source>
        <translation>Partenaires préférés (noms ou e-mails)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="82" />
        <source>People not to pair with (names or emails)</source>
        <translation>Personnes avec qui ne pas jumeler (noms ou e-mails)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="83" />
        <source>Keep as custom field</source>
        <translation>Garder comme champ personnalisé</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="84" />
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="94" />
        <source>Custom field “{name}”</source>
        <translation>Champ personnalisé « {name} »</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="103" />
        <source>Both mentor and mentee</source>
        <translation>À la fois mentor et mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="104" />
        <source>Not a role (row is a problem)</source>
        <translation>Pas un rôle (ligne à problème)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="111" />
        <source>Roles from a column</source>
        <translation>Rôles d'après une colonne</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="112" />
        <source>Everyone is a mentor</source>
        <translation>Tout le monde est mentor</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="113" />
        <source>Everyone is a mentee</source>
        <translation>Tout le monde est mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="114" />
        <source>Everyone is both</source>
        <translation>Tout le monde est les deux</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="122" />
        <location filename="../../ui/people/rows.py" line="89" />
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="123" />
        <location filename="../../ui/pairs/model.py" line="55" />
        <location filename="../../ui/pairs/model.py" line="56" />
        <location filename="../../ui/people/rows.py" line="90" />
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="38" />
        <location filename="../../ui/importer/launch.py" line="54" />
        <source>Import a roster</source>
        <translation>Importer une liste des participants</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="55" />
        <source>Create a program first: the people in a roster join a program.</source>
        <translation>Créez d'abord un programme : les personnes d'une liste rejoignent un programme.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="72" />
        <source>This roster cannot be imported</source>
        <translation>Cette liste ne peut pas être importée</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="74" />
        <source>Reading “{name}”…</source>
        <translation>Lecture de « {name} »…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="107" />
        <source>“{name}” was imported: {added} added, {updated} updated.</source>
        <translation>« {name} » a été importé : {added} ajoutées, {updated} mises à jour.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="146" />
        <source>PeerDesk roster template.xlsx</source>
        <translation>Modèle de liste PeerDesk.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="149" />
        <source>Save a blank roster template</source>
        <translation>Enregistrer un modèle de liste vierge</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="151" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/signin_sheet.py" line="37" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/signin_sheet.py" line="51" />
        <source>Sign-in {title} {date}</source>
        <translation>Émargement {title} {date}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/signin_sheet.py" line="72" />
        <source>Save the sign-in sheet</source>
        <translation>Enregistrer la feuille d'émargement</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/signin_sheet.py" line="88" />
        <source>Saved the sign-in sheet to {path}</source>
        <translation>Feuille d'émargement enregistrée dans {path}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/signin_sheet.py" line="91" />
        <source>Writing the sign-in sheet…</source>
        <translation>Écriture de la feuille d'émargement…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/signin_sheet.py" line="100" />
        <location filename="../../ui/importer/launch.py" line="165" />
        <location filename="../../ui/people/export.py" line="145" />
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/signin_sheet.py" line="101" />
        <source>“{name}” already exists in {folder}. Replace it?</source>
        <translation>« {name} » existe déjà dans {folder}. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/signin_sheet.py" line="106" />
        <source>The file there now will be lost.</source>
        <translation>Le fichier qui s'y trouve sera perdu.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="166" />
        <source>“{name}” already exists. Replace it with a blank roster template?</source>
        <translation>« {name} » existe déjà. Le remplacer par un modèle de liste vierge ?</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="169" />
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="188" />
        <source>The blank roster template was saved as {path}</source>
        <translation>Le modèle de liste vierge a été enregistré sous {path}</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="191" />
        <source>The template could not be saved</source>
        <translation>Le modèle n'a pas pu être enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/importer/launch.py" line="193" />
        <source>Saving the template…</source>
        <translation>Enregistrement du modèle…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="63" />
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="64" />
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="65" />
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="66" />
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="67" />
        <location filename="../../ui/importer/preview_model.py" line="339" />
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="117" />
        <source>{column}, cell {cell}</source>
        <translation>{column}, cellule {cell}</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="256" />
        <source>{cell}. Double-click or press F2 to correct this value; only this import uses it, the file itself is not changed.</source>
        <translation>{cell}. Double-cliquez ou appuyez sur F2 pour corriger cette valeur ; seul cet import l'utilise, le fichier lui-même n'est pas modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="260" />
        <source>Tick to leave this row out of the import.</source>
        <translation>Cochez pour exclure cette ligne de l'import.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="303" />
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="304" />
        <location filename="../../ui/importer/preview_model.py" line="389" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="305" />
        <location filename="../../ui/importer/preview_model.py" line="389" />
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="306" />
        <location filename="../../ui/importer/preview_model.py" line="389" />
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_list.py" line="50" />
        <source>Not marked</source>
        <translation>Non marqué</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_list.py" line="51" />
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_list.py" line="52" />
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_list.py" line="53" />
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_list.py" line="104" />
        <source>Came</source>
        <translation>Venu</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_list.py" line="107" />
        <location filename="../../ui/dashboard/sessions.py" line="99" />
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="161" />
        <location filename="../../ui/calendar/session_rows.py" line="53" />
        <source>{kind}: {title}</source>
        <translation>{kind} : {title}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="163" />
        <source>{day}, {start}–{end}</source>
        <translation>{day}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="170" />
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="195" />
        <source>&amp;Dismiss</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="623" />
        <source>Reading the session…</source>
        <translation>Lecture de la séance…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="104" />
        <source>Attendance saved for 1 person.</source>
        <translation>Présence enregistrée pour 1 personne.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="90" />
        <source>Row {row}: “{written}” is not anyone in this program.</source>
        <translation>Ligne {row} : « {written} » ne correspond à personne dans ce programme.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="92" />
        <source>Row {row}: “{written}” matches more than one person; write their e-mail.</source>
        <translation>Ligne {row} : « {written} » correspond à plusieurs personnes ; indiquez l'e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="94" />
        <source>Row {row}: “{written}” was not invited to this session.</source>
        <translation>Ligne {row} : « {written} » ne figure pas parmi les invités de cette séance.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="105" />
        <source>Attendance saved for {n} people.</source>
        <translation>Présence enregistrée pour {n} personnes.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="112" />
        <source>The session's readiness step is recorded for 1 person.</source>
        <translation>L’étape de préparation de la séance est enregistrée pour 1 personne.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="113" />
        <source>The session's readiness step is recorded for {n} people.</source>
        <translation>L’étape de préparation de la séance est enregistrée pour {n} personnes.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="120" />
        <source>1 person is now ready for matching.</source>
        <translation>1 personne est désormais prête pour le jumelage.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="121" />
        <source>{n} people are now ready for matching.</source>
        <translation>{n} personnes sont désormais prêtes pour le jumelage.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="128" />
        <source>The session's readiness step is taken back from 1 person.</source>
        <translation>L’étape de préparation de la séance est retirée à 1 personne.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="129" />
        <source>The session's readiness step is taken back from {n} people.</source>
        <translation>L’étape de préparation de la séance est retirée à {n} personnes.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="59" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="60" />
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="61" />
        <location filename="../../ui/importer/preview_model.py" line="308" />
        <location filename="../../ui/importer/preview_model.py" line="389" />
        <location filename="../../ui/people/rows.py" line="69" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_list.py" line="106" />
        <location filename="../../ui/importer/common.py" line="63" />
        <location filename="../../ui/importer/preview_model.py" line="309" />
        <location filename="../../ui/people/rows.py" line="70" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="310" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="311" />
        <source>Value to fix</source>
        <translation>Valeur à corriger</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="335" />
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="336" />
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="337" />
        <source>Duplicate, not imported</source>
        <translation>Doublon, non importée</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="338" />
        <source>Not imported: a problem</source>
        <translation>Non importée : un problème</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_model.py" line="390" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <location filename="../../ui/labels.py" line="35" />
        <source>Weekly</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <location filename="../../ui/labels.py" line="37" />
        <source>Monthly</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>Every three months</source>
        <translation>Tous les trois mois</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39" />
        <source>No regular check-ins</source>
        <translation>Pas de points de suivi réguliers</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45" />
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>By video</source>
        <translation>En visio</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>Either, as the pair prefers</source>
        <translation>L'un ou l'autre, au choix du binôme</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>Prefer the same department</source>
        <translation>Préférer le même service</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>Prefer a different department</source>
        <translation>Préférer un autre service</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Department does not matter</source>
        <translation>Le service n'a pas d'importance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61" />
        <source>The best total score over everyone</source>
        <translation>Le meilleur score total pour tous</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>As many people matched as possible, then the best score</source>
        <translation>Le plus de personnes jumelées possible, puis le meilleur score</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>Honour preferences (stable), then the best score</source>
        <translation>Respecter les préférences (stable), puis le meilleur score</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64" />
        <source>Fairest: the highest lowest score, then the best total</source>
        <translation>Le plus équitable : le score minimal le plus haut, puis le meilleur total</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>Screening</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76" />
        <source>&amp;Workplace</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78" />
        <source>Colleagues learn from colleagues in other teams. Meetings every two weeks, in person or by video; manager approval and a short orientation.</source>
        <translation>Des collègues apprennent de collègues d'autres équipes. Rencontres toutes les deux semaines, en personne ou en visio ; accord du responsable et courte présentation.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83" />
        <source>&amp;School or university</source>
        <translation>É&amp;cole ou université</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85" />
        <source>Older students guide newer ones in the same department. 45-minute meetings every two weeks; an interview and peer mentor training.</source>
        <translation>Des étudiants avancés guident les nouveaux du même département. Rencontres de 45 minutes toutes les deux semaines ; un entretien et une formation au mentorat par les pairs.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90" />
        <source>&amp;Youth</source>
        <translation>&amp;Jeunesse</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92" />
        <source>Adult volunteers meet a young person weekly, in person. References, a background check, safeguarding training and a guardian's signature.</source>
        <translation>Des bénévoles adultes rencontrent un jeune chaque semaine, en personne. Références, vérification des antécédents, formation à la protection de l'enfance et signature d'un représentant légal.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97" />
        <source>&amp;Recovery or peer support</source>
        <translation>&amp;Rétablissement ou pair-aidance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99" />
        <source>People in recovery meet peers who are further along, weekly. An intake conversation, peer support training and a crisis line in the agreement.</source>
        <translation>Des personnes en rétablissement rencontrent chaque semaine des pairs plus avancés. Un entretien d'accueil, une formation à la pair-aidance et une ligne d'écoute de crise dans la convention.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108" />
        <source>Shared interests</source>
        <translation>Centres d'intérêt communs</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109" />
        <source>Mentee's goals fit mentor's skills</source>
        <translation>Les objectifs du mentoré correspondent aux compétences du mentor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110" />
        <source>Free-text similarity (what they wrote)</source>
        <translation>Similarité du texte libre (ce qu'ils ont écrit)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111" />
        <source>Department (see the rule below)</source>
        <translation>Service (voir la règle ci-dessous)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112" />
        <source>Experience gap (see the range below)</source>
        <translation>Écart d'expérience (voir la fourchette ci-dessous)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113" />
        <source>Free at the same times</source>
        <translation>Disponibles aux mêmes moments</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114" />
        <source>A shared language</source>
        <translation>Une langue commune</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115" />
        <source>Same meeting format preference</source>
        <translation>Même format de rencontre préféré</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116" />
        <source>Same location</source>
        <translation>Même lieu</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117" />
        <source>Stated preferences: one asked for the other</source>
        <translation>Préférences exprimées : l'un a demandé l'autre</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122" />
        <source>Custom field: {name}</source>
        <translation>Champ personnalisé : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129" />
        <source>the mentor's name</source>
        <extracomment>The descriptions of peerdesk.documents.placeholders.PLACEHOLDERS, marked so that lupdate finds them (placeholder_description translates them by their English text).</extracomment>
        <translation>le nom du mentor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130" />
        <source>the mentee's name</source>
        <translation>le nom du mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131" />
        <source>the mentor's email</source>
        <translation>l'e-mail du mentor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132" />
        <source>the mentee's email</source>
        <translation>l'e-mail du mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133" />
        <source>the program's name</source>
        <translation>le nom du programme</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134" />
        <source>the organization's name</source>
        <translation>le nom de l'organisme</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135" />
        <source>how often the pair meets</source>
        <translation>la fréquence des rencontres du binôme</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136" />
        <source>how long a meeting lasts</source>
        <translation>la durée d'une rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137" />
        <source>in person, video or either</source>
        <translation>en personne, en visio ou au choix</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138" />
        <source>the pair's start date</source>
        <translation>la date de début du binôme</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="139" />
        <source>the program's end date</source>
        <translation>la date de fin du programme</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140" />
        <source>the coordinator's name</source>
        <translation>le nom du coordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141" />
        <source>the coordinator's email</source>
        <translation>l'e-mail du coordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142" />
        <source>the coordinator's phone</source>
        <translation>le téléphone du coordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="228" />
        <source>Suggest matches</source>
        <translation>Suggérer des jumelages</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="230" />
        <source>Pair</source>
        <translation>Jumeler</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="232" />
        <source>Move here</source>
        <translation>Déplacer ici</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="234" />
        <source>Take back</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="93" />
        <source>Pair {mentee} with {mentor}</source>
        <translation>Jumeler {mentee} avec {mentor}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="116" />
        <source>Select a mentee in the list and a mentor's card first, then press Pair.</source>
        <translation>Sélectionnez d'abord un mentoré dans la liste et la fiche d'un mentor, puis cliquez sur Jumeler.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="134" />
        <source>Move {mentee} to {mentor}</source>
        <translation>Déplacer {mentee} vers {mentor}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="147" />
        <source>Select one pair (click it, or Space on its card), then the mentor's card to move it to, and press Move here.</source>
        <translation>Sélectionnez un binôme (cliquez dessus, ou Espace sur sa fiche), puis la fiche du mentor de destination, et cliquez sur Déplacer ici.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="177" />
        <source>Take back the pair of {mentee}</source>
        <translation>Retirer le binôme de {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="179" />
        <source>Take back {n} pairs</source>
        <translation>Retirer {n} binômes</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="190" />
        <source>Select a pair on a mentor's card to lock or unlock it.</source>
        <translation>Sélectionnez un binôme sur la fiche d'un mentor pour le verrouiller ou le déverrouiller.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="195" />
        <source>Lock the pair of {mentee}</source>
        <translation>Verrouiller le binôme de {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="197" />
        <source>Unlock the pair of {mentee}</source>
        <translation>Déverrouiller le binôme de {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="218" />
        <source>There are no proposed pairs to confirm.</source>
        <translation>Aucun binôme proposé à confirmer.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="230" />
        <source>Confirm 1 pair</source>
        <translation>Confirmer 1 binôme</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="230" />
        <source>Confirm {n} pairs</source>
        <translation>Confirmer {n} binômes</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="253" />
        <source>Resume the pair of {mentee}</source>
        <translation>Reprendre le binôme de {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="256" />
        <source>Pause the pair of {mentee}</source>
        <translation>Mettre en pause le binôme de {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="262" />
        <source>Select one active pair to end it.</source>
        <translation>Sélectionnez un binôme actif pour le terminer.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="287" />
        <source>End the pair of {mentee}</source>
        <translation>Terminer le binôme de {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="316" />
        <source>Suggest matches was stopped; nothing changed.</source>
        <translation>La suggestion de jumelages a été arrêtée ; rien n'a changé.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="319" />
        <source>Finding the best pairs…</source>
        <translation>Recherche des meilleurs binômes…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="342" />
        <source>Next round was stopped; nothing changed.</source>
        <translation>Le tour suivant a été arrêté ; rien n'a changé.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="344" />
        <source>Finding new partners for everyone…</source>
        <translation>Recherche de nouveaux partenaires pour tous…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="365" />
        <source>Comparing was stopped; nothing changed.</source>
        <translation>La comparaison a été arrêtée ; rien n'a changé.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="367" />
        <source>Running every matching mode…</source>
        <translation>Exécution de chaque mode de jumelage…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="415" />
        <source>The audit is saved in {file}.</source>
        <translation>L'audit est enregistré dans {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="418" />
        <source>Saving the audit…</source>
        <translation>Enregistrement de l'audit…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="432" />
        <source>Accept 1 suggested pair</source>
        <translation>Accepter 1 binôme suggéré</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="434" />
        <location filename="../../ui/matching/actions.py" line="470" />
        <source>Accept {n} suggested pairs</source>
        <translation>Accepter {n} binômes suggérés</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="443" />
        <source>Saving the suggested pairs…</source>
        <translation>Enregistrement des binômes suggérés…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="446" />
        <source>The suggested pairs are saved as proposed pairs. Confirm pairs makes them active; Undo takes them all back.</source>
        <translation>Les binômes suggérés sont enregistrés comme binômes proposés. Confirmer les binômes les rend actifs ; Annuler les retire tous.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="463" />
        <source>Select suggested pairs (dashed) to accept them.</source>
        <translation>Sélectionnez des binômes suggérés (en pointillés) pour les accepter.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="468" />
        <source>Accept the suggestion for {mentee}</source>
        <translation>Accepter la suggestion pour {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="484" />
        <source>Select suggested pairs (dashed) to reject them.</source>
        <translation>Sélectionnez des binômes suggérés (en pointillés) pour les rejeter.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="494" />
        <source>Reject 1 suggestion</source>
        <translation>Rejeter 1 suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="496" />
        <source>Reject {n} suggestions</source>
        <translation>Rejeter {n} suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="502" />
        <source>Discard the suggestions</source>
        <translation>Écarter les suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="515" />
        <source>Pair {mentee} here</source>
        <translation>Jumeler {mentee} ici</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="521" />
        <source>Move {mentee} here</source>
        <translation>Déplacer {mentee} ici</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="535" />
        <source>Resume the pair</source>
        <translation>Reprendre le binôme</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="535" />
        <source>Pause the pair</source>
        <translation>Mettre le binôme en pause</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="540" />
        <source>Its meetings come back from today on</source>
        <translation>Ses rencontres reprennent à partir d'aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="542" />
        <source>Its meetings from today on are cancelled until it resumes</source>
        <translation>Ses rencontres à partir d'aujourd'hui sont annulées jusqu'à sa reprise</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="574" />
        <location filename="../../ui/matching/board_layout.py" line="235" />
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="574" />
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/matching/actions.py" line="609" />
        <source>someone</source>
        <translation>quelqu'un</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="80" />
        <source>Search mentees</source>
        <translation>Rechercher des mentorés</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="86" />
        <source>Hardest to match first</source>
        <translation>Les plus difficiles d'abord</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="87" />
        <source>By name</source>
        <translation>Par nom</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="110" />
        <source>Mentees to match</source>
        <translation>Mentorés à jumeler</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="141" />
        <source>Search mentors…</source>
        <translation>Rechercher des mentors…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="143" />
        <source>Find mentors by name, department, skill, interest or language</source>
        <translation>Trouver des mentors par nom, service, compétence, centre d'intérêt ou langue</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="158" />
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="237" />
        <source>Confirm pairs…</source>
        <translation>Confirmer les binômes…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="239" />
        <source>End pair…</source>
        <translation>Terminer le binôme…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="241" />
        <source>Accept all</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="244" />
        <source>Accept selected</source>
        <translation>Accepter la sélection</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="247" />
        <source>Reject selected</source>
        <translation>Rejeter la sélection</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="250" />
        <source>Discard suggestions</source>
        <translation>Écarter les suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="253" />
        <source>Export audit…</source>
        <translation>Exporter l'audit…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="256" />
        <source>Save these suggestions' scores, lowest pairs, groups and wishes to Excel</source>
        <translation>Enregistrer dans Excel les scores de ces suggestions, les binômes les plus faibles, les groupes et les souhaits</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="259" />
        <source>Find a mentee</source>
        <translation>Trouver un mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="262" />
        <source>Take back the selected proposed pairs or suggestions (Delete)</source>
        <translation>Retirer les binômes proposés ou suggérés sélectionnés (Suppr)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="265" />
        <source>Suggest for</source>
        <translation>Suggérer pour</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="268" />
        <source>The program's setting</source>
        <translation>Le paramètre du programme</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="276" />
        <source>Compare modes…</source>
        <translation>Comparer les modes…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="279" />
        <source>Run every mode on the same people and see them side by side before choosing</source>
        <translation>Lancer chaque mode sur les mêmes personnes et les comparer côte à côte avant de choisir</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="282" />
        <source>Next round</source>
        <translation>Tour suivant</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="286" />
        <source>Rotating partners: new pairs where nobody meets anyone they had before in this program; accepting ends the round before</source>
        <translation>Partenaires tournants : de nouveaux binômes où personne ne retrouve quelqu'un déjà rencontré dans ce programme ; accepter termine le tour précédent</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="293" />
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board_layout.py" line="297" />
        <source>Form circles and groups instead of pairs: mentor circles, group mentoring (Ctrl+G)</source>
        <translation>Former des cercles et des groupes au lieu de binômes : cercles de mentorat, mentorat de groupe (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="62" />
        <source>{column} “{group}”: its people's pairs average {avg}, more than 10 points below the others'.</source>
        <translation>{column} « {group} » : les binômes de ses membres ont en moyenne {avg}, plus de 10 points sous les autres.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="75" />
        <source>Lowest {low}, median {median}; {n} below the poor-match line ({line}).</source>
        <translation>Minimum {low}, médiane {median} ; {n} sous le seuil de jumelage faible ({line}).</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="84" />
        <source>{n} of {m} wishes honoured.</source>
        <translation>{n} souhaits respectés sur {m}.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/widgets.py" line="185" />
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <location filename="../../ui/matching/widgets.py" line="191" />
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="130" />
        <source>Confirm 1 circle</source>
        <translation>Confirmer 1 cercle</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="130" />
        <source>Confirm {n} circles</source>
        <translation>Confirmer {n} cercles</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="152" />
        <location filename="../../ui/pairs/commands.py" line="35" />
        <source>Mark agreement signed</source>
        <translation>Marquer la convention signée</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="169" />
        <source>End circle</source>
        <translation>Terminer le cercle</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="182" />
        <source>Pause circle</source>
        <translation>Mettre le cercle en pause</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="185" />
        <source>Resume circle</source>
        <translation>Reprendre le cercle</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="193" />
        <source>Rename circle</source>
        <translation>Renommer le cercle</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="206" />
        <source>Add 1 person to a circle</source>
        <translation>Ajouter 1 personne à un cercle</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="208" />
        <source>Add {n} people to a circle</source>
        <translation>Ajouter {n} personnes à un cercle</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="230" />
        <source>Take someone out of a circle</source>
        <translation>Retirer quelqu'un d'un cercle</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="242" />
        <source>Move someone to another circle</source>
        <translation>Déplacer quelqu'un vers un autre cercle</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="255" />
        <source>Make someone lead a circle</source>
        <translation>Confier l'animation d'un cercle à quelqu'un</translation>
    </message>
    <message>
        <location filename="../../ui/circles/commands.py" line="255" />
        <source>Make a leader a member</source>
        <translation>Faire d'un responsable un membre</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/commands.py" line="37" />
        <source>Mark {count} agreements signed</source>
        <translation>Marquer {count} conventions signées</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/language.py" line="40" />
        <source>Change the documents' language</source>
        <translation>Changer la langue des documents</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/language.py" line="91" />
        <source>The program's language</source>
        <translation>La langue du programme</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/language.py" line="121" />
        <source>&amp;Documents in</source>
        <translation>&amp;Documents en</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/model.py" line="58" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/circles/model.py" line="70" />
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <location filename="../../ui/circles/model.py" line="71" />
        <source>Led by</source>
        <translation>Animé par</translation>
    </message>
    <message>
        <location filename="../../ui/circles/model.py" line="72" />
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../ui/circles/model.py" line="74" />
        <source>Fit</source>
        <translation>Affinité</translation>
    </message>
    <message>
        <location filename="../../ui/circles/model.py" line="75" />
        <location filename="../../ui/pairs/model.py" line="59" />
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/circles/model.py" line="76" />
        <location filename="../../ui/pairs/model.py" line="60" />
        <source>Agreement signed</source>
        <translation>Convention signée</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/model.py" line="69" />
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/model.py" line="178" />
        <source>Not signed yet: print the agreement, then mark it signed.</source>
        <translation>Pas encore signée : imprimez la convention, puis marquez-la signée.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/model.py" line="182" />
        <source>Agreement last printed or saved on {date}.</source>
        <translation>Convention imprimée ou enregistrée pour la dernière fois le {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/model.py" line="147" />
        <location filename="../../ui/pairs/model.py" line="198" />
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/printing.py" line="118" />
        <source>PeerDesk documents</source>
        <translation>Documents PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/printing.py" line="212" />
        <source>Sending the pages to the printer…</source>
        <translation>Envoi des pages à l'imprimante…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/printing.py" line="212" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="46" />
        <source>{count} people</source>
        <translation>{count} personnes</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="66" />
        <location filename="../../ui/people/bulk.py" line="330" />
        <source>Mark “{step}” done for {who}</source>
        <translation>Marquer « {step} » fait pour {who}</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="66" />
        <source>Mark “{step}” not done for {who}</source>
        <translation>Marquer « {step} » non fait pour {who}</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="91" />
        <source>Set the status of {who} to {status}</source>
        <translation>Passer le statut de {who} à {status}</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="190" />
        <source>1 step</source>
        <translation>1 étape</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="190" />
        <source>{n} steps</source>
        <translation>{n} étapes</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="191" />
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="191" />
        <source>{n} people</source>
        <translation>{n} personnes</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="192" />
        <source>{steps} recorded for {who}</source>
        <translation>{steps} enregistrées pour {who}</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="194" />
        <source> ({n} were already recorded and keep their first date)</source>
        <translation> ({n} étaient déjà enregistrées et gardent leur première date)</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="199" />
        <source>they are now ready for matching</source>
        <translation>ces personnes sont désormais prêtes pour le jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="201" />
        <source>they still have steps to do</source>
        <translation>il leur reste des étapes à faire</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="204" />
        <source>none of them is ready for matching yet</source>
        <translation>aucune n'est encore prête pour le jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="206" />
        <source>all {n} are now ready for matching</source>
        <translation>les {n} sont désormais prêtes pour le jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="208" />
        <source>{ready} are now ready for matching, {left} still have steps to do</source>
        <translation>{ready} sont désormais prêtes pour le jumelage, {left} ont encore des étapes à faire</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="231" />
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="332" />
        <source>Mark {n} steps done for {who}</source>
        <translation>Marquer {n} étapes faites pour {who}</translation>
    </message>
    <message>
        <location filename="../../ui/people/erase.py" line="38" />
        <source>Erase {name} from this file?</source>
        <translation>Effacer {name} de ce fichier ?</translation>
    </message>
    <message>
        <location filename="../../ui/people/erase.py" line="43" />
        <source>This cannot be undone. Backups made before now still hold their data until they rotate out (PeerDesk keeps the last {count} backups of a file).</source>
        <translation>Action irréversible. Les sauvegardes faites avant ce moment gardent ses données jusqu'à leur remplacement (PeerDesk garde les {count} dernières sauvegardes d'un fichier).</translation>
    </message>
    <message>
        <location filename="../../ui/people/erase.py" line="64" />
        <source>Erase a person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <location filename="../../ui/people/erase.py" line="66" />
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <location filename="../../ui/people/erase.py" line="77" />
        <source>Looking up what to erase…</source>
        <translation>Recherche de ce qu'il faut effacer…</translation>
    </message>
    <message>
        <location filename="../../ui/people/erase.py" line="92" />
        <source>The person's data was erased.</source>
        <translation>Les données de la personne ont été effacées.</translation>
    </message>
    <message>
        <location filename="../../ui/people/erase.py" line="95" />
        <source>The person could not be erased</source>
        <translation>La personne n'a pas pu être effacée</translation>
    </message>
    <message>
        <location filename="../../ui/people/erase.py" line="101" />
        <source>Erasing…</source>
        <translation>Effacement…</translation>
    </message>
    <message>
        <location filename="../../ui/people/export.py" line="120" />
        <source>{program} - people</source>
        <translation>{program} - personnes</translation>
    </message>
    <message>
        <location filename="../../ui/people/export.py" line="130" />
        <source>Export the people shown</source>
        <translation>Exporter les personnes affichées</translation>
    </message>
    <message>
        <location filename="../../ui/people/export.py" line="132" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/people/export.py" line="146" />
        <source>“{name}” already exists. Replace it with the people shown now?</source>
        <translation>« {name} » existe déjà. Le remplacer par les personnes affichées ?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/signin_sheet.py" line="104" />
        <location filename="../../ui/people/export.py" line="149" />
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../ui/people/export.py" line="164" />
        <source>Exported {count} people to {path}</source>
        <translation>{count} personnes exportées vers {path}</translation>
    </message>
    <message>
        <location filename="../../ui/people/export.py" line="168" />
        <source>The export could not be saved</source>
        <translation>L'export n'a pas pu être enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/people/export.py" line="174" />
        <source>Exporting…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="118" />
        <source>Not ready: 1 step</source>
        <translation>Pas prêt : 1 étape</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="120" />
        <source>Not ready: {count} steps</source>
        <translation>Pas prêt : {count} étapes</translation>
    </message>
    <message>
        <location filename="../../ui/people/model.py" line="170" />
        <source>Still to do: {steps}</source>
        <translation>Reste à faire : {steps}</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="65" />
        <location filename="../../ui/people/rows.py" line="72" />
        <location filename="../../ui/wizard/review.py" line="90" />
        <location filename="../../ui/wizard/settings_dialog.py" line="213" />
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="69" />
        <source>Meeting format</source>
        <translation>Format de rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="70" />
        <source>Mentee capacity</source>
        <translation>Nombre de mentorés</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="71" />
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="72" />
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="73" />
        <location filename="../../ui/people/rows.py" line="73" />
        <source>Interests</source>
        <translation>Centres d'intérêt</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="74" />
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="75" />
        <source>Matched with</source>
        <translation>Jumelé avec</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="66" />
        <location filename="../../ui/people/rows.py" line="76" />
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="67" />
        <location filename="../../ui/people/rows.py" line="77" />
        <source>Years of experience</source>
        <translation>Années d'expérience</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="78" />
        <source>Joined</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="68" />
        <location filename="../../ui/people/rows.py" line="79" />
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/importer/common.py" line="62" />
        <location filename="../../ui/people/rows.py" line="80" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="96" />
        <source>Applied</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="97" />
        <source>Screened</source>
        <translation>Sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="98" />
        <source>Trained</source>
        <translation>Formé</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="99" />
        <location filename="../../ui/people/rows.py" line="116" />
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="100" />
        <source>Matched</source>
        <translation>Jumelé</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="102" />
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="117" />
        <source>Ready (override)</source>
        <translation>Prêt (forcé)</translation>
    </message>
    <message>
        <location filename="../../ui/people/rows.py" line="118" />
        <source>Not ready</source>
        <translation>Pas prêt</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="47" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="51" />
        <source>System default ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="55" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="59" />
        <source>The language of PeerDesk's menus and screens, from its next start. Agreements and certificates print in each program's own document language (Program settings → Agreement).</source>
        <translation>La langue des menus et écrans de PeerDesk, dès son prochain démarrage. Les conventions et attestations s'impriment dans la langue de documents de chaque programme (Paramètres du programme → Convention).</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="98" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="99" />
        <source>PeerDesk will use this language the next time it starts.</source>
        <translation>PeerDesk utilisera cette langue à son prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="100" />
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="101" />
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="160" />
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="163" />
        <source>The language PeerDesk speaks</source>
        <translation>La langue de PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="59" />
        <source>After each meeting, log it: held, cancelled or no-show, how long it took and a note (&lt;b&gt;Calendar → Log today's meetings…&lt;/b&gt;). Staff check-ins with each mentor and mentee are on the calendar too. &lt;b&gt;Needs attention&lt;/b&gt; lists pairs that have gone quiet, missed meetings in a row, or are due a check-in; the number shows beside &lt;b&gt;Calendar&lt;/b&gt; in the list on the left.</source>
        <translation>Après chaque rencontre, saisissez-la : tenue, annulée ou absence, sa durée et une note (&lt;b&gt;Calendrier → Saisir les rencontres du jour…&lt;/b&gt;). Les points de suivi de l'équipe avec chaque mentor et mentoré figurent aussi au calendrier. &lt;b&gt;À surveiller&lt;/b&gt; liste les binômes devenus silencieux, ceux qui ont manqué plusieurs rencontres d'affilée ou qui attendent un point de suivi ; leur nombre s'affiche à côté de &lt;b&gt;Calendrier&lt;/b&gt; dans la liste de gauche.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="67" />
        <source>On &lt;b&gt;Check-ins&lt;/b&gt;, record people's answers to the check-in questions by hand or import a forms export.</source>
        <translation>Dans &lt;b&gt;Points de suivi&lt;/b&gt;, saisissez à la main les réponses aux questions de suivi ou importez un export de formulaire.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="70" />
        <source>Open Check-ins</source>
        <translation>Ouvrir les points de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="72" />
        <location filename="../../ui/quick_start.py" line="147" />
        <source>Open the Calendar</source>
        <translation>Ouvrir le calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="75" />
        <source>The &lt;b&gt;Dashboard&lt;/b&gt; shows how the program is doing: people matched, meetings held, mentor hours, satisfaction and who needs attention. &lt;b&gt;Export workbook…&lt;/b&gt; saves everything in one Excel file, and &lt;b&gt;Save summary PDF…&lt;/b&gt; makes a report with charts and outcomes for leadership and funders.</source>
        <translation>Le &lt;b&gt;Tableau de bord&lt;/b&gt; montre où en est le programme : personnes jumelées, rencontres tenues, heures de mentorat, satisfaction et qui est à surveiller. &lt;b&gt;Exporter le classeur…&lt;/b&gt; enregistre tout dans un seul fichier Excel, et &lt;b&gt;Enregistrer le bilan PDF…&lt;/b&gt; produit un rapport avec graphiques et résultats pour la direction et les financeurs.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="81" />
        <source>Open the Dashboard</source>
        <translation>Ouvrir le tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="84" />
        <source>The &lt;b&gt;Overview&lt;/b&gt; shows the program's purpose, dates and how many people and pairs it has. A dashboard and reports for leadership and funders come in the next version.</source>
        <translation>La &lt;b&gt;Vue d'ensemble&lt;/b&gt; montre l'objet du programme, ses dates et son nombre de personnes et de binômes. Un tableau de bord et des rapports pour la direction et les financeurs arrivent dans la prochaine version.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="88" />
        <source>Open the Overview</source>
        <translation>Ouvrir la vue d'ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="92" />
        <source>1. Set up the program</source>
        <translation>1. Configurer le programme</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="94" />
        <source>Choose &lt;b&gt;Create a program&lt;/b&gt; on the welcome screen (or &lt;b&gt;Program → New program…&lt;/b&gt;). The setup wizard asks for a name and dates, then offers a template (workplace, school or university, youth, recovery or peer support) that fills in meetings, screening and training, matching and the pair agreement. &lt;b&gt;Finish&lt;/b&gt; works after the first page: change anything later in &lt;b&gt;Program settings&lt;/b&gt;.</source>
        <translation>Choisissez &lt;b&gt;Créer un programme&lt;/b&gt; sur l'écran d'accueil (ou &lt;b&gt;Programme → Nouveau programme…&lt;/b&gt;). L'assistant demande un nom et des dates, puis propose un modèle (entreprise, école ou université, jeunesse, rétablissement ou pair-aidance) qui remplit les rencontres, la sélection et la formation, le jumelage et la convention du binôme. &lt;b&gt;Terminer&lt;/b&gt; fonctionne dès la première page : modifiez tout plus tard dans &lt;b&gt;Paramètres du programme&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="101" />
        <source>Open Program settings</source>
        <translation>Ouvrir les paramètres du programme</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="105" />
        <source>2. Bring in your people</source>
        <translation>2. Ajouter vos participants</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="107" />
        <source>&lt;b&gt;File → Import roster…&lt;/b&gt; reads a spreadsheet of sign-ups (.xlsx or .csv): an HR export, a Google Forms or Microsoft Forms sheet, or the blank template (&lt;b&gt;File → Save blank roster template…&lt;/b&gt;). You see every row before anything is saved. On &lt;b&gt;People&lt;/b&gt;, tick off each person's screening and training steps: people are offered for matching once they are ready.</source>
        <translation>&lt;b&gt;Fichier → Importer une liste…&lt;/b&gt; lit un tableur d'inscriptions (.xlsx ou .csv) : un export RH, une feuille Google Forms ou Microsoft Forms, ou le modèle vierge (&lt;b&gt;Fichier → Enregistrer un modèle de liste vierge…&lt;/b&gt;). Vous voyez chaque ligne avant tout enregistrement. Dans &lt;b&gt;Personnes&lt;/b&gt;, cochez les étapes de sélection et de formation de chacun : les personnes sont proposées au jumelage dès qu'elles sont prêtes.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="113" />
        <source>Import a roster…</source>
        <translation>Importer une liste…</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="113" />
        <source>Open People</source>
        <translation>Ouvrir les personnes</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="117" />
        <source>3. Match mentors and mentees</source>
        <translation>3. Jumeler mentors et mentorés</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="119" />
        <source>On &lt;b&gt;Matching&lt;/b&gt;, &lt;b&gt;Suggest matches&lt;/b&gt; finds the best pairs for the whole group at once, each with a score and its reasons, and says why anyone is left over. Drag a mentee to another mentor to change a pair, lock the pairs you like and suggest again. &lt;b&gt;Accept all&lt;/b&gt; keeps the suggestions, and &lt;b&gt;Confirm pairs…&lt;/b&gt; makes them active from the date you choose.</source>
        <translation>Dans &lt;b&gt;Jumelage&lt;/b&gt;, &lt;b&gt;Suggérer des jumelages&lt;/b&gt; trouve les meilleurs binômes pour tout le groupe d'un coup, chacun avec un score et ses raisons, et explique pourquoi quelqu'un reste sans binôme. Faites glisser un mentoré vers un autre mentor pour changer un binôme, verrouillez ceux qui vous conviennent et relancez. &lt;b&gt;Tout accepter&lt;/b&gt; garde les suggestions, et &lt;b&gt;Confirmer les binômes…&lt;/b&gt; les rend actifs à la date choisie.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="125" />
        <source>Open Matching</source>
        <translation>Ouvrir le jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="129" />
        <source>4. Print the agreements</source>
        <translation>4. Imprimer les conventions</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="131" />
        <source>On &lt;b&gt;Pairs&lt;/b&gt;, &lt;b&gt;Print agreements…&lt;/b&gt; prints each pair's agreement with lines to sign (or &lt;b&gt;Save as PDF…&lt;/b&gt;). &lt;b&gt;Mark agreement signed…&lt;/b&gt; records the date, and &lt;b&gt;Introduce pair&lt;/b&gt; writes to both of them in your own mail program.</source>
        <translation>Dans &lt;b&gt;Binômes&lt;/b&gt;, &lt;b&gt;Imprimer les conventions…&lt;/b&gt; imprime la convention de chaque binôme avec des lignes de signature (ou &lt;b&gt;Enregistrer en PDF…&lt;/b&gt;). &lt;b&gt;Marquer la convention signée…&lt;/b&gt; enregistre la date, et &lt;b&gt;Présenter le binôme&lt;/b&gt; écrit aux deux dans votre propre messagerie.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="136" />
        <source>Open Pairs</source>
        <translation>Ouvrir les binômes</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="140" />
        <source>5. Schedule the meetings</source>
        <translation>5. Planifier les rencontres</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="142" />
        <source>On the &lt;b&gt;Calendar&lt;/b&gt;, &lt;b&gt;Schedule…&lt;/b&gt; sets up a series of meetings for every pair (every two weeks on Tuesday at 16:30, say) and staff check-ins on the program's cadence. &lt;b&gt;Export calendar (.ics)…&lt;/b&gt; gives mentors and mentees a file for Outlook, Google Calendar or Apple Calendar.</source>
        <translation>Dans le &lt;b&gt;Calendrier&lt;/b&gt;, &lt;b&gt;Planifier…&lt;/b&gt; crée une série de rencontres pour chaque binôme (toutes les deux semaines le mardi à 16:30, par exemple) et les points de suivi de l'équipe au rythme du programme. &lt;b&gt;Exporter le calendrier (.ics)…&lt;/b&gt; donne aux mentors et mentorés un fichier pour Outlook, Google Agenda ou Calendrier Apple.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="149" />
        <source>6. Check in</source>
        <translation>6. Faire le suivi</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="150" />
        <source>7. Report</source>
        <translation>7. Rendre compte</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="156" />
        <source>PeerDesk keeps your programs in one &lt;b&gt;program file&lt;/b&gt; on this computer (its name ends in &lt;i&gt;.peerdesk&lt;/i&gt;). Every change is saved the moment you make it: there is no Save button. These seven steps take a program from sign-up to report.</source>
        <translation>PeerDesk garde vos programmes dans un &lt;b&gt;fichier de programme&lt;/b&gt; sur cet ordinateur (son nom se termine par &lt;i&gt;.peerdesk&lt;/i&gt;). Chaque modification est enregistrée aussitôt : il n'y a pas de bouton Enregistrer. Ces sept étapes mènent un programme de l'inscription au bilan.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="161" />
        <source>New here? &lt;a href='{url}'&gt;Try the sample program&lt;/a&gt;: invented people, pairs and meetings to click through, in a file of its own.</source>
        <translation>Nouveau ? &lt;a href='{url}'&gt;Essayez le programme d'exemple&lt;/a&gt; : des personnes, binômes et rencontres fictifs à parcourir, dans un fichier à part.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="184" />
        <source>&lt;b&gt;File → New file…&lt;/b&gt; starts another program file; &lt;b&gt;File → Open…&lt;/b&gt; and &lt;b&gt;Open Recent&lt;/b&gt; open one. PeerDesk backs the file up each time it opens it and keeps the last ten copies; &lt;b&gt;File → Backup now&lt;/b&gt; makes one whenever you like, and &lt;b&gt;File → Restore from backup…&lt;/b&gt; puts an earlier copy back.</source>
        <translation>&lt;b&gt;Fichier → Nouveau fichier…&lt;/b&gt; crée un autre fichier de programme ; &lt;b&gt;Fichier → Ouvrir…&lt;/b&gt; et &lt;b&gt;Fichiers récents&lt;/b&gt; en ouvrent un. PeerDesk sauvegarde le fichier à chaque ouverture et garde les dix dernières copies ; &lt;b&gt;Fichier → Sauvegarder maintenant&lt;/b&gt; en fait une quand vous voulez, et &lt;b&gt;Fichier → Restaurer une sauvegarde…&lt;/b&gt; remet une copie antérieure.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="189" />
        <source>Your files and backups</source>
        <translation>Vos fichiers et sauvegardes</translation>
    </message>
    <message>
        <location filename="../../ui/quick_start.py" line="164" />
        <location filename="../../ui/quick_start.py" line="198" />
        <source>Quick start</source>
        <translation>Démarrage rapide</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="40" />
        <source>PeerDesk program files (*.peerdesk)</source>
        <translation>Fichiers de programme PeerDesk (*.peerdesk)</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="72" />
        <source>{done} of {total} records</source>
        <translation>{done} fiches sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="143" />
        <source>The move was cancelled: nothing was copied onto “{label}”.</source>
        <translation>Le transfert a été annulé : rien n'a été copié sur « {label} ».</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="153" />
        <source>Copying the program onto “{label}”…</source>
        <translation>Copie du programme sur « {label} »…</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="163" />
        <source>Move to shared database</source>
        <translation>Passer à une base partagée</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="164" />
        <source>Everything is now on “{label}” ({rows} records, every one checked).</source>
        <translation>Tout est désormais sur « {label} » ({rows} fiches, toutes vérifiées).</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="167" />
        <source>Switch to the shared database</source>
        <translation>Basculer sur la base partagée</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="170" />
        <source>Switch this window to it and work there from now on, so that your team sees every change. The original is left as it was; keep it as a copy or put it away.</source>
        <translation>Basculez cette fenêtre dessus et travaillez-y désormais, pour que votre équipe voie chaque modification. L'original reste tel quel ; gardez-le comme copie ou rangez-le.</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="203" />
        <source>Shared program</source>
        <translation>Programme partagé</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="205" />
        <source>{name} (copy).peerdesk</source>
        <translation>{name} (copie).peerdesk</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="208" />
        <location filename="../../ui/server/actions.py" line="237" />
        <source>Save a local copy</source>
        <translation>Enregistrer une copie locale</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="233" />
        <source>A copy of everything open was saved as “{name}”.</source>
        <translation>Une copie de tout ce qui est ouvert a été enregistrée sous « {name} ».</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="239" />
        <source>It is {path} ({rows} records, every one checked).</source>
        <translation>C'est {path} ({rows} fiches, toutes vérifiées).</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="245" />
        <source>The copy was cancelled; no file was made.</source>
        <translation>La copie a été annulée ; aucun fichier n'a été créé.</translation>
    </message>
    <message>
        <location filename="../../ui/server/actions.py" line="251" />
        <source>Saving a copy as “{name}”…</source>
        <translation>Enregistrement d'une copie sous « {name} »…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="26" />
        <source>from {start}; no end date yet</source>
        <translation>à partir du {start} ; pas encore de date de fin</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="28" />
        <source>until {end}; no start date yet</source>
        <translation>jusqu'au {end} ; pas encore de date de début</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="29" />
        <source>no dates yet</source>
        <translation>pas encore de dates</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="33" />
        <location filename="../../ui/wizard/review.py" line="80" />
        <location filename="../../ui/wizard/review.py" line="89" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="49" />
        <location filename="../../ui/wizard/settings_dialog.py" line="197" />
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="97" />
        <location filename="../../ui/wizard/review.py" line="50" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="98" />
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="160" />
        <source>{invited} · {attended} attended</source>
        <translation>{invited} · {attended} présents</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="50" />
        <source>custom</source>
        <translation>personnalisé</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="51" />
        <location filename="../../ui/wizard/settings_dialog.py" line="198" />
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="53" />
        <source>Runs</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="56" />
        <location filename="../../ui/wizard/settings_dialog.py" line="202" />
        <source>Pairs meet</source>
        <translation>Les binômes se rencontrent</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="57" />
        <source>For</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="57" />
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="58" />
        <location filename="../../ui/wizard/settings_dialog.py" line="204" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="59" />
        <source>Staff check-ins</source>
        <translation>Points de suivi équipe</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="61" />
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="63" />
        <source>after {w} weeks without a meeting or {m} missed meetings in a row</source>
        <translation>après {w} semaines sans rencontre ou {m} rencontres manquées d'affilée</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="73" />
        <source>, {h:g} hours</source>
        <translation>, {h:g} heures</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="74" />
        <source>, optional</source>
        <translation>, facultatif</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="77" />
        <location filename="../../ui/wizard/settings_dialog.py" line="209" />
        <source>Mentees per mentor</source>
        <translation>Mentorés par mentor</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="78" />
        <location filename="../../ui/wizard/settings_dialog.py" line="208" />
        <source>Peers mentor each other</source>
        <translation>Les pairs se mentorent mutuellement</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="78" />
        <location filename="../../ui/wizard/review.py" line="112" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="78" />
        <location filename="../../ui/wizard/review.py" line="112" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="79" />
        <location filename="../../ui/wizard/settings_dialog.py" line="210" />
        <source>Who can take part</source>
        <translation>Qui peut participer</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="80" />
        <location filename="../../ui/wizard/settings_dialog.py" line="211" />
        <source>Steps before matching</source>
        <translation>Étapes avant le jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="86" />
        <source>must match</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="89" />
        <source>Criteria and weights</source>
        <translation>Critères et pondérations</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="92" />
        <source>Experience gap</source>
        <translation>Écart d'expérience</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="94" />
        <source>mentor {a:g} to {b:g} years ahead</source>
        <translation>mentor ayant {a:g} à {b:g} ans d'avance</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="99" />
        <location filename="../../ui/wizard/settings_dialog.py" line="216" />
        <source>Aim for</source>
        <translation>Viser</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="102" />
        <location filename="../../ui/wizard/settings_dialog.py" line="217" />
        <source>Expectations</source>
        <translation>Attentes</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="103" />
        <location filename="../../ui/wizard/settings_dialog.py" line="218" />
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="104" />
        <location filename="../../ui/wizard/settings_dialog.py" line="219" />
        <source>Boundaries and referral</source>
        <translation>Limites et orientation</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="105" />
        <location filename="../../ui/wizard/settings_dialog.py" line="220" />
        <source>No-fault ending</source>
        <translation>Fin sans faute</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="112" />
        <source>Guardian signature line</source>
        <translation>Ligne de signature du représentant légal</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="113" />
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="117" />
        <source>The program</source>
        <translation>Le programme</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="120" />
        <source>Matching</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="121" />
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="157" />
        <source>Saving the settings…</source>
        <translation>Enregistrement des paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="176" />
        <source>The settings of {name}</source>
        <translation>Paramètres de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="196" />
        <source>Program name</source>
        <translation>Nom du programme</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="200" />
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="201" />
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="203" />
        <source>A meeting lasts (minutes)</source>
        <translation>Durée d'une rencontre (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="205" />
        <source>Staff check in with pairs</source>
        <translation>Points de suivi de l'équipe avec les binômes</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="206" />
        <source>Flag a pair with no meeting in (weeks)</source>
        <translation>Signaler un binôme sans rencontre depuis (semaines)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="207" />
        <source>…or after a row of missed meetings</source>
        <translation>…ou après plusieurs rencontres manquées d'affilée</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="212" />
        <source>Matching criteria</source>
        <translation>Critères de jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="214" />
        <source>Experience gap from (years)</source>
        <translation>Écart d'expérience de (ans)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="215" />
        <source>Experience gap to (years)</source>
        <translation>Écart d'expérience à (ans)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="221" />
        <source>Signature line for a parent or guardian</source>
        <translation>Ligne de signature pour un parent ou représentant légal</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="222" />
        <source>Coordinator's name</source>
        <translation>Nom du coordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="223" />
        <source>Coordinator's email</source>
        <translation>E-mail du coordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="224" />
        <source>Coordinator's phone</source>
        <translation>Téléphone du coordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="225" />
        <source>Documents print in</source>
        <translation>Documents imprimés en</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="244" />
        <source>{criterion}: weight {weight}</source>
        <translation>{criterion} : poids {weight}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="248" />
        <source>{criterion}: not used</source>
        <translation>{criterion} : non utilisé</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="252" />
        <source> (optional)</source>
        <translation> (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="253" />
        <source>Reading the figures…</source>
        <translation>Lecture des chiffres…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="242" />
        <source>Prefer… (whom {name} would like)</source>
        <translation>Préférer… (avec qui {name} aimerait être)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="247" />
        <source>Avoid… (never pair {name} with)</source>
        <translation>Éviter… (ne jamais jumeler {name} avec)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="282" />
        <source>Set whom {name} prefers</source>
        <translation>Définir les préférences de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="284" />
        <source>Set whom {name} avoids</source>
        <translation>Définir qui {name} évite</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="297" />
        <source>{name} has no preferences now.</source>
        <translation>{name} n'a plus de préférences.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="300" />
        <source>Saved {n} preferences for {name}, first choice first. Suggest matches uses them.</source>
        <translation>{n} préférences enregistrées pour {name}, premier choix en premier. Suggérer des jumelages les utilise.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="306" />
        <source>{name} may be paired with anyone again.</source>
        <translation>{name} peut de nouveau être jumelé avec n'importe qui.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="308" />
        <source>{name} will never be paired with the {n} people chosen.</source>
        <translation>{name} ne sera jamais jumelé avec les {n} personnes choisies.</translation>
    </message>
    <message>
        <location filename="../../ui/people/columns.py" line="98" />
        <source>Reset the columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="45" />
        <source>Weight of {criterion}</source>
        <translation>Poids de {criterion}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="49" />
        <source>10 — must match</source>
        <translation>10 — obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="67" />
        <source>not used</source>
        <translation>non utilisé</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="69" />
        <source>{weight} — must match</source>
        <translation>{weight} — obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="53" />
        <source>{n} new</source>
        <translation>{n} nouvelle(s)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="54" />
        <source>{n} update</source>
        <translation>{n} mise à jour</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="54" />
        <source>{n} updates</source>
        <translation>{n} mises à jour</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="55" />
        <source>{n} duplicate</source>
        <translation>{n} doublon</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="55" />
        <source>{n} duplicates</source>
        <translation>{n} doublons</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="56" />
        <source>{n} error</source>
        <translation>{n} erreur</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="56" />
        <source>{n} errors</source>
        <translation>{n} erreurs</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="60" />
        <source>{n} skipped</source>
        <translation>{n} ignorée(s)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="34" />
        <source>“{name}” has one sheet.</source>
        <translation>« {name} » a une seule feuille.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="35" />
        <source>“{name}” has {n} sheets.</source>
        <translation>« {name} » a {n} feuilles.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="124" />
        <source>{n} row under the header</source>
        <translation>{n} ligne sous l'en-tête</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="124" />
        <source>{n} rows under the header</source>
        <translation>{n} lignes sous l'en-tête</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="29" />
        <source>Added {n} person</source>
        <translation>{n} personne ajoutée</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="29" />
        <source>Added {n} people</source>
        <translation>{n} personnes ajoutées</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="30" />
        <source> and updated {n}.</source>
        <translation> et {n} mise(s) à jour.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="33" />
        <source>Updated {n} person.</source>
        <translation>{n} personne mise à jour.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="33" />
        <source>Updated {n} people.</source>
        <translation>{n} personnes mises à jour.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="35" />
        <source>Added {n} person.</source>
        <translation>{n} personne ajoutée.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="35" />
        <source>Added {n} people.</source>
        <translation>{n} personnes ajoutées.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="40" />
        <source>{n} row was not imported (listed first).</source>
        <translation>{n} ligne n'a pas été importée (en tête de liste).</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="41" />
        <source>{n} rows were not imported (listed first).</source>
        <translation>{n} lignes n'ont pas été importées (en tête de liste).</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="51" />
        <location filename="../../ui/importer/summary_page.py" line="52" />
        <source>{n} imported ({new} new, {updated} updated)</source>
        <translation>{n} importée(s) ({new} nouvelle(s), {updated} mise(s) à jour)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="57" />
        <source>{n} merged as a duplicate</source>
        <translation>{n} fusionnée comme doublon</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="57" />
        <source>{n} merged as duplicates</source>
        <translation>{n} fusionnées comme doublons</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="59" />
        <source>{n} skipped as empty</source>
        <translation>{n} ignorée(s) car vide(s)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="65" />
        <source>{n} skipped (totals, example or skipped row)</source>
        <translation>{n} ignorée (total, exemple ou ligne ignorée)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="66" />
        <source>{n} skipped (totals, example or skipped rows)</source>
        <translation>{n} ignorées (totaux, exemples ou lignes ignorées)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="69" />
        <source>{n} refused</source>
        <translation>{n} refusée(s)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="74" />
        <location filename="../../ui/importer/summary_page.py" line="75" />
        <source>{n} not read (over a limit)</source>
        <translation>{n} non lue(s) (au-delà d'une limite)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="80" />
        <source>The file has {n} row below the header: </source>
        <translation>Le fichier a {n} ligne sous l'en-tête : </translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="81" />
        <source>The file has {n} rows below the header: </source>
        <translation>Le fichier a {n} lignes sous l'en-tête : </translation>
    </message>
    <message>
        <location filename="../../ui/importer/values_page.py" line="80" />
        <source>{n} row has an answer that is not a role; the preview lists it as an error.</source>
        <translation>{n} ligne a une réponse qui n'est pas un rôle ; l'aperçu l'indique comme erreur.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/values_page.py" line="84" />
        <source>{n} rows have an answer that is not a role; the preview lists them as errors.</source>
        <translation>{n} lignes ont une réponse qui n'est pas un rôle ; l'aperçu les indique comme erreurs.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/people_picker.py" line="105" />
        <source>Find by name or e-mail</source>
        <translation>Rechercher par nom ou e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/people_picker.py" line="115" />
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/people_picker.py" line="153" />
        <source>1 person chosen</source>
        <translation>1 personne choisie</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/people_picker.py" line="153" />
        <source>{n} people chosen</source>
        <translation>{n} personnes choisies</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="38" />
        <source>Restore session “{title}”</source>
        <translation>Rétablir la séance « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="41" />
        <source>Cancel session “{title}”</source>
        <translation>Annuler la séance « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="43" />
        <source>Cancel “{title}” on {date} and the following sessions of its series?</source>
        <translation>Annuler « {title} » du {date} et les séances suivantes de sa série ?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="45" />
        <source>Cancel “{title}” on {date}?</source>
        <translation>Annuler « {title} » du {date} ?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="49" />
        <source>Cancel the session</source>
        <translation>Annuler la séance</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="51" />
        <source>Cancel session</source>
        <translation>Annuler la séance</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="56" />
        <source>It stays in the calendar, struck through, and calendar files tell the invited people it is cancelled. Restore it the same way; Edit → Undo takes it back.</source>
        <translation>Elle reste dans le calendrier, barrée, et les fichiers calendrier indiquent aux invités qu'elle est annulée. Rétablissez-la de la même façon ; Édition → Annuler revient en arrière.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="68" />
        <source>Delete session “{title}”</source>
        <translation>Supprimer la séance « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="70" />
        <source>Delete “{title}” and the following sessions of its series?</source>
        <translation>Supprimer « {title} » et les séances suivantes de sa série ?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="72" />
        <source>Delete “{title}” on {date}?</source>
        <translation>Supprimer « {title} » du {date} ?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="76" />
        <source>Delete the session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="78" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="81" />
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_actions.py" line="84" />
        <source>Its list of invited people and their attendance go with it. Readiness steps attending recorded stay recorded. Edit → Undo brings the session back.</source>
        <translation>Sa liste d'invités et leur présence disparaissent avec elle. Les étapes de préparation enregistrées par la présence restent enregistrées. Édition → Annuler rétablit la séance.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_choices.py" line="83" />
        <source>All mentors</source>
        <translation>Tous les mentors</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_choices.py" line="84" />
        <source>All mentees</source>
        <translation>Tous les mentorés</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_choices.py" line="85" />
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_choices.py" line="86" />
        <source>A circle:</source>
        <translation>Un cercle :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_choices.py" line="87" />
        <source>People picked by hand:</source>
        <translation>Personnes choisies une à une :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_rows.py" line="64" />
        <source>Attendance not taken</source>
        <translation>Présence non relevée</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_rows.py" line="65" />
        <source>{attended} of {invited} attended</source>
        <translation>{attended} présents sur {invited}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_rows.py" line="70" />
        <source>{n} invited, {places} places</source>
        <translation>{n} invités, {places} places</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_rows.py" line="71" />
        <location filename="../../ui/dashboard/sessions.py" line="156" />
        <source>1 invited</source>
        <translation>1 invité</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_rows.py" line="71" />
        <location filename="../../ui/dashboard/sessions.py" line="156" />
        <source>{n} invited</source>
        <translation>{n} invités</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_rows.py" line="79" />
        <source>Double-click for attendance; right-click for more.</source>
        <translation>Double-cliquez pour la présence ; clic droit pour plus d'options.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="512" />
        <source>1 circle of {people} people.</source>
        <translation>1 cercle de {people} personnes.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="512" />
        <source>{n} circles, {people} people.</source>
        <translation>{n} cercles, {people} personnes.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="515" />
        <source>Working out their fit…</source>
        <translation>Calcul de leur affinité…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="516" />
        <source>Average fit {quality}.</source>
        <translation>Affinité moyenne {quality}.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="520" />
        <source>Circles of the sizes formed cannot do better than {bound}: these reach {share}% of it.</source>
        <translation>Des cercles de ces tailles ne peuvent pas dépasser {bound} : ceux-ci en atteignent {share} %.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="523" />
        <source>These are the best circles there are.</source>
        <translation>Ce sont les meilleurs cercles possibles.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="526" />
        <source>Their sizes now differ by more than one.</source>
        <translation>Leurs tailles diffèrent maintenant de plus d'une personne.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="529" />
        <source>No leader: {circles}.</source>
        <translation>Sans responsable : {circles}.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="532" />
        <source>1 more person is not ready for matching yet.</source>
        <translation>1 autre personne n'est pas encore prête pour le jumelage.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="534" />
        <source>{n} more are not ready for matching yet.</source>
        <translation>{n} autres personnes ne sont pas encore prêtes pour le jumelage.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="536" />
        <source>Nothing is saved until you confirm.</source>
        <translation>Rien n'est enregistré avant que vous confirmiez.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="76" />
        <source>Reading the program's people…</source>
        <translation>Lecture des personnes du programme…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="85" />
        <source>Made 1 session.</source>
        <translation>1 séance créée.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="87" />
        <source>Made {n} sessions.</source>
        <translation>{n} séances créées.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="111" />
        <source>Saved the kinds of session.</source>
        <translation>Types de séance enregistrés.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="117" />
        <source>Reading the kinds of session…</source>
        <translation>Lecture des types de séance…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="154" />
        <source>Attendance…</source>
        <translation>Présence…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="158" />
        <source>Change session…</source>
        <translation>Modifier la séance…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="160" />
        <source>Print sign-in sheet…</source>
        <translation>Imprimer la feuille d'émargement…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="165" />
        <source>Restore session</source>
        <translation>Rétablir la séance</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="165" />
        <source>Cancel session…</source>
        <translation>Annuler la séance…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="170" />
        <source>Delete session…</source>
        <translation>Supprimer la séance…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="188" />
        <source>New session on {date}…</source>
        <translation>Nouvelle séance le {date}…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen_sessions.py" line="191" />
        <source>Schedule meetings from {date}…</source>
        <translation>Planifier des rencontres à partir du {date}…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="103" />
        <source>Edit session kinds</source>
        <translation>Modifier les types de séance</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/help.py" line="67" />
        <source>About PeerDesk</source>
        <translation>À propos de PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="74" />
        <source>&lt;h2&gt;PeerDesk {version}&lt;/h2&gt;&lt;p&gt;Run a peer-mentoring program from start to finish, on your own computer.&lt;/p&gt;&lt;p&gt;Your data stays in the program files you choose, or on your own team's database server; PeerDesk needs no account and sends nothing anywhere else.&lt;/p&gt;&lt;p&gt;PeerDesk is free software under the GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;PeerDesk {version}&lt;/h2&gt;&lt;p&gt;Gérez un programme de mentorat par les pairs de bout en bout, sur votre propre ordinateur.&lt;/p&gt;&lt;p&gt;Vos données restent dans les fichiers de programme que vous choisissez, ou sur le serveur de base de données de votre équipe ; PeerDesk ne demande aucun compte et n'envoie rien ailleurs.&lt;/p&gt;&lt;p&gt;PeerDesk est un logiciel libre sous licence publique générale GNU, version 3 ou ultérieure. Il est fourni sans aucune garantie.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AddPeopleDialog</name>
    <message>
        <location filename="../../ui/circles/people.py" line="119" />
        <source>Add people to {circle}</source>
        <translation>Ajouter des personnes à {circle}</translation>
    </message>
    <message>
        <location filename="../../ui/circles/people.py" line="121" />
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../../ui/circles/people.py" line="127" />
        <source>Mentors ticked join as &amp;leaders</source>
        <translation>Les mentors cochés rejoignent le cercle comme &amp;responsables</translation>
    </message>
    <message>
        <location filename="../../ui/circles/people.py" line="132" />
        <source>Everyone ready for matching and in no circle yet. Tick who joins “{circle}”.</source>
        <translation>Toutes les personnes prêtes pour le jumelage et pas encore dans un cercle. Cochez qui rejoint « {circle} ».</translation>
    </message>
    <message>
        <location filename="../../ui/circles/people.py" line="135" />
        <source>Everyone ready for matching is in a circle already.</source>
        <translation>Toutes les personnes prêtes pour le jumelage sont déjà dans un cercle.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/people.py" line="142" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="45" />
        <source>E&amp;xpectations</source>
        <translation>Attent&amp;es</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="46" />
        <source>&amp;Confidentiality</source>
        <translation>&amp;Confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="47" />
        <source>Boundaries and &amp;referral</source>
        <translation>Limites et &amp;orientation</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="48" />
        <source>No-fault end&amp;ing</source>
        <translation>Fin sans fa&amp;ute</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="70" />
        <source>Inser&amp;t</source>
        <translation>Insé&amp;rer</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="73" />
        <source>&amp;Placeholder:</source>
        <translation>C&amp;hamp :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="79" />
        <source>Add a signature line for a parent or &amp;guardian</source>
        <translation>Ajouter une ligne de signature pour un parent ou représentant lé&amp;gal</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="88" />
        <source>Agreements and certificates print in this language, whatever language PeerDesk itself speaks; a pair can have its own (Pairs screen). Terms still as the template wrote them print in this language too; terms you changed print as you wrote them.</source>
        <translation>Les conventions et attestations s'impriment dans cette langue, quelle que soit celle de PeerDesk ; un binôme peut avoir la sienne (écran Binômes). Les clauses restées telles que le modèle les a écrites s'impriment aussi dans cette langue ; celles que vous avez modifiées s'impriment telles que vous les avez écrites.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="97" />
        <source>Coordinator's n&amp;ame:</source>
        <translation>&amp;Nom du coordinateur :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="98" />
        <source>Coordinator's emai&amp;l:</source>
        <translation>E-&amp;mail du coordinateur :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="99" />
        <source>Coordinator's p&amp;hone:</source>
        <translation>Tél&amp;éphone du coordinateur :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="102" />
        <source>&amp;Documents print in:</source>
        <translation>&amp;Documents imprimés en :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="125" />
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/agreement.py" line="129" />
        <source>The terms each pair signs. Placeholders such as {mentor_name} are filled in for each pair when the agreement is printed.</source>
        <translation>Les engagements que signe chaque binôme. Les champs comme {mentor_name} sont remplis pour chaque binôme à l'impression de la convention.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="77" />
        <source>Sign-in sheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Feuilles d'émargement (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="235" />
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="255" />
        <source>Attending completes the step “{step}”: it is recorded, with the session’s date, for everyone marked attended.</source>
        <translation>La présence valide l'étape « {step} » : elle est enregistrée, à la date de la séance, pour toutes les personnes marquées présentes.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="262" />
        <source>Space ticks who came; E marks excused, A absent, U not marked. Shift+arrows select several.</source>
        <translation>Espace coche les présents ; E marque excusé, A absent, U non marqué. Maj+flèches en sélectionne plusieurs.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="282" />
        <source>Find a name or e-mail (Ctrl+F)</source>
        <translation>Rechercher un nom ou un e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="283" />
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="300" />
        <source>Nobody is invited to this session yet.</source>
        <translation>Personne n'est encore invité à cette séance.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="310" />
        <source>E&amp;veryone attended</source>
        <translation>&amp;Tous présents</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="312" />
        <source>Tick everyone; then mark the exceptions</source>
        <translation>Tout cocher ; puis marquez les exceptions</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="314" />
        <source>The &amp;rest absent</source>
        <translation>Le &amp;reste absent</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="316" />
        <source>Mark everyone not marked yet as absent</source>
        <translation>Marquer absents tous ceux qui ne sont pas encore marqués</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="318" />
        <source>&amp;Import sign-in sheet…</source>
        <translation>&amp;Importer une feuille d'émargement…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="321" />
        <source>Tick the people listed in a CSV or Excel file of names or e-mails</source>
        <translation>Cocher les personnes listées dans un fichier CSV ou Excel de noms ou d'e-mails</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="360" />
        <source>This session was cancelled: nobody can be ticked as attended unless it is restored on the Calendar. E marks excused, A absent, U not marked.</source>
        <translation>Cette séance a été annulée : personne ne peut être coché présent tant qu'elle n'est pas rétablie dans le calendrier. E marque excusé, A absent, U non marqué.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="367" />
        <source>This session has not begun yet: tick who came once it has. Apologies can be marked now: E marks excused, U not marked.</source>
        <translation>Cette séance n'a pas encore commencé : cochez les présents une fois qu'elle aura commencé. Les excuses peuvent être notées dès maintenant : E marque excusé, U non marqué.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="418" />
        <source>1 invited</source>
        <translation>1 invité</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="418" />
        <source>{n} invited</source>
        <translation>{n} invités</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="419" />
        <source>{n} attended</source>
        <translation>{n} présents</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="420" />
        <source>{n} excused</source>
        <translation>{n} excusés</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="421" />
        <source>{n} absent</source>
        <translation>{n} absents</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="424" />
        <source>{n} not marked</source>
        <translation>{n} non marqués</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="428" />
        <source>1 change to save</source>
        <translation>1 modification à enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="428" />
        <source>{n} changes to save</source>
        <translation>{n} modifications à enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="438" />
        <source>This session was cancelled, so nobody can attend it. Restore it on the Calendar first.</source>
        <translation>Cette séance a été annulée : personne ne peut y assister. Rétablissez-la d'abord dans le calendrier.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="445" />
        <source>The session has not begun yet ({when}): who attended and who was absent can be marked once it has. Apologies can be marked now (E, excused).</source>
        <translation>La séance n'a pas encore commencé ({when}) : les présents et les absents pourront être marqués une fois qu'elle aura commencé. Les excuses peuvent être notées dès maintenant (E, excusé).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="464" />
        <source>Import a sign-in sheet</source>
        <translation>Importer une feuille d'émargement</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="491" />
        <source>Reading the sign-in sheet…</source>
        <translation>Lecture de la feuille d'émargement…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="503" />
        <source>“{file}”: 1 row with a name or e-mail.</source>
        <translation>« {file} » : 1 ligne avec un nom ou un e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="504" />
        <source>“{file}”: {n} rows with a name or e-mail.</source>
        <translation>« {file} » : {n} lignes avec un nom ou un e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="509" />
        <source>1 invited person found</source>
        <translation>1 personne invitée trouvée</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="510" />
        <source>{n} invited people found</source>
        <translation>{n} personnes invitées trouvées</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="513" />
        <source> ({n} marked attended already).</source>
        <translation> ({n} déjà marquées présentes).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="522" />
        <source>1 row not matched, left out:</source>
        <translation>1 ligne sans correspondance, écartée :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="523" />
        <source>{n} rows not matched, left out:</source>
        <translation>{n} lignes sans correspondance, écartées :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="530" />
        <source>&amp;Tick 1 person</source>
        <translation>&amp;Cocher 1 personne</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="530" />
        <source>&amp;Tick {n} people</source>
        <translation>&amp;Cocher {n} personnes</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="558" />
        <source>Mark attendance of 1 person</source>
        <translation>Marquer la présence d'1 personne</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="559" />
        <source>Mark attendance of {n} people</source>
        <translation>Marquer la présence de {n} personnes</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/attendance_dialog.py" line="589" />
        <source>Saving attendance…</source>
        <translation>Enregistrement de la présence…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="125" />
        <location filename="../../ui/backup_dialog.py" line="196" />
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="132" />
        <source>PeerDesk keeps the last {count} copies of “{name}”. Choose one to put back. What is there now is backed up first, so you can change your mind.</source>
        <translation>PeerDesk garde les {count} dernières copies de « {name} ». Choisissez celle à remettre. L'état actuel est d'abord sauvegardé, pour que vous puissiez changer d'avis.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="152" />
        <source>There are no backups of this program yet.</source>
        <translation>Ce programme n'a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="155" />
        <source>Backups are kept in {folder}</source>
        <translation>Les sauvegardes sont gardées dans {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="162" />
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="197" />
        <source>Put back “{name}” as it was on {when}?</source>
        <translation>Remettre « {name} » tel qu'il était le {when} ?</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="200" />
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="203" />
        <source>Everything changed since then will be replaced. The file's current state is backed up first, so you can restore it again from this list.</source>
        <translation>Tout ce qui a changé depuis sera remplacé. L'état actuel du fichier est d'abord sauvegardé, pour que vous puissiez le restaurer depuis cette liste.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="214" />
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="95" />
        <source>Taken</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="95" />
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="95" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/matching/widgets.py" line="57" />
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>BasicsForm</name>
    <message>
        <location filename="../../ui/wizard/basics.py" line="50" />
        <source>For example: New Staff Buddies 2025</source>
        <translation>Par exemple : Parrainage nouveaux salariés 2025</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/basics.py" line="56" />
        <source>What should mentees have gained by the end? One goal a line.</source>
        <translation>Qu'est-ce que les mentorés devraient avoir acquis à la fin ? Un objectif par ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/basics.py" line="62" />
        <source>&amp;Program name:</source>
        <translation>&amp;Nom du programme :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/basics.py" line="63" />
        <source>&amp;Organization:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/basics.py" line="64" />
        <source>P&amp;urpose:</source>
        <translation>O&amp;bjet :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/basics.py" line="65" />
        <source>&amp;Goals:</source>
        <translation>Ob&amp;jectifs :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/basics.py" line="66" />
        <source>&amp;Starts:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/basics.py" line="68" />
        <source>&amp;Ends:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/basics.py" line="83" />
        <source>The program</source>
        <translation>Le programme</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/basics.py" line="87" />
        <source>Only the name is needed. Press Finish now to use the usual settings, or Next to choose them; you can change everything later.</source>
        <translation>Seul le nom est requis. Cliquez sur Terminer pour garder les réglages habituels, ou sur Suivant pour les choisir ; vous pourrez tout modifier plus tard.</translation>
    </message>
</context>
<context>
    <name>BehindDialog</name>
    <message>
        <location filename="../../ui/dashboard/behind_dialog.py" line="119" />
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/behind_dialog.py" line="119" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/behind_dialog.py" line="119" />
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/behind_dialog.py" line="119" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/behind_dialog.py" line="136" />
        <source>Double-click a line, or press Enter, to open it.</source>
        <translation>Double-cliquez sur une ligne, ou appuyez sur Entrée, pour l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/behind_dialog.py" line="138" />
        <source>Nothing to list.</source>
        <translation>Rien à afficher.</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <location filename="../../ui/matching/cards.py" line="206" />
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../ui/matching/cards.py" line="207" />
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../../ui/matching/cards.py" line="208" />
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <location filename="../../ui/matching/cards.py" line="209" />
        <source>suggested</source>
        <translation>suggéré</translation>
    </message>
    <message>
        <location filename="../../ui/matching/cards.py" line="210" />
        <source>proposed; the suggestions would replace it</source>
        <translation>proposé ; les suggestions le remplaceraient</translation>
    </message>
    <message>
        <location filename="../../ui/matching/cards.py" line="214" />
        <source>score {score}</source>
        <translation>score {score}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/cards.py" line="216" />
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message>
        <location filename="../../ui/calendar/screen.py" line="106" />
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="110" />
        <source>Schedule…</source>
        <translation>Planifier…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="112" />
        <source>Schedule a meeting series or a one-off meeting</source>
        <translation>Planifier une série de rencontres ou une rencontre ponctuelle</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="114" />
        <source>Log meetings…</source>
        <translation>Saisir les rencontres…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="117" />
        <source>Log what happened at today's meetings, or any past day's not logged yet</source>
        <translation>Saisir le déroulement des rencontres du jour, ou d'un jour passé pas encore saisi</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="120" />
        <source>Export calendar (.ics)…</source>
        <translation>Exporter le calendrier (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="123" />
        <source>A calendar file for Outlook, Google Calendar or Apple Calendar</source>
        <translation>Un fichier calendrier pour Outlook, Google Agenda ou Calendrier Apple</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="126" />
        <source>New session…</source>
        <translation>Nouvelle séance…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="129" />
        <source>A training, workshop, social or circle meeting for many people at once</source>
        <translation>Une formation, un atelier, un moment convivial ou une réunion de cercle pour plusieurs personnes à la fois</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="132" />
        <source>Session kinds…</source>
        <translation>Types de séance…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="135" />
        <source>Edit session kinds: rename them, give them colours, add or reorder them</source>
        <translation>Modifier les types de séance : les renommer, leur donner des couleurs, en ajouter ou les réordonner</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="149" />
        <source>Previous month (Page Up)</source>
        <translation>Mois précédent (Page préc.)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="154" />
        <source>Next month (Page Down)</source>
        <translation>Mois suivant (Page suiv.)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="165" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="166" />
        <source>All pairs</source>
        <translation>Tous les binômes</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="167" />
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="170" />
        <source>Meetings and sessions</source>
        <translation>Rencontres et séances</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="171" />
        <source>Pair meetings</source>
        <translation>Rencontres des binômes</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="172" />
        <source>Group sessions</source>
        <translation>Séances de groupe</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="180" />
        <source>Pair:</source>
        <translation>Binôme :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="183" />
        <source>Person:</source>
        <translation>Personne :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="185" />
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="206" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="211" />
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="341" />
        <source>Reading the calendar…</source>
        <translation>Lecture du calendrier…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="481" />
        <source>Week of {date}</source>
        <translation>Semaine du {date}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="490" />
        <source>No meetings or sessions this week.</source>
        <translation>Aucune rencontre ni séance cette semaine.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="492" />
        <source>No meetings or sessions on this day.</source>
        <translation>Aucune rencontre ni séance ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="632" />
        <source>Saved {n} meetings and sessions to {path}</source>
        <translation>{n} rencontres et séances enregistrées dans {path}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="517" />
        <source>Move meeting to {date}</source>
        <translation>Déplacer la rencontre au {date}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="527" />
        <source>Moving the meeting…</source>
        <translation>Déplacement de la rencontre…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="569" />
        <source>Scheduled {n} meetings and check-ins.</source>
        <translation>{n} rencontres et points de suivi planifiés.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="571" />
        <source>Scheduled 1 meeting.</source>
        <translation>1 rencontre planifiée.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/screen.py" line="614" />
        <source>Reading meetings to log…</source>
        <translation>Lecture des rencontres à saisir…</translation>
    </message>
</context>
<context>
    <name>CapacityBox</name>
    <message>
        <location filename="../../ui/people/capacity_box.py" line="21" />
        <source>Program default ({count})</source>
        <translation>Valeur du programme ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/people/capacity_box.py" line="22" />
        <source> mentees</source>
        <translation> mentorés</translation>
    </message>
</context>
<context>
    <name>CheckinsScreen</name>
    <message>
        <location filename="../../ui/checkins/screen.py" line="60" />
        <source>Forms exports (*.xlsx *.xls *.ods *.csv);;All files (*)</source>
        <translation>Exports de formulaires (*.xlsx *.xls *.ods *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="111" />
        <source>Check-ins</source>
        <translation>Points de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="121" />
        <source>Search by name…</source>
        <translation>Rechercher par nom…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="125" />
        <source>&amp;Import responses…</source>
        <translation>&amp;Importer des réponses…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="128" />
        <source>Answers exported from Google Forms or Microsoft Forms (.xlsx or .csv)</source>
        <translation>Réponses exportées de Google Forms ou Microsoft Forms (.xlsx ou .csv)</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="140" />
        <source>Recent responses</source>
        <translation>Réponses récentes</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="169" />
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="170" />
        <source>Goals and closing</source>
        <translation>Objectifs et clôture</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="196" />
        <source>1 response</source>
        <translation>1 réponse</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="198" />
        <source>{count} responses</source>
        <translation>{count} réponses</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="238" />
        <source>Reading the check-ins…</source>
        <translation>Lecture des points de suivi…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="250" />
        <source>Choose who answered.</source>
        <translation>Choisissez qui a répondu.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="270" />
        <source>Saved the {survey} of {name}.</source>
        <translation>{survey} de {name} enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="284" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="338" />
        <source>Import responses from a forms export</source>
        <translation>Importer des réponses depuis un export de formulaire</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/screen.py" line="353" />
        <source>Imported {added} responses; {skipped} rows left out.</source>
        <translation>{added} réponses importées ; {skipped} lignes écartées.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../ui/people/checklist.py" line="152" />
        <location filename="../../ui/people/checklist.py" line="216" />
        <source>Screening and training</source>
        <translation>Sélection et formation</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="160" />
        <source>Allow matching now…</source>
        <translation>Autoriser le jumelage maintenant…</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="163" />
        <source>Let this person be matched before their steps are done, saying why</source>
        <translation>Permettre de jumeler cette personne avant la fin de ses étapes, en indiquant pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="165" />
        <source>Remove the override</source>
        <translation>Retirer la dérogation</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="219" />
        <source>Select someone to see their screening and training steps and tick them off.</source>
        <translation>Sélectionnez une personne pour voir ses étapes de sélection et de formation et les cocher.</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="225" />
        <source>{count} people selected</source>
        <translation>{count} personnes sélectionnées</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="229" />
        <source>Use Set status… or Mark steps done… to change them all at once. Select one person to see their checklist.</source>
        <translation>Utilisez Définir le statut… ou Marquer les étapes faites… pour les modifier toutes d'un coup. Sélectionnez une seule personne pour voir sa liste d'étapes.</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="268" />
        <source>This program asks for no steps before matching.</source>
        <translation>Ce programme ne demande aucune étape avant le jumelage.</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="289" />
        <source>Ready for matching by override ({when}): “{reason}”</source>
        <translation>Prêt pour le jumelage par dérogation ({when}) : « {reason} »</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="293" />
        <source>Ready for matching: every required step is done.</source>
        <translation>Prêt pour le jumelage : toutes les étapes requises sont faites.</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="295" />
        <source>Not ready for matching yet. Still to do: {steps}.</source>
        <translation>Pas encore prêt pour le jumelage. Reste à faire : {steps}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="330" />
        <source>Remove the override for {name}</source>
        <translation>Retirer la dérogation de {name}</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <location filename="../../ui/checkins/entry.py" line="76" />
        <source>Leave unanswered</source>
        <translation>Laisser sans réponse</translation>
    </message>
</context>
<context>
    <name>CircleCard</name>
    <message>
        <location filename="../../ui/circles/cards.py" line="245" />
        <source>The circle's name: type to change it</source>
        <translation>Le nom du cercle : tapez pour le modifier</translation>
    </message>
    <message>
        <location filename="../../ui/circles/cards.py" line="246" />
        <source>Circle name</source>
        <translation>Nom du cercle</translation>
    </message>
    <message>
        <location filename="../../ui/circles/cards.py" line="282" />
        <source>{n} people · fit {score}</source>
        <translation>{n} personnes · affinité {score}</translation>
    </message>
    <message>
        <location filename="../../ui/circles/cards.py" line="284" />
        <source>{n} people</source>
        <translation>{n} personnes</translation>
    </message>
    <message>
        <location filename="../../ui/circles/cards.py" line="287" />
        <source>no leader</source>
        <translation>sans responsable</translation>
    </message>
</context>
<context>
    <name>CirclePeopleModel</name>
    <message>
        <location filename="../../ui/circles/people.py" line="57" />
        <source>{name} (leader)</source>
        <translation>{name} (responsable)</translation>
    </message>
</context>
<context>
    <name>CirclesPanel</name>
    <message>
        <location filename="../../ui/circles/panel.py" line="105" />
        <source>Print group agreement…</source>
        <translation>Imprimer la convention de groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="108" />
        <source>Print the selected circle's agreement, with a signature line for everyone</source>
        <translation>Imprimer la convention du cercle sélectionné, avec une ligne de signature pour chacun</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="111" />
        <source>Mark agreement signed…</source>
        <translation>Marquer la convention signée…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="130" />
        <source>End circle…</source>
        <translation>Terminer le cercle…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="137" />
        <location filename="../../ui/circles/panel.py" line="332" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="140" />
        <source>Pause the circle: its sessions from today on are held until it resumes</source>
        <translation>Mettre le cercle en pause : ses séances à partir d'aujourd'hui sont suspendues jusqu'à sa reprise</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="115" />
        <source>Plan a meeting…</source>
        <translation>Planifier une réunion…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="118" />
        <source>A session on the calendar with this circle's people invited</source>
        <translation>Une séance au calendrier avec les membres de ce cercle invités</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="143" />
        <source>Schedule check-ins</source>
        <translation>Planifier les points de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="148" />
        <source>Staff check-ins with each of the circle's people on the program's cadence, from the circle's start to the program's end (those in a pair have theirs)</source>
        <translation>Points de suivi équipe avec chaque membre du cercle au rythme du programme, du début du cercle à la fin du programme (les personnes en binôme ont déjà les leurs)</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="121" />
        <source>Add people…</source>
        <translation>Ajouter des personnes…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="124" />
        <source>Put people who are ready and in no circle yet in the selected circle</source>
        <translation>Placer dans le cercle sélectionné des personnes prêtes et pas encore dans un cercle</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="127" />
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="133" />
        <source>Save agreement as PDF…</source>
        <translation>Enregistrer la convention en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="156" />
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="159" />
        <source>Save the agreement as a PDF, pause or resume the circle, schedule check-ins</source>
        <translation>Enregistrer la convention en PDF, mettre en pause ou reprendre le cercle, planifier les points de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="195" />
        <source>No circles yet. Form them on the Matching screen in Groups mode; once confirmed they appear here, ready for their agreements.</source>
        <translation>Aucun cercle pour l'instant. Formez-les dans l'écran Jumelage en mode Groupes ; une fois confirmés, ils apparaissent ici, prêts pour leurs conventions.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="209" />
        <source>Right-click a name (or press the Menu key) to take them out, move them or change who leads</source>
        <translation>Clic droit sur un nom (ou touche Menu) pour retirer la personne, la déplacer ou changer qui anime</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="276" />
        <source>Loading circles…</source>
        <translation>Chargement des cercles…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="303" />
        <source>Select a circle to see its people.</source>
        <translation>Sélectionnez un cercle pour voir ses membres.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="308" />
        <source>{circle}: led by {leaders}. Members: {members}.</source>
        <translation>{circle} : animé par {leaders}. Membres : {members}.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="312" />
        <source>Ended: {reason}</source>
        <translation>Terminé : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="332" />
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="350" />
        <source>Print group agreement — {circle}</source>
        <translation>Imprimer la convention de groupe — {circle}</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="359" />
        <source>Preparing the group agreement…</source>
        <translation>Préparation de la convention de groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="378" />
        <source>Recording the print…</source>
        <translation>Enregistrement de l'impression…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="390" />
        <source>Save the group agreement as PDF</source>
        <translation>Enregistrer la convention de groupe en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="407" />
        <source>Saving the group agreement…</source>
        <translation>Enregistrement de la convention de groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="462" />
        <source>Rename circle</source>
        <translation>Renommer le cercle</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="463" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="499" />
        <source>Schedule staff check-ins</source>
        <translation>Planifier les points de suivi équipe</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="509" />
        <source>No new check-ins: {circle}'s people have theirs already.</source>
        <translation>Aucun nouveau point de suivi : les membres de {circle} ont déjà les leurs.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="511" />
        <source>1 check-in scheduled; it is on the Calendar.</source>
        <translation>1 point de suivi planifié ; il figure dans le calendrier.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="513" />
        <source>{n} check-ins scheduled; they are on the Calendar.</source>
        <translation>{n} points de suivi planifiés ; ils figurent dans le calendrier.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="518" />
        <source>Scheduling…</source>
        <translation>Planification…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="540" />
        <source>Reading who is ready…</source>
        <translation>Lecture des personnes prêtes…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="556" />
        <source>&amp;Take out of the circle</source>
        <translation>&amp;Sortir du cercle</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="559" />
        <source>Make a &amp;member</source>
        <translation>Passer &amp;membre</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="559" />
        <source>Make &amp;leader</source>
        <translation>Nommer &amp;responsable</translation>
    </message>
    <message>
        <location filename="../../ui/circles/panel.py" line="562" />
        <source>&amp;Move to</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
</context>
<context>
    <name>ColumnsModel</name>
    <message>
        <location filename="../../ui/importer/models.py" line="168" />
        <source>{letter} (hidden)</source>
        <translation>{letter} (masquée)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="171" />
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="173" />
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="181" />
        <source>This column is hidden in the spreadsheet. Tick it to import it.</source>
        <translation>Cette colonne est masquée dans le tableur. Cochez-la pour l'importer.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="184" />
        <source>The title looks like {kind}: PeerDesk proposes not to import it.</source>
        <translation>Le titre ressemble à {kind} : PeerDesk propose de ne pas l'importer.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="192" />
        <source>Import column {letter} “{header}” as</source>
        <translation>Importer la colonne {letter} « {header} » comme</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="240" />
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="241" />
        <source>Title in the file</source>
        <translation>Titre dans le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="242" />
        <source>Sample values</source>
        <translation>Exemples de valeurs</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="243" />
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="33" />
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="36" />
        <source>Say what each column holds. PeerDesk suggested it from the column titles; columns you do not need can be kept as custom fields or ignored.</source>
        <translation>Indiquez ce que contient chaque colonne. PeerDesk l'a déduit des titres de colonnes ; les colonnes inutiles peuvent être gardées comme champs personnalisés ou ignorées.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="43" />
        <source>These columns were matched the way you matched them at the last import.</source>
        <translation>Ces colonnes ont été associées comme lors du dernier import.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="74" />
        <source>First Last (Ana Lima)</source>
        <translation>Prénom Nom (Ana Lima)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="75" />
        <source>Last First (Lima Ana)</source>
        <translation>Nom Prénom (Lima Ana)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="76" />
        <source>Last, First (Lima, Ana)</source>
        <translation>Nom, Prénom (Lima, Ana)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="80" />
        <source>&amp;Join first and last names as:</source>
        <translation>&amp;Assembler prénom et nom ainsi :</translation>
    </message>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="153" />
        <source>Column {letter} “{header}” is hidden in the spreadsheet and was left out. Tick it in the list to import it.</source>
        <translation>La colonne {letter} « {header} » est masquée dans le tableur et a été écartée. Cochez-la dans la liste pour l'importer.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="160" />
        <source>Column {letter} “{header}” looks like {kind}, so PeerDesk proposes not to import it. Choose a field if the program really needs it.</source>
        <translation>La colonne {letter} « {header} » ressemble à {kind}, PeerDesk propose donc de ne pas l'importer. Choisissez un champ si le programme en a vraiment besoin.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="197" />
        <source>“{sheet}”: choose the column that holds the names (Name, or First name and Last name).</source>
        <translation>« {sheet} » : choisissez la colonne qui contient les noms (Nom, ou Prénom et Nom).</translation>
    </message>
    <message>
        <location filename="../../ui/importer/columns_page.py" line="205" />
        <source>“{sheet}”: no column holds the role. Set one column to Role, or go back to Sheets and choose a role for everyone on it.</source>
        <translation>« {sheet} » : aucune colonne ne contient le rôle. Réglez une colonne sur Rôle, ou revenez aux Feuilles et choisissez un rôle pour tous.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/matching/compare.py" line="37" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="48" />
        <source>Export the audit</source>
        <translation>Exporter l'audit</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="100" />
        <source>Compare matching modes</source>
        <translation>Comparer les modes de jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="108" />
        <source>Every mode on the same people. Nothing is saved: choose one to see its pairs on the board, then accept them as usual.</source>
        <translation>Chaque mode sur les mêmes personnes. Rien n'est enregistré : choisissez-en un pour voir ses binômes sur le tableau, puis acceptez-les comme d'habitude.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="112" />
        <source>This is a next round: nobody meets an earlier partner again.</source>
        <translation>C'est un tour suivant : personne ne retrouve un ancien partenaire.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="120" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="121" />
        <source>Matched</source>
        <translation>Jumelé</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="122" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="123" />
        <source>Lowest</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="124" />
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="125" />
        <source>Below the poor-match line</source>
        <translation>Sous le seuil de jumelage faible</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="143" />
        <source>{n} (under {line})</source>
        <translation>{n} (sous {line})</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="164" />
        <source>&amp;Show these pairs</source>
        <translation>&amp;Afficher ces binômes</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="168" />
        <source>&amp;Export audit…</source>
        <translation>&amp;Exporter l'audit…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="198" />
        <source>Lowest tenth of the scores: {avg} on average.</source>
        <translation>Dixième le plus bas des scores : {avg} en moyenne.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="201" />
        <source>{n} of {m} wishes honoured.</source>
        <translation>{n} souhaits respectés sur {m}.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="203" />
        <source>No wishes were given.</source>
        <translation>Aucun souhait exprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="206" />
        <source>Blocking pairs: {n}.</source>
        <translation>Binômes bloquants : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/compare.py" line="210" />
        <source>No group's pairs score more than 10 points below the others'.</source>
        <translation>Aucun groupe n'a de binômes à plus de 10 points sous les autres.</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="156" />
        <location filename="../../ui/dashboard/comparison_dialog.py" line="213" />
        <source>Comparison figures</source>
        <translation>Chiffres de comparaison</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="160" />
        <source>Set the program's figures beside a reference: your own last cycle, your funder's target or a published study. Every report shows the reference next to the program's figure, and its source in the small print.</source>
        <translation>Placez les chiffres du programme à côté d'une référence : votre dernier cycle, l'objectif de votre financeur ou une étude publiée. Chaque rapport montre la référence à côté du chiffre du programme, et sa source en petits caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="168" />
        <source>Early closures (share of matches that closed early)</source>
        <translation>Fins anticipées (part des jumelages terminés avant terme)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="174" />
        <source>Median match length</source>
        <translation>Durée médiane d'un jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="224" />
        <source>Saving the comparison figures…</source>
        <translation>Enregistrement des chiffres de comparaison…</translation>
    </message>
</context>
<context>
    <name>ComparisonTab</name>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="270" />
        <source>Reports set the program's early closures and match length beside a reference figure: your last cycle, your funder's target or a published study, with its source in the small print.</source>
        <translation>Les rapports placent les fins anticipées et la durée des jumelages du programme à côté d'un chiffre de référence : votre dernier cycle, l'objectif de votre financeur ou une étude publiée, avec sa source en petits caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="275" />
        <location filename="../../ui/dashboard/comparison_dialog.py" line="308" />
        <source>Reading the figures…</source>
        <translation>Lecture des chiffres…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="279" />
        <source>Change comparison figures…</source>
        <translation>Modifier les chiffres de comparaison…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="292" />
        <source>Open the program to set its comparison figures.</source>
        <translation>Ouvrez le programme pour définir ses chiffres de comparaison.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="295" />
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="316" />
        <source>{name}: no comparison figure</source>
        <translation>{name} : aucun chiffre de comparaison</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="318" />
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="320" />
        <source>{name}: {value} — {source}</source>
        <translation>{name} : {value} — {source}</translation>
    </message>
</context>
<context>
    <name>ConfirmCirclesDialog</name>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="29" />
        <source>Confirm circles</source>
        <translation>Confirmer les cercles</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="33" />
        <source>Save this circle? It becomes active from the date below.</source>
        <translation>Enregistrer ce cercle ? Il devient actif à partir de la date ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="36" />
        <source>Save these {n} circles? They become active from the date below.</source>
        <translation>Enregistrer ces {n} cercles ? Ils deviennent actifs à partir de la date ci-dessous.</translation>
    </message>
</context>
<context>
    <name>ConfirmPairsDialog</name>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="36" />
        <source>Confirm pairs</source>
        <translation>Confirmer les binômes</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="39" />
        <source>Confirm the selected pair? It becomes active from the date below.</source>
        <translation>Confirmer le binôme sélectionné ? Il devient actif à la date ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="42" />
        <source>Confirm the {n} selected pairs? They become active from the date below.</source>
        <translation>Confirmer les {n} binômes sélectionnés ? Ils deviennent actifs à la date ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="47" />
        <source>Confirm the proposed pair? It becomes active from the date below.</source>
        <translation>Confirmer le binôme proposé ? Il devient actif à la date ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="50" />
        <source>Confirm all {n} proposed pairs? They become active from the date below.</source>
        <translation>Confirmer les {n} binômes proposés ? Ils deviennent actifs à la date ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="58" />
        <source>&amp;Start date:</source>
        <translation>&amp;Date de début :</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="60" />
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="138" />
        <source>Move to a shared database</source>
        <translation>Passer à une base de données partagée</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="140" />
        <source>Connect to a shared database</source>
        <translation>Se connecter à une base de données partagée</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="145" />
        <source>Copy everything open now (every program, with its people, pairs and history) onto a PostgreSQL database, so that your team can work on it together. The database must be empty: PeerDesk sets it up. The original stays as it is.</source>
        <translation>Copier tout ce qui est ouvert (chaque programme, avec ses personnes, binômes et historique) sur une base PostgreSQL, pour que votre équipe y travaille ensemble. La base doit être vide : PeerDesk la configure. L'original reste tel quel.</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="151" />
        <source>Work on a program that your team keeps on a PostgreSQL server. Whoever runs the server gives you these details.</source>
        <translation>Travaillez sur un programme que votre équipe garde sur un serveur PostgreSQL. La personne qui gère le serveur vous donne ces informations.</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="157" />
        <source>e.g. db.example.org</source>
        <translation>ex. db.exemple.org</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="162" />
        <source>e.g. mentoring</source>
        <translation>ex. mentorat</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="163" />
        <source>your user name on the server</source>
        <translation>votre nom d'utilisateur sur le serveur</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="166" />
        <source>e.g. Sam Okafor</source>
        <translation>ex. Sam Okafor</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="171" />
        <source>Remember password</source>
        <translation>Retenir le mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="178" />
        <source>Kept in this computer's password store.</source>
        <translation>Gardé dans le trousseau de mots de passe de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="184" />
        <source>This computer has no password store, so PeerDesk asks for the password each time. It is never saved in a file.</source>
        <translation>Cet ordinateur n'a pas de trousseau de mots de passe, PeerDesk demande donc le mot de passe à chaque fois. Il n'est jamais enregistré dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="190" />
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="191" />
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="192" />
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="193" />
        <source>User name:</source>
        <translation>Nom d'utilisateur :</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="194" />
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="198" />
        <source>Your name, as other coordinators will see it.</source>
        <translation>Votre nom, tel que les autres coordinateurs le verront.</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="201" />
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="212" />
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="214" />
        <source>Move here</source>
        <translation>Déplacer ici</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="214" />
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="273" />
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="274" />
        <source>the database</source>
        <translation>la base de données</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="275" />
        <source>the user name</source>
        <translation>le nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="281" />
        <source>Fill in {what}.</source>
        <translation>Renseignez {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="281" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="289" />
        <source>The port is a number, usually 5432.</source>
        <translation>Le port est un nombre, généralement 5432.</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="337" />
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="344" />
        <source>Empty database: it can be set up for PeerDesk</source>
        <translation>Base vide : elle peut être configurée pour PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="347" />
        <source>Connected: PeerDesk database from an earlier version (it is brought up to date, after a backup, when you connect)</source>
        <translation>Connecté : base PeerDesk d'une version antérieure (elle est mise à jour, après une sauvegarde, à la connexion)</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="351" />
        <source>Connected: PeerDesk database, 1 program</source>
        <translation>Connecté : base PeerDesk, 1 programme</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="352" />
        <source>Connected: PeerDesk database, {n} programs</source>
        <translation>Connecté : base PeerDesk, {n} programmes</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="356" />
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="364" />
        <source>“{label}” already holds PeerDesk programs. A program is moved only into an empty database, so nothing is overwritten. Ask for a new, empty database.</source>
        <translation>« {label} » contient déjà des programmes PeerDesk. Un programme n'est transféré que dans une base vide, pour ne rien écraser. Demandez une nouvelle base vide.</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="379" />
        <source>Set up the database</source>
        <translation>Configurer la base de données</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="380" />
        <source>The database “{label}” is empty. Set it up for PeerDesk?</source>
        <translation>La base « {label} » est vide. La configurer pour PeerDesk ?</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="383" />
        <source>Set up</source>
        <translation>Configurer</translation>
    </message>
    <message>
        <location filename="../../ui/server/connect_dialog.py" line="386" />
        <source>PeerDesk creates its tables in it. Nothing else on the server is touched.</source>
        <translation>PeerDesk y crée ses tables. Rien d'autre sur le serveur n'est modifié.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash_dialog.py" line="45" />
        <source>PeerDesk ran into a problem</source>
        <translation>PeerDesk a rencontré un problème</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="55" />
        <source>PeerDesk ran into a problem. Your saved work is safe.</source>
        <translation>PeerDesk a rencontré un problème. Votre travail enregistré est en sécurité.</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="67" />
        <source>The last thing you did may not have finished; everything saved before it is still in your program file. You can keep working. If this happens again, copy the details below and send them, with the log file, to whoever helps you with PeerDesk.</source>
        <translation>Votre dernière action n'est peut-être pas allée au bout ; tout ce qui a été enregistré avant reste dans votre fichier de programme. Vous pouvez continuer à travailler. Si cela se reproduit, copiez les détails ci-dessous et envoyez-les, avec le fichier journal, à la personne qui vous aide avec PeerDesk.</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="76" />
        <source>Log file: {path}</source>
        <translation>Fichier journal : {path}</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="90" />
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="93" />
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="125" />
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="173" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="173" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="180" />
        <source>Add a field</source>
        <translation>Ajouter un champ</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="182" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="55" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="56" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="98" />
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="102" />
        <source>Export workbook…</source>
        <translation>Exporter le classeur…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="105" />
        <source>Everything in one Excel file: people, pairs, meetings, check-ins, goals</source>
        <translation>Tout dans un seul fichier Excel : personnes, binômes, rencontres, points de suivi, objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="108" />
        <source>Save summary PDF…</source>
        <translation>Enregistrer le bilan PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="111" />
        <source>A report for leadership or funders, with the charts and the outcomes</source>
        <translation>Un rapport pour la direction ou les financeurs, avec les graphiques et les résultats</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="129" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="130" />
        <source>Have been matched</source>
        <translation>Ont été jumelés</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="131" />
        <source>Active pairs</source>
        <translation>Binômes actifs</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="132" />
        <source>Active circles</source>
        <translation>Cercles actifs</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="133" />
        <source>Meetings held this month</source>
        <translation>Rencontres tenues ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="134" />
        <source>Mentor hours</source>
        <translation>Heures de mentorat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="135" />
        <source>Average satisfaction</source>
        <translation>Satisfaction moyenne</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="136" />
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="137" />
        <source>Pairs completed</source>
        <translation>Binômes terminés</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="140" />
        <source>Open the People screen</source>
        <translation>Ouvrir l'écran Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="141" />
        <location filename="../../ui/dashboard/screen.py" line="142" />
        <source>Open the Pairs screen</source>
        <translation>Ouvrir l'écran Binômes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="143" />
        <location filename="../../ui/dashboard/screen.py" line="158" />
        <source>Open the Calendar</source>
        <translation>Ouvrir le calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="144" />
        <source>See who needs attention on the Calendar</source>
        <translation>Voir qui est à surveiller dans le calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="145" />
        <source>Open the Check-ins screen</source>
        <translation>Ouvrir l'écran Points de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="165" />
        <source>No meetings have been logged as held yet.</source>
        <translation>Aucune rencontre n'a encore été saisie comme tenue.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="167" />
        <source>Nobody has applied yet.</source>
        <translation>Personne n'a encore candidaté.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="169" />
        <source>Nobody has rated their match yet.</source>
        <translation>Personne n'a encore évalué son jumelage.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="171" />
        <source>No participants yet.</source>
        <translation>Pas encore de participants.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="173" />
        <source>Meetings held per month</source>
        <translation>Rencontres tenues par mois</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="174" />
        <source>From application to completion</source>
        <translation>De la candidature à la fin</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="175" />
        <source>Satisfaction with the match</source>
        <translation>Satisfaction envers le jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="176" />
        <source>Participants by status</source>
        <translation>Participants par statut</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="277" />
        <source>Reading the numbers…</source>
        <translation>Lecture des chiffres…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="299" />
        <source>{program} — as of {date}</source>
        <translation>{program} — au {date}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="309" />
        <source>Status today: {statuses}</source>
        <translation>Statut aujourd'hui : {statuses}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="314" />
        <source>{matched} of {people} people have been matched</source>
        <translation>{matched} personnes jumelées sur {people}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="318" />
        <source>nobody to match yet</source>
        <translation>personne à jumeler pour l'instant</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="322" />
        <source>{paused} paused, {ended} ended · {unlogged} with meetings not logged yet</source>
        <translation>{paused} en pause, {ended} terminés · {unlogged} avec des rencontres pas encore saisies</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="332" />
        <source>{paused} paused, {ended} ended</source>
        <translation>{paused} en pause, {ended} terminés</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="341" />
        <source>{held} held in all · {unlogged} not logged yet</source>
        <translation>{held} tenues au total · {unlogged} pas encore saisies</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="347" />
        <source>from {held} held meetings · {unlogged} not logged yet</source>
        <translation>sur {held} rencontres tenues · {unlogged} pas encore saisies</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="354" />
        <source>out of 5, from 1 answer</source>
        <translation>sur 5, d'après 1 réponse</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="356" />
        <source>out of 5, from {n} answers</source>
        <translation>sur 5, d'après {n} réponses</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="358" />
        <source>no check-in answers yet</source>
        <translation>pas encore de réponses de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="362" />
        <source>the calendar's checks are not available</source>
        <translation>les vérifications du calendrier ne sont pas disponibles</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="364" />
        <source>all is well</source>
        <translation>tout va bien</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="368" />
        <source>{pairs} pairs to look at · {days} days with meetings not logged</source>
        <translation>{pairs} binômes à examiner · {days} jours avec des rencontres non saisies</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="375" />
        <source>of {ended} ended ({early} ended early)</source>
        <translation>sur {ended} terminés ({early} avant terme)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="390" />
        <source>Strongly
disagree</source>
        <translation>Pas du tout
d'accord</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="390" />
        <source>Disagree</source>
        <translation>Pas d'accord</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="390" />
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="391" />
        <source>Agree</source>
        <translation>D'accord</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="391" />
        <source>Strongly
agree</source>
        <translation>Tout à fait
d'accord</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="395" />
        <source>Answers to “satisfied with my match” at check-ins and closing surveys.</source>
        <translation>Réponses à « satisfait de mon jumelage » aux points de suivi et questionnaires de clôture.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="406" />
        <source>{percent}% of {logged} logged meetings were held.</source>
        <translation>{percent} % des {logged} rencontres saisies ont été tenues.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="410" />
        <source>{held} of {logged} logged meetings were held.</source>
        <translation>{held} des {logged} rencontres saisies ont été tenues.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="414" />
        <source>No meeting has been logged yet.</source>
        <translation>Aucune rencontre n'a encore été saisie.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="418" />
        <source>{n} in {month}</source>
        <translation>{n} en {month}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="428" />
        <source>Past meetings not logged yet: {months}. They count only once logged, never as missed.</source>
        <translation>Rencontres passées pas encore saisies : {months}. Elles ne comptent qu'une fois saisies, jamais comme manquées.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="440" />
        <source>Applied</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="441" />
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="442" />
        <source>Matched</source>
        <translation>Jumelé</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="443" />
        <source>In a completed pair</source>
        <translation>Dans un binôme terminé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/screen.py" line="449" />
        <source>%Ln applied</source>
        <translation>
            <numerusform>%Ln candidat</numerusform>
            <numerusform>%Ln candidats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/screen.py" line="450" />
        <source>%Ln screened</source>
        <translation>
            <numerusform>%Ln sélectionné</numerusform>
            <numerusform>%Ln sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/screen.py" line="451" />
        <source>%Ln trained</source>
        <translation>
            <numerusform>%Ln formé</numerusform>
            <numerusform>%Ln formés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/screen.py" line="452" />
        <source>%Ln ready</source>
        <translation>
            <numerusform>%Ln prêt</numerusform>
            <numerusform>%Ln prêts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/screen.py" line="453" />
        <source>%Ln matched</source>
        <translation>
            <numerusform>%Ln jumelé</numerusform>
            <numerusform>%Ln jumelés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/screen.py" line="454" />
        <source>%Ln completed</source>
        <translation>
            <numerusform>%Ln terminé</numerusform>
            <numerusform>%Ln terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/screen.py" line="455" />
        <source>%Ln withdrawn</source>
        <translation>
            <numerusform>%Ln retiré</numerusform>
            <numerusform>%Ln retirés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="461" />
        <source>applied</source>
        <translation>candidat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="462" />
        <source>screened</source>
        <translation>sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="463" />
        <source>trained</source>
        <translation>formé</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="464" />
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="465" />
        <source>matched</source>
        <translation>jumelé</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="466" />
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="467" />
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="503" />
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="509" />
        <source>Export the workbook</source>
        <translation>Exporter le classeur</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="518" />
        <source>Writing the workbook…</source>
        <translation>Écriture du classeur…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="523" />
        <source>{program} - summary</source>
        <translation>{program} - bilan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="525" />
        <source>Save the summary as PDF</source>
        <translation>Enregistrer le bilan en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="541" />
        <source>Writing the summary…</source>
        <translation>Écriture du bilan…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="552" />
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="569" />
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="570" />
        <source>“{name}” already exists in {folder}. Replace it?</source>
        <translation>« {name} » existe déjà dans {folder}. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="573" />
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="575" />
        <source>The file there now will be lost.</source>
        <translation>Le fichier qui s'y trouve sera perdu.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/date_edit.py" line="221" />
        <source>“{typed}” is not a date PeerDesk knows; the date stays {date}.</source>
        <translation>« {typed} » n'est pas une date reconnue par PeerDesk ; la date reste {date}.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/wizard/basics.py" line="18" />
        <source>No date yet</source>
        <translation>Pas encore de date</translation>
    </message>
</context>
<context>
    <name>EndCircleDialog</name>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="50" />
        <source>End a circle</source>
        <translation>Terminer un cercle</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="53" />
        <source>End the circle “{name}”. Its history stays in the file, its sessions after the end date are cancelled, and its people can be put in new circles or pairs.</source>
        <translation>Terminer le cercle « {name} ». Son historique reste dans le fichier, ses séances après la date de fin sont annulées et ses membres peuvent rejoindre de nouveaux cercles ou binômes.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="60" />
        <source>For example: the program year ended</source>
        <translation>Par exemple : l'année du programme est terminée</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="61" />
        <source>Say why the circle is ending.</source>
        <translation>Indiquez pourquoi le cercle se termine.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="66" />
        <source>&amp;Completed: the circle reached its end</source>
        <translation>&amp;Terminé : le cercle est allé au bout</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="66" />
        <source>Ended &amp;early</source>
        <translation>Arrêté &amp;avant terme</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="71" />
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi :</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="73" />
        <source>How:</source>
        <translation>Comment :</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="74" />
        <source>&amp;Ended on:</source>
        <translation>Terminé &amp;le :</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="76" />
        <source>End circle</source>
        <translation>Terminer le cercle</translation>
    </message>
    <message>
        <location filename="../../ui/circles/dialogs.py" line="79" />
        <source>The circle started on {day}: it cannot end before that.</source>
        <translation>Le cercle a commencé le {day} : il ne peut pas se terminer avant.</translation>
    </message>
</context>
<context>
    <name>EndPairDialog</name>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="193" />
        <source>End the pair</source>
        <translation>Terminer le binôme</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="196" />
        <source>End the pair of {mentor} and {mentee}. Their meetings, answers and goals stay in the file, and count in the evaluation; meetings after the end date are cancelled.</source>
        <translation>Terminer le binôme de {mentor} et {mentee}. Leurs rencontres, réponses et objectifs restent dans le fichier et comptent dans l'évaluation ; les rencontres après la date de fin sont annulées.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="203" />
        <source>&amp;Completed: they reached the end together</source>
        <translation>&amp;Terminé : ils sont allés au bout ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="203" />
        <location filename="../../ui/matching/dialogs.py" line="159" />
        <source>Ended &amp;early</source>
        <translation>Arrêté &amp;avant terme</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="211" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="216" />
        <source>In your own words (needed for Other)</source>
        <translation>Avec vos mots (requis pour Autre)</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="219" />
        <location filename="../../ui/matching/dialogs.py" line="163" />
        <source>{mentee} can be &amp;matched again</source>
        <translation>{mentee} peut être &amp;jumelé de nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="229" />
        <source>Record {mentee}'s &amp;closing survey next</source>
        <translation>Saisir ensuite le questionnaire de &amp;clôture de {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="237" />
        <location filename="../../ui/matching/dialogs.py" line="173" />
        <source>How:</source>
        <translation>Comment :</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="238" />
        <location filename="../../ui/matching/dialogs.py" line="171" />
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi :</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="241" />
        <location filename="../../ui/matching/dialogs.py" line="175" />
        <source>&amp;Ended on:</source>
        <translation>Terminé &amp;le :</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="245" />
        <location filename="../../ui/matching/dialogs.py" line="177" />
        <source>End pair</source>
        <translation>Terminer le binôme</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="268" />
        <source>Choose why the pair is ending.</source>
        <translation>Choisissez pourquoi le binôme se termine.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="273" />
        <source>Say in a few words why the pair is ending.</source>
        <translation>Dites en quelques mots pourquoi le binôme se termine.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="143" />
        <source>End a pair</source>
        <translation>Terminer un binôme</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="146" />
        <source>End the pair of {mentee} and {mentor}. The pair's history stays in the file; its meetings after the end date are cancelled.</source>
        <translation>Terminer le binôme de {mentee} et {mentor}. L'historique du binôme reste dans le fichier ; ses rencontres après la date de fin sont annulées.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="153" />
        <source>For example: goals reached, moved away</source>
        <translation>Par exemple : objectifs atteints, déménagement</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="154" />
        <source>Say why the pair is ending.</source>
        <translation>Dites pourquoi le binôme se termine.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="159" />
        <source>&amp;Completed: the pair reached its end</source>
        <translation>&amp;Terminé : le binôme est allé au bout</translation>
    </message>
    <message>
        <location filename="../../ui/matching/dialogs.py" line="180" />
        <source>The pair started on {day}: it cannot end before that.</source>
        <translation>Le binôme a commencé le {day} : il ne peut pas se terminer avant.</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <location filename="../../ui/matching/explain.py" line="110" />
        <source>Top reasons</source>
        <translation>Principales raisons</translation>
    </message>
    <message>
        <location filename="../../ui/matching/explain.py" line="115" />
        <source>Score by criterion</source>
        <translation>Score par critère</translation>
    </message>
    <message>
        <location filename="../../ui/matching/explain.py" line="120" />
        <source>Click a pair on a mentor's card to see why it scores what it does.

Drag a mentee onto a mentor to pair them, or select both and press Ctrl+P.</source>
        <translation>Cliquez sur un binôme sur la fiche d'un mentor pour voir d'où vient son score.

Faites glisser un mentoré sur un mentor pour les jumeler, ou sélectionnez les deux et appuyez sur Ctrl+P.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/explain.py" line="189" />
        <source>&lt;span style='font-size:20pt; font-weight:600'&gt;{score}&lt;/span&gt; of 100</source>
        <translation>&lt;span style='font-size:20pt; font-weight:600'&gt;{score}&lt;/span&gt; sur 100</translation>
    </message>
    <message>
        <location filename="../../ui/matching/explain.py" line="212" />
        <source>No criteria are weighed in this program.</source>
        <translation>Aucun critère n'est pondéré dans ce programme.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/explain.py" line="227" />
        <source>{points} of {share}</source>
        <translation>{points} sur {share}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/explain.py" line="232" />
        <source>Weight {weight}</source>
        <translation>Poids {weight}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="71" />
        <source>Export calendar (.ics)</source>
        <translation>Exporter le calendrier (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="77" />
        <source>A calendar file opens in Outlook, Google Calendar or Apple Calendar. Importing a newer file updates the meetings instead of doubling them.</source>
        <translation>Un fichier calendrier s'ouvre dans Outlook, Google Agenda ou Calendrier Apple. Importer un fichier plus récent met les rencontres à jour au lieu de les dupliquer.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="83" />
        <source>The whole program</source>
        <translation>Tout le programme</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="85" />
        <source>One pair:</source>
        <translation>Un binôme :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="87" />
        <source>One person:</source>
        <translation>Une personne :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="115" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="123" />
        <source>Group sessions too (trainings, workshops, socials…)</source>
        <translation>Les séances de groupe aussi (formations, ateliers, moments conviviaux…)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="138" />
        <source>Meetings of:</source>
        <translation>Rencontres de :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="140" />
        <source>Save as:</source>
        <translation>Enregistrer sous :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="143" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="177" />
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="179" />
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers calendrier (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="188" />
        <source>Choose where to save the calendar file.</source>
        <translation>Choisissez où enregistrer le fichier calendrier.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="194" />
        <source>Choose a pair from the list.</source>
        <translation>Choisissez un binôme dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="197" />
        <source>Choose a person from the list.</source>
        <translation>Choisissez une personne dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="202" />
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="203" />
        <source>“{name}” already exists. Replace it with the new calendar?</source>
        <translation>« {name} » existe déjà. Le remplacer par le nouveau calendrier ?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="206" />
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/export_dialog.py" line="244" />
        <source>Writing the calendar file…</source>
        <translation>Écriture du fichier calendrier…</translation>
    </message>
</context>
<context>
    <name>FigureBox</name>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="64" />
        <source>Show a comparison figure for this measure</source>
        <translation>Afficher un chiffre de comparaison pour cette mesure</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="68" />
        <source>My own figure</source>
        <translation>Mon propre chiffre</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="75" />
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="78" />
        <source>Where the figure comes from: our last year, our funder, a published study</source>
        <translation>D'où vient le chiffre : notre dernière année, notre financeur, une étude publiée</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="84" />
        <source>&amp;Preset:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="85" />
        <source>&amp;Figure:</source>
        <translation>&amp;Chiffre :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/comparison_dialog.py" line="87" />
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/people/filters.py" line="26" />
        <source>Search names, emails, interests, skills… (Ctrl+F)</source>
        <translation>Rechercher nom, e-mail, intérêt, compétence… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/people/filters.py" line="30" />
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../../ui/people/filters.py" line="33" />
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../ui/people/filters.py" line="36" />
        <source>Ready or not</source>
        <translation>Prêt ou non</translation>
    </message>
    <message>
        <location filename="../../ui/people/filters.py" line="39" />
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <location filename="../../ui/people/filters.py" line="41" />
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../ui/people/filters.py" line="104" />
        <source>(No department)</source>
        <translation>(Aucun service)</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="84" />
        <source>Change the goal</source>
        <translation>Modifier l'objectif</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="84" />
        <source>Add a goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="90" />
        <source>For example: lead a team meeting with confidence</source>
        <translation>Par exemple : animer une réunion d'équipe avec assurance</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="93" />
        <source>By</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="127" />
        <source>&amp;Goal:</source>
        <translation>&amp;Objectif :</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="129" />
        <source>Target date:</source>
        <translation>Date visée :</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="130" />
        <source>&amp;Progress:</source>
        <translation>&amp;Progression :</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="139" />
        <source>Save goal</source>
        <translation>Enregistrer l'objectif</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="149" />
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/dialogs.py" line="153" />
        <source>Write the goal.</source>
        <translation>Rédigez l'objectif.</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../../ui/checkins/goals.py" line="107" />
        <source>Search mentor or mentee names…</source>
        <translation>Rechercher un mentor ou un mentoré…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="110" />
        <source>Show ended pairs</source>
        <translation>Afficher les binômes terminés</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="123" />
        <source>&amp;End pair…</source>
        <translation>&amp;Terminer le binôme…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="126" />
        <source>Close the &amp;cycle…</source>
        <translation>Clore le &amp;cycle…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="129" />
        <source>End every open pair at the program's end date, in one go</source>
        <translation>Terminer d'un coup tous les binômes en cours à la date de fin du programme</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="146" />
        <location filename="../../ui/checkins/goals.py" line="237" />
        <source>Choose a pair to see its goals.</source>
        <translation>Choisissez un binôme pour voir ses objectifs.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="161" />
        <source>&amp;Add goal…</source>
        <translation>&amp;Ajouter un objectif…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="164" />
        <source>Update &amp;progress…</source>
        <translation>Mettre à jour la &amp;progression…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="167" />
        <source>&amp;Delete goal</source>
        <translation>&amp;Supprimer l'objectif</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="243" />
        <source>{mentor} and {mentee}</source>
        <translation>{mentor} et {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="248" />
        <source>Together since {date}</source>
        <translation>Ensemble depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="250" />
        <source>Ended on {date}</source>
        <translation>Terminé le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="334" />
        <source>Saving the goal…</source>
        <translation>Enregistrement de l'objectif…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="349" />
        <source>The goal “{text}”</source>
        <translation>L'objectif « {text} »</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="351" />
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="352" />
        <source>By</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="353" />
        <source>Progress (%)</source>
        <translation>Progression (%)</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="371" />
        <source>Goal deleted. Edit → Undo brings it back.</source>
        <translation>Objectif supprimé. Édition → Annuler le rétablit.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="405" />
        <source>End the pair of {mentee}</source>
        <translation>Terminer le binôme de {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="414" />
        <source>The pair has ended. {mentor} gave {hours} hours of mentoring across {count} meetings.</source>
        <translation>Le binôme est terminé. {mentor} a donné {hours} heures de mentorat en {count} rencontres.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="422" />
        <source>Ending the pair…</source>
        <translation>Fin du binôme…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="437" />
        <location filename="../../ui/checkins/goals.py" line="449" />
        <location filename="../../ui/checkins/goals.py" line="467" />
        <source>Close the cycle</source>
        <translation>Clore le cycle</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="437" />
        <source>There are no open pairs to close.</source>
        <translation>Aucun binôme en cours à clore.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="441" />
        <source>{active} active pairs will be marked completed and {paused} paused pairs ended early, all on {date}, and their meetings after that date cancelled. Nobody will be offered for rematching. Edit → Undo takes it all back.</source>
        <translation>{active} binômes actifs seront marqués terminés et {paused} binômes en pause arrêtés avant terme, tous au {date}, et leurs rencontres après cette date annulées. Personne ne sera proposé pour un nouveau jumelage. Édition → Annuler rétablit le tout.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="447" />
        <source>Close the cycle?</source>
        <translation>Clore le cycle ?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="448" />
        <source>End all {count} open pairs of this program?</source>
        <translation>Terminer les {count} binômes en cours de ce programme ?</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="471" />
        <source>The cycle is closed: {count} pairs ended.</source>
        <translation>Le cycle est clos : {count} binômes terminés.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/goals.py" line="477" />
        <source>Closing the cycle…</source>
        <translation>Clôture du cycle…</translation>
    </message>
</context>
<context>
    <name>GroupsBoard</name>
    <message>
        <location filename="../../ui/circles/board.py" line="79" />
        <source>The most people in one circle, its leader included; the circles' sizes differ by one at most</source>
        <translation>Le nombre maximal de personnes par cercle, responsable compris ; les tailles des cercles diffèrent d'une personne au plus</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="83" />
        <source>Circle &amp;size:</source>
        <translation>&amp;Taille des cercles :</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="85" />
        <source>Mentors &amp;only</source>
        <translation>Mentors &amp;uniquement</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="89" />
        <source>Mentor support circles: only the ready mentors (those with mentees too), a mentor leading each</source>
        <translation>Cercles de soutien entre mentors : seulement les mentors prêts (y compris ceux qui ont des mentorés), chacun animé par un mentor</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="93" />
        <source>&amp;Form circles</source>
        <translation>&amp;Former les cercles</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="96" />
        <source>Form circles of this size from everyone ready for matching</source>
        <translation>Former des cercles de cette taille avec toutes les personnes prêtes pour le jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="99" />
        <source>&amp;Move to circle…</source>
        <translation>Dé&amp;placer vers un cercle…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="104" />
        <source>Move the selected person to another circle (Ctrl+Shift+M)</source>
        <translation>Déplacer la personne sélectionnée vers un autre cercle (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="112" />
        <source>&amp;Confirm circles…</source>
        <translation>&amp;Confirmer les cercles…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="115" />
        <source>Save these circles; Edit → Undo takes them back in one step</source>
        <translation>Enregistrer ces cercles ; Édition → Annuler les retire en une seule étape</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="118" />
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="175" />
        <source>Choose a circle size and press Form circles: everyone ready for matching is put in circles led by mentors, each as close-knit as their profiles allow. Drag people between circles, then confirm.</source>
        <translation>Choisissez une taille de cercle et cliquez sur Former les cercles : toutes les personnes prêtes pour le jumelage sont réparties en cercles animés par des mentors, aussi soudés que leurs profils le permettent. Faites glisser des personnes d'un cercle à l'autre, puis confirmez.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="192" />
        <source>1 circle was confirmed.</source>
        <translation>1 cercle a été confirmé.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="194" />
        <source>{n} circles were confirmed.</source>
        <translation>{n} cercles ont été confirmés.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="198" />
        <source>Nobody ready for matching is waiting for a circle now. People who become ready later can be formed into new circles here, or added to a circle on the Pairs screen's Circles tab.</source>
        <translation>Personne de prêt pour le jumelage n'attend de cercle pour l'instant. Les personnes prêtes plus tard pourront former de nouveaux cercles ici, ou être ajoutées à un cercle dans l'onglet Cercles de l'écran Binômes.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="204" />
        <source>1 person ready for matching is not in a circle yet: press Form circles, or add them to a circle on the Pairs screen's Circles tab.</source>
        <translation>1 personne prête pour le jumelage n'est pas encore dans un cercle : cliquez sur Former les cercles, ou ajoutez-la à un cercle dans l'onglet Cercles de l'écran Binômes.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="209" />
        <source>{n} people ready for matching are not in a circle yet: press Form circles to put them in circles.</source>
        <translation>{n} personnes prêtes pour le jumelage ne sont pas encore dans un cercle : cliquez sur Former les cercles pour les y répartir.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="244" />
        <source>Forming circles…</source>
        <translation>Formation des cercles…</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="251" />
        <source>Circle {n}</source>
        <translation>Cercle {n}</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="309" />
        <source>{circle} ({n} people)</source>
        <translation>{circle} ({n} personnes)</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="334" />
        <source>Pick a person in a circle first, then move them.</source>
        <translation>Choisissez d'abord une personne dans un cercle, puis déplacez-la.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="352" />
        <source>&amp;Move to</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="355" />
        <source>Make a &amp;member</source>
        <translation>Passer &amp;membre</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="358" />
        <source>Make &amp;leader</source>
        <translation>Nommer &amp;responsable</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="362" />
        <source>Only a mentor can lead a circle</source>
        <translation>Seul un mentor peut animer un cercle</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="418" />
        <source>1 circle is confirmed.</source>
        <translation>1 cercle confirmé.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="420" />
        <source>{n} circles are confirmed.</source>
        <translation>{n} cercles confirmés.</translation>
    </message>
    <message>
        <location filename="../../ui/circles/board.py" line="424" />
        <source>See them, print their agreements and end them on the Pairs screen's Circles tab.</source>
        <translation>Consultez-les, imprimez leurs conventions et terminez-les dans l'onglet Cercles de l'écran Binômes.</translation>
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
        <translation>Ligne d'en-tête</translation>
    </message>
    <message>
        <location filename="../../ui/importer/header_page.py" line="48" />
        <source>The header is the row of column titles. PeerDesk looked for it under any titles and notes; check that the highlighted row is the right one.</source>
        <translation>L'en-tête est la ligne des titres de colonnes. PeerDesk l'a cherchée sous les éventuels titres et notes ; vérifiez que la ligne surlignée est la bonne.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/header_page.py" line="66" />
        <source>The first rows of the sheet</source>
        <translation>Les premières lignes de la feuille</translation>
    </message>
    <message>
        <location filename="../../ui/importer/header_page.py" line="72" />
        <source>&amp;Use this row as the header</source>
        <translation>&amp;Utiliser cette ligne comme en-tête</translation>
    </message>
    <message>
        <location filename="../../ui/importer/header_page.py" line="80" />
        <source>Header &amp;row:</source>
        <translation>&amp;Ligne d'en-tête :</translation>
    </message>
    <message>
        <location filename="../../ui/importer/header_page.py" line="99" />
        <source>Rows above the header, blank rows and totals rows are not imported. Changing the header matches the columns again.</source>
        <translation>Les lignes au-dessus de l'en-tête, les lignes vides et les lignes de totaux ne sont pas importées. Changer l'en-tête réassocie les colonnes.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/header_page.py" line="141" />
        <source>Row {row} of “{sheet}” is the header (highlighted).</source>
        <translation>La ligne {row} de « {sheet} » est l'en-tête (surlignée).</translation>
    </message>
    <message>
        <location filename="../../ui/importer/header_page.py" line="179" />
        <source>Row {row} is empty, so it cannot be the header. Choose the row with the column titles.</source>
        <translation>La ligne {row} est vide, elle ne peut donc pas être l'en-tête. Choisissez la ligne des titres de colonnes.</translation>
    </message>
</context>
<context>
    <name>HealthSection</name>
    <message>
        <location filename="../../ui/dashboard/health.py" line="89" />
        <source>Program health</source>
        <translation>Santé du programme</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="96" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="98" />
        <source>The program's cycle</source>
        <translation>Le cycle du programme</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="99" />
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="100" />
        <source>Last quarter</source>
        <translation>Le trimestre dernier</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="101" />
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="102" />
        <source>Last year</source>
        <translation>L'année dernière</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="103" />
        <source>Dates I choose</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="106" />
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="113" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="114" />
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="115" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="116" />
        <source>Comparison figures…</source>
        <translation>Chiffres de comparaison…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="119" />
        <source>Set the figures the program is compared with in every report</source>
        <translation>Définir les chiffres auxquels le programme est comparé dans chaque rapport</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="137" />
        <source>Matches active</source>
        <translation>Jumelages actifs</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="138" />
        <source>Median match length</source>
        <translation>Durée médiane d'un jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="139" />
        <source>Early closures</source>
        <translation>Fins anticipées</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="140" />
        <source>No meeting in 30 days</source>
        <translation>Aucune rencontre depuis 30 jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="141" />
        <source>Practice checks needing attention</source>
        <translation>Vérifications de pratique à surveiller</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="144" />
        <source>List the matches active during the period</source>
        <translation>Lister les jumelages actifs pendant la période</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="145" />
        <source>List the matches the length is measured over</source>
        <translation>Lister les jumelages sur lesquels la durée est mesurée</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="146" />
        <source>List the matches that closed early</source>
        <translation>Lister les jumelages terminés avant terme</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="147" />
        <source>List the matches with no meeting in the last 30 days</source>
        <translation>Lister les jumelages sans rencontre depuis 30 jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="148" />
        <location filename="../../ui/dashboard/health.py" line="275" />
        <source>List the pairs and people the checks found</source>
        <translation>Lister les binômes et personnes relevés par les vérifications</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="207" />
        <source>The period ends before it starts: choose a later end.</source>
        <translation>La période se termine avant de commencer : choisissez une fin plus tardive.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="223" />
        <source>Measuring the matches…</source>
        <translation>Mesure des jumelages…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="236" />
        <source>{n} months</source>
        <translation>{n} mois</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="236" />
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="243" />
        <source>reference {figure}</source>
        <translation>référence {figure}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="269" />
        <source>of {n} checks</source>
        <translation>sur {n} vérifications</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="272" />
        <source>every check passed</source>
        <translation>toutes les vérifications sont passées</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="281" />
        <location filename="../../ui/dashboard/health.py" line="398" />
        <source>No matches in this period.</source>
        <translation>Aucun jumelage sur cette période.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="282" />
        <source>{period}: no matches in this period.</source>
        <translation>{period} : aucun jumelage sur cette période.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="285" />
        <source>during the period</source>
        <translation>pendant la période</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="289" />
        <source>more than half still running</source>
        <translation>plus de la moitié encore en cours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="292" />
        <source>Kaplan–Meier estimate</source>
        <translation>Estimation de Kaplan–Meier</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="296" />
        <source>{share} of {n} closed matches</source>
        <translation>{share} des {n} jumelages clos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="300" />
        <source>of {n} closed matches</source>
        <translation>sur {n} jumelages clos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="308" />
        <source>of {n} running matches</source>
        <translation>sur {n} jumelages en cours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="313" />
        <source>{period}. Match length is a Kaplan–Meier estimate: matches still active are counted as censored, not as ended.</source>
        <translation>{period}. La durée des jumelages est une estimation de Kaplan–Meier : les jumelages encore actifs sont comptés comme censurés, pas comme terminés.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="345" />
        <source>1 match active</source>
        <translation>1 jumelage actif</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="345" />
        <source>{n} matches active</source>
        <translation>{n} jumelages actifs</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="346" />
        <source>1 match measured</source>
        <translation>1 jumelage mesuré</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="346" />
        <source>{n} matches measured</source>
        <translation>{n} jumelages mesurés</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="347" />
        <source>1 early closure</source>
        <translation>1 fin anticipée</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="347" />
        <source>{n} early closures</source>
        <translation>{n} fins anticipées</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="348" />
        <source>1 match with no meeting in 30 days</source>
        <translation>1 jumelage sans rencontre depuis 30 jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="350" />
        <source>{n} matches with no meeting in 30 days</source>
        <translation>{n} jumelages sans rencontre depuis 30 jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="351" />
        <source>1 line needing attention</source>
        <translation>1 ligne à surveiller</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="353" />
        <source>{n} lines needing attention</source>
        <translation>{n} lignes à surveiller</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="384" />
        <source>Reading the list…</source>
        <translation>Lecture de la liste…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="390" />
        <source>The pairs and people each practice check found, for {period}.</source>
        <translation>Les binômes et personnes relevés par chaque vérification de pratique, pour {period}.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="404" />
        <source>ended (no reason recorded)</source>
        <translation>terminé (aucun motif enregistré)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="406" />
        <source>since {day}</source>
        <translation>depuis le {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="407" />
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/health.py" line="408" />
        <source>{mentor} with {mentee}</source>
        <translation>{mentor} avec {mentee}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="112" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="117" />
        <source>Every change to this program, newest first, and who made it.</source>
        <translation>Chaque modification de ce programme, la plus récente en premier, et son auteur.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="121" />
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="128" />
        <source>&amp;Made by:</source>
        <translation>&amp;Faite par :</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="130" />
        <source>&amp;Changes to:</source>
        <translation>&amp;Modifications de :</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="141" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="141" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="141" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="197" />
        <source>Reading the history…</source>
        <translation>Lecture de l'historique…</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="227" />
        <source>Made before PeerDesk recorded who made changes</source>
        <translation>Faite avant que PeerDesk n'enregistre les auteurs des modifications</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="232" />
        <source>The newest {count} changes; older ones are in the workbook export.</source>
        <translation>Les {count} modifications les plus récentes ; les plus anciennes sont dans l'export du classeur.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="234" />
        <source>1 change</source>
        <translation>1 modification</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="236" />
        <source>{count} changes</source>
        <translation>{count} modifications</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="239" />
        <source>Your changes are recorded as “{name}”.</source>
        <translation>Vos modifications sont enregistrées au nom de « {name} ».</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="241" />
        <source>Your changes are recorded without a name.</source>
        <translation>Vos modifications sont enregistrées sans nom.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/importer/wizard.py" line="66" />
        <source>Import a roster: {name}</source>
        <translation>Importer une liste : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/importer/wizard.py" line="70" />
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../ui/importer/wizard.py" line="148" />
        <source>The preview could not be made</source>
        <translation>L'aperçu n'a pas pu être créé</translation>
    </message>
    <message>
        <location filename="../../ui/importer/wizard.py" line="154" />
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/wizard.py" line="192" />
        <source>Importing the roster…</source>
        <translation>Import de la liste…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/wizard.py" line="225" />
        <source>The import was stopped. Nothing was saved: the program is as it was.</source>
        <translation>L'import a été arrêté. Rien n'a été enregistré : le programme est tel qu'avant.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/wizard.py" line="230" />
        <source>The import did not happen, and nothing was saved. {problem}</source>
        <translation>L'import n'a pas eu lieu et rien n'a été enregistré. {problem}</translation>
    </message>
</context>
<context>
    <name>ImportingPage</name>
    <message>
        <location filename="../../ui/importer/import_page.py" line="17" />
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <location filename="../../ui/importer/import_page.py" line="19" />
        <source>All of it is saved together: if you stop it, nothing is saved at all.</source>
        <translation>Tout est enregistré d'un bloc : si vous l'arrêtez, rien n'est enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/import_page.py" line="27" />
        <source>&amp;Stop the import</source>
        <translation>&amp;Arrêter l'import</translation>
    </message>
    <message>
        <location filename="../../ui/importer/import_page.py" line="30" />
        <source>&amp;Back to the preview</source>
        <translation>&amp;Retour à l'aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/importer/import_page.py" line="46" />
        <source>Importing “{file}” into “{program}”…</source>
        <translation>Import de « {file} » dans « {program} »…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/import_page.py" line="64" />
        <source>Stopping the import…</source>
        <translation>Arrêt de l'import…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/import_page.py" line="70" />
        <source>The import is done.</source>
        <translation>L'import est terminé.</translation>
    </message>
</context>
<context>
    <name>IntroduceDialog</name>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="119" />
        <source>Introduce {mentor} and {mentee}</source>
        <translation>Présenter {mentor} et {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="138" />
        <source>Inser&amp;t</source>
        <translation>Insé&amp;rer</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="141" />
        <source>Standard &amp;wording</source>
        <translation>&amp;Texte standard</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="143" />
        <source>Put back PeerDesk's standard subject and message</source>
        <translation>Remettre l'objet et le message standard de PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="146" />
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="148" />
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="153" />
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="164" />
        <source>What they will receive</source>
        <translation>Ce qu'ils recevront</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="186" />
        <source>Your mail program opens with this message, ready to read over and send from your own address.</source>
        <translation>Votre messagerie s'ouvre avec ce message, prêt à relire et à envoyer depuis votre adresse.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="201" />
        <source>&amp;Open in mail program</source>
        <translation>Ou&amp;vrir dans la messagerie</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="250" />
        <source>To: {addresses}</source>
        <translation>À : {addresses}</translation>
    </message>
</context>
<context>
    <name>LogMeetingsDialog</name>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="263" />
        <source>Log meetings</source>
        <translation>Saisir les rencontres</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="274" />
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="276" />
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="290" />
        <source>Press A (all held), then change the exceptions: select meetings and press H (held), C (cancelled), N (no-show) or U (not logged yet).</source>
        <translation>Appuyez sur A (toutes tenues), puis changez les exceptions : sélectionnez des rencontres et appuyez sur H (tenue), C (annulée), N (absence) ou U (pas encore saisie).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="316" />
        <source>Every meeting of these dates is logged.</source>
        <translation>Toutes les rencontres de ces dates sont saisies.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="321" />
        <source>&amp;All held</source>
        <translation>&amp;Toutes tenues</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="347" />
        <source>1 meeting not logged yet</source>
        <translation>1 rencontre pas encore saisie</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="347" />
        <source>{n} meetings not logged yet</source>
        <translation>{n} rencontres pas encore saisies</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="362" />
        <source>The last date is before the first date.</source>
        <translation>La dernière date est antérieure à la première.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="379" />
        <source>Reading meetings…</source>
        <translation>Lecture des rencontres…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="400" />
        <source>Log 1 meeting</source>
        <translation>Saisir 1 rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="400" />
        <source>Log {n} meetings</source>
        <translation>Saisir {n} rencontres</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/log_meetings.py" line="405" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>MailFallbackDialog</name>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="32" />
        <source>E-mail message (*.eml)</source>
        <translation>Message e-mail (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="49" />
        <source>Send the introduction yourself</source>
        <translation>Envoyez la présentation vous-même</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="54" />
        <source>PeerDesk could not open a mail program on this computer. Copy the addresses, the subject and the text into your webmail, or save the message as a file that your mail program opens, ready to send.</source>
        <translation>PeerDesk n'a pas pu ouvrir de messagerie sur cet ordinateur. Copiez les adresses, l'objet et le texte dans votre webmail, ou enregistrez le message dans un fichier que votre messagerie ouvrira, prêt à envoyer.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="67" />
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="68" />
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="70" />
        <source>Copy &amp;addresses</source>
        <translation>Copier les &amp;adresses</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="73" />
        <source>The addresses are copied.</source>
        <translation>Les adresses sont copiées.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="75" />
        <source>Copy s&amp;ubject</source>
        <translation>Copier l'o&amp;bjet</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="78" />
        <source>The subject is copied.</source>
        <translation>L'objet est copié.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="80" />
        <source>Copy &amp;text</source>
        <translation>Copier le &amp;texte</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="83" />
        <source>The text is copied.</source>
        <translation>Le texte est copié.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="85" />
        <source>&amp;Save as .eml…</source>
        <translation>&amp;Enregistrer en .eml…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="87" />
        <source>A file that Outlook, Thunderbird or Apple Mail opens</source>
        <translation>Un fichier qu'Outlook, Thunderbird ou Apple Mail sait ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="122" />
        <source>Save the introduction</source>
        <translation>Enregistrer la présentation</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="138" />
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="139" />
        <source>“{name}” already exists. Replace it with this message?</source>
        <translation>« {name} » existe déjà. Le remplacer par ce message ?</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="142" />
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="154" />
        <source>The message could not be saved</source>
        <translation>Le message n'a pas pu être enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="156" />
        <source>Saving the message…</source>
        <translation>Enregistrement du message…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/mail_fallback.py" line="162" />
        <source>Saved as {path}. Open it to send it from your mail program.</source>
        <translation>Enregistré sous {path}. Ouvrez-le pour l'envoyer depuis votre messagerie.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="75" />
        <source>PeerDesk program files (*.peerdesk)</source>
        <translation>Fichiers de programme PeerDesk (*.peerdesk)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151" />
        <source>Opening your program file…</source>
        <translation>Ouverture de votre fichier de programme…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284" />
        <source>{n} things need attention</source>
        <translation>{n} points à surveiller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333" />
        <source>&amp;New file…</source>
        <translation>&amp;Nouveau fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336" />
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339" />
        <source>&amp;Connect to shared database…</source>
        <translation>Se &amp;connecter à une base partagée…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346" />
        <source>&amp;Move to shared database…</source>
        <translation>&amp;Passer à une base partagée…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353" />
        <source>Save a &amp;local copy…</source>
        <translation>Enregistrer une copie &amp;locale…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356" />
        <source>&amp;Backup now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359" />
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362" />
        <source>&amp;Import roster…</source>
        <translation>&amp;Importer une liste…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369" />
        <source>Save blank roster &amp;template…</source>
        <translation>Enregistrer un &amp;modèle de liste vierge…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376" />
        <source>&amp;Undo last import…</source>
        <translation>Ann&amp;uler le dernier import…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381" />
        <source>&amp;New program…</source>
        <translation>&amp;Nouveau programme…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384" />
        <source>Program &amp;settings…</source>
        <translation>Paramètres du pro&amp;gramme…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396" />
        <source>Read everything again, with what others changed on a shared database</source>
        <translation>Tout relire, avec ce que d'autres ont modifié sur une base partagée</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399" />
        <source>&amp;Quick start</source>
        <translation>&amp;Démarrage rapide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402" />
        <source>Try the &amp;sample program</source>
        <translation>Essayer le programme d'&amp;exemple</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405" />
        <source>&amp;About PeerDesk</source>
        <translation>À &amp;propos de PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414" />
        <source>Open &amp;Recent</source>
        <translation>Fic&amp;hiers récents</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451" />
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454" />
        <source>S&amp;witch program</source>
        <translation>&amp;Changer de programme</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="507" />
        <source>Shared database: {label}</source>
        <translation>Base partagée : {label}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="532" />
        <source>{name} (missing)</source>
        <translation>{name} (introuvable)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="540" />
        <source>Clear this list</source>
        <translation>Vider cette liste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="612" />
        <source>The file you used last, {path}, is no longer there.</source>
        <translation>Le dernier fichier utilisé, {path}, n'existe plus.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="661" />
        <source>“{name}” is already open.</source>
        <translation>« {name} » est déjà ouvert.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="678" />
        <source>The shared database could not be opened</source>
        <translation>La base partagée n'a pas pu être ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="680" />
        <location filename="../../ui/main_window.py" line="811" />
        <source>The file could not be opened</source>
        <translation>Le fichier n'a pas pu être ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="715" />
        <source>Opening “{name}”…</source>
        <translation>Ouverture de « {name} »…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="784" />
        <source>The automatic backup could not be made: {reason}</source>
        <translation>La sauvegarde automatique n'a pas pu être faite : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="802" />
        <source>Open a program file</source>
        <translation>Ouvrir un fichier de programme</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="817" />
        <source>Mentoring programs.peerdesk</source>
        <translation>Programmes de mentorat.peerdesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="820" />
        <source>New program file</source>
        <translation>Nouveau fichier de programme</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="916" />
        <source>Loading the program…</source>
        <translation>Chargement du programme…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="950" />
        <source>Saving the program…</source>
        <translation>Enregistrement du programme…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="988" />
        <source>Backing up…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="995" />
        <source>A backup of “{name}” was saved.</source>
        <translation>Une sauvegarde de « {name} » a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="998" />
        <source>It is {path}</source>
        <translation>C'est {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1000" />
        <source>Nothing has changed since the last backup, so it is still current.</source>
        <translation>Rien n'a changé depuis la dernière sauvegarde, elle est donc toujours à jour.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1001" />
        <source>Backups are kept in {folder}</source>
        <translation>Les sauvegardes sont gardées dans {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1003" />
        <source>Backup now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1018" />
        <source>The backup was restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
</context>
<context>
    <name>MatchingForm</name>
    <message>
        <location filename="../../ui/wizard/matching.py" line="108" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="110" />
        <source>years, the mentor ahead of the mentee</source>
        <translation>ans, le mentor ayant de l'avance sur le mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="117" />
        <source>The &amp;highest total score over everyone</source>
        <translation>Le &amp;meilleur score total pour tous</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="119" />
        <source>As many people matched as possible, then the highest sc&amp;ore</source>
        <translation>Le plus de personnes jumelées possible, puis le meilleur sc&amp;ore</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="122" />
        <source>Honour &amp;preferences (stable): whom people asked for first, then the highest score</source>
        <translation>Respecter les préfé&amp;rences (stable) : qui chacun a demandé en premier, puis le meilleur score</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="125" />
        <source>Fairest: the highest lowest score any pair gets, then the highest total</source>
        <translation>Le plus équitable : le score le plus haut pour le binôme le moins bien loti, puis le meilleur total</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="139" />
        <source>Tick what matters and set how much, from 0 (hardly) to 10. At 10 a criterion must match: people who differ on it are never paired.</source>
        <translation>Cochez ce qui compte et indiquez son poids, de 0 (à peine) à 10. À 10, un critère est obligatoire : des personnes qui diffèrent sur ce point ne sont jamais jumelées.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="149" />
        <source>&amp;Department:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="151" />
        <source>&amp;Experience gap:</source>
        <translation>É&amp;cart d'expérience :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="154" />
        <source>Aim for:</source>
        <translation>Viser :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="171" />
        <source>Matching</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/matching.py" line="174" />
        <source>What PeerDesk weighs when it suggests pairs. You decide every pair.</source>
        <translation>Ce que PeerDesk pondère pour suggérer des binômes. C'est vous qui décidez de chaque binôme.</translation>
    </message>
</context>
<context>
    <name>MatchingScreen</name>
    <message>
        <location filename="../../ui/matching/board.py" line="151" />
        <source>Loading the board…</source>
        <translation>Chargement du tableau…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="198" />
        <source>Working out who can be paired with whom…</source>
        <translation>Calcul de qui peut être jumelé avec qui…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="257" />
        <source>1 mentee to match</source>
        <translation>1 mentoré à jumeler</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="257" />
        <source>{n} mentees to match</source>
        <translation>{n} mentorés à jumeler</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="262" />
        <source>The numbers: how many mentors with a free place could take them.</source>
        <translation>Les nombres : combien de mentors ayant une place libre pourraient les prendre.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="266" />
        <source>1 more is not ready for matching yet.</source>
        <translation>1 autre n'est pas encore prêt pour le jumelage.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="268" />
        <source>{n} more are not ready for matching yet.</source>
        <translation>{n} autres ne sont pas encore prêts pour le jumelage.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="279" />
        <source>1 suggested pair (dashed), score {total}.</source>
        <translation>1 binôme suggéré (en pointillés), score {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="281" />
        <source>{n} suggested pairs (dashed), total score {total}.</source>
        <translation>{n} binômes suggérés (en pointillés), score total {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="286" />
        <source>Blocking pairs: {n} (one asked for the other, and both would rather be together).</source>
        <translation>Binômes bloquants : {n} (l'un a demandé l'autre, et tous deux préféreraient être ensemble).</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="294" />
        <source>Next round: nobody meets an earlier partner; accepting ends the pairs of the round before.</source>
        <translation>Tour suivant : personne ne retrouve un ancien partenaire ; accepter termine les binômes du tour précédent.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="300" />
        <source>Accepting replaces the proposed pairs shown struck out.</source>
        <translation>Accepter remplace les binômes proposés affichés barrés.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="301" />
        <source>Nothing is saved until you accept.</source>
        <translation>Rien n'est enregistré avant que vous acceptiez.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="309" />
        <source>Left unmatched by the last suggestions ({n})</source>
        <translation>Sans binôme après les dernières suggestions ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="326" />
        <source>No new pairs can be suggested.</source>
        <translation>Aucun nouveau binôme ne peut être suggéré.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="328" />
        <source>The list on the left says why.</source>
        <translation>La liste de gauche explique pourquoi.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="332" />
        <source>1 person is left unmatched; the list on the left says why.</source>
        <translation>1 personne reste sans binôme ; la liste de gauche explique pourquoi.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="334" />
        <source>{n} people are left unmatched; the list on the left says why.</source>
        <translation>{n} personnes restent sans binôme ; la liste de gauche explique pourquoi.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="346" />
        <source>No mentor is ready for matching yet. Mark mentors ready on People.</source>
        <translation>Aucun mentor n'est encore prêt pour le jumelage. Marquez des mentors prêts dans Personnes.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="352" />
        <source>No mentor matches “{text}”. The search looks at names, departments, skills, interests, goals, languages and their mentees.</source>
        <translation>Aucun mentor ne correspond à « {text} ». La recherche porte sur les noms, services, compétences, centres d'intérêt, objectifs, langues et mentorés.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="404" />
        <source>Allow {name} one more mentee</source>
        <translation>Autoriser un mentoré de plus pour {name}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="450" />
        <source>{mentee} with {mentor}</source>
        <translation>{mentee} avec {mentor}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="458" />
        <source>Suggested; not saved until you accept it.</source>
        <translation>Suggéré ; non enregistré tant que vous ne l'acceptez pas.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="477" />
        <source>Proposed; the suggestions on show would replace it.</source>
        <translation>Proposé ; les suggestions affichées le remplaceraient.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="479" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="483" />
        <source>Active since {date}</source>
        <translation>Actif depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="485" />
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="487" />
        <source>Proposed; not confirmed yet</source>
        <translation>Proposé ; pas encore confirmé</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="489" />
        <source>Locked: suggestions keep it</source>
        <translation>Verrouillé : les suggestions le conservent</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="524" />
        <source>1 pair is confirmed and active from {date}.</source>
        <translation>1 binôme est confirmé et actif à partir du {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="526" />
        <source>{n} pairs are confirmed and active from {date}.</source>
        <translation>{n} binômes sont confirmés et actifs à partir du {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/board.py" line="528" />
        <source>Their agreements are ready to print on the Pairs screen.</source>
        <translation>Leurs conventions sont prêtes à imprimer dans l'écran Binômes.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="64" />
        <source>Staff check-in</source>
        <translation>Point de suivi équipe</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="64" />
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="80" />
        <source>Log</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="81" />
        <source>Date and place</source>
        <translation>Date et lieu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="105" />
        <source>Staff check-in with {name}</source>
        <translation>Point de suivi équipe avec {name}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="106" />
        <source>Mentoring: {pair}</source>
        <translation>Mentorat : {pair}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="110" />
        <source>{date} at {time}, {n} minutes</source>
        <translation>{date} à {time}, {n} minutes</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="117" />
        <source>moved from its usual day or time</source>
        <translation>déplacée par rapport à son jour ou heure habituels</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="150" />
        <source>e.g. career goals, a hard conversation</source>
        <translation>ex. objectifs de carrière, une conversation difficile</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="153" />
        <source>What was discussed, what was agreed</source>
        <translation>Ce qui a été abordé, ce qui a été convenu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="157" />
        <source>What happened:</source>
        <translation>Déroulement :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="158" />
        <source>How long:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="159" />
        <source>Topics:</source>
        <translation>Sujets :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="160" />
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="175" />
        <source>Only this meeting</source>
        <translation>Cette rencontre seulement</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="177" />
        <source>This and all following meetings</source>
        <translation>Celle-ci et toutes les suivantes</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="185" />
        <source>Remove from calendar…</source>
        <translation>Retirer du calendrier…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="190" />
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="191" />
        <source>Time:</source>
        <translation>Heure :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="192" />
        <source>Length:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="194" />
        <source>Place:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="195" />
        <source>Video link:</source>
        <translation>Lien visio :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="197" />
        <source>Change:</source>
        <translation>Modifier :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="262" />
        <source>Change meeting</source>
        <translation>Modifier la rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="263" />
        <source>Log meeting</source>
        <translation>Saisir la rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="292" />
        <location filename="../../ui/calendar/meeting_dialog.py" line="321" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="299" />
        <source>Remove this meeting and all following meetings of the series?</source>
        <translation>Retirer cette rencontre et toutes les suivantes de la série ?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="301" />
        <source>Remove this meeting from the calendar?</source>
        <translation>Retirer cette rencontre du calendrier ?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="305" />
        <source>Remove from calendar</source>
        <translation>Retirer du calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="307" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="309" />
        <source>Meetings already logged stay, as part of the pair's history.</source>
        <translation>Les rencontres déjà saisies restent, dans l'historique du binôme.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="316" />
        <source>Remove meeting</source>
        <translation>Retirer la rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="326" />
        <source>This meeting</source>
        <translation>Cette rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="330" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="331" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="332" />
        <source>Length (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="333" />
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="334" />
        <source>Video link</source>
        <translation>Lien visio</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="335" />
        <source>What happened</source>
        <translation>Déroulement</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="336" />
        <source>How long (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="337" />
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/meeting_dialog.py" line="338" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MeetingsForm</name>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="16" />
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="29" />
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="30" />
        <source> missed meetings</source>
        <translation> rencontres manquées</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="33" />
        <source>Pairs &amp;meet:</source>
        <translation>Les binômes se &amp;rencontrent :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="35" />
        <source>A meeting &amp;lasts:</source>
        <translation>Une rencontre &amp;dure :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="37" />
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="38" />
        <source>S&amp;taff check in with pairs:</source>
        <translation>Points de suivi de l'é&amp;quipe avec les binômes :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="39" />
        <source>Flag a pair with no meeting &amp;in:</source>
        <translation>Signaler un binôme sans rencontre dep&amp;uis :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="40" />
        <source>…or &amp;after a row of:</source>
        <translation>…ou &amp;après une série de :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="50" />
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/meetings.py" line="54" />
        <source>How often pairs meet and for how long. Pairs can agree on other times; this is what the agreement and the calendar suggest.</source>
        <translation>À quelle fréquence et combien de temps les binômes se rencontrent. Ils peuvent convenir d'autres horaires ; c'est ce que proposent la convention et le calendrier.</translation>
    </message>
</context>
<context>
    <name>MenteeModel</name>
    <message>
        <location filename="../../ui/matching/mentee_list.py" line="114" />
        <source>Rematch</source>
        <translation>Nouveau jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/matching/mentee_list.py" line="127" />
        <source>No mentor may be paired with them under the program's rules.</source>
        <translation>Aucun mentor ne peut lui être associé selon les règles du programme.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/mentee_list.py" line="129" />
        <source>1 possible mentor with a free place</source>
        <translation>1 mentor possible avec une place libre</translation>
    </message>
    <message>
        <location filename="../../ui/matching/mentee_list.py" line="131" />
        <source>{n} possible mentors with a free place</source>
        <translation>{n} mentors possibles avec une place libre</translation>
    </message>
    <message>
        <location filename="../../ui/matching/mentee_list.py" line="133" />
        <source>({n} in all)</source>
        <translation>({n} au total)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/mentee_list.py" line="138" />
        <source>Their last pair ended; to be matched again.</source>
        <translation>Son dernier binôme est terminé ; à jumeler de nouveau.</translation>
    </message>
</context>
<context>
    <name>MentorCardView</name>
    <message>
        <location filename="../../ui/matching/mentor_cards.py" line="63" />
        <source>Free place</source>
        <translation>Place libre</translation>
    </message>
    <message>
        <location filename="../../ui/matching/mentor_cards.py" line="86" />
        <source>{used} of {places}</source>
        <translation>{used} sur {places}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/mentor_cards.py" line="91" />
        <source>Not ready for matching</source>
        <translation>Pas prêt pour le jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/matching/mentor_cards.py" line="96" />
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <location filename="../../ui/matching/mentor_cards.py" line="96" />
        <source>{n} years</source>
        <translation>{n} ans</translation>
    </message>
</context>
<context>
    <name>MentorModel</name>
    <message>
        <location filename="../../ui/matching/cards.py" line="162" />
        <source>{used} of {places}</source>
        <translation>{used} sur {places}</translation>
    </message>
</context>
<context>
    <name>NextStepsBox</name>
    <message>
        <location filename="../../ui/next_steps.py" line="113" />
        <source>Next steps for a new program</source>
        <translation>Prochaines étapes d'un nouveau programme</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="147" />
        <source>Program set up: purpose, dates, meetings, agreement</source>
        <translation>Programme configuré : objet, dates, rencontres, convention</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="149" />
        <source>write its purpose</source>
        <translation>rédiger son objet</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="150" />
        <source>set its start and end dates</source>
        <translation>fixer ses dates de début et de fin</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="152" />
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="154" />
        <source>Set up the program: {todo}</source>
        <translation>Configurer le programme : {todo}</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="155" />
        <source>Edit settings…</source>
        <translation>Modifier les paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="159" />
        <source>1 person added</source>
        <translation>1 personne ajoutée</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="159" />
        <source>{n} people added</source>
        <translation>{n} personnes ajoutées</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="161" />
        <source>Add people: import a roster, or add them by hand</source>
        <translation>Ajouter des personnes : importer une liste, ou les saisir à la main</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="163" />
        <location filename="../../ui/next_steps.py" line="173" />
        <source>Open People</source>
        <translation>Ouvrir les personnes</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="166" />
        <source>Screening and training recorded: everyone is ready for matching</source>
        <translation>Sélection et formation enregistrées : tout le monde est prêt pour le jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="169" />
        <source>Record screening and training ({n} of {of} ready for matching)</source>
        <translation>Enregistrer la sélection et la formation ({n} sur {of} prêts pour le jumelage)</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="172" />
        <source>Record screening and training</source>
        <translation>Enregistrer la sélection et la formation</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="177" />
        <source>Match mentors and mentees, and confirm the pairs or circles</source>
        <translation>Jumeler mentors et mentorés, et confirmer les binômes ou les cercles</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="180" />
        <source>Mentors and mentees matched (1 pair)</source>
        <translation>Mentors et mentorés jumelés (1 binôme)</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="182" />
        <source>Mentors and mentees matched ({n} pairs)</source>
        <translation>Mentors et mentorés jumelés ({n} binômes)</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="186" />
        <source>Mentors and mentees matched (1 circle)</source>
        <translation>Mentors et mentorés jumelés (1 cercle)</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="194" />
        <source>Open Matching</source>
        <translation>Ouvrir le jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="197" />
        <source>Print the agreements and mark them signed ({n} of {of})</source>
        <translation>Imprimer les conventions et les marquer signées ({n} sur {of})</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="201" />
        <source>Print the agreements and mark them signed</source>
        <translation>Imprimer les conventions et les marquer signées</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="204" />
        <source>Open Circles</source>
        <translation>Ouvrir les cercles</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="205" />
        <source>Open Pairs</source>
        <translation>Ouvrir les binômes</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="209" />
        <source>Schedule the first meetings ({n} of {of} pairs)</source>
        <translation>Planifier les premières rencontres ({n} binômes sur {of})</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="207" />
        <source>Schedule the first meetings</source>
        <translation>Planifier les premières rencontres</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="188" />
        <source>Mentors and mentees matched ({n} circles)</source>
        <translation>Mentors et mentorés jumelés ({n} cercles)</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="191" />
        <source>Mentors and mentees matched ({n} pairs, {c} circles)</source>
        <translation>Mentors et mentorés jumelés ({n} binômes, {c} cercles)</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="211" />
        <source>Schedule the first meetings ({n} of {of} circles)</source>
        <translation>Planifier les premières rencontres ({n} cercles sur {of})</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="213" />
        <source>Schedule the first meetings ({n} of {of} pairs and circles)</source>
        <translation>Planifier les premières rencontres ({n} binômes et cercles sur {of})</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="216" />
        <source>Open Calendar</source>
        <translation>Ouvrir le calendrier</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../ui/operations.py" line="204" />
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
</context>
<context>
    <name>OutcomeChoice</name>
    <message>
        <location filename="../../ui/pair_outcome.py" line="72" />
        <source>Their last {count} meetings were cancelled or missed: “ended early” may be the right answer.</source>
        <translation>Leurs {count} dernières rencontres ont été annulées ou manquées : « arrêté avant terme » est peut-être la bonne réponse.</translation>
    </message>
    <message>
        <location filename="../../ui/pair_outcome.py" line="93" />
        <source>Reading the pair…</source>
        <translation>Lecture du binôme…</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/people/checklist.py" line="345" />
        <location filename="../../ui/people/checklist.py" line="402" />
        <source>Allow {name} to be matched</source>
        <translation>Autoriser le jumelage de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="352" />
        <source>{name} has not finished the steps this program asks for before matching. You can let them be matched anyway; PeerDesk records that you did, when, and why.</source>
        <translation>{name} n'a pas terminé les étapes que ce programme demande avant le jumelage. Vous pouvez l'autoriser quand même ; PeerDesk enregistre que vous l'avez fait, quand et pourquoi.</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="361" />
        <source>For example: background check done by the school district; copy on file.</source>
        <translation>Par exemple : vérification des antécédents faite par l'académie ; copie au dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="364" />
        <source>&amp;Why may they be matched now?</source>
        <translation>&amp;Pourquoi autoriser le jumelage maintenant ?</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="370" />
        <source>Allow matching</source>
        <translation>Autoriser le jumelage</translation>
    </message>
</context>
<context>
    <name>PairsScreen</name>
    <message>
        <location filename="../../ui/pairs/screen.py" line="80" />
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="81" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="130" />
        <location filename="../../ui/pairs/screen.py" line="297" />
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="136" />
        <source>Print agreements…</source>
        <translation>Imprimer les conventions…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="139" />
        <source>Print the agreements of the selected pairs, or of every active pair (Ctrl+P)</source>
        <translation>Imprimer les conventions des binômes sélectionnés, ou de tous les binômes actifs (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="143" />
        <source>The selected pairs</source>
        <translation>Les binômes sélectionnés</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="146" />
        <source>Every active pair</source>
        <translation>Tous les binômes actifs</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="148" />
        <source>Only agreements not signed yet</source>
        <translation>Seulement les conventions pas encore signées</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="150" />
        <source>Only pairs new since the last print</source>
        <translation>Seulement les binômes nouveaux depuis la dernière impression</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="153" />
        <source>Leave out the pairs whose agreement was printed or saved before</source>
        <translation>Exclure les binômes dont la convention a déjà été imprimée ou enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="158" />
        <source>Two-sided: every agreement on its own sheets</source>
        <translation>Recto verso : chaque convention sur ses propres feuilles</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="162" />
        <source>A blank back page after an agreement with an odd number of pages, so that printed on both sides no sheet holds two agreements</source>
        <translation>Une page vierge au dos d'une convention au nombre de pages impair, pour qu'en recto verso aucune feuille ne porte deux conventions</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="183" />
        <source>Organization logo…</source>
        <translation>Logo de l'organisme…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="186" />
        <source>A PNG or JPEG picture printed at the top of agreements and certificates</source>
        <translation>Une image PNG ou JPEG imprimée en haut des conventions et attestations</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="189" />
        <source>Print without a logo</source>
        <translation>Imprimer sans logo</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="192" />
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="194" />
        <source>Save the agreements as one PDF file</source>
        <translation>Enregistrer les conventions dans un seul fichier PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="197" />
        <source>One PDF file…</source>
        <translation>Un seul fichier PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="200" />
        <source>One PDF per pair, into a folder…</source>
        <translation>Un PDF par binôme, dans un dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="205" />
        <source>Mark agreement signed…</source>
        <translation>Marquer la convention signée…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="208" />
        <source>Introduce pair</source>
        <translation>Présenter le binôme</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="211" />
        <source>Write to both in your own mail program, with the message filled in</source>
        <translation>Écrire aux deux depuis votre messagerie, avec le message prérempli</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="215" />
        <source>Goals and closing…</source>
        <translation>Objectifs et clôture…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="218" />
        <source>Schedule…</source>
        <translation>Planifier…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="221" />
        <source>Schedule meetings for the selected pairs, or every active pair, so that nobody is in two meetings at once</source>
        <translation>Planifier les rencontres des binômes sélectionnés, ou de tous les binômes actifs, pour que personne n'ait deux rencontres en même temps</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="225" />
        <source>Certificates…</source>
        <translation>Attestations…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="229" />
        <source>Print certificates…</source>
        <translation>Imprimer les attestations…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="232" />
        <source>Save certificates as PDF…</source>
        <translation>Enregistrer les attestations en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="248" />
        <source>Search mentor or mentee names… (Ctrl+F)</source>
        <translation>Rechercher un mentor ou un mentoré… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="253" />
        <source>All pairs</source>
        <translation>Tous les binômes</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="257" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="258" />
        <source>Ended (any reason)</source>
        <translation>Terminés (tous motifs)</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="298" />
        <source>Circles</source>
        <translation>Cercles</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="376" />
        <source>Reading the pairs…</source>
        <translation>Lecture des binômes…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="467" />
        <source>Agreements will be printed for the {count} selected pair(s).</source>
        <translation>Conventions à imprimer pour les binômes sélectionnés : {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="470" />
        <source>Agreements will be printed for all {count} active pairs. Select pairs to print only theirs.</source>
        <translation>Les conventions seront imprimées pour les {count} binômes actifs. Sélectionnez des binômes pour n'imprimer que les leurs.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="475" />
        <source>not signed yet and new since the last print</source>
        <translation>pas encore signées et nouvelles depuis la dernière impression</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="477" />
        <source>not signed yet</source>
        <translation>pas encore signées</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="479" />
        <source>new since the last print</source>
        <translation>nouvelles depuis la dernière impression</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="483" />
        <source>Every one of these pairs has signed or had its agreement printed before</source>
        <translation>Chacun de ces binômes a déjà signé ou fait imprimer sa convention</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="485" />
        <source>Every one of these pairs has signed its agreement already</source>
        <translation>Chacun de ces binômes a déjà signé sa convention</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="487" />
        <source>Every one of these pairs had its agreement printed or saved before</source>
        <translation>Chacun de ces binômes a déjà fait imprimer ou enregistrer sa convention</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="489" />
        <source>: untick “Only…” in the Print menu to print them again.</source>
        <translation> : décochez « Seulement… » dans le menu Imprimer pour les imprimer de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="492" />
        <source>Agreements will be printed for {kept} of the {count} selected pair(s): those {which}.</source>
        <translation>Conventions à imprimer pour {kept} des binômes sélectionnés ({count}) : celles {which}.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="496" />
        <source>Agreements will be printed for {kept} of the {count} active pairs: those {which}.</source>
        <translation>Les conventions seront imprimées pour {kept} des {count} binômes actifs : celles {which}.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="504" />
        <source>{count} pairs</source>
        <translation>{count} binômes</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="506" />
        <source>{shown} of {count} pairs</source>
        <translation>{shown} binômes sur {count}</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="525" />
        <source>No active pairs yet: confirm pairs on the Matching screen.</source>
        <translation>Pas encore de binômes actifs : confirmez des binômes dans l'écran Jumelage.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="533" />
        <source>This program has no pairs yet. Make pairs on the Matching screen; they appear here, ready for their agreements.</source>
        <translation>Ce programme n'a pas encore de binômes. Formez-les dans l'écran Jumelage ; ils apparaissent ici, prêts pour leurs conventions.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="601" />
        <source>Choose the organization's logo</source>
        <translation>Choisir le logo de l'organisme</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="614" />
        <source>Reading the logo…</source>
        <translation>Lecture du logo…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="660" />
        <source>Print agreements — {program}</source>
        <translation>Imprimer les conventions — {program}</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="669" />
        <source>Preparing the agreements…</source>
        <translation>Préparation des conventions…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="688" />
        <source>Recording the print…</source>
        <translation>Enregistrement de l'impression…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="697" />
        <source>Save one agreement per pair into</source>
        <translation>Enregistrer une convention par binôme dans</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="712" />
        <source>Save agreements as PDF</source>
        <translation>Enregistrer les conventions en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="724" />
        <source>“{name}” already exists in {folder}. Replace it?</source>
        <translation>« {name} » existe déjà dans {folder}. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="729" />
        <source>{count} of these files already exist in {folder}. Replace them?</source>
        <translation>{count} de ces fichiers existent déjà dans {folder}. Les remplacer ?</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="733" />
        <source>Replace files?</source>
        <translation>Remplacer les fichiers ?</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="735" />
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="737" />
        <source>The files there now will be lost; a signed copy should be kept elsewhere.</source>
        <translation>Les fichiers qui s'y trouvent seront perdus ; gardez ailleurs un exemplaire signé.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="761" />
        <location filename="../../ui/pairs/screen.py" line="793" />
        <source>Saving the agreements…</source>
        <translation>Enregistrement des conventions…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="800" />
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="802" />
        <source>Saved {count} files in {folder}</source>
        <translation>{count} fichiers enregistrés dans {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="866" />
        <source>Reading the pair…</source>
        <translation>Lecture du binôme…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="882" />
        <source>Your mail program has the introduction, ready to send.</source>
        <translation>Votre messagerie a la présentation, prête à envoyer.</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="892" />
        <source>Introduction - {mentor} and {mentee}</source>
        <translation>Présentation - {mentor} et {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="919" />
        <source>Print certificates — {program}</source>
        <translation>Imprimer les attestations — {program}</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="921" />
        <source>Preparing the certificates…</source>
        <translation>Préparation des attestations…</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="933" />
        <source>Save certificates as PDF</source>
        <translation>Enregistrer les attestations en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/screen.py" line="951" />
        <source>Saving the certificates…</source>
        <translation>Enregistrement des attestations…</translation>
    </message>
</context>
<context>
    <name>PeopleForm</name>
    <message>
        <location filename="../../ui/wizard/people.py" line="16" />
        <source>&amp;Peers mentor each other (one group of equals, no mentor or mentee roles)</source>
        <translation>Les pairs se me&amp;ntorent mutuellement (un groupe d'égaux, sans rôles de mentor ou de mentoré)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/people.py" line="22" />
        <source>Who can take part, for example: staff who have passed probation.</source>
        <translation>Qui peut participer, par exemple : les salariés ayant terminé leur période d'essai.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/people.py" line="28" />
        <source>Mentees per &amp;mentor:</source>
        <translation>Mentorés par &amp;mentor :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/people.py" line="30" />
        <source>&amp;Who can take part:</source>
        <translation>&amp;Qui peut participer :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/people.py" line="34" />
        <source>&amp;Steps before matching:</source>
        <translation>&amp;Étapes avant le jumelage :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/people.py" line="40" />
        <source>People are offered for matching once they have done every required step.</source>
        <translation>Les personnes sont proposées au jumelage dès qu'elles ont fait toutes les étapes requises.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/people.py" line="49" />
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/people.py" line="53" />
        <source>How many mentees a mentor usually takes, who can join, and what everyone completes before they are matched.</source>
        <translation>Combien de mentorés un mentor prend en général, qui peut participer, et ce que chacun doit faire avant d'être jumelé.</translation>
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
        <translation>mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/circles/cards.py" line="78" />
        <source>{name} (leader)</source>
        <translation>{name} (responsable)</translation>
    </message>
    <message>
        <location filename="../../ui/circles/cards.py" line="84" />
        <source>{name} leads this circle</source>
        <translation>{name} anime ce cercle</translation>
    </message>
    <message>
        <location filename="../../ui/circles/cards.py" line="86" />
        <source>{name}, a mentor</source>
        <translation>{name}, mentor</translation>
    </message>
    <message>
        <location filename="../../ui/circles/cards.py" line="87" />
        <source>{name}, a mentee</source>
        <translation>{name}, mentoré</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <location filename="../../ui/people/screen.py" line="87" />
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="92" />
        <source>Add person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="93" />
        <source>Add a person to this program (Ctrl+N)</source>
        <translation>Ajouter une personne à ce programme (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="94" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="95" />
        <source>Edit the selected person (Enter or F2)</source>
        <translation>Modifier la personne sélectionnée (Entrée ou F2)</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="96" />
        <source>Set status…</source>
        <translation>Définir le statut…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="97" />
        <source>Mark steps done…</source>
        <translation>Marquer les étapes faites…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="99" />
        <source>Record screening and training steps the selected people finished</source>
        <translation>Enregistrer les étapes de sélection et de formation terminées par les personnes sélectionnées</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="101" />
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="103" />
        <source>Erase the selected person's personal data from this file (Delete)</source>
        <translation>Effacer de ce fichier les données personnelles de la personne sélectionnée (Suppr)</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="105" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="106" />
        <source>Save the people shown, as shown, to Excel</source>
        <translation>Enregistrer dans Excel les personnes affichées, telles qu'affichées</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="119" />
        <source>Import roster…</source>
        <translation>Importer une liste…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="165" />
        <source>Add a person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="172" />
        <source>Import a roster…</source>
        <translation>Importer une liste…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="265" />
        <source>Loading people…</source>
        <translation>Chargement des personnes…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="286" />
        <source>Nobody has joined this program yet.
Add people one by one, or import the roster you already have.</source>
        <translation>Personne n'a encore rejoint ce programme.
Ajoutez des personnes une à une, ou importez la liste que vous avez déjà.</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="321" />
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="321" />
        <source>{n} people</source>
        <translation>{n} personnes</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="323" />
        <source>{shown} of {total} people shown</source>
        <translation>{shown} personnes affichées sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="442" />
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location filename="../../ui/people/screen.py" line="486" />
        <source>{done} Edit → Undo takes it back.</source>
        <translation>{done} Édition → Annuler revient en arrière.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="253" />
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="255" />
        <location filename="../../ui/people/person_dialog.py" line="547" />
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="260" />
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="261" />
        <source>&amp;Interests and skills</source>
        <translation>Centres d'intérêt et &amp;compétences</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="262" />
        <source>&amp;Notes and custom fields</source>
        <translation>Notes et c&amp;hamps personnalisés</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="267" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="267" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="305" />
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="306" />
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="308" />
        <source>For example: she/her, they/them</source>
        <translation>Par exemple : elle, iel</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="309" />
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="310" />
        <source>About them</source>
        <translation>À son sujet</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="312" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="313" />
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="314" />
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="315" />
        <source>Pro&amp;nouns:</source>
        <translation>Pr&amp;onoms :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="316" />
        <source>&amp;Gender:</source>
        <translation>&amp;Genre :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="333" />
        <source>For example: Spring 2026</source>
        <translation>Par exemple : printemps 2026</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="339" />
        <location filename="../../ui/people/person_dialog.py" line="652" />
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="340" />
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="344" />
        <location filename="../../ui/people/person_dialog.py" line="648" />
        <source>No preference</source>
        <translation>Pas de préférence</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="348" />
        <source>In this program</source>
        <translation>Dans ce programme</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="350" />
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="351" />
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="352" />
        <source>&amp;Mentees at most:</source>
        <translation>Mentorés au ma&amp;ximum :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="353" />
        <source>&amp;Department:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="354" />
        <source>&amp;Cohort:</source>
        <translation>Promot&amp;ion :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="355" />
        <source>&amp;Years of experience:</source>
        <translation>&amp;Années d'expérience :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="356" />
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="357" />
        <source>Meeting &amp;format:</source>
        <translation>&amp;Format de rencontre :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="358" />
        <source>&amp;Joined:</source>
        <translation>&amp;Date d'arrivée :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="385" />
        <source>For example: leadership, public speaking</source>
        <translation>Par exemple : leadership, prise de parole</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="386" />
        <source>What they can teach or help with</source>
        <translation>Ce qu'ils peuvent enseigner ou apporter</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="387" />
        <source>What they want to get out of the program</source>
        <translation>Ce qu'ils attendent du programme</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="388" />
        <source>For example: English, Spanish</source>
        <translation>Par exemple : anglais, espagnol</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="389" />
        <source>For example: Tuesday mornings, Friday lunch</source>
        <translation>Par exemple : mardi matin, vendredi midi</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="392" />
        <source>&amp;Interests:</source>
        <translation>Centres d'&amp;intérêt :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="393" />
        <source>&amp;Skills:</source>
        <translation>Co&amp;mpétences :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="394" />
        <source>&amp;Goals:</source>
        <translation>Ob&amp;jectifs :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="395" />
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="396" />
        <source>&amp;Available:</source>
        <translation>&amp;Disponibilités :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="402" />
        <source>Separate entries with commas. Suggestions come from the people already in this file, so the same interest is spelled the same way.</source>
        <translation>Séparez les entrées par des virgules. Les suggestions viennent des personnes déjà dans ce fichier, pour qu'un même centre d'intérêt s'écrive toujours de la même façon.</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="419" />
        <source>Notes about them in this program</source>
        <translation>Notes à son sujet dans ce programme</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="421" />
        <source>Notes that stay with them in every program</source>
        <translation>Notes qui la suivent dans tous les programmes</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="424" />
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="425" />
        <source>About the &amp;person:</source>
        <translation>À propos de la perso&amp;nne :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="426" />
        <source>C&amp;ustom fields:</source>
        <translation>Champs personnali&amp;sés :</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="547" />
        <source>Add {name}</source>
        <translation>Ajouter {name}</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="562" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="583" />
        <source>The person could not be saved</source>
        <translation>La personne n'a pas pu être enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="604" />
        <source>{name}'s record</source>
        <translation>Fiche de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="615" />
        <source>Interests</source>
        <translation>Centres d'intérêt</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="616" />
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="617" />
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="618" />
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="619" />
        <source>Available</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="622" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="623" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="624" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="625" />
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="626" />
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="627" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="628" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="629" />
        <source>Mentees at most</source>
        <translation>Mentorés au maximum</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="630" />
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="631" />
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="632" />
        <source>Years of experience</source>
        <translation>Années d'expérience</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="633" />
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="634" />
        <source>Meeting format</source>
        <translation>Format de rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="635" />
        <source>Joined</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="637" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="638" />
        <source>About the person</source>
        <translation>À propos de la personne</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="639" />
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="650" />
        <source>Program default ({count})</source>
        <translation>Valeur du programme ({count})</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../../ui/server/presence.py" line="59" />
        <source>{name} (you, in another window)</source>
        <extracomment>Names shown in the label itself; the tooltip lists everyone.</extracomment>
        <translation>{name} (vous, dans une autre fenêtre)</translation>
    </message>
    <message>
        <location filename="../../ui/server/presence.py" line="69" />
        <source>Also here: {names} and {n} more</source>
        <translation>Aussi présents : {names} et {n} autres</translation>
    </message>
    <message>
        <location filename="../../ui/server/presence.py" line="73" />
        <source>Also here: {names}</source>
        <translation>Aussi présents : {names}</translation>
    </message>
    <message>
        <location filename="../../ui/server/presence.py" line="74" />
        <source>Also working on this program now:</source>
        <translation>Travaillent aussi sur ce programme en ce moment :</translation>
    </message>
    <message>
        <location filename="../../ui/server/presence.py" line="77" />
        <source>{name} (database user {user})</source>
        <translation>{name} (utilisateur de la base {user})</translation>
    </message>
    <message>
        <location filename="../../ui/server/presence.py" line="85" />
        <source>The connection to the shared database was lost. PeerDesk keeps trying; once it is back, every screen is read again.</source>
        <translation>La connexion à la base partagée a été perdue. PeerDesk continue d'essayer ; dès son retour, chaque écran est relu.</translation>
    </message>
    <message>
        <location filename="../../ui/server/presence.py" line="88" />
        <source>Not hearing others' changes</source>
        <translation>Modifications des autres non reçues</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="82" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="85" />
        <source>Nothing has been imported yet. Correct a value (double-click it or press F2), tick Skip to leave a row out, or go back to change the columns.</source>
        <translation>Rien n'a encore été importé. Corrigez une valeur (double-cliquez dessus ou appuyez sur F2), cochez Ignorer pour exclure une ligne, ou revenez en arrière pour modifier les colonnes.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="90" />
        <location filename="../../ui/importer/preview_page.py" line="184" />
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="100" />
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="101" />
        <source>New people</source>
        <translation>Nouvelles personnes</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="102" />
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="103" />
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="104" />
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="105" />
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="109" />
        <source>S&amp;how:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="111" />
        <source>Next &amp;error</source>
        <translation>&amp;Erreur suivante</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="204" />
        <source>There is nobody to import: fix or un-skip some rows, or go back and check the sheets and columns.</source>
        <translation>Personne à importer : corrigez ou réintégrez des lignes, ou revenez vérifier les feuilles et les colonnes.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="219" />
        <source>Choose a row to see what will happen to it.</source>
        <translation>Choisissez une ligne pour voir ce qu'elle deviendra.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="226" />
        <source>Row {row}</source>
        <translation>Ligne {row}</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="228" />
        <source>“{sheet}”, row {row}</source>
        <translation>« {sheet} », ligne {row}</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="233" />
        <source> ({cell})</source>
        <translation> ({cell})</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="237" />
        <source>Double-click its value or press F2 to correct it.</source>
        <translation>Double-cliquez sur sa valeur ou appuyez sur F2 pour la corriger.</translation>
    </message>
</context>
<context>
    <name>ProgramOverview</name>
    <message>
        <location filename="../../ui/program_overview.py" line="116" />
        <source>Edit program settings…</source>
        <translation>Modifier les paramètres du programme…</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="138" />
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="139" />
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="140" />
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="141" />
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="142" />
        <source>Before matching</source>
        <translation>Avant le jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="143" />
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="170" />
        <source>No purpose written yet.</source>
        <translation>Aucun objet rédigé pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="171" />
        <source>No goals written yet.</source>
        <translation>Aucun objectif rédigé pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="184" />
        <source>{template} program</source>
        <translation>Programme {template}</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="189" />
        <source>{start} to {end}</source>
        <translation>Du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="191" />
        <source>from {start}</source>
        <translation>à partir du {start}</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="193" />
        <source>until {end}</source>
        <translation>jusqu'au {end}</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="195" />
        <source>no dates set</source>
        <translation>aucune date fixée</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="204" />
        <source>{n} participant</source>
        <translation>{n} participant</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="204" />
        <source>{n} participants</source>
        <translation>{n} participants</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="207" />
        <source>Nobody has joined yet.</source>
        <translation>Personne n'a encore rejoint le programme.</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="211" />
        <source>{n} mentor</source>
        <translation>{n} mentor</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="211" />
        <source>{n} mentors</source>
        <translation>{n} mentors</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="212" />
        <source>{n} mentee</source>
        <translation>{n} mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="212" />
        <source>{n} mentees</source>
        <translation>{n} mentorés</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="215" />
        <source>No pairs yet.</source>
        <translation>Pas encore de binômes.</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="217" />
        <source>{n} pair</source>
        <translation>{n} binôme</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="217" />
        <source>{n} pairs</source>
        <translation>{n} binômes</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="218" />
        <source>{n} active</source>
        <translation>{n} actifs</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="223" />
        <source>A mentor takes up to {n} mentee.</source>
        <translation>Un mentor prend jusqu'à {n} mentoré.</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="224" />
        <source>A mentor takes up to {n} mentees.</source>
        <translation>Un mentor prend jusqu'à {n} mentorés.</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="237" />
        <source>{cadence}, {minutes} minutes each</source>
        <translation>{cadence}, {minutes} minutes chacune</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="241" />
        <source>Staff check-ins: {cadence}</source>
        <translation>Points de suivi équipe : {cadence}</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="249" />
        <source>No screening or training steps.</source>
        <translation>Aucune étape de sélection ou de formation.</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="250" />
        <source>Required: {steps}</source>
        <translation>Obligatoires : {steps}</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="252" />
        <source>Optional: {steps}</source>
        <translation>Facultatives : {steps}</translation>
    </message>
    <message>
        <location filename="../../ui/program_overview.py" line="259" />
        <source>No coordinator named yet; agreements will leave a blank.</source>
        <translation>Aucun coordinateur indiqué ; les conventions laisseront un blanc.</translation>
    </message>
</context>
<context>
    <name>ProgramSettingsDialog</name>
    <message>
        <location filename="../../ui/wizard/settings_dialog.py" line="56" />
        <source>Program settings — {name}</source>
        <translation>Paramètres du programme — {name}</translation>
    </message>
</context>
<context>
    <name>ProgramWizard</name>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="91" />
        <source>New program</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="177" />
        <source>Before finishing, fix this on the “{page}” page: {problem}</source>
        <translation>Avant de terminer, corrigez ceci à la page « {page} » : {problem}</translation>
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
        <translation>Traitement…</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="77" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="56" />
        <source>Change the question</source>
        <translation>Modifier la question</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="56" />
        <source>Add a question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="79" />
        <source>For example: Confidence</source>
        <translation>Par exemple : confiance en soi</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="82" />
        <source>A word or two for what the question measures. A pre-program and a post-program question with the same measure are compared before and after.</source>
        <translation>Un ou deux mots pour ce que mesure la question. Une question d'avant et une d'après le programme avec la même mesure sont comparées.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="86" />
        <source>Ask this question</source>
        <translation>Poser cette question</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="90" />
        <source>&amp;Survey:</source>
        <translation>&amp;Questionnaire :</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="91" />
        <source>&amp;Question:</source>
        <translation>Q&amp;uestion :</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="93" />
        <source>&amp;Answer:</source>
        <translation>&amp;Réponse :</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="94" />
        <source>&amp;Measures:</source>
        <translation>&amp;Mesure :</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="116" />
        <source>Write the question.</source>
        <translation>Rédigez la question.</translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="143" />
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="148" />
        <source>What the program asks before it starts, at check-ins, after it ends and when a pair closes. Agree–disagree and number questions asked both before and after, with the same measure, are compared in the evaluation.</source>
        <translation>Ce que le programme demande avant de commencer, aux points de suivi, après la fin et à la clôture d'un binôme. Les questions d'accord et chiffrées posées avant et après, avec la même mesure, sont comparées dans l'évaluation.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="171" />
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="173" />
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="175" />
        <source>Move &amp;up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="177" />
        <source>Move &amp;down</source>
        <translation>Desc&amp;endre</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="179" />
        <location filename="../../ui/checkins/questions_dialog.py" line="216" />
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="216" />
        <source>Switch &amp;off</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="279" />
        <source>Question added.</source>
        <translation>Question ajoutée.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="287" />
        <source>Question changed.</source>
        <translation>Question modifiée.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="308" />
        <source>Question removed.</source>
        <translation>Question retirée.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/questions_dialog.py" line="311" />
        <source>The question has answers, so it was switched off: it is no longer asked, and its answers stay in the evaluation.</source>
        <translation>La question a des réponses, elle a donc été désactivée : elle n'est plus posée, et ses réponses restent dans l'évaluation.</translation>
    </message>
</context>
<context>
    <name>ResponseForm</name>
    <message>
        <location filename="../../ui/checkins/entry.py" line="189" />
        <source>Record a response</source>
        <translation>Saisir une réponse</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="199" />
        <source>Type a name…</source>
        <translation>Saisissez un nom…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="220" />
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="221" />
        <source>&amp;Survey:</source>
        <translation>&amp;Questionnaire :</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="222" />
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="241" />
        <source>&amp;Save response</source>
        <translation>&amp;Enregistrer la réponse</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="245" />
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="248" />
        <source>Edit questions…</source>
        <translation>Modifier les questions…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="271" />
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="271" />
        <source>mentee</source>
        <translation>mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="272" />
        <source>mentor and mentee</source>
        <translation>mentor et mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="272" />
        <source>peer</source>
        <translation>pair</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="316" />
        <source>This survey has no questions yet. Add some with Edit questions…</source>
        <translation>Ce questionnaire n'a pas encore de questions. Ajoutez-en avec Modifier les questions…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/entry.py" line="365" />
        <source>Some answers need a look (marked in red).</source>
        <translation>Certaines réponses sont à vérifier (en rouge).</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="77" />
        <source>Review</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="78" />
        <source>Check the settings, then press Finish to create the program.</source>
        <translation>Vérifiez les paramètres, puis cliquez sur Terminer pour créer le programme.</translation>
    </message>
</context>
<context>
    <name>RoleGuard</name>
    <message>
        <location filename="../../ui/server/roles.py" line="159" />
        <source>Read-only (viewer)</source>
        <extracomment>The window's actions that change records. What only an administrator may do on a shared database: add a program (a coordinator works in the programs given to them). Each screen's actions and buttons that change records (attribute paths on the screen). Parts a screen shows or hides by itself (so they are disabled instead): what they show stays readable, greyed.</extracomment>
        <translation>Lecture seule (observateur)</translation>
    </message>
    <message>
        <location filename="../../ui/server/roles.py" line="161" />
        <source>Read-only (no role here)</source>
        <translation>Lecture seule (aucun rôle ici)</translation>
    </message>
    <message>
        <location filename="../../ui/server/roles.py" line="166" />
        <source>Your role on this shared database lets you read and export, not change records. An administrator can change it.</source>
        <translation>Votre rôle sur cette base partagée vous permet de lire et d'exporter, pas de modifier les fiches. Un administrateur peut le changer.</translation>
    </message>
</context>
<context>
    <name>RoleValuesModel</name>
    <message>
        <location filename="../../ui/importer/models.py" line="291" />
        <source>“{answer}” means</source>
        <translation>« {answer} » signifie</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="317" />
        <source>Answer in the file</source>
        <translation>Réponse dans le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="317" />
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../ui/importer/models.py" line="317" />
        <source>Means</source>
        <translation>Signifie</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <location filename="../../ui/matching/room.py" line="68" />
        <source>{name} ({taken} of {capacity})</source>
        <translation>{name} ({taken} sur {capacity})</translation>
    </message>
    <message>
        <location filename="../../ui/matching/room.py" line="74" />
        <source>Every mentor who may take {mentee} is full: {mentors}</source>
        <translation>Tous les mentors qui pourraient prendre {mentee} sont complets : {mentors}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/room.py" line="78" />
        <source>and {n} more</source>
        <translation>et {n} autres</translation>
    </message>
    <message>
        <location filename="../../ui/matching/room.py" line="82" />
        <source>Allow {name} one more ({before} → {after})</source>
        <translation>Autoriser un de plus pour {name} ({before} → {after})</translation>
    </message>
    <message>
        <location filename="../../ui/matching/room.py" line="89" />
        <source>Give {name} one more place; then drop the mentee on their card.</source>
        <translation>Donner une place de plus à {name} ; puis déposer le mentoré sur sa fiche.</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../../ui/sample_banner.py" line="54" />
        <source>&lt;b&gt;Sample data&lt;/b&gt; — nothing here is real. Create your own program when you are ready.</source>
        <translation>&lt;b&gt;Données d'exemple&lt;/b&gt; — rien n'est réel ici. Créez votre propre programme quand vous êtes prêt.</translation>
    </message>
    <message>
        <location filename="../../ui/sample_banner.py" line="61" />
        <source>Create your own program…</source>
        <translation>Créer votre propre programme…</translation>
    </message>
    <message>
        <location filename="../../ui/sample_banner.py" line="64" />
        <source>Go back to your own program file and set up a program there</source>
        <translation>Revenir à votre fichier de programme et y configurer un programme</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="123" />
        <source>Schedule meetings</source>
        <translation>Planifier les rencontres</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="134" />
        <source>One pair:</source>
        <translation>Un binôme :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="137" />
        <source>The {count} chosen pairs</source>
        <translation>Les {count} binômes choisis</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="143" />
        <source>Every active pair ({count})</source>
        <translation>Tous les binômes actifs ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="165" />
        <source>Regularly</source>
        <translation>Régulièrement</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="167" />
        <source>Once (one meeting each)</source>
        <translation>Une fois (une rencontre chacun)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="198" />
        <source>Each pair meets once between the first date and this one, at a time when both are free</source>
        <translation>Chaque binôme se rencontre une fois entre la première date et celle-ci, à un moment où les deux sont libres</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="203" />
        <source>The time to meet; a person's second and third pair meet right after, or on the next day</source>
        <translation>L'heure de rencontre ; le deuxième et le troisième binôme d'une même personne se rencontrent juste après, ou le lendemain</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="209" />
        <source>e.g. Room 4, or the café on Main Street</source>
        <translation>ex. salle 4, ou le café de la Grand-Rue</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="215" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="217" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="233" />
        <source>Also schedule staff check-ins with each person ({cadence})</source>
        <translation>Planifier aussi les points de suivi équipe avec chaque personne ({cadence})</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="242" />
        <source>The plan</source>
        <translation>Le planning</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="261" />
        <source>For:</source>
        <translation>Pour :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="262" />
        <source>Meets:</source>
        <translation>Rencontres :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="263" />
        <source>How often:</source>
        <translation>Fréquence :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="264" />
        <source>On:</source>
        <translation>Le :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="265" />
        <location filename="../../ui/calendar/schedule_dialog.py" line="336" />
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="267" />
        <source>Until:</source>
        <translation>Jusqu'au :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="268" />
        <source>At the latest:</source>
        <translation>Au plus tard :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="269" />
        <source>At:</source>
        <translation>À :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="270" />
        <source>Length:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="271" />
        <source>Place:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="272" />
        <source>Video link:</source>
        <translation>Lien visio :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="273" />
        <source>Skip:</source>
        <translation>Sauter :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="277" />
        <location filename="../../ui/calendar/schedule_dialog.py" line="347" />
        <source>Schedule</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="336" />
        <source>First date:</source>
        <translation>Première date :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="348" />
        <source>Planning…</source>
        <translation>Planification…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="392" />
        <source>Choose a pair from the list.</source>
        <translation>Choisissez un binôme dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="399" />
        <source>The last date is before the first date.</source>
        <translation>La dernière date est antérieure à la première.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="446" />
        <source>Planning the meetings…</source>
        <translation>Planification des rencontres…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="454" />
        <source>1 meeting for 1 pair.</source>
        <translation>1 rencontre pour 1 binôme.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="456" />
        <source>{meetings} meetings for 1 pair.</source>
        <translation>{meetings} rencontres pour 1 binôme.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="459" />
        <source>{meetings} meetings for {pairs} pairs.</source>
        <translation>{meetings} rencontres pour {pairs} binômes.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="466" />
        <source>{pair}: {day} at {time}</source>
        <translation>{pair} : {day} à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="474" />
        <source>, then {every}</source>
        <translation>, puis {every}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="483" />
        <source>{count} pairs meet when both people said they are free, not at the asked day and time.</source>
        <translation>{count} binômes se rencontrent quand les deux personnes ont dit être libres, pas au jour et à l'heure demandés.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="490" />
        <source>{count} pairs meet at another time or day than asked, so that nobody is in two meetings at once.</source>
        <translation>{count} binômes se rencontrent à un autre jour ou une autre heure que demandé, pour que personne n'ait deux rencontres en même temps.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="496" />
        <source>{count} pairs could not be placed when both people said they are free.</source>
        <translation>{count} binômes n'ont pas pu être placés quand les deux personnes ont dit être libres.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="500" />
        <source>{count} pairs are left out: they already have meetings then.</source>
        <translation>{count} binômes sont laissés de côté : ils ont déjà des rencontres à ce moment-là.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="505" />
        <source>Nobody is in two meetings at once.</source>
        <translation>Personne n'a deux rencontres en même temps.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="509" />
        <source>{name}: {count} clashes</source>
        <translation>{name} : {count} conflits</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="511" />
        <source>{name}: 1 clash</source>
        <translation>{name} : 1 conflit</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="516" />
        <source>… and {count} more people</source>
        <translation>… et {count} autres personnes</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="519" />
        <source>No free time could be found for everyone; these people would be in two meetings at once:</source>
        <translation>Aucun créneau libre n'a été trouvé pour tous ; ces personnes auraient deux rencontres en même temps :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="530" />
        <source>Schedule anyway</source>
        <translation>Planifier quand même</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="533" />
        <location filename="../../ui/calendar/schedule_dialog.py" line="570" />
        <source>Schedule {count} meetings</source>
        <translation>Planifier {count} rencontres</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="535" />
        <source>Schedule 1 meeting</source>
        <translation>Planifier 1 rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="568" />
        <source>Schedule a meeting</source>
        <translation>Planifier une rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="572" />
        <source>Schedule staff check-ins</source>
        <translation>Planifier les points de suivi équipe</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/schedule_dialog.py" line="593" />
        <source>Scheduling…</source>
        <translation>Planification…</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../ui/screens.py" line="186" />
        <source>People</source>
        <extracomment>Every kind: what "Refresh" and a screen shown again on a shared database reload.</extracomment>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="193" />
        <source>Matching</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="199" />
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="203" />
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="210" />
        <source>Check-ins</source>
        <translation>Points de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="217" />
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
</context>
<context>
    <name>SessionConflicts</name>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="31" />
        <source>This session</source>
        <translation>Cette séance</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="38" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="39" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="40" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="41" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="42" />
        <source>Length (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="43" />
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="44" />
        <source>Video link</source>
        <translation>Lien visio</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="45" />
        <source>Capacity</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="46" />
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="47" />
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="48" />
        <source>People picked by hand</source>
        <translation>Personnes choisies une à une</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="49" />
        <source>Attending completes</source>
        <translation>La présence valide</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="50" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="55" />
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_conflicts.py" line="55" />
        <source>No step</source>
        <translation>Aucune étape</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="93" />
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="93" />
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="106" />
        <source>e.g. Mentor training, part 1</source>
        <translation>ex. Formation des mentors, partie 1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="117" />
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="119" />
        <source>for</source>
        <translation>pendant</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="122" />
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="124" />
        <source>Regularly:</source>
        <translation>Régulièrement :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="135" />
        <source>until</source>
        <translation>jusqu'au</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="150" />
        <source>e.g. Room 4, or the library's hall</source>
        <translation>ex. Salle 4, ou le hall de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="157" />
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="158" />
        <source> people</source>
        <translation> personnes</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="169" />
        <source>{what} ({n})</source>
        <translation>{what} ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="178" />
        <source>{name} ({n} people)</source>
        <translation>{name} ({n} personnes)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="184" />
        <source>No circles yet</source>
        <translation>Aucun cercle pour l'instant</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="186" />
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="187" />
        <source>mentee</source>
        <translation>mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="188" />
        <source>mentor and mentee</source>
        <translation>mentor et mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="189" />
        <source>peer</source>
        <translation>pair</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="216" />
        <source>Attending completes the step:</source>
        <translation>La présence valide l'étape :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="230" />
        <source>What to bring, who leads it…</source>
        <translation>Quoi apporter, qui l'anime…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="235" />
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="236" />
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="237" />
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="238" />
        <source>How often:</source>
        <translation>Fréquence :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="241" />
        <source>Place:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="242" />
        <source>Video link:</source>
        <translation>Lien visio :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="243" />
        <source>Capacity:</source>
        <translation>Places :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="244" />
        <source>Invite:</source>
        <translation>Inviter :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="245" />
        <source>Readiness:</source>
        <translation>Préparation :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="246" />
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="253" />
        <source>Change this and the following sessions of the series</source>
        <translation>Modifier cette séance et les suivantes de la série</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="256" />
        <source>Attendance…</source>
        <translation>Présence…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="258" />
        <source>Print sign-in sheet…</source>
        <translation>Imprimer la feuille d'émargement…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="262" />
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="281" />
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="281" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="369" />
        <source>Restore session</source>
        <translation>Rétablir la séance</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="369" />
        <source>Cancel session…</source>
        <translation>Annuler la séance…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="374" />
        <source>{date} · {invited} invited, {attended} attended</source>
        <translation>{date} · {invited} invités, {attended} présents</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="378" />
        <source>Cancelled.</source>
        <translation>Annulée.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="421" />
        <source>Choose a kind of session.</source>
        <translation>Choisissez un type de séance.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="423" />
        <source>Give the session a title.</source>
        <translation>Donnez un titre à la séance.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="426" />
        <source>Choose a circle to invite.</source>
        <translation>Choisissez un cercle à inviter.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="428" />
        <source>Tick the people to invite.</source>
        <translation>Cochez les personnes à inviter.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="431" />
        <source>The series ends before its first session.</source>
        <translation>La série se termine avant sa première séance.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="521" />
        <source>New session “{title}”</source>
        <translation>Nouvelle séance « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="524" />
        <location filename="../../ui/calendar/session_dialog.py" line="541" />
        <source>Saving the session…</source>
        <translation>Enregistrement de la séance…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_dialog.py" line="532" />
        <source>Change session “{title}”</source>
        <translation>Modifier la séance « {title} »</translation>
    </message>
</context>
<context>
    <name>SessionKindsDialog</name>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="126" />
        <source>Kinds of session</source>
        <translation>Types de séance</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="132" />
        <source>The kinds of group session this program holds. Each kind has its colour in the calendar. A kind that sessions are of can be renamed but not taken away.</source>
        <translation>Les types de séance de groupe que ce programme organise. Chaque type a sa couleur dans le calendrier. Un type qui a des séances peut être renommé, mais pas retiré.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="140" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="140" />
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="140" />
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="163" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="164" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="165" />
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="167" />
        <source>Standard colour</source>
        <translation>Couleur par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="169" />
        <source>The calendar's own colour for sessions</source>
        <translation>La couleur du calendrier pour les séances</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="170" />
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="171" />
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="215" />
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="305" />
        <source>standard</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="241" />
        <source>Sessions are of this kind: it can be renamed, not taken away.</source>
        <translation>Des séances sont de ce type : il peut être renommé, pas retiré.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="251" />
        <source>New kind</source>
        <translation>Nouveau type</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="290" />
        <source>Colour of “{name}”</source>
        <translation>Couleur de « {name} »</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/session_kinds_dialog.py" line="344" />
        <source>Saving the kinds of session…</source>
        <translation>Enregistrement des types de séance…</translation>
    </message>
</context>
<context>
    <name>SessionsSection</name>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="206" />
        <source>Group sessions</source>
        <translation>Séances de groupe</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="233" />
        <source>Double-click a session, or press Enter, to mark attendance</source>
        <translation>Double-cliquez sur une séance, ou appuyez sur Entrée, pour marquer la présence</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="240" />
        <source>No group sessions this week.</source>
        <translation>Aucune séance de groupe cette semaine.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="250" />
        <source>Session attendance</source>
        <translation>Présence aux séances</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="287" />
        <source>Reading the group sessions…</source>
        <translation>Lecture des séances de groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="296" />
        <source>This week ({first} – {last})</source>
        <translation>Cette semaine ({first} – {last})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="318" />
        <source>{part} of {n}</source>
        <translation>{part} sur {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="328" />
        <source>1 session held, its attendance not marked yet</source>
        <translation>1 séance tenue, sa présence pas encore marquée</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="329" />
        <source>{n} sessions held, none marked yet</source>
        <translation>{n} séances tenues, aucune encore marquée</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="332" />
        <source>no sessions held yet</source>
        <translation>aucune séance tenue pour l'instant</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="338" />
        <source>{kind} {rate}</source>
        <translation>{kind} {rate}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="346" />
        <source>{attended} of {marked} marked attended</source>
        <translation>{attended} sur {marked} marqués présents</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="353" />
        <source>1 session held not marked yet</source>
        <translation>1 séance tenue pas encore marquée</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sessions.py" line="354" />
        <source>{n} sessions held not marked yet</source>
        <translation>{n} séances tenues pas encore marquées</translation>
    </message>
</context>
<context>
    <name>SheetChooser</name>
    <message>
        <location filename="../../ui/importer/page.py" line="33" />
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
</context>
<context>
    <name>SheetsPage</name>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="30" />
        <source>Sheets</source>
        <translation>Feuilles</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="39" />
        <source>Tick the ones that list people, and say where their roles come from.</source>
        <translation>Cochez celles qui listent des personnes, et indiquez d'où viennent leurs rôles.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="50" />
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="50" />
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="50" />
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="73" />
        <source>“{program}” pairs people as equals, so nobody needs a role.</source>
        <translation>« {program} » jumelle des personnes entre égaux, personne n'a donc besoin de rôle.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="77" />
        <source>A sheet called “Mentors” or “Mentees” gives everyone on it that role. Choose “Roles from a column” when a column says who is a mentor and who is a mentee.</source>
        <translation>Une feuille nommée « Mentors » ou « Mentorés » donne ce rôle à toutes les personnes qu'elle contient. Choisissez « Rôles d'après une colonne » quand une colonne indique qui est mentor et qui est mentoré.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="81" />
        <source>Tick at least one sheet to import.</source>
        <translation>Cochez au moins une feuille à importer.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="102" />
        <source>Roles on “{sheet}”</source>
        <translation>Rôles sur « {sheet} »</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="119" />
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="121" />
        <source>No header row, so nothing to import</source>
        <translation>Pas de ligne d'en-tête, donc rien à importer</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="125" />
        <source> (header in row {row})</source>
        <translation> (en-tête à la ligne {row})</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheets_page.py" line="127" />
        <source> · hidden in the spreadsheet: tick it to import it</source>
        <translation> · masquée dans le tableur : cochez-la pour l'importer</translation>
    </message>
</context>
<context>
    <name>SignedDateDialog</name>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="54" />
        <source>Mark agreement signed</source>
        <translation>Marquer la convention signée</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="56" />
        <source>The agreement of {pair} was signed on:</source>
        <translation>La convention de {pair} a été signée le :</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="58" />
        <source>The agreements of {count} pairs were signed on:</source>
        <translation>Les conventions de {count} binômes ont été signées le :</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="66" />
        <source>&amp;Signed on:</source>
        <translation>&amp;Signée le :</translation>
    </message>
    <message>
        <location filename="../../ui/pairs/dialogs.py" line="71" />
        <source>Mark signed</source>
        <translation>Marquer signée</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/people/bulk.py" line="160" />
        <location filename="../../ui/people/bulk.py" line="167" />
        <source>Set status</source>
        <translation>Définir le statut</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="161" />
        <source>Give {who} the same status.</source>
        <translation>Donner le même statut à {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="166" />
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
</context>
<context>
    <name>StepLine</name>
    <message>
        <location filename="../../ui/people/checklist.py" line="88" />
        <source>Screening</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="88" />
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="89" />
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="89" />
        <source>optional</source>
        <translation>facultative</translation>
    </message>
    <message>
        <location filename="../../ui/people/checklist.py" line="96" />
        <source>Date {step} was done</source>
        <translation>Date de réalisation de {step}</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <location filename="../../ui/next_steps.py" line="89" />
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../ui/next_steps.py" line="89" />
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="40" />
        <source>Name of the step</source>
        <translation>Nom de l'étape</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="46" />
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="54" />
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="59" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="82" />
        <source>Only training steps have hours.</source>
        <translation>Seules les étapes de formation ont des heures.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="86" />
        <source>Step {n} name</source>
        <translation>Nom de l'étape {n}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="87" />
        <source>Step {n} kind</source>
        <translation>Type de l'étape {n}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="88" />
        <source>Step {n} required</source>
        <translation>Étape {n} obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="89" />
        <source>Step {n} training hours</source>
        <translation>Heures de formation de l'étape {n}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="90" />
        <source>Remove step {n}</source>
        <translation>Retirer l'étape {n}</translation>
    </message>
</context>
<context>
    <name>StepsDialog</name>
    <message>
        <location filename="../../ui/people/bulk.py" line="253" />
        <source>Record steps done</source>
        <translation>Enregistrer les étapes faites</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="255" />
        <source>Tick the screening and training steps {who} finished.</source>
        <translation>Cochez les étapes de sélection et de formation que {who} a terminées.</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="280" />
        <source>Date the steps were done</source>
        <translation>Date de réalisation des étapes</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="281" />
        <source>&amp;Done on:</source>
        <translation>&amp;Faites le :</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="283" />
        <source>Anyone who already has a step keeps the date it was recorded.</source>
        <translation>Quiconque a déjà une étape garde la date à laquelle elle a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="299" />
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="299" />
        <source>not done yet</source>
        <translation>pas encore faite</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="301" />
        <source>none of them yet</source>
        <translation>aucun pour l'instant</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="303" />
        <source>all {n} done</source>
        <translation>les {n} ont fini</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="304" />
        <source>{done} of {of} done</source>
        <translation>{done} sur {of} ont fini</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="314" />
        <source>Record 1 step</source>
        <translation>Enregistrer 1 étape</translation>
    </message>
    <message>
        <location filename="../../ui/people/bulk.py" line="314" />
        <source>Record {n} steps</source>
        <translation>Enregistrer {n} étapes</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <location filename="../../ui/wizard/steps.py" line="108" />
        <source>&amp;Add a step</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/steps.py" line="110" />
        <source>No steps: everyone can be matched straight away.</source>
        <translation>Aucune étape : tout le monde peut être jumelé tout de suite.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="99" />
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="121" />
        <source>&amp;Save summary as .xlsx…</source>
        <translation>&amp;Enregistrer le résumé en .xlsx…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="129" />
        <source>Save &amp;refused rows as .csv…</source>
        <translation>Enregistrer les lignes &amp;refusées en .csv…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="133" />
        <source>The refused rows under the roster's headers, with a column saying what to fix: correct them and import the file again.</source>
        <translation>Les lignes refusées sous les en-têtes de la liste, avec une colonne indiquant quoi corriger : corrigez-les et importez de nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="138" />
        <source>Se&amp;micolons (Excel in most of Europe)</source>
        <translation>Points-&amp;virgules (Excel dans la plupart de l'Europe)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="142" />
        <source>Separate the columns with semicolons and write decimal commas, as Excel expects where numbers are written 3,5. Remembered for every CSV file.</source>
        <translation>Séparer les colonnes par des points-virgules et écrire les décimales avec une virgule, comme Excel l'attend là où les nombres s'écrivent 3,5. Retenu pour chaque fichier CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="153" />
        <source>Changed your mind? Edit → Undo (Ctrl+Z) or File → Undo last import takes the whole import back.</source>
        <translation>Vous avez changé d'avis ? Édition → Annuler (Ctrl+Z) ou Fichier → Annuler le dernier import annule tout l'import.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="177" />
        <source>“{file}” was imported into “{program}”.</source>
        <translation>« {file} » a été importé dans « {program} ».</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="198" />
        <source>{name} import summary.xlsx</source>
        <translation>Résumé de l'import {name}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="203" />
        <source>Save the import summary</source>
        <translation>Enregistrer le résumé de l'import</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="205" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="218" />
        <location filename="../../ui/importer/summary_page.py" line="264" />
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="219" />
        <source>“{name}” already exists. Replace it with this summary?</source>
        <translation>« {name} » existe déjà. Le remplacer par ce résumé ?</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="222" />
        <location filename="../../ui/importer/summary_page.py" line="268" />
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="236" />
        <source>The summary could not be saved</source>
        <translation>Le résumé n'a pas pu être enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="238" />
        <source>Saving the summary…</source>
        <translation>Enregistrement du résumé…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="244" />
        <source>{name} refused rows.csv</source>
        <translation>Lignes refusées {name}.csv</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="249" />
        <source>Save the refused rows</source>
        <translation>Enregistrer les lignes refusées</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="251" />
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="265" />
        <source>“{name}” already exists. Replace it with the refused rows?</source>
        <translation>« {name} » existe déjà. Le remplacer par les lignes refusées ?</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="287" />
        <source>The refused rows could not be saved</source>
        <translation>Les lignes refusées n'ont pas pu être enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="289" />
        <source>Saving the refused rows…</source>
        <translation>Enregistrement des lignes refusées…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/summary_page.py" line="294" />
        <source>Saved as {path}</source>
        <translation>Enregistré sous {path}</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="56" />
        <source>Import responses</source>
        <translation>Importer des réponses</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="79" />
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="80" />
        <source>&amp;Survey:</source>
        <translation>&amp;Questionnaire :</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="82" />
        <location filename="../../ui/checkins/import_dialog.py" line="152" />
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="96" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="104" />
        <source>PeerDesk matches each row to a person by email address, and each column to a question by its title.</source>
        <translation>PeerDesk associe chaque ligne à une personne par son adresse e-mail, et chaque colonne à une question par son titre.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="135" />
        <source>Its questions fit more than one survey: check that this is the right one.</source>
        <translation>Ses questions correspondent à plusieurs questionnaires : vérifiez que c'est le bon.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="138" />
        <source>Chosen from the file's name and its questions.</source>
        <translation>Choisi d'après le nom du fichier et ses questions.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="140" />
        <source>Chosen from the file's name.</source>
        <translation>Choisi d'après le nom du fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="142" />
        <source>Chosen from the file's questions.</source>
        <translation>Choisi d'après les questions du fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="179" />
        <source>This file cannot be imported as it is:</source>
        <translation>Ce fichier ne peut pas être importé tel quel :</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="204" />
        <source>1 response will be added.</source>
        <translation>1 réponse sera ajoutée.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="206" />
        <source>{count} responses will be added.</source>
        <translation>{count} réponses seront ajoutées.</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="210" />
        <source>1 row will be left out ({problems} with a problem):</source>
        <translation>1 ligne sera écartée ({problems} avec un problème) :</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="212" />
        <source>{skipped} rows will be left out ({problems} with problems):</source>
        <translation>{skipped} lignes seront écartées ({problems} avec des problèmes) :</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="220" />
        <source>Columns that are not questions of this survey, left out: {columns}</source>
        <translation>Colonnes qui ne sont pas des questions de ce questionnaire, écartées : {columns}</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="228" />
        <source>Import 1 response</source>
        <translation>Importer 1 réponse</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="230" />
        <source>Import {count} responses</source>
        <translation>Importer {count} réponses</translation>
    </message>
    <message>
        <location filename="../../ui/checkins/import_dialog.py" line="256" />
        <source>Importing the responses…</source>
        <translation>Import des réponses…</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <location filename="../../ui/wizard/template.py" line="25" />
        <source>A template fills the next pages with settings that suit that kind of program. What you typed on the first page is kept, and you can change anything on the pages that follow.</source>
        <translation>Un modèle remplit les pages suivantes avec des réglages adaptés à ce type de programme. Ce que vous avez saisi en première page est conservé, et vous pouvez tout modifier dans les pages qui suivent.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/template.py" line="49" />
        <source>Kind of program</source>
        <translation>Type de programme</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/template.py" line="52" />
        <source>Choose the kind of program closest to yours.</source>
        <translation>Choisissez le type de programme le plus proche du vôtre.</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../ui/importer/values_page.py" line="23" />
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../ui/importer/values_page.py" line="26" />
        <source>Each different answer in the role column, and what PeerDesk takes it to mean. Change any that is wrong.</source>
        <translation>Chaque réponse différente de la colonne des rôles, et ce que PeerDesk en comprend. Corrigez celles qui sont fausses.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/values_page.py" line="90" />
        <source>Every answer means a role.</source>
        <translation>Chaque réponse correspond à un rôle.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/welcome.py" line="50" />
        <source>Welcome to PeerDesk</source>
        <translation>Bienvenue dans PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="58" />
        <source>Run a peer-mentoring program from start to finish. Everything stays in one file on this computer.</source>
        <translation>Gérez un programme de mentorat par les pairs de bout en bout. Tout reste dans un seul fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="72" />
        <source>Create a program</source>
        <translation>Créer un programme</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="73" />
        <source>Set up a new mentoring program in a few steps. You can change it later.</source>
        <translation>Configurez un nouveau programme de mentorat en quelques étapes. Vous pourrez le modifier plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="80" />
        <source>Open a program file</source>
        <translation>Ouvrir un fichier de programme</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="81" />
        <source>Open a .peerdesk file that you or a colleague made.</source>
        <translation>Ouvrir un fichier .peerdesk créé par vous ou un collègue.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="88" />
        <source>Import a roster</source>
        <translation>Importer une liste des participants</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="90" />
        <source>Start from a spreadsheet of people (.xlsx or .csv): set up the program, then bring them in.</source>
        <translation>Partir d'un tableur de personnes (.xlsx ou .csv) : configurez le programme, puis importez-les.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="99" />
        <source>Try the sample program</source>
        <translation>Essayer le programme d'exemple</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="101" />
        <source>Look around a ready-made program of invented people, pairs and meetings. It has a file of its own, so your programs are not touched.</source>
        <translation>Découvrez un programme tout prêt, avec des personnes, binômes et rencontres fictifs. Il a son propre fichier, vos programmes ne sont donc pas touchés.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="110" />
        <source>Recent files and shared databases</source>
        <translation>Fichiers récents et bases partagées</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="121" />
        <source>Files you open will be listed here.</source>
        <translation>Les fichiers que vous ouvrez apparaîtront ici.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="167" />
        <source>{name} (missing)</source>
        <translation>{name} (introuvable)</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="170" />
        <source>{path} is no longer there. Click to remove it from the list.</source>
        <translation>{path} n'existe plus. Cliquez pour le retirer de la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="187" />
        <source>No program file is open.</source>
        <translation>Aucun fichier de programme n'est ouvert.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="190" />
        <source>New programs are saved in {path}</source>
        <translation>Les nouveaux programmes sont enregistrés dans {path}</translation>
    </message>
</context>
<context>
    <name>WishesDialog</name>
    <message>
        <location filename="../../ui/matching/wishes.py" line="76" />
        <source>Prefer — {name}</source>
        <translation>Préférer — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="78" />
        <source>Whom would {name} like to be paired with? Add them in order, first choice at the top. A preferred pair scores higher, and “Honour preferences (stable)” pairs people by these ranks.</source>
        <translation>Avec qui {name} aimerait-il être jumelé ? Ajoutez ces personnes dans l'ordre, premier choix en haut. Un binôme préféré obtient un meilleur score, et « Respecter les préférences (stable) » jumelle selon ces rangs.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="83" />
        <source>Avoid — {name}</source>
        <translation>Éviter — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="85" />
        <source>Whom should {name} never be paired with? Suggestions leave these pairs out, and the board refuses them.</source>
        <translation>Avec qui {name} ne doit-il jamais être jumelé ? Les suggestions excluent ces binômes, et le tableau les refuse.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="93" />
        <source>Search names…</source>
        <translation>Rechercher des noms…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="97" />
        <source>People to choose from</source>
        <translation>Personnes parmi lesquelles choisir</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="101" />
        <location filename="../../ui/matching/wishes.py" line="127" />
        <source>Preferred, first choice first</source>
        <translation>Préférées, premier choix en premier</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="101" />
        <source>Not to pair with</source>
        <translation>À ne pas jumeler avec</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="109" />
        <source>&amp;Add →</source>
        <translation>&amp;Ajouter →</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="111" />
        <source>← &amp;Remove</source>
        <translation>← &amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="113" />
        <source>Move &amp;up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="115" />
        <source>Move &amp;down</source>
        <translation>Desc&amp;endre</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="125" />
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/matching/wishes.py" line="127" />
        <source>Avoided</source>
        <translation>Évitées</translation>
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
        <translation>Un mentor peut prendre au plus 50 mentorés.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="16" />
        <source>A quarter is 1, 2, 3 or 4, not {quarter}.</source>
        <translation>Un trimestre vaut 1, 2, 3 ou 4, pas {quarter}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="17" />
        <source>An agreement can't be signed on a date that hasn't come yet ({date}).</source>
        <translation>Une convention ne peut pas être signée à une date qui n'est pas encore arrivée ({date}).</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="20" />
        <source>An empty password was given; nothing was changed.</source>
        <translation>Le mot de passe donné est vide ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="21" />
        <source>Another coordinator was changing the same records at the same moment, so this was not saved (none of it). Try again.</source>
        <translation>Un autre coordinateur modifiait les mêmes fiches au même moment, cette action n'a donc pas été enregistrée (rien du tout). Réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="25" />
        <source>Another coordinator was changing the same records; PeerDesk tried {attempts} times. Try again.</source>
        <translation>Un autre coordinateur modifiait les mêmes fiches ; PeerDesk a essayé {attempts} fois. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="29" />
        <source>Answer at least one question before saving.</source>
        <translation>Répondez à au moins une question avant d'enregistrer.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="30" />
        <source>Honour preferences (stable) pairs mentees with mentors; this program matches peers in one pool. Choose the best total score or most people matched instead.</source>
        <translation>Respecter les préférences (stable) jumelle des mentorés avec des mentors ; ce programme jumelle des pairs dans un seul groupe. Choisissez plutôt le meilleur score total ou le plus de personnes jumelées.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="34" />
        <source>Neither {mentor} nor {mentee} has an email address in this program file. Add at least one on the People screen, then introduce them.</source>
        <translation>Ni {mentor} ni {mentee} n'a d'adresse e-mail dans ce fichier de programme. Ajoutez-en au moins une dans l'écran Personnes, puis présentez-les.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="38" />
        <source>No column of “{name}” matches a {kind} question of this program. Its columns should be titled with the questions, for example “{example}”.</source>
        <translation>Aucune colonne de « {name} » ne correspond à une question de type {kind} de ce programme. Ses colonnes doivent avoir les questions pour titres, par exemple « {example} ».</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="42" />
        <source>No pair in this program has completed yet, so there is nobody to give a certificate to. End a pair as completed first.</source>
        <translation>Aucun binôme de ce programme n'est encore terminé, il n'y a donc personne à qui remettre une attestation. Terminez d'abord un binôme comme « terminé ».</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="46" />
        <source>No row of “{name}” could be recorded ({count} with problems), such as: {first}</source>
        <translation>Aucune ligne de « {name} » n'a pu être enregistrée ({count} avec des problèmes), par exemple : {first}</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="49" />
        <source>No row of “{path}” names someone in “{program}”{first}</source>
        <translation>Aucune ligne de « {path} » ne désigne quelqu'un de « {program} »{first}</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="50" />
        <source>Nobody has joined “{program}” yet. Add people with: peerdesk import FILE ROSTER</source>
        <translation>Personne n'a encore rejoint « {program} ». Ajoutez des personnes avec : peerdesk import FILE ROSTER</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="53" />
        <source>Nobody is invited: that circle has no members.</source>
        <translation>Personne n'est invité : ce cercle n'a aucun membre.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="54" />
        <source>Nobody is invited: this program has no mentees.</source>
        <translation>Personne n'est invité : ce programme n'a aucun mentoré.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="55" />
        <source>Nobody is invited: this program has no mentors.</source>
        <translation>Personne n'est invité : ce programme n'a aucun mentor.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="56" />
        <source>Nobody is invited: this program has nobody to invite.</source>
        <translation>Personne n'est invité : ce programme n'a personne à inviter.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="57" />
        <source>Nobody in this program has the email address “{email}”.</source>
        <translation>Personne dans ce programme n'a l'adresse e-mail « {email} ».</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="58" />
        <source>Nobody in “{program}” is “{text}”. Name a person by id, e-mail or full name.</source>
        <translation>Personne dans « {program} » ne s'appelle « {text} ». Désignez une personne par son id, son e-mail ou son nom complet.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="61" />
        <source>Nothing was erased. Answer “yes” to erase, or add --yes.</source>
        <translation>Rien n'a été effacé. Répondez « yes » pour effacer, ou ajoutez --yes.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="62" />
        <source>Only an administrator may see or change who may do what on “{location}”; your role is {role}. Ask an administrator ({administrators}) if you need to.</source>
        <translation>Seul un administrateur peut voir ou modifier qui peut faire quoi sur « {location} » ; votre rôle est {role}. Demandez à un administrateur ({administrators}) si nécessaire.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="66" />
        <source>Pair {pair} has no meeting on {day}{others}. Schedule one first with: peerdesk schedule FILE --pair {pair} --from {day}</source>
        <translation>Le binôme {pair} n'a pas de rencontre le {day}{others}. Planifiez-en d'abord une avec : peerdesk schedule FILE --pair {pair} --from {day}</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="70" />
        <source>Pair {pair} has {count} meetings on {day} (at {times}); add --time HH:MM.</source>
        <translation>Le binôme {pair} a {count} rencontres le {day} (à {times}) ; ajoutez --time HH:MM.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="73" />
        <source>PeerDesk cannot print documents in “{code}”. Choose one of: {choices}.</source>
        <translation>PeerDesk ne peut pas imprimer de documents en « {code} ». Choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="76" />
        <source>PeerDesk could not reach the database server at {server}: {reason} Check that the server is running and that this computer is on the right network, then try again.</source>
        <translation>PeerDesk n'a pas pu joindre le serveur de base de données {server} : {reason} Vérifiez que le serveur fonctionne et que cet ordinateur est sur le bon réseau, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="80" />
        <source>PeerDesk could not read this file ({reason}): “{name}”. Nothing was imported. If it came by email or a download, fetch it again; otherwise open it in Excel or LibreOffice, save a new copy as .xlsx, and import that.</source>
        <translation>PeerDesk n'a pas pu lire ce fichier ({reason}) : « {name} ». Rien n'a été importé. S'il vient d'un e-mail ou d'un téléchargement, récupérez-le de nouveau ; sinon ouvrez-le dans Excel ou LibreOffice, enregistrez-en une nouvelle copie en .xlsx et importez celle-ci.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="84" />
        <source>PeerDesk is not allowed to write to “{path}”. Choose a folder you can save in.</source>
        <translation>PeerDesk n'a pas le droit d'écrire dans « {path} ». Choisissez un dossier où vous pouvez enregistrer.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="87" />
        <source>Roles are for a shared database; a program file is one coordinator's.</source>
        <translation>Les rôles concernent une base partagée ; un fichier de programme appartient à un seul coordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="90" />
        <source>Roles are not set up on “{location}” yet. Its owner, “{owner}”, sets them up by running peerdesk users URL once as a user who may create roles. Nothing was changed.</source>
        <translation>Les rôles ne sont pas encore configurés sur « {location} ». Son propriétaire, « {owner} », les configure en lançant une fois peerdesk users URL avec un utilisateur autorisé à créer des rôles. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="94" />
        <source>Say in a few words why the pair is ending.</source>
        <translation>Dites en quelques mots pourquoi le binôme se termine.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="95" />
        <source>Say why the pair is ending.</source>
        <translation>Dites pourquoi le binôme se termine.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="96" />
        <source>Say why this person may be matched before finishing their steps.</source>
        <translation>Indiquez pourquoi cette personne peut être jumelée avant d'avoir fini ses étapes.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="97" />
        <source>Several people in “{program}” are “{text}” (ids {ids}); name one by id or e-mail.</source>
        <translation>Plusieurs personnes de « {program} » s'appellent « {text} » (ids {ids}) ; désignez-en une par son id ou son e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="101" />
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="102" />
        <source>That pair has ended, so no meetings can be scheduled for it.</source>
        <translation>Ce binôme est terminé, aucune rencontre ne peut donc être planifiée pour lui.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="103" />
        <source>The backup could not be used: {reason}</source>
        <translation>La sauvegarde n'a pas pu être utilisée : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="104" />
        <source>The connection to the database server was lost, so the last action was not saved (none of it). Check the network, then reconnect and try again.</source>
        <translation>La connexion au serveur de base de données a été perdue, la dernière action n'a donc pas été enregistrée (rien du tout). Vérifiez le réseau, puis reconnectez-vous et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="108" />
        <source>The copy did not hold every row (table “{table}”: {source} in the source, {target} in the copy), so it was not kept. Nothing was changed. Try again.</source>
        <translation>La copie ne contenait pas toutes les lignes (table « {table} » : {source} dans la source, {target} dans la copie), elle n'a donc pas été gardée. Rien n'a été modifié. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="112" />
        <source>The database “{location}” belongs to another application: it has tables, but not PeerDesk's. Nothing was changed. Ask for an empty database for PeerDesk, or check the database name.</source>
        <translation>La base « {location} » appartient à une autre application : elle a des tables, mais pas celles de PeerDesk. Rien n'a été modifié. Demandez une base vide pour PeerDesk, ou vérifiez le nom de la base.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="116" />
        <source>The database “{location}” is already set up for PeerDesk. Open it instead.</source>
        <translation>La base « {location} » est déjà configurée pour PeerDesk. Ouvrez-la plutôt.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="119" />
        <source>The database “{location}” is empty. Set it up for PeerDesk first (File → Connect to shared database… offers to, or run: peerdesk init URL).</source>
        <translation>La base « {location} » est vide. Configurez-la d'abord pour PeerDesk (Fichier → Se connecter à une base partagée… le propose, ou lancez : peerdesk init URL).</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="123" />
        <source>The database “{location}” was set up by a newer version of PeerDesk. Install the latest PeerDesk to use it; nothing was changed.</source>
        <translation>La base « {location} » a été configurée par une version plus récente de PeerDesk. Installez la dernière version de PeerDesk pour l'utiliser ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="127" />
        <source>The desktop app is not available here; start it with “peerdesk open”.</source>
        <translation>L'application de bureau n'est pas disponible ici ; lancez-la avec « peerdesk open ».</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="130" />
        <source>The folder “{folder}” does not exist. Choose a folder that does.</source>
        <translation>Le dossier « {folder} » n'existe pas. Choisissez un dossier existant.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="131" />
        <source>The last import can no longer be undone: {reason}.</source>
        <translation>Le dernier import ne peut plus être annulé : {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="132" />
        <source>The logo “{path}” could not be used: it is missing or not a PNG or JPEG picture. Choose another picture, or print without a logo.</source>
        <translation>Le logo « {path} » n'a pas pu être utilisé : il est introuvable ou n'est pas une image PNG ou JPEG. Choisissez une autre image, ou imprimez sans logo.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="136" />
        <source>The people or pairs of this program changed since these suggestions were made. Run Suggest matches again.</source>
        <translation>Les personnes ou binômes de ce programme ont changé depuis ces suggestions. Relancez Suggérer des jumelages.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="140" />
        <source>The period ends ({end}) before it starts ({start}). Nothing was computed.</source>
        <translation>La période se termine ({end}) avant de commencer ({start}). Rien n'a été calculé.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="143" />
        <source>The server user “{user}” may not create users (it lacks the CREATEROLE right), so PeerDesk cannot {what}. Ask whoever runs the server to run: ALTER ROLE {user} CREATEROLE; or to create the user first. Nothing was changed.</source>
        <translation>L'utilisateur serveur « {user} » ne peut pas créer d'utilisateurs (il n'a pas le droit CREATEROLE), PeerDesk ne peut donc pas {what}. Demandez à la personne qui gère le serveur de lancer : ALTER ROLE {user} CREATEROLE; ou de créer d'abord l'utilisateur. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="147" />
        <source>The server {server} did not accept the user name or password for “{user}”. Check them and try again.</source>
        <translation>Le serveur {server} n'a pas accepté le nom d'utilisateur ou le mot de passe de « {user} ». Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="151" />
        <source>The server {server} has no database called “{database}”. Check the name, or ask whoever runs the server to create it.</source>
        <translation>Le serveur {server} n'a pas de base nommée « {database} ». Vérifiez le nom, ou demandez à la personne qui gère le serveur de la créer.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="155" />
        <source>The sheet “{sheet}” in “{name}” has no header row, so PeerDesk cannot tell which column holds what. Add a row of column titles (Name, Email, Role…) above the people, or choose the header row yourself.</source>
        <translation>La feuille « {sheet} » de « {name} » n'a pas de ligne d'en-tête, PeerDesk ne peut donc pas savoir quelle colonne contient quoi. Ajoutez une ligne de titres de colonnes (Nom, E-mail, Rôle…) au-dessus des personnes, ou choisissez vous-même la ligne d'en-tête.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="159" />
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Les deux mots de passe diffèrent ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="160" />
        <source>The user “{user}” has no role on “{location}”, so it may not do this. Ask an administrator ({administrators}) to give it one. Nothing was changed.</source>
        <translation>L'utilisateur « {user} » n'a pas de rôle sur « {location} », il ne peut donc pas faire cela. Demandez à un administrateur ({administrators}) de lui en donner un. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="164" />
        <source>The user “{user}” may not do this on the database “{location}”. Ask whoever runs the server to grant PeerDesk's user the rights to read and write it. Nothing was changed.</source>
        <translation>L'utilisateur « {user} » ne peut pas faire cela sur la base « {location} ». Demandez à la personne qui gère le serveur de donner à l'utilisateur de PeerDesk le droit de la lire et d'y écrire. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="168" />
        <source>There are no active or paused pairs to close in this program.</source>
        <translation>Ce programme n'a aucun binôme actif ou en pause à clore.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="169" />
        <source>There are no pairs to print: {why}</source>
        <translation>Aucun binôme à imprimer : {why}</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="170" />
        <source>There is no import to undo in this program.</source>
        <translation>Ce programme n'a aucun import à annuler.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="171" />
        <source>There is not enough space on the disk to save the files in “{folder}”; none of them was saved. Free some space and try again.</source>
        <translation>Il n'y a pas assez d'espace disque pour enregistrer les fichiers dans « {folder} » ; aucun n'a été enregistré. Libérez de l'espace et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="175" />
        <source>There is not enough space on the disk to save “{path}”. Free some space and try again.</source>
        <translation>Il n'y a pas assez d'espace disque pour enregistrer « {path} ». Libérez de l'espace et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="179" />
        <source>These meetings belong to different programs; log them one by one.</source>
        <translation>Ces rencontres appartiennent à des programmes différents ; saisissez-les une par une.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="182" />
        <source>This can no longer be undone: {reason}.</source>
        <translation>Cette action ne peut plus être annulée : {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="183" />
        <source>This meeting has not started yet, so it can only be logged as cancelled. Log it as held or missed once it is over.</source>
        <translation>Cette rencontre n'a pas encore commencé, elle ne peut donc être saisie que comme annulée. Saisissez-la comme tenue ou manquée une fois passée.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="187" />
        <source>This program has no active pairs yet. Confirm some pairs first.</source>
        <translation>Ce programme n'a pas encore de binômes actifs. Confirmez d'abord des binômes.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="188" />
        <source>This program has no staff check-ins. Choose how often staff check in in Program settings → Meetings.</source>
        <translation>Ce programme n'a pas de points de suivi équipe. Choisissez leur fréquence dans Paramètres du programme → Rencontres.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="192" />
        <source>This program has no {kind} questions yet. Add some on the Check-ins screen.</source>
        <translation>Ce programme n'a pas encore de questions de type {kind}. Ajoutez-en dans l'écran Points de suivi.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="195" />
        <source>This question already has {count} answers, so its kind of answer can't change. Switch it off and add a new question instead.</source>
        <translation>Cette question a déjà {count} réponses, son type de réponse ne peut donc pas changer. Désactivez-la et ajoutez plutôt une nouvelle question.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="199" />
        <source>Tick at least one step to record.</source>
        <translation>Cochez au moins une étape à enregistrer.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="200" />
        <source>You cannot {what} yourself: another administrator has to. Nothing was changed.</source>
        <translation>Vous ne pouvez pas {what} vous-même : un autre administrateur doit le faire. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="203" />
        <source>Your role ({role}) lets you {may}. Ask an administrator ({administrators}) if you need to. Nothing was changed.</source>
        <translation>Votre rôle ({role}) vous permet de {may}. Demandez à un administrateur ({administrators}) si nécessaire. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="207" />
        <source>{count} of the files to write already exist in “{folder}”, such as “{name}”. Choose another folder, or agree to replace them.</source>
        <translation>{count} des fichiers à écrire existent déjà dans « {folder} », par exemple « {name} ». Choisissez un autre dossier, ou acceptez de les remplacer.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="211" />
        <source>{problem}. Try “{hint}”.</source>
        <translation>{problem}. Essayez « {hint} ».</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="212" />
        <source>{record} was changed by {who}{at} while you were editing. Nothing was saved.</source>
        <translation>{record} a été modifié par {who}{at} pendant votre saisie. Rien n'a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="215" />
        <source>{rule} Nothing was changed; look again and try once more.</source>
        <translation>{rule} Rien n'a été modifié ; vérifiez et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="216" />
        <source>{text} is in several pairs of “{program}” (ids {ids}); name the pair by its id.</source>
        <translation>{text} figure dans plusieurs binômes de « {program} » (ids {ids}) ; désignez le binôme par son id.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="219" />
        <source>{what} was not found among the programs given to you (your role: {role}). Ask an administrator ({administrators}) if you need it.</source>
        <translation>{what} est introuvable parmi les programmes qui vous sont confiés (votre rôle : {role}). Demandez à un administrateur ({administrators}) si vous en avez besoin.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="223" />
        <source>{what} was not found in this file.</source>
        <translation>{what} est introuvable dans ce fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="224" />
        <source>“{location}” already holds a program ({rows} rows in “{table}”). PeerDesk copies only into a new file or an empty database, so nothing is overwritten. Nothing was changed.</source>
        <translation>« {location} » contient déjà un programme ({rows} lignes dans « {table} »). PeerDesk ne copie que dans un nouveau fichier ou une base vide, pour ne rien écraser. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="228" />
        <source>“{location}” is both the source and the target. Name another target.</source>
        <translation>« {location} » est à la fois la source et la cible. Indiquez une autre cible.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="231" />
        <source>“{name}” already is a {role} here. Change the role with: peerdesk users URL set {name} --role ROLE</source>
        <translation>« {name} » est déjà {role} ici. Changez le rôle avec : peerdesk users URL set {name} --role ROLE</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="235" />
        <source>“{name}” cannot be a user's name on the server: give 1 to {most} characters, not starting with “pg_”.</source>
        <translation>« {name} » ne peut pas être un nom d'utilisateur sur le serveur : entre 1 et {most} caractères, sans commencer par « pg_ ».</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="239" />
        <source>“{name}” cannot be read as a roster.</source>
        <translation>« {name} » ne peut pas être lu comme une liste des participants.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="240" />
        <source>“{name}” could hold the answers of more than one survey; say which with --kind pre|checkin|post|closing.</source>
        <translation>« {name} » pourrait contenir les réponses de plusieurs questionnaires ; indiquez lequel avec --kind pre|checkin|post|closing.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="244" />
        <source>“{name}” could not be opened: {reason}. Check that it exists and try again.</source>
        <translation>« {name} » n'a pas pu être ouvert : {reason}. Vérifiez qu'il existe et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="247" />
        <source>“{name}” has no column of email addresses, so PeerDesk can't tell who answered. Collect email addresses in the form (or add a column called Email) and export again.</source>
        <translation>« {name} » n'a pas de colonne d'adresses e-mail, PeerDesk ne peut donc pas savoir qui a répondu. Recueillez les adresses e-mail dans le formulaire (ou ajoutez une colonne nommée Email) et exportez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="251" />
        <source>“{name}” has no role on “{location}”. See who has one with: peerdesk users URL</source>
        <translation>« {name} » n'a pas de rôle sur « {location} ». Voyez qui en a un avec : peerdesk users URL</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="254" />
        <source>“{name}” has no rows to import ({reason}). Check that you chose the right file, or fill in the PeerDesk roster template.</source>
        <translation>« {name} » n'a aucune ligne à importer ({reason}). Vérifiez que vous avez choisi le bon fichier, ou remplissez le modèle de liste PeerDesk.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="258" />
        <source>“{name}” has no sheet called “{sheet}”. Its sheets are: {sheets}.</source>
        <translation>« {name} » n'a pas de feuille nommée « {sheet} ». Ses feuilles sont : {sheets}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="261" />
        <source>“{name}” is an administrator and has every program already. Nothing was changed.</source>
        <translation>« {name} » est administrateur et a déjà tous les programmes. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="264" />
        <source>“{name}” is damaged or incomplete ({reason}). If it came by email or a download, fetch it again; otherwise open it in Excel, save a new copy as .xlsx, and import that.</source>
        <translation>« {name} » est endommagé ou incomplet ({reason}). S'il vient d'un e-mail ou d'un téléchargement, récupérez-le de nouveau ; sinon ouvrez-le dans Excel, enregistrez-en une nouvelle copie en .xlsx et importez celle-ci.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="268" />
        <source>“{name}” is not a spreadsheet ({reason}). Choose an Excel workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) or a .csv file.</source>
        <translation>« {name} » n'est pas un tableur ({reason}). Choisissez un classeur Excel (.xlsx, .xlsm, .xls), une feuille OpenDocument (.ods) ou un fichier .csv.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="272" />
        <source>“{name}” is one of PeerDesk's groups, not a user.</source>
        <translation>« {name} » est l'un des groupes de PeerDesk, pas un utilisateur.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="273" />
        <source>“{name}” is protected with a password, so PeerDesk cannot read it. Open it in Excel, remove the password (File → Info → Protect Workbook), save it, and import it again.</source>
        <translation>« {name} » est protégé par un mot de passe, PeerDesk ne peut donc pas le lire. Ouvrez-le dans Excel, retirez le mot de passe (Fichier → Informations → Protéger le classeur), enregistrez-le et importez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="277" />
        <source>“{name}” owns the database and is always an administrator. Nothing was changed.</source>
        <translation>« {name} » est propriétaire de la base et toujours administrateur. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="280" />
        <source>“{path}” already exists. Choose another name, or agree to replace it.</source>
        <translation>« {path} » existe déjà. Choisissez un autre nom, ou acceptez de le remplacer.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="283" />
        <source>“{path}” already exists. Choose another name, or open the existing file.</source>
        <translation>« {path} » existe déjà. Choisissez un autre nom, ou ouvrez le fichier existant.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="286" />
        <source>“{path}” does not exist. It may have been moved, renamed or deleted.</source>
        <translation>« {path} » n'existe pas. Il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="289" />
        <source>“{path}” has no column called Email or ID, so it names nobody.</source>
        <translation>« {path} » n'a pas de colonne nommée Email ou ID, il ne désigne donc personne.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="290" />
        <source>“{path}” is a file, not a folder. Choose a folder to save the files in.</source>
        <translation>« {path} » est un fichier, pas un dossier. Choisissez un dossier où enregistrer les fichiers.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="293" />
        <source>“{path}” is a folder. Choose a file name to save to.</source>
        <translation>« {path} » est un dossier. Choisissez un nom de fichier où enregistrer.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="294" />
        <source>“{path}” is already open in another PeerDesk window{where}. Switch to that window, or close it and try again.</source>
        <translation>« {path} » est déjà ouvert dans une autre fenêtre PeerDesk{where}. Passez à cette fenêtre, ou fermez-la et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="298" />
        <source>“{path}” is not a CSV file of text.</source>
        <translation>« {path} » n'est pas un fichier CSV de texte.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="299" />
        <source>“{path}” is not a PeerDesk program file ({reason}). Choose a file that ends in .peerdesk, or create a new one with File → New file.</source>
        <translation>« {path} » n'est pas un fichier de programme PeerDesk ({reason}). Choisissez un fichier qui se termine par .peerdesk, ou créez-en un avec Fichier → Nouveau fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="303" />
        <source>“{path}” is open in another program, such as Excel, or it is read-only; close it and try again, or save under another name. The file there now is unchanged.</source>
        <translation>« {path} » est ouvert dans un autre programme, comme Excel, ou il est en lecture seule ; fermez-le et réessayez, ou enregistrez sous un autre nom. Le fichier existant n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="307" />
        <source>“{path}” is open in another program, such as a PDF viewer, or it is read-only; close it and try again, or save under another name.</source>
        <translation>« {path} » est ouvert dans un autre programme, comme une visionneuse PDF, ou il est en lecture seule ; fermez-le et réessayez, ou enregistrez sous un autre nom.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="311" />
        <source>“{path}” is the program file itself, not a backup of it.</source>
        <translation>« {path} » est le fichier de programme lui-même, pas une de ses sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="312" />
        <source>“{path}” was saved by a newer version of PeerDesk. Install the latest PeerDesk to open it; the file has not been changed.</source>
        <translation>« {path} » a été enregistré par une version plus récente de PeerDesk. Installez la dernière version de PeerDesk pour l'ouvrir ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="316" />
        <source>“{program}” has no pair {text}. List them with: peerdesk pairs FILE</source>
        <translation>« {program} » n'a pas de binôme {text}. Listez-les avec : peerdesk pairs FILE</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="319" />
        <source>“{program}” has no step “{step}”. Its steps are: {steps}.</source>
        <translation>« {program} » n'a pas d'étape « {step} ». Ses étapes sont : {steps}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="320" />
        <source>“{url}” is not a database address PeerDesk understands ({reason}). Write it as postgresql://user@host:5432/database.</source>
        <translation>« {url} » n'est pas une adresse de base de données comprise par PeerDesk ({reason}). Écrivez-la sous la forme postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="325" />
        <source>1 of the people to mark is not invited to this session. Invite them first, then mark their attendance.</source>
        <translation>1 des personnes à marquer n'est pas invitée à cette séance. Invitez-la d'abord, puis marquez sa présence.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="329" />
        <source>{count} of the people to mark are not invited to this session. Invite them first, then mark their attendance.</source>
        <translation>{count} des personnes à marquer ne sont pas invitées à cette séance. Invitez-les d'abord, puis marquez leur présence.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="447" />
        <source>There are no circles to print: choose at least one circle.</source>
        <translation>Il n'y a aucun cercle à imprimer : choisissez au moins un cercle.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="448" />
        <source>There are no circles to print: no circle of this program has those ids.</source>
        <translation>Il n'y a aucun cercle à imprimer : aucun cercle de ce programme n'a ces ids.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="451" />
        <source>There are no circles to print: this program has no active circles yet.</source>
        <translation>Il n'y a aucun cercle à imprimer : ce programme n'a pas encore de cercle actif.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="518" />
        <source>{name} has completed the program and cannot join a circle.</source>
        <translation>{name} a terminé le programme et ne peut pas rejoindre un cercle.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="522" />
        <source>{name} has withdrawn and cannot join a circle.</source>
        <translation>{name} a quitté le programme et ne peut pas rejoindre un cercle.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="333" />
        <source>“{status}” is not an attendance mark; use attended, excused or absent.</source>
        <translation>« {status} » n'est pas une marque de présence ; utilisez attended (présent), excused (excusé) ou absent.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="336" />
        <source>This session was cancelled, so nobody can attend it. Restore it first.</source>
        <translation>Cette séance a été annulée : personne ne peut y assister. Rétablissez-la d'abord.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="339" />
        <source>This session has not begun yet, so nobody can be marked attended or absent. Mark apologies as excused now, and who came once it has begun.</source>
        <translation>Cette séance n'a pas encore commencé : personne ne peut être marqué présent ou absent. Marquez dès maintenant les excuses, et les présents une fois qu'elle aura commencé.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="343" />
        <source>“{name}” has no column titled Name, First name, Last name or Email, so PeerDesk cannot tell who signed in. Add a row of column titles above the names. Nothing was changed.</source>
        <translation>« {name} » n'a aucune colonne intitulée Name, First name, Last name ou Email : PeerDesk ne peut donc pas savoir qui a émargé. Ajoutez une ligne de titres de colonnes au-dessus des noms. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="347" />
        <source>“{program}” has no kind of session “{kind}”. Its kinds are: {kinds}.</source>
        <translation>« {program} » n'a pas de type de séance « {kind} ». Ses types sont : {kinds}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="350" />
        <source>“{program}” has no session {text}. List them with: peerdesk sessions FILE</source>
        <translation>« {program} » n'a pas de séance {text}. Listez-les avec : peerdesk sessions FILE</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="354" />
        <source>“{kind}” is not a kind of session in this program. Choose one from the list, or add it to the program's kinds of session first.</source>
        <translation>« {kind} » n'est pas un type de séance de ce programme. Choisissez-en un dans la liste, ou ajoutez-le d'abord aux types de séance du programme.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="358" />
        <source>A session's title can be at most {most} characters long.</source>
        <translation>Le titre d'une séance peut compter au plus {most} caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="362" />
        <source>A session lasts between {least} minutes and {most} hours.</source>
        <translation>Une séance dure entre {least} minutes et {most} heures.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="366" />
        <source>The capacity is the number of places: a whole number from 1 up, or empty for no limit.</source>
        <translation>La capacité est le nombre de places : un nombre entier à partir de 1, ou vide pour aucune limite.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="370" />
        <source>“{zone}” is not a time zone this computer knows.</source>
        <translation>« {zone} » n'est pas un fuseau horaire connu de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="374" />
        <source>“{invite}” is not a way to invite people. Invite the mentors, the mentees, everyone, a circle or people you choose.</source>
        <translation>« {invite} » n'est pas une façon d'inviter des personnes. Invitez les mentors, les mentorés, tout le monde, un cercle ou les personnes de votre choix.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="378" />
        <source>Choose the circle whose members are invited.</source>
        <translation>Choisissez le cercle dont les membres sont invités.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="382" />
        <source>Choose at least one person to invite.</source>
        <translation>Choisissez au moins une personne à inviter.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="386" />
        <source>{count} of the people chosen are not in this program (ids {ids}). Choose people from this program's list.</source>
        <translation>{count} des personnes choisies ne font pas partie de ce programme (ids {ids}). Choisissez des personnes dans la liste de ce programme.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="390" />
        <source>{count} people are invited to “{title}” on {day}, which has {capacity} places.</source>
        <translation>{count} personnes sont invitées à « {title} » du {day}, qui a {capacity} places.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="394" />
        <source>{count} people are chosen but the session has {capacity} places. Choose fewer people, or give the session more places.</source>
        <translation>{count} personnes sont choisies, mais la séance a {capacity} places. Choisissez moins de personnes, ou donnez plus de places à la séance.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="398" />
        <source>“{cadence}” is not a repeat PeerDesk knows: every week, every two weeks, every four weeks or every month.</source>
        <translation>« {cadence} » n'est pas une répétition connue de PeerDesk : chaque semaine, toutes les deux semaines, toutes les quatre semaines ou chaque mois.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="402" />
        <source>The series' last date ({last}) is before its first date ({first}).</source>
        <translation>La dernière date de la série ({last}) est antérieure à sa première date ({first}).</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="406" />
        <source>No session of the series falls between its first and last date.</source>
        <translation>Aucune séance de la série ne tombe entre sa première et sa dernière date.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="410" />
        <source>A series can hold at most {most} sessions; this one would hold {count}. Choose an earlier last date or a longer step.</source>
        <translation>Une série peut compter au plus {most} séances ; celle-ci en compterait {count}. Choisissez une dernière date plus proche ou un intervalle plus long.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="414" />
        <source>Every kind of session needs a name.</source>
        <translation>Chaque type de séance doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="418" />
        <source>The name “{name}” is too long for a kind of session (at most {most} characters).</source>
        <translation>Le nom « {name} » est trop long pour un type de séance (au plus {most} caractères).</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="422" />
        <source>Two kinds of session are called “{name}”. Give each kind its own name.</source>
        <translation>Deux types de séance s'appellent « {name} ». Donnez à chaque type son propre nom.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="426" />
        <source>“{colour}” is not a colour PeerDesk understands. Use the form #2e7d32, or leave it empty.</source>
        <translation>« {colour} » n'est pas une couleur que PeerDesk comprend. Utilisez la forme #2e7d32, ou laissez vide.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="430" />
        <source>The kind “{name}” can't be taken off the list: {count} session(s) are of that kind. Change their kind first, or keep it. Nothing was changed.</source>
        <translation>Le type « {name} » ne peut pas être retiré de la liste : {count} séance(s) sont de ce type. Changez d'abord leur type, ou gardez-le. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="434" />
        <source>A program needs at least one kind of session. Nothing was changed.</source>
        <translation>Un programme doit avoir au moins un type de séance. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="439" />
        <source>{count} people can make between 1 and {most} circles of at least 2 people; choose a number in that range.</source>
        <translation>{count} personnes peuvent former entre 1 et {most} cercles d'au moins 2 personnes ; choisissez un nombre dans cet intervalle.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="443" />
        <source>Each circle has one leader: {circles} circles need {circles} leaders, and {leaders} were chosen.</source>
        <translation>Chaque cercle a un responsable : {circles} cercles demandent {circles} responsables, et {leaders} ont été choisis.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="454" />
        <source>A circle needs at least 2 people (a leader and a member); choose a larger size.</source>
        <translation>Un cercle doit compter au moins 2 personnes (un responsable et un membre) ; choisissez une taille plus grande.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="458" />
        <source>A circle's name can be at most {most} characters long.</source>
        <translation>Le nom d'un cercle peut compter au plus {most} caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="462" />
        <source>A person in a circle is its leader or a member.</source>
        <translation>Une personne d'un cercle en est le responsable ou un membre.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="466" />
        <source>Choose another circle to move them to.</source>
        <translation>Choisissez un autre cercle où la déplacer.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="470" />
        <source>Give the circle a name.</source>
        <translation>Donnez un nom au cercle.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="474" />
        <source>One of the chosen leaders is not ready, is already in a circle or is not a mentor. Choose the leaders again.</source>
        <translation>L'un des responsables choisis n'est pas prêt, fait déjà partie d'un cercle ou n'est pas mentor. Choisissez de nouveau les responsables.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="478" />
        <source>Only a paused circle can be resumed.</source>
        <translation>Seul un cercle en pause peut reprendre.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="482" />
        <source>Only an active circle can be paused.</source>
        <translation>Seul un cercle actif peut être mis en pause.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="486" />
        <source>Only an active or paused circle can be ended.</source>
        <translation>Seul un cercle actif ou en pause peut être terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="490" />
        <source>Say why the circle is ending.</source>
        <translation>Indiquez pourquoi le cercle se termine.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="494" />
        <source>Someone is in two of these circles; each person is in one.</source>
        <translation>Quelqu'un fait partie de deux de ces cercles ; chaque personne n'est que dans un seul.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="498" />
        <source>The circle “{circle}” has ended.</source>
        <translation>Le cercle « {circle} » est terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="502" />
        <source>The circle “{circle}” needs a leader.</source>
        <translation>Le cercle « {circle} » a besoin d'un responsable.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="506" />
        <source>There are no circles to confirm.</source>
        <translation>Il n'y a aucun cercle à confirmer.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="510" />
        <source>{circles} circles need {circles} leaders, but only {leaders} of the people ready can lead (mentors). Choose a larger size or fewer circles.</source>
        <translation>{circles} cercles demandent {circles} responsables, mais seules {leaders} des personnes prêtes peuvent animer (les mentors). Choisissez une taille plus grande ou moins de cercles.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="514" />
        <source>{count} people are ready and not in a circle; forming circles needs at least 2.</source>
        <translation>{count} personnes sont prêtes et hors cercle ; former des cercles en demande au moins 2.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="526" />
        <source>{name} is already in another circle.</source>
        <translation>{name} fait déjà partie d'un autre cercle.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="530" />
        <source>{name} is in this circle already.</source>
        <translation>{name} fait déjà partie de ce cercle.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="534" />
        <source>{name} is not a mentor and cannot lead a circle.</source>
        <translation>{name} n'est pas mentor et ne peut pas animer un cercle.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="538" />
        <source>{name} is not in this circle.</source>
        <translation>{name} ne fait pas partie de ce cercle.</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../ui/help.py" line="46" />
        <source>&lt;p&gt;&lt;small&gt;&lt;b&gt;Included software.&lt;/b&gt; Qt and Qt for Python (PySide6), and psycopg (the PostgreSQL driver), under the GNU Lesser General Public License 3.0: they are separate libraries in PeerDesk's program folder, so you can replace them with your own build of the same version. libpq (PostgreSQL License); SQLAlchemy, Alembic, openpyxl, python-calamine, platformdirs and keyring (MIT License); ReportLab, NumPy, SciPy, icalendar, Babel and Snowball (snowballstemmer) (BSD License); rustworkx (Apache License 2.0); PDFium and pypdfium2 (Apache License 2.0 and BSD License); the Unicode CLDR data in Babel (Unicode License); the Noto Sans fonts (SIL Open Font License 1.1); Python (Python Software Foundation License); and the libraries these use, under the MIT, BSD, Apache 2.0 and PSF licenses.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;&lt;b&gt;Logiciels inclus.&lt;/b&gt; Qt et Qt for Python (PySide6), et psycopg (le pilote PostgreSQL), sous licence publique générale limitée GNU 3.0 : ce sont des bibliothèques distinctes dans le dossier du programme PeerDesk, vous pouvez donc les remplacer par votre propre compilation de la même version. libpq (licence PostgreSQL) ; SQLAlchemy, Alembic, openpyxl, python-calamine, platformdirs et keyring (licence MIT) ; ReportLab, NumPy, SciPy, icalendar, Babel et Snowball (snowballstemmer) (licence BSD) ; rustworkx (licence Apache 2.0) ; PDFium et pypdfium2 (licence Apache 2.0 et licence BSD) ; les données Unicode CLDR de Babel (licence Unicode) ; les polices Noto Sans (SIL Open Font License 1.1) ; Python (licence Python Software Foundation) ; et les bibliothèques qu'ils utilisent, sous licences MIT, BSD, Apache 2.0 et PSF.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>importer</name>
    <message>
        <location filename="../../ui/importer/drops.py" line="19" />
        <source>Rosters ({patterns})</source>
        <translation>Listes de participants ({patterns})</translation>
    </message>
    <message>
        <location filename="../../ui/importer/drops.py" line="22" />
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
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
        <translation>Se reconnecter</translation>
    </message>
</context>
<context>
    <name>sample</name>
    <message>
        <location filename="../../ui/sample_banner.py" line="118" />
        <source>Preparing the sample program…</source>
        <translation>Préparation du programme d'exemple…</translation>
    </message>
</context>
</TS>
