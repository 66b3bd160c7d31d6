## Commands
cmd-restore = restaurer, restauration
cmd-restore-title = Restaurer une sauvegarde
cmd-restore-summary = remettre une sauvegarde (XEP-0227 : celle de Ferry, ou un export de Prosody, Snikket ou ejabberd) sur un compte : contacts, profil, signets, adresses bloquées

## Asking
restore-intro = Envoyez-moi le fichier de sauvegarde (avec la fonction d’envoi de fichiers de votre client, ou collez son lien de téléchargement). Je lis les sauvegardes de Ferry et les exports XEP-0227 de Prosody, Snikket et ejabberd. Je vous montre d’abord ce qu’il contient ; rien n’est écrit avant que vous me donniez le mot de passe du compte sur lequel restaurer.
restore-ask-file = Le fichier de sauvegarde ou son lien :
restore-reading = Je lis la sauvegarde…
restore-ask-account-in-file = Ce fichier contient plusieurs comptes. Lequel est le vôtre ?
restore-ask-account = Sur quel compte dois-je restaurer ?
restore-ask-continue = Votre restauration sur { $jid } a été interrompue. Dois-je la reprendre là où elle s’est arrêtée ? (Non : en commencer une nouvelle avec un fichier.)
restore-unreachable = Je n’ai pas pu joindre le serveur de { $jid }. Veuillez réessayer plus tard.

## Preview
restore-preview = Cette sauvegarde contient le compte { $account }{ $ferry ->
        [yes] {" "}(faite par Ferry)
       *[no] {""}
    }. Je vais remettre :
    • { $contacts ->
        [one] 1 contact
       *[other] { $contacts } contacts
    } avec leurs noms, { $groups ->
        [one] 1 groupe
       *[other] { $groups } groupes
    } et qui voit qui en ligne
    • carte de profil (vCard) : { $vcard ->
        [0] aucune
       *[other] oui
    } ; avatar : { $avatar ->
        [0] aucun
       *[other] oui
    } ; pseudo : { $nickname ->
        [0] aucun
       *[other] oui
    }
    • signets : { $bookmarks } (et { $legacyBookmarks } dans l’ancien format)
    • adresses bloquées : { $blocked }
    • autres données enregistrées (nœuds PEP) : { $pepNodes }
restore-history = Elle contient aussi { $messages ->
        [one] 1 message
       *[other] { $messages } messages
    } d’historique. Je ne les écrirai pas : XMPP ne permet pas d’écrire de l’historique dans l’archive d’un serveur. L’administrateur de votre nouveau serveur peut importer le fichier (le README de Ferry explique comment avec Prosody).
restore-skipped = { $count ->
        [one] 1 entrée de sa liste de contacts ne peut pas être restaurée :
       *[other] { $count } entrées de sa liste de contacts ne peuvent pas être restaurées :
    }
    { $list }
restore-not-a-backup = Ce n’est pas une sauvegarde que je sais lire : je restaure des fichiers XEP-0227 (les sauvegardes de Ferry et les exports de Prosody, Snikket et ejabberd). Pour d’autres listes de contacts, utilisez *importer*.
restore-nothing = La sauvegarde de { $account } ne contient ni contacts ni données de profil : il n’y a rien à restaurer. Envoyez un autre fichier, ou *annuler*.

## Running and report
restore-started = Je restaure sur { $jid } maintenant ; je vous fais un rapport ici quand c’est fini.
restore-progress-profile = Contacts terminés. Je restaure maintenant votre profil, vos signets et vos adresses bloquées.
restore-already-running = Une restauration à vous est déjà en cours, je n’en ai donc pas lancé une autre. Je vous envoie le rapport ici quand elle sera terminée.
restore-report-done = Votre restauration sur { $target } est terminée.
restore-report-cancelled = Votre restauration sur { $target } a été annulée. Voici ce qui avait été fait :
restore-report-counts = { $total ->
        [one] Sur 1 contact de la sauvegarde
       *[other] Sur { $total } contacts de la sauvegarde
    } : { $moved } restaurés ({ $requested } invités à nouveau à partager leur présence), { $failed } en échec, { $skipped } non restaurés{ $pending ->
        [0] .
       *[other] , { $pending } pas encore faits.
    }
restore-interrupted = Votre restauration a été interrompue (j’ai été redémarré ou j’ai perdu la connexion). Envoyez *restaurer* pour la reprendre là où elle s’est arrêtée ; rien de ce qui est fait ne sera refait.
