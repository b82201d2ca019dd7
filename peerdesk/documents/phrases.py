"""Every fixed phrase of an agreement and a certificate: English → (Spanish, French).

Keys are the English the documents print; ``{fields}`` are filled in by the
caller and kept in every language. Wording for a family or a volunteer, not for
a lawyer: short, friendly, the same register as the English. Role words are
written for anyone (Spanish "mentor/a", French "mentoré·e") since the
documents do not know a person's gender.

Used through :class:`peerdesk.documents.languages.Words`.
"""

from __future__ import annotations

PHRASES: dict[str, tuple[str, str]] = {
    # -- placeholder values and dates (wording.py) ---------------------------------------
    "every week": ("cada semana", "chaque semaine"),
    "every two weeks": ("cada dos semanas", "toutes les deux semaines"),
    "once a month": ("una vez al mes", "une fois par mois"),
    "in person": ("en persona", "en personne"),
    "by video": ("por videollamada", "en visio"),
    "in person or by video": ("en persona o por videollamada", "en personne ou en visio"),
    # Read after "desde el" / "du" and "hasta el" / "au" in the templates' terms.
    "the date this agreement is signed": (
        "día en que se firme este acuerdo",
        "jour de la signature de cet accord",
    ),
    "the end of the program": ("final del programa", "terme du programme"),
    "the program coordinator": ("la coordinación del programa", "la coordination du programme"),
    "{n} hour": ("{n} hora", "{n} heure"),
    "{n} hours": ("{n} horas", "{n} heures"),
    # English writes "1½ hours"; Spanish and French say the half in words.
    "{n} hour and a half": ("{n} hora y media", "{n} heure et demie"),
    "{n} hours and a half": ("{n} horas y media", "{n} heures et demie"),
    "{n} minute": ("{n} minuto", "{n} minute"),
    "{n} minutes": ("{n} minutos", "{n} minutes"),
    "{weekday} {date} at {time} ({zone})": (
        "{weekday} {date} a las {time} ({zone})",
        "{weekday} {date} à {time} ({zone})",
    ),
    # -- the agreement (agreements.py) ---------------------------------------------------
    "Mentoring Agreement": ("Acuerdo de mentoría", "Accord de mentorat"),
    "Mentoring agreement": ("Acuerdo de mentoría", "Accord de mentorat"),
    "Mentoring agreements — {program}": (
        "Acuerdos de mentoría — {program}",
        "Accords de mentorat — {program}",
    ),
    "Purpose and goals": ("Propósito y objetivos", "Objet et objectifs"),
    "What we each commit to": ("A qué nos comprometemos", "Nos engagements"),
    "Confidentiality": ("Confidencialidad", "Confidentialité"),
    "Boundaries and when to get help": (
        "Límites y cuándo pedir ayuda",
        "Limites et quand demander de l’aide",
    ),
    "Ending the partnership": ("Fin de la relación de mentoría", "Fin du mentorat"),
    "Our goals": ("Nuestros objetivos", "Nos objectifs"),
    "Write down the goals you agree on together:": (
        "Anoten los objetivos que acuerden juntos:",
        "Notez les objectifs que vous fixez ensemble :",
    ),
    "Mentor": ("Mentor/a", "Mentor"),
    "Mentee": ("Mentorado/a", "Mentoré·e"),
    "Peer": ("Par", "Pair"),
    "Coordinator": ("Coordinación", "Coordination"),
    "How often": ("Frecuencia", "Fréquence"),
    "Each meeting": ("Cada encuentro", "Chaque rencontre"),
    "About {length}": ("Aprox. {length}", "Environ {length}"),
    "Where": ("Dónde", "Où"),
    "Starts": ("Empieza", "Début"),
    "Ends": ("Termina", "Fin"),
    "{role}: {name}": ("{role}: {name}", "{role} : {name}"),
    "Parent or guardian of {name}": (
        "Madre, padre o tutor/a de {name}",
        "Parent ou tuteur·rice de {name}",
    ),
    "Name of parent or guardian": (
        "Nombre de la madre, el padre o tutor/a",
        "Nom du parent ou tuteur·rice",
    ),
    "Date": ("Fecha", "Date"),
    "By signing below, we agree to take part in this partnership as set out above.": (
        "Con nuestra firma, aceptamos participar en esta mentoría tal como se describe arriba.",
        "En signant ci-dessous, nous acceptons de participer à ce mentorat tel que décrit "
        "ci-dessus.",
    ),
    "Page {page} of {total}": ("Página {page} de {total}", "Page {page} sur {total}"),
    "Pair {id} · {title} · {mentor} and {mentee}": (
        "Pareja {id} · {title} · {mentor} y {mentee}",
        "Binôme {id} · {title} · {mentor} et {mentee}",
    ),
    "This page is left blank for two-sided printing.": (
        "Esta página se deja en blanco para imprimir a doble cara.",
        "Cette page est laissée blanche pour l’impression recto verso.",
    ),
    # -- the group agreement (group_agreement.py) -----------------------------------------
    "Group Agreement": ("Acuerdo de grupo", "Accord de groupe"),
    "Group agreement": ("Acuerdo de grupo", "Accord de groupe"),
    "Group agreements — {program}": (
        "Acuerdos de grupo — {program}",
        "Accords de groupe — {program}",
    ),
    "{circle} · {title}": ("{circle} · {title}", "{circle} · {title}"),
    "{names} and {last}": ("{names} y {last}", "{names} et {last}"),
    "Role": ("Función", "Rôle"),
    "Email": ("Correo electrónico", "Courriel"),
    "Phone": ("Teléfono", "Téléphone"),
    "Leader": ("Líder", "Animateur·rice"),
    "Member": ("Integrante", "Membre"),
    "Leaving the circle": ("Salir del círculo", "Quitter le cercle"),
    "By signing below, we agree to take part in this group as set out above.": (
        "Con nuestra firma, aceptamos participar en este grupo tal como se describe arriba.",
        "En signant ci-dessous, nous acceptons de participer à ce groupe tel que décrit ci-dessus.",
    ),
    # -- the certificate (certificates.py) ----------------------------------------------
    "Certificate of Completion": ("Certificado de participación", "Attestation de participation"),
    "Certificates of completion — {program}": (
        "Certificados de participación — {program}",
        "Attestations de participation — {program}",
    ),
    "This certifies that": ("Se certifica que", "Nous certifions que"),
    "has completed {program} as a mentor": (
        "ha completado {program} como mentor/a",
        "a mené à bien {program} en tant que mentor",
    ),
    "has completed {program} as a mentee": (
        "ha completado {program} como mentorado/a",
        "a mené à bien {program} en tant que mentoré·e",
    ),
    "has completed {program} as a peer mentor": (
        "ha completado {program} como mentor/a entre pares",
        "a mené à bien {program} en tant que pair mentor",
    ),
    "from {start} to {end}": ("del {start} al {end}", "du {start} au {end}"),
    "on {end}": ("el {end}", "le {end}"),
    "{hours} of mentoring across {meetings}": (
        "{hours} de mentoría en {meetings}",
        "{hours} de mentorat en {meetings}",
    ),
    "{n} meeting": ("{n} encuentro", "{n} rencontre"),
    "{n} meetings": ("{n} encuentros", "{n} rencontres"),
    "{name}, program coordinator": (
        "{name}, coordinación del programa",
        "{name}, coordination du programme",
    ),
    "Program coordinator": ("Coordinación del programa", "Coordination du programme"),
    # -- the sign-in sheet of a group session (groups/signin.py) --------------------------
    "Sign-in sheet": ("Hoja de asistencia", "Feuille d’émargement"),
    "Kind of session": ("Tipo de sesión", "Type de séance"),
    "When": ("Cuándo", "Quand"),
    "Place": ("Lugar", "Lieu"),
    "Video link": ("Enlace de la videollamada", "Lien de la visio"),
    "Invited": ("Invitados", "Invités"),
    "{n} person": ("{n} persona", "{n} personne"),
    "{n} people": ("{n} personas", "{n} personnes"),
    "Name": ("Nombre", "Nom"),
    "Signature": ("Firma", "Signature"),
    "Excused": ("Excusado/a", "Excusé·e"),
    "Not on the list? Write your name here.": (
        "¿No está en la lista? Escriba aquí su nombre.",
        "Vous n’êtes pas sur la liste ? Écrivez votre nom ici.",
    ),
    "This session was cancelled.": ("Esta sesión se canceló.", "Cette séance a été annulée."),
}
