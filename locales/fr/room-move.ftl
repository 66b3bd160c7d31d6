## Déménager tout un salon (move room)
cmd-move-room = déménager salon, déplacer salon
cmd-move-room-title = Déménager un salon
cmd-move-room-summary = déménager un salon dont vous êtes propriétaire vers un autre service de salons, avec ses réglages, son sujet et ses membres

room-move-intro = Déménageons un salon dont vous êtes propriétaire, en tant que { $user }, vers un autre service. Je crée le salon là-bas, j’en copie les réglages, le sujet et les listes de membres (ceux qui ont déjà déménagé y figurent avec leur nouvelle adresse), et seulement ensuite je ferme l’ancien salon en envoyant tout le monde vers le nouveau. Rien ne change tant que vous n’avez pas accepté le plan.
room-move-ask-room = Quel salon ? Envoyez son adresse (comme salon@conference.example.org).
room-move-not-owner = Vous n’êtes pas propriétaire de { $room } (ou le salon ne montre pas sa liste de propriétaires à ce compte). Seul un propriétaire peut déménager un salon. Quel salon ?
room-move-room-unreachable = Je n’ai pas pu lire { $room } ({ $reason }). Vérifiez l’adresse. Quel salon ?
room-move-ask-service = Où le salon doit-il aller ?
room-move-service-other = un autre service (je demanderai son adresse)
room-move-ask-service-jid = L’adresse du service de salons où déménager le salon (comme conference.example.org) :
room-move-same-service = Le salon est déjà sur ce service. Envoyez un autre service de salons.
room-move-not-muc = { $service } n’est pas un service de salons. Envoyez une autre adresse.
room-move-service-unreachable = Je n’ai pas pu joindre { $service } ({ $reason }). Envoyez une autre adresse.
room-move-ask-creator = Lequel de vos comptes doit créer le nouveau salon (et en être propriétaire) ?
room-move-creator-new = votre nouvelle adresse, { $jid }
room-move-creator-new-unknown = votre nouvelle adresse (je demanderai laquelle)
room-move-creator-old = cette adresse, { $jid }
room-move-ask-new-jid = Votre nouvelle adresse :
room-move-ask-new-password = Le mot de passe de votre nouvelle adresse, { $jid }, pour prouver qu’elle est à vous :
room-move-reading = Je lis le salon (ce compte y entre un instant pour lire son sujet)…
room-move-plan-continues = Un déménagement précédent de ce salon vers le même endroit s’est arrêté avant la fin : celui-ci le poursuit.
room-move-plan = Le plan : déménager { $room } vers { $newRoom }, créé par { $creator } (son propriétaire).
    Réglages copiés : nom « { $name } », description « { $description } », réservé aux membres : { $membersOnly ->
        [yes] oui
       *[no] non
    }, modéré : { $moderated ->
        [yes] oui
       *[no] non
    }, persistant : { $persistent ->
        [yes] oui
       *[no] non (le nouveau salon est rendu persistant pour qu’il soit là quand ses occupants arrivent)
    }, adresses réelles visibles par : { $anonymity ->
        [anyone] tout le monde
        [moderators] les modérateurs
       *[other] { $anonymity }
    }, historique : { $history ->
        [unknown] non indiqué par le salon
       *[other] { $history } messages
    }, mot de passe : { $password ->
        [yes] oui (il est copié, pas affiché)
       *[no] aucun
    }{ $others ->
        [0] {""}
        [one] , et 1 autre réglage
       *[other] , et { $others } autres réglages
    }.
    Sujet : « { $subject } ».
    { $total ->
        [one] 1 affiliation
       *[other] { $total } affiliations
    } ({ $owners } propriétaires, { $admins } administrateurs, { $members } membres, { $outcasts } bannis) ; { $mapped ->
        [0] personne n’y a déménagé.
        [one] 1 a déménagé et figure sous sa nouvelle adresse :
       *[other] { $mapped } ont déménagé et figurent sous leur nouvelle adresse :
    }
    { $mappedList }
room-move-plan-mapped-item = • { $jid } → { $newJid } ({ $via ->
        [ferry] a déménagé avec Ferry
        [statement] sa déclaration XEP-0283 le dit
       *[owner] vous, avec le salon
    })
room-move-ask-old-room = Et l’ancien salon, une fois le nouveau prêt ?
room-move-old-destroy = le fermer en envoyant ses occupants vers le nouveau salon
room-move-old-keep = le laisser ouvert, avec un message qui renvoie au nouveau salon
room-move-ask-confirm = On commence maintenant ?
room-move-declined = D’accord, rien n’a été changé.
room-move-started = Je déménage { $room } vers { $newRoom }. Je vous préviens ici quand c’est fini.
room-move-already-running = Ce salon est déjà en train de déménager. Je vous préviens quand c’est fini.
room-move-passwords-lost = Je n’ai plus vos mots de passe (je ne les garde qu’en mémoire, et entre-temps j’ai redémarré ou trop de temps a passé). Envoyez de nouveau *déménager salon* : un déménagement interrompu reprend là où il en était.
room-move-interrupted = Le déménagement de { $room } a été interrompu (une connexion a été perdue). Rien n’a été fermé. Envoyez de nouveau *déménager salon* pour le poursuivre.
room-move-reason = Ce salon a déménagé vers { $newRoom }.
room-move-pointer = Ce salon a déménagé vers { $newRoom }. Rejoignez-nous là-bas !
room-move-done = { $room } a déménagé vers { $newRoom } : réglages, sujet et { $count ->
        [one] 1 affiliation
       *[other] { $count } affiliations
    } sont en place ({ $mapped } sous une nouvelle adresse). { $closing ->
        [destroy] L’ancien salon est fermé ; ses occupants ont été envoyés vers le nouveau.
        [keep-open] L’ancien salon reste ouvert, avec un message qui renvoie au nouveau.
       *[pointer-failed] L’ancien salon reste ouvert, mais le message qui renvoie au nouveau n’a pas pu être posté ({ $error }).
    }
room-move-uncopied = { $count ->
        [one] 1 réglage de l’ancien salon n’a pas d’équivalent sur le nouveau service et n’a pas été copié :
       *[other] { $count } réglages de l’ancien salon n’ont pas d’équivalent sur le nouveau service et n’ont pas été copiés :
    }
    { $list }
room-move-uncopied-item = • { $field }
room-move-subject-failed = Le sujet n’a pas pu être défini dans le nouveau salon ({ $error }).
room-move-failed = Le déménagement de { $room } vers { $newRoom } s’est arrêté { $step ->
        [read] pendant la lecture de l’ancien salon
        [create] à la création du nouveau salon
        [configure] à la configuration du nouveau salon
        [lists] en définissant les listes de membres
        [verify] parce que les listes de membres du nouveau salon sont incomplètes
       *[close] à la fermeture de l’ancien salon
    } ({ $reason ->
        [not-allowed] le service ne permet pas à ce compte de créer des salons
        [room-exists] un salon de ce nom existe déjà là-bas
        [lists-incomplete] voir ci-dessous
       *[other] { $reason }
    }). { $step ->
        [close] Le nouveau salon est prêt.
       *[other] L’ancien salon n’a pas été modifié.
    }
room-move-members-refused = { $count ->
        [one] Le nouveau salon a refusé 1 entrée :
       *[other] Le nouveau salon a refusé { $count } entrées :
    }
    { $list }
room-move-member-refused = • { $jid } ({ $affiliation }) : { $error }
