"""The templates' own agreement texts — purpose and terms — in English, Spanish and French.

A program starts with its template's English texts (:mod:`peerdesk.program.templates`
takes them from here). When its agreements print in Spanish or French and a text is
still exactly the template's, the agreement prints that text's Spanish or French
(:meth:`peerdesk.documents.languages.Words.default_text`); a text the coordinator
changed prints as they wrote it. Placeholders are the same in every language, and
each language's text reads well with that language's placeholder values (Spanish
"desde el {start_date}" with "10 de marzo de 2025" or "día en que se firme este
acuerdo").

A circle's agreement (:mod:`peerdesk.documents.group_agreement`) prints the group's
wording of a term (:data:`GROUP_TEXTS`: "what is said in the circle stays in the
circle", not "between the two of you") where the program's text is still the template's
pair text; a text the coordinator changed prints as they wrote it. In a group,
``{mentor_name}`` is the leaders' names and ``{mentee_name}`` the members'.
"""

from __future__ import annotations

#: name: (English, Spanish, French)
TEXTS: dict[str, tuple[str, str, str]] = {
    "expectations": (
        "{mentor_name} and {mentee_name} agree to meet {cadence} for about {meeting_length}, "
        "{meeting_format}, from {start_date} until {end_date}. Both come prepared, keep to the "
        "times they agree, and let the other know in good time if they cannot make a meeting. "
        "The mentee sets the goals; the mentor listens, shares experience and asks questions "
        "rather than giving orders.",
        "{mentor_name} y {mentee_name} acuerdan reunirse {cadence} durante {meeting_length} "
        "aproximadamente, {meeting_format}, desde el {start_date} hasta el {end_date}. Ambas "
        "personas llegan preparadas, respetan los horarios acordados y avisan con tiempo si no "
        "pueden acudir a un encuentro. Quien recibe la mentoría fija los objetivos; quien "
        "mentora escucha, comparte su experiencia y hace preguntas en lugar de dar órdenes.",
        "{mentor_name} et {mentee_name} conviennent de se rencontrer {cadence} pendant environ "
        "{meeting_length}, {meeting_format}, du {start_date} au {end_date}. Chacun·e vient "
        "préparé·e, respecte les horaires convenus et prévient à temps en cas d’empêchement. "
        "La personne mentorée fixe les objectifs ; le mentor écoute, partage son expérience et "
        "pose des questions plutôt que de donner des ordres.",
    ),
    "confidentiality": (
        "What is said in a meeting stays between the two of you. The exception: if either of "
        "you is at risk of harm, or someone else is, the coordinator must be told.",
        "Lo que se dice en un encuentro queda entre ustedes dos. La excepción: si alguno de "
        "ustedes, u otra persona, corre peligro, hay que informar a la coordinación.",
        "Ce qui se dit lors d’une rencontre reste entre vous deux. Une exception : si l’un·e "
        "de vous, ou une autre personne, est en danger, la coordination doit en être informée.",
    ),
    "boundaries": (
        "This is a mentoring relationship, not counselling, therapy, legal or financial advice. "
        "No money, loans or gifts of value change hands. If a topic needs professional help, "
        "the mentor helps the mentee find it and tells {coordinator_name} ({coordinator_email}).",
        "Esta es una relación de mentoría, no de orientación psicológica, terapia ni asesoría "
        "legal o financiera. No se presta ni se da dinero ni regalos de valor. Si un tema "
        "requiere ayuda profesional, quien mentora ayuda a encontrarla y avisa a "
        "{coordinator_name} ({coordinator_email}).",
        "Il s’agit d’une relation de mentorat, pas d’un accompagnement psychologique, d’une "
        "thérapie ni d’un conseil juridique ou financier. Aucun argent, prêt ni cadeau de "
        "valeur n’est échangé. Si un sujet demande l’aide d’un·e professionnel·le, le mentor "
        "aide la personne mentorée à la trouver et en informe {coordinator_name} "
        "({coordinator_email}).",
    ),
    "youth_boundaries": (  # added to "boundaries" by the youth template
        " Meetings take place in agreed public places or at program events; mentor and "
        "mentee do not meet alone at either's home, and contact outside meetings goes "
        "through channels the guardian has agreed to.",
        " Los encuentros se hacen en lugares públicos acordados o en actividades del "
        "programa; no se reúnen a solas en casa de ninguno de los dos, y el contacto fuera "
        "de los encuentros se hace por los medios que haya aceptado la madre, el padre o "
        "tutor/a.",
        " Les rencontres ont lieu dans des lieux publics convenus ou lors d’activités du "
        "programme ; mentor et mentoré·e ne se voient pas seul·es au domicile de l’un·e ou de "
        "l’autre, et les contacts en dehors des rencontres passent par les moyens acceptés "
        "par le parent ou tuteur·rice.",
    ),
    "recovery_boundaries": (  # added to "boundaries" by the recovery template
        " If either of you is in crisis, call your local emergency number or crisis line "
        "first, then {coordinator_name} at {coordinator_phone}.",
        " Si alguno de ustedes está en crisis, llame primero al número de emergencias o a la "
        "línea de crisis de su zona y después a {coordinator_name} al {coordinator_phone}.",
        " Si l’un·e de vous est en crise, appelez d’abord le numéro d’urgence ou la ligne "
        "d’écoute de votre région, puis {coordinator_name} au {coordinator_phone}.",
    ),
    "no_fault": (
        "Either of you may end the partnership at any time, for any reason, without blame. "
        "Tell {coordinator_name}, who will close it kindly and, if you wish, find a new match.",
        "Cualquiera de los dos puede terminar la mentoría en cualquier momento, por cualquier "
        "motivo y sin culpas. Avisen a {coordinator_name}, que la cerrará con cuidado y, si lo "
        "desean, buscará una nueva pareja.",
        "Chacun·e de vous peut mettre fin au mentorat à tout moment, pour n’importe quelle "
        "raison, sans reproche. Prévenez {coordinator_name}, qui le clôturera avec "
        "bienveillance et, si vous le souhaitez, trouvera un nouveau binôme.",
    ),
    "purpose_workplace": (
        "Help colleagues grow their skills and careers by learning from each other.",
        "Ayudar a colegas a desarrollar sus habilidades y su carrera aprendiendo unos de otros.",
        "Aider des collègues à développer leurs compétences et leur carrière en apprenant les "
        "un·es des autres.",
    ),
    "purpose_school": (
        "Help students settle in, stay on track and find their way after graduation.",
        "Ayudar al alumnado a adaptarse, mantener el rumbo y orientarse después de graduarse.",
        "Aider les élèves et étudiant·es à s’intégrer, à garder le cap et à trouver leur voie "
        "après leur diplôme.",
    ),
    "purpose_youth": (
        "Give every young person a caring adult who shows up, week after week.",
        "Dar a cada joven una persona adulta que se preocupa y está presente, semana tras semana.",
        "Offrir à chaque jeune un·e adulte bienveillant·e qui est là, semaine après semaine.",
    ),
    "purpose_recovery": (
        "Pair people in recovery with peers who have walked the road before them.",
        "Acompañar a personas en recuperación con pares que ya han recorrido ese camino.",
        "Associer des personnes en rétablissement à des pairs qui ont parcouru ce chemin "
        "avant elles.",
    ),
}

