## Commandes d’administration (seuls les JID de FERRY_ADMINS les voient)
cmd-broadcast = annonce, annoncer, diffuser, diffusion
cmd-broadcast-title = Diffuser une annonce
cmd-broadcast-summary = envoyer à tous les utilisateurs (ou à certains) une annonce sur le déménagement, une fois ou de façon répétée
cmd-broadcasts = rappels
cmd-broadcasts-title = Annonces récurrentes
cmd-broadcasts-summary = lister les annonces récurrentes et en annuler une
cmd-stats = statistiques, stats
cmd-stats-title = Statistiques
cmd-stats-summary = qui a déjà déménagé, jour par jour, avec un fichier à télécharger

## Annonce : rédaction
broadcast-intro = Rédigeons une annonce. J’y ajouterai une courte ligne expliquant comment lancer le déménagement avec moi, dans la langue de chaque lecteur. Chacun la recevra comme un message de ma part ; les personnes hors ligne la recevront à leur prochaine connexion.
broadcast-ask-text = Le texte de l’annonce, langue : { $language } (vous pouvez écrire plusieurs lignes dans un même message) :
broadcast-ask-languages = Voulez-vous aussi l’écrire dans d’autres langues ? Envoyez leurs codes, par exemple « de ». Langues proposées : { $offered }. Les personnes dont vous laissez la langue de côté recevront le texte dans la langue par défaut.
broadcast-ask-translation = Le texte de l’annonce, langue : { $language } (ou passez cette étape pour utiliser le texte dans la langue par défaut) :
broadcast-unknown-languages = Je ne propose pas ces langues : { $codes }. Langues proposées : { $offered }. Merci de renvoyer l’annonce.

## Annonce : destinataires
broadcast-registered-incomplete = Remarque : le serveur de { $domain } ne me donne pas la liste de ses comptes (il me faudrait XEP-0133 « get registered users list » en tant qu’administrateur du serveur ; Prosody 0.12 ne le propose pas). « Tous les utilisateurs » désigne donc tous ceux que je connais : connectés en ce moment, présents dans mes contacts, ayant un déménagement, ou m’ayant déjà écrit. Pour atteindre chaque compte, choisissez la liste et collez-y les adresses (sous Prosody : prosodyctl shell user list { $domain }).
broadcast-ask-audience = Qui doit la recevoir ?
broadcast-audience-registered = { $complete ->
        [yes] Tous les utilisateurs inscrits sur { $domain } ({ $count })
       *[no] Tous les utilisateurs de { $domain } que je connais ({ $count })
    }
broadcast-audience-pasted = Une liste d’adresses que je vais coller
broadcast-audience-online = Les utilisateurs connectés en ce moment ({ $count })
broadcast-audience-started = Les utilisateurs qui ont commencé un déménagement sans le terminer ({ $count })
broadcast-audience-not-started = { $complete ->
        [yes] Les utilisateurs qui n’ont pas commencé de déménagement ({ $count })
       *[no] Les utilisateurs que je connais et qui n’ont pas commencé de déménagement ({ $count })
    }
broadcast-ask-list = Collez les adresses, une par ligne (ou séparées par des espaces ou des virgules) :
broadcast-list-file-hint = Pour une longue liste, partagez plutôt un fichier texte avec une adresse par ligne (par exemple la sortie de `prosodyctl shell user list`).
broadcast-list-empty = Je n’y ai trouvé aucune adresse. Collez des adresses comme nom@example.org.
broadcast-list-read = Merci, j’ai bien la liste.
broadcast-list-ignored = { $count ->
        [one] J’ai ignoré { $count } entrée qui n’est pas une adresse
        [many] J’ai ignoré { $count } d’entrées qui ne sont pas des adresses
       *[other] J’ai ignoré { $count } entrées qui ne sont pas des adresses
    } : { $list }

## Annonce : répétition
broadcast-ask-every = À quel intervalle, en jours, dois-je la renvoyer à ceux qui n’ont pas encore déménagé ? Envoyez un nombre (par exemple 7).
broadcast-bad-every = Envoyez un nombre entier de jours entre 1 et 365, ou *passer*.
broadcast-ask-until = Jusqu’à quel jour (la date de fermeture) ? Envoyez-la au format AAAA-MM-JJ, par exemple 2030-06-30.
broadcast-bad-until = Envoyez une date postérieure à aujourd’hui, au format AAAA-MM-JJ.

## Annonce : aperçu et envoi
broadcast-preview-heading = Voici exactement ce que recevront les personnes dont la langue est « { $language } » :
broadcast-ask-confirm = { $count ->
        [one] L’envoyer maintenant à { $count } personne ?
        [many] L’envoyer maintenant à { $count } de personnes ?
       *[other] L’envoyer maintenant à { $count } personnes ?
    }{ $every ->
        [0] {""}
        [1] {" "}Puis de nouveau chaque jour jusqu’au { $until }, à ceux qui n’ont pas déménagé.
        [one] {" "}Puis de nouveau tous les { $every } jour jusqu’au { $until }, à ceux qui n’ont pas déménagé.
        [many] {" "}Puis de nouveau tous les { $every } de jours jusqu’au { $until }, à ceux qui n’ont pas déménagé.
       *[other] {" "}Puis de nouveau tous les { $every } jours jusqu’au { $until }, à ceux qui n’ont pas déménagé.
    }