#: The same terms worded for a circle: name: (English, Spanish, French).
GROUP_TEXTS: dict[str, tuple[str, str, str]] = {
    "expectations": (
        "The members of this circle, {mentee_name}, with {mentor_name} leading, agree to meet "
        "{cadence} for about {meeting_length}, {meeting_format}, from {start_date} until "
        "{end_date}. Everyone comes prepared, keeps to the times the group agrees, and lets "
        "the group know in good time if they cannot make a meeting. Each member sets their own "
        "goals and helps the others reach theirs; the leaders guide the conversation, share "
        "experience and ask questions rather than giving orders.",
        "Quienes integran este círculo, {mentee_name}, con {mentor_name} al frente, acuerdan "
        "reunirse {cadence} durante {meeting_length} aproximadamente, {meeting_format}, desde "
        "el {start_date} hasta el {end_date}. Todas las personas llegan preparadas, respetan "
        "los horarios que acuerda el grupo y avisan con tiempo si no pueden acudir a un "
        "encuentro. Cada integrante fija sus propios objetivos y ayuda a los demás a alcanzar "
        "los suyos; quien lidera el grupo guía la conversación, comparte su experiencia y hace "
        "preguntas en lugar de dar órdenes.",
        "Les membres de ce cercle, {mentee_name}, avec {mentor_name} pour l’animer, conviennent "
        "de se rencontrer {cadence} pendant environ {meeting_length}, {meeting_format}, du "
        "{start_date} au {end_date}. Chacun·e vient préparé·e, respecte les horaires convenus "
        "par le groupe et prévient à temps en cas d’empêchement. Chaque membre fixe ses "
        "propres objectifs et aide les autres à atteindre les leurs ; l’animation guide "
        "l’échange, partage son expérience et pose des questions plutôt que de donner des "
        "ordres.",
    ),
    "confidentiality": (
        "What is said in the circle stays in the circle. The exception: if anyone in the group "
        "is at risk of harm, or someone else is, the coordinator must be told.",
        "Lo que se dice en el círculo queda en el círculo. La excepción: si alguien del grupo, "
        "u otra persona, corre peligro, hay que informar a la coordinación.",
        "Ce qui se dit dans le cercle reste dans le cercle. Une exception : si une personne du "
        "groupe, ou une autre personne, est en danger, la coordination doit en être informée.",
    ),
    "boundaries": (
        "This is a mentoring group, not counselling, therapy, legal or financial advice. No "
        "money, loans or gifts of value change hands within the group. If a topic needs "
        "professional help, the leaders help the member find it and tell {coordinator_name} "
        "({coordinator_email}).",
        "Este es un grupo de mentoría, no de orientación psicológica, terapia ni asesoría "
        "legal o financiera. Dentro del grupo no se presta ni se da dinero ni regalos de "
        "valor. Si un tema requiere ayuda profesional, quien lidera el grupo ayuda a "
        "encontrarla y avisa a {coordinator_name} ({coordinator_email}).",
        "Il s’agit d’un groupe de mentorat, pas d’un accompagnement psychologique, d’une "
        "thérapie ni d’un conseil juridique ou financier. Aucun argent, prêt ni cadeau de "
        "valeur n’est échangé au sein du groupe. Si un sujet demande l’aide d’un·e "
        "professionnel·le, l’animation aide le ou la membre à la trouver et en informe "
        "{coordinator_name} ({coordinator_email}).",
    ),
    "youth_boundaries": (
        " The group meets in agreed public places or at program events; no leader meets a "
        "member alone at anyone's home, and contact outside meetings goes through channels "
        "the guardians have agreed to.",
        " El grupo se reúne en lugares públicos acordados o en actividades del programa; "
        "nadie que lidere el grupo se reúne a solas con un integrante en casa de nadie, y el "
        "contacto fuera de los encuentros se hace por los medios que hayan aceptado madres, "
        "padres o tutores.",
        " Le groupe se réunit dans des lieux publics convenus ou lors d’activités du "
        "programme ; l’animation ne voit jamais un·e membre seul·e au domicile de quiconque, "
        "et les contacts en dehors des rencontres passent par les moyens acceptés par les "
        "parents ou tuteur·rices.",
    ),
    "recovery_boundaries": (
        " If anyone in the group is in crisis, call your local emergency number or crisis "
        "line first, then {coordinator_name} at {coordinator_phone}.",
        " Si alguien del grupo está en crisis, llame primero al número de emergencias o a la "
        "línea de crisis de su zona y después a {coordinator_name} al {coordinator_phone}.",
        " Si une personne du groupe est en crise, appelez d’abord le numéro d’urgence ou la "
        "ligne d’écoute de votre région, puis {coordinator_name} au {coordinator_phone}.",
    ),
    "no_fault": (
        "Anyone may leave the circle at any time, for any reason, without blame. Tell "
        "{coordinator_name}, who will see to it kindly and, if you wish, find you another "
        "circle or a mentor.",
        "Cualquier persona puede dejar el círculo en cualquier momento, por cualquier motivo "
        "y sin culpas. Avise a {coordinator_name}, que se ocupará de ello con cuidado y, si lo "
        "desea, le buscará otro círculo o una mentoría.",
        "Chacun·e peut quitter le cercle à tout moment, pour n’importe quelle raison, sans "
        "reproche. Prévenez {coordinator_name}, qui s’en chargera avec bienveillance et, si "
        "vous le souhaitez, vous trouvera un autre cercle ou un mentor.",
    ),
}

#: Texts a template makes of two: "boundaries" with its own addition.
JOINED: tuple[tuple[str, str], ...] = (
    ("boundaries", "youth_boundaries"),
    ("boundaries", "recovery_boundaries"),
)


def english(name: str) -> str:
    return TEXTS[name][0]


def _every(texts: dict[str, tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Every text of ``texts`` and every pair of them a template joins."""
    found = list(texts.values())
    for first, second in JOINED:
        (en1, es1, fr1), (en2, es2, fr2) = texts[first], texts[second]
        found.append((en1 + en2, es1 + es2, fr1 + fr2))
    return found


TRANSLATIONS: dict[str, tuple[str, str]] = {
    en: (es, fr) for en, es, fr in _every(TEXTS) + _every(GROUP_TEXTS)
}
"""Every template text (a pair's or a circle's) in English → (Spanish, French)."""

GROUP_WORDING: dict[str, str] = {
    pair[0]: group[0]
    for pair, group in zip(
        _every({k: TEXTS[k] for k in GROUP_TEXTS}), _every(GROUP_TEXTS), strict=True
    )
}
"""A template's pair text in English → the same term worded for a circle, in English."""