broadcast-declined = D’accord, rien n’a été envoyé. Envoyez *annonce* pour recommencer.
broadcast-started = { $count ->
        [one] J’envoie maintenant l’annonce à { $count } personne.
        [many] J’envoie maintenant l’annonce à { $count } de personnes.
       *[other] J’envoie maintenant l’annonce à { $count } personnes.
    } Je vous tiens au courant ici.{ $every ->
        [0] {""}
       *[other] {" "}Les rappels sont programmés ; envoyez *rappels* pour les voir ou les annuler.
    }
broadcast-progress = Envoi de l’annonce toujours en cours : { $done } sur { $total }.
broadcast-report = Annonce terminée : { $sent ->
        [one] { $sent } envoi réussi
        [many] { $sent } d’envois réussis
       *[other] { $sent } envois réussis
    } sur { $total }, { $failed } en échec.
broadcast-failed-list = Non atteints :
    { $list }
broadcast-failed-item = { $jid } ({ $reason ->
        [service-unavailable] ce compte n’existe pas ou n’accepte pas de messages
        [item-not-found] ce compte n’existe pas
        [remote-server-not-found] son serveur est injoignable
        [remote-server-timeout] son serveur n’a pas répondu
        [send-failed] je n’ai pas pu l’envoyer, ma propre connexion a échoué
       *[other] réponse du serveur : { $reason }
    })

## La ligne ajoutée à chaque annonce (dans la langue du lecteur)
broadcast-footer = Pour déménager votre compte avec tous vos contacts, ouvrez { $link } ou envoyez-moi (« { $bot } ») le mot *{ $word }*.

## Annonces récurrentes
broadcasts-none = Aucune annonce récurrente n’est programmée. Envoyez *annonce* pour en créer une.
broadcasts-intro = { $count ->
        [one] { $count } annonce récurrente est programmée.
        [many] { $count } d’annonces récurrentes sont programmées.
       *[other] { $count } annonces récurrentes sont programmées.
    }
broadcasts-ask-cancel = Laquelle dois-je annuler ?
broadcasts-item = « { $excerpt } » – { $everyDays ->
        [one] chaque jour
        [many] tous les { $everyDays } de jours
       *[other] tous les { $everyDays } jours
    } jusqu’au { $until }, prochain envoi le { $next } ({ $runs ->
        [0] pas encore envoyée
        [1] envoyée une fois jusqu’ici
        [one] envoyée { $runs } fois jusqu’ici
        [many] envoyée { $runs } de fois jusqu’ici
       *[other] envoyée { $runs } fois jusqu’ici
    })
broadcasts-keep = Aucune, tout garder
broadcasts-kept = D’accord, elles restent toutes programmées.
broadcasts-cancelled = C’est annulé. Cette annonce ne sera plus envoyée.

## Statistiques
stats-table = ```
    Pas encore commencé      { $notStarted }{ $complete ->
        [yes] {""}
       *[no] {" "}(parmi les comptes que je connais)
    }
    En cours de déménagement { $inProgress }
    Déménagés                { $moved }
    En échec ou annulés      { $failed }
    Contacts déplacés        { $contacts }
    Importations terminées   { $imports }
    Annonces                 { $broadcasts } ({ $notices ->
        [one] { $notices } message
        [many] { $notices } de messages
       *[other] { $notices } messages
    })
    ```
    Par jour (déménagements commencés / terminés) :
    ```
    { $days }
    ```
stats-day = { $day }   { $started } / { $moved }
stats-no-days = (aucun déménagement pour l’instant)
stats-export = Les mêmes chiffres au format JSON : { $url }
stats-chart = Les mêmes chiffres en graphique : { $url }
stats-chart-days-title = Déménagements par jour
stats-chart-started = commencés
stats-chart-moved = terminés
stats-chart-day = { DATETIME($day, month: "short", day: "numeric") }
stats-chart-users-title = Utilisateurs par état
stats-chart-state-not-started = Pas encore commencé
stats-chart-state-in-progress = En cours
stats-chart-state-moved = Déménagés
stats-chart-state-failed = En échec ou annulés
stats-export-inline = { $reason ->
        [no-upload-service] Mon serveur ne propose pas l’envoi de fichiers (XEP-0363) ; voici donc les mêmes chiffres au format JSON :
       *[other] L’export JSON n’a pas pu être envoyé ({ $reason }) ; voici donc les mêmes chiffres au format JSON :
    }
