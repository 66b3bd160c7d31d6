## Commandes
cmd-move = déménager, demenager, migrer, transférer, transferer
cmd-move-title = Déménager mon compte
cmd-move-summary = déménager ce compte vers un autre serveur, avec tous ses contacts
cmd-resume = reprendre, continuer
cmd-resume-title = Reprendre mon déménagement
cmd-resume-summary = poursuivre un déménagement qui a été interrompu
cmd-status = état, etat, statut, suivi
cmd-status-title = Où en est mon déménagement
cmd-status-summary = voir comment s’est passé votre déménagement et qui a accepté votre nouvelle adresse
word-new = nouveau, nouvelle, créer, creer

## Questions
move-intro = Déménageons votre compte { $user } vers une nouvelle adresse. Je vais copier vos contacts (avec leurs noms et leurs groupes), votre profil et vos signets, demander à vos contacts d’ajouter la nouvelle adresse, et laisser sur l’ancien compte une note qui renvoie vers le nouveau (XEP-0283). Rien ne change tant que vous n’avez pas accepté le plan.
move-ask-target = Quelle est votre nouvelle adresse ? Envoyez-la (sous la forme nom@example.org), ou envoyez *nouveau* pour créer un nouveau compte.
move-ask-new-password = Le mot de passe de votre nouveau compte (si je dois le créer : le mot de passe que vous souhaitez) :
move-ask-old-password = Le mot de passe de ce compte, { $user }, pour que je puisse vérifier qu’il est bien à vous :
move-target-is-self = C’est le compte depuis lequel vous m’écrivez. Envoyez l’adresse vers laquelle vous déménagez.
move-unreachable = Je n’ai pas pu joindre le serveur de { $jid }. Vérifiez l’adresse, ou réessayez plus tard.
move-passwords-lost = J’ai de nouveau besoin { $count ->
        [one] d’un de vos mots de passe
       *[other] de vos mots de passe
    } : je ne garde les mots de passe qu’en mémoire, et entre-temps j’ai été redémarré ou trop de temps s’est écoulé.
register-no-providers = Aucun fournisseur n’est configuré sur ce bot pour créer de nouveaux comptes. Créez-en un avec votre client ou sur le site d’un fournisseur, puis envoyez-moi son adresse.
register-ask-provider = Où dois-je créer votre nouveau compte ?
register-ask-username = Quel nom d’utilisateur voulez-vous sur { $provider } ? (Votre adresse sera nom@{ $provider }.)
register-web = { $provider } demande que les nouveaux comptes soient créés sur son site : { $url } — revenez avec la nouvelle adresse une fois que vous l’avez.
register-closed = { $provider } n’accepte pas de nouveaux comptes en ce moment. Envoyez une adresse que vous avez déjà.
register-done = Votre nouveau compte { $jid } est prêt.
register-taken = Le nom { $username } est déjà pris sur { $provider }. Choisissez-en un autre.
register-failed = { $reason ->
        [not-acceptable] Le fournisseur n’a pas accepté ces informations (le mot de passe est peut-être trop faible, ou un champ est incorrect).
        [not-allowed] Le fournisseur ne permet pas de créer ce compte.
        [resource-constraint] Le fournisseur demande d’attendre avant de créer un autre compte. Merci de réessayer plus tard.
       *[other] Le fournisseur n’a pas pu créer le compte ({ $reason }).
    } Envoyez une adresse existante, ou *nouveau* pour réessayer.
register-captcha-link = Pour le voir, ouvrez : { $url }
register-captcha-adhoc-only = Ce fournisseur envoie son CAPTCHA sous une forme que je ne peux pas afficher dans la discussion. Répondez-y dans la commande ad hoc *déménager* de votre client (les mots de passe y sont aussi masqués), ou inscrivez-vous sur la page web du fournisseur.

## Plan
move-reading = Merci, les deux mots de passe fonctionnent. Je lis votre compte…
move-plan = Voici le plan du déménagement vers { $target } :
    • { $contacts ->
        [one] { $contacts } contact sera déplacé
        [many] { $contacts } de contacts seront déplacés
       *[other] { $contacts } contacts seront déplacés
    } ({ $both } en abonnement mutuel, { $to } que vous suivez, { $from } { $from ->
        [one] qui vous suit
        [many] qui vous suivent
       *[other] qui vous suivent
    }, { $pending } que vous avez demandé à suivre (sans réponse pour l’instant), { $none } sans abonnement), le tout dans { $groups ->
        [one] { $groups } groupe
        [many] { $groups } de groupes
       *[other] { $groups } groupes
    }.
    • Vos contacts recevront, de la part de la nouvelle adresse, une demande indiquant qu’elle remplace l’ancienne.
    Données du profil :
    { $profile }
move-plan-skipped = { $count ->
        [one] { $count } entrée ne sera pas déplacée :
        [many] { $count } d’entrées ne seront pas déplacées :
       *[other] { $count } entrées ne seront pas déplacées :
    }
    { $list }
move-plan-nothing-skipped = Tous les contacts peuvent être déplacés.
move-plan-unchecked = { $count ->
        [one] { $count } domaine non vérifié (pas eu le temps de lui demander s’il est une passerelle ; ses contacts seront déplacés normalement) :
        [many] { $count } de domaines non vérifiés (pas eu le temps de leur demander s’ils sont des passerelles ; leurs contacts seront déplacés normalement) :
       *[other] { $count } domaines non vérifiés (pas eu le temps de leur demander s’ils sont des passerelles ; leurs contacts seront déplacés normalement) :
    }
    { $domains }
move-plan-unchecked-item = { $domain }
move-plan-no-pre-approval = • Votre nouveau serveur ne peut pas autoriser des contacts à l’avance (il ne gère pas la pré-approbation). { $count ->
        [one] 1 contact qui vous voit aujourd’hui devra
       *[other] { $count } contacts qui vous voient aujourd’hui devront
    } redemander : acceptez-les quand votre client vous le proposera.
move-plan-slow-requests = • Votre nouveau serveur n’accepte que { $burst } demandes de contact d’un même compte, puis aucune pendant { $seconds } secondes. J’enverrai les { $count } demandes à ce rythme : le déménagement prendra donc environ { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    } de plus.
move-plan-slow-contact-servers = • { $servers ->
        [one] Le serveur de certains de vos contacts (ejabberd) n’accepte
       *[other] Les serveurs de certains de vos contacts ({ $servers }, ejabberd) n’acceptent
    } que { $burst } demandes de contact d’un autre serveur, puis aucune pendant { $seconds } secondes. J’y enverrai les { $count } demandes à ce rythme : le déménagement prendra donc environ { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    } de plus, davantage si d’autres y déménagent des contacts en même temps.
move-plan-notice-required = • { $count ->
        [one] 1 contact est
       *[other] { $count } contacts sont
    } sur des serveurs ejabberd, qui peuvent retirer l’avis de déménagement d’une demande qui attend quelqu’un hors ligne. Ils recevront dans tous les cas un court message de ce compte avec votre nouvelle adresse.
move-ask-confirm = Je commence maintenant ?
move-ask-notify = Dois-je aussi envoyer à chaque contact, depuis ce compte, un court message avec votre nouvelle adresse (pour les clients qui ne comprennent pas l’avis de déménagement) ?
move-ask-backup-history = Dois-je aussi garder une sauvegarde de ce compte avec son historique de messages ? Je la fais d’abord, tant que ce compte fonctionne, et je la dépose sur votre nouveau serveur pour qu’elle survive à celui-ci ; le lien arrive ici dans le chat. Quel historique doit-elle contenir ?
move-backup-none = Pas de sauvegarde
move-declined = D’accord, je n’ai rien modifié. Envoyez *déménager* quand vous voudrez recommencer.

## En cours
move-started = C’est parti pour le déménagement vers { $target }. Je vous tiens au courant ici ; avec beaucoup de contacts, cela peut prendre quelques minutes. Envoyez *annuler* pour arrêter.
job-progress = Toujours en cours : { $done ->
        [one] { $done } contact traité
        [many] { $done } de contacts traités
       *[other] { $done } contacts traités
    } sur { $total }.
move-interrupted = Votre déménagement a été interrompu (j’ai redémarré ou perdu la connexion). Rien n’a été envoyé deux fois. Envoyez *reprendre* pour continuer ; il me faudra de nouveau vos mots de passe, car je ne les enregistre jamais.
move-already-running = Ce déménagement est déjà en cours : je ne l’ai donc pas lancé une deuxième fois. Je vous enverrai le compte rendu ici quand il sera terminé.
move-contact-notice = Bonjour ! J’ai changé d’adresse : { $target }. Ajoutez-moi à cette adresse : { $link } — ce compte ({ $old }) ne sera plus utilisé.

profile-found-item = • { $item ->
        [vcard] Fiche de profil (vCard)
        [avatar] Avatar
        [nickname] Pseudo
        [bookmarks] Signets ({ $count })
        [legacy-bookmarks] Signets dans l’ancien format ({ $count })
        [blocklist] Adresses bloquées ({ $count })
       *[other] { $item }
    }
profile-found-nothing = • Aucune donnée de profil trouvée.

## Bilan
move-report-done = Votre déménagement vers { $target } est terminé.
move-report-cancelled = Votre déménagement vers { $target } a été annulé. Voici ce qui avait été fait jusque-là :
move-report-counts = { $total ->
        [one] Sur { $total } contact
        [many] Sur { $total } de contacts
       *[other] Sur { $total } contacts
    } : { $moved } { $moved ->
        [one] déplacé
        [many] déplacés
       *[other] déplacés
    } ({ $requested } { $requested ->
        [one] invité
        [many] invités
       *[other] invités
    } à accepter la nouvelle adresse, { $preApproved } { $preApproved ->
        [one] autorisé
        [many] autorisés
       *[other] autorisés
    } à vous voir), { $failed } en échec, { $skipped } { $skipped ->
        [one] ignoré
        [many] ignorés
       *[other] ignorés
    }{ $pending ->
        [0] .
       *[other] , { $pending } encore à traiter.
    }
report-no-pre-approval = { $count ->
        [one] 1 contact qui vous voyait n’a pas pu être autorisé
       *[other] { $count } contacts qui vous voyaient n’ont pas pu être autorisés
    } à l’avance : votre nouveau serveur ne gère pas la pré-approbation. Quand ils demanderont à vous voir, acceptez-les dans votre client.
report-failed-title = Contacts qui n’ont pas pu être ajoutés au nouveau compte :
report-failed-item = { $jid } (réponse du serveur : { $reason })
report-requests-refused = { $count ->
        [one] 1 contact a été ajouté, mais la demande (ou l’autorisation) qui lui était destinée a été refusée ; contactez-le vous-même :
       *[other] { $count } contacts ont été ajoutés, mais la demande (ou l’autorisation) qui leur était destinée a été refusée ; contactez-les vous-même :
    }
report-skipped-title = Non déplacés :
report-skipped-item = { $jid } : { $reason ->
        [transport] c’est une passerelle vers un ancien réseau, pas une personne
        [legacy-network] c’est un contact derrière une passerelle vers un ancien réseau ; le nouveau serveur n’a peut-être pas la même passerelle, ajoutez-le donc vous-même là-bas
        [invalid-jid] ce n’est pas une adresse XMPP valide
        [self] c’est votre propre adresse
        [target] c’est votre nouvelle adresse
        [bot] c’est moi
        [no-mapping] ce n’est pas une adresse XMPP, et il n’existe ni correspondance ni passerelle pour elle
        [invalid-address] ce n’est pas une adresse valide
        [transport-unknown] c’est une adresse d’un ancien réseau, mais aucune passerelle pour ce réseau n’est configurée ici
        [duplicate] déjà dans la liste (même adresse qu’une autre entrée, qui, elle, est déplacée)
       *[other] { $reason }
    }
report-profile-title = Profil :
report-profile-item = { $item ->
        [vcard] Fiche de profil (vCard)
        [avatar] Avatar
        [nickname] Pseudo
        [bookmarks] Signets
        [legacy-bookmarks] Signets (ancien format)
        [blocklist] Adresses bloquées
        [pep-nodes] Autres données enregistrées (PEP)
       *[other] { $item }
    } : { $outcome ->
        [copied] { $item ->
            [vcard] copiée
            [bookmarks] copiés
            [legacy-bookmarks] copiés
            [blocklist] copiées
           *[other] copié
        }{ $count ->
            [0] {""}
           *[other] {" "}({ $count })
        }
        [none] rien à copier
        [unsupported-source] l’ancien serveur ne le permet pas
        [unsupported-target] le nouveau serveur ne le permet pas
        [partial] seulement { $count } conservé(s){ $condition ->
            [none] {""}
           *[other] {" "}(le serveur a répondu : { $condition })
        } ; le nouveau serveur ne les a pas gardés, ajoutez-les à la main : { $lost }
       *[failed] échec ({ $condition })
    }
report-statement-ok = L’ancien compte indique maintenant que vous avez déménagé vers { $target } ; les clients et serveurs compatibles avec XEP-0283 basculeront d’eux-mêmes.
report-statement-failed = Je n’ai pas pu publier l’avis de déménagement sur l’ancien compte (réponse du serveur : { $reason }).
report-history-backup = { $state ->
        [done] Sauvegarde de ce compte : faite avant le déménagement ; son lien est dans les messages ci-dessus.
        [failed] Sauvegarde de ce compte : pas faite (un message ci-dessus dit pourquoi). Lancez *sauvegarde* tant que ce compte fonctionne encore.
       *[interrupted] Sauvegarde de ce compte : un redémarrage l’a interrompue et je ne l’ai pas refaite. Lancez *sauvegarde* tant que ce compte fonctionne encore.
    }
report-notices = { $count ->
        [one] J’ai envoyé un message avec votre nouvelle adresse à { $count } contact.
        [many] J’ai envoyé un message avec votre nouvelle adresse à { $count } de contacts.
       *[other] J’ai envoyé un message avec votre nouvelle adresse à { $count } contacts.
    }
report-notices-bounced = { $count ->
        [one] { $count } d’entre eux ne l’a pas reçu, le message est revenu non distribué :
        [many] { $count } d’entre eux ne l’ont pas reçu, le message est revenu non distribué :
       *[other] { $count } d’entre eux ne l’ont pas reçu, le message est revenu non distribué :
    }
report-and-more = { $count ->
        [one] …et { $count } autre.
        [many] …et { $count } autres.
       *[other] …et { $count } autres.
    }
report-more-follow = { $count ->
        [one] …et { $count } autre, dans les messages suivants.
        [many] …et { $count } autres, dans les messages suivants.
       *[other] …et { $count } autres, dans les messages suivants.
    }
job-progress-profile = Les contacts sont faits. Je copie maintenant votre profil et je publie votre nouvelle adresse.
job-progress-notices = Je préviens vos contacts de votre nouvelle adresse (messages envoyés : { $sent } sur { $total }).

## Reprise
resume-intro = Votre déménagement vers { $target } a été interrompu. Pour continuer, j’ai de nouveau besoin des deux mots de passe.
resume-running = Votre déménagement est toujours en cours. Je vous préviendrai ici quand il sera terminé.
resume-nothing = Il n’y a aucun déménagement interrompu à reprendre. Envoyez *déménager* pour en commencer un.

## État
status-no-move = Vous n’avez pas encore déménagé ce compte avec moi. Envoyez *déménager* pour commencer.
status-summary = Déménagement vers { $target } : { $status ->
        [running] en cours
        [done] terminé
        [interrupted] interrompu (envoyez *reprendre* pour continuer)
        [cancelled] annulé
       *[other] { $status }
    }. { $moved ->
        [one] { $moved } contact déplacé
        [many] { $moved } de contacts déplacés
       *[other] { $moved } contacts déplacés
    } sur { $total }, { $failed } en échec, { $skipped } { $skipped ->
        [one] ignoré
        [many] ignorés
       *[other] ignorés
    }.
status-ask-password = Pour voir qui a accepté votre nouvelle adresse, envoyez le mot de passe de { $target }. (Ou envoyez *annuler*.)
status-acceptance = { $accepted ->
        [one] { $accepted } contact a accepté
        [many] { $accepted } de contacts ont accepté
       *[other] { $accepted } contacts ont accepté
    } votre nouvelle adresse, { $waiting ->
        [one] { $waiting } n’a pas encore répondu
        [many] { $waiting } n’ont pas encore répondu
       *[other] { $waiting } n’ont pas encore répondu
    }.
    Ont accepté :
    { $acceptedList }
    En attente :
    { $waitingList }
status-contact-item = • { $jid }
status-accepted-more = Ont accepté :
    { $list }
status-waiting-more = En attente :
    { $list }
status-sign-in-failed = Je n’ai pas pu me connecter à votre nouveau compte, je ne peux donc pas encore dire qui a accepté.

## Sauvegarde
cmd-backup = sauvegarde, sauvegarder, exporter
cmd-backup-title = Sauvegarder mon compte
cmd-backup-summary = obtenir tes contacts, ton profil, tes signets et ton historique de messages dans un fichier (XEP-0227)
backup-intro = Je vais réunir vos contacts, votre profil, vos signets et vos autres données enregistrées dans un seul fichier (XEP-0227, que les serveurs savent importer) et vous donner un lien de téléchargement. Ce lien fonctionne pour toute personne qui le connaît : gardez-le pour vous.
backup-working = J'exporte ton compte. Cela se fait en arrière-plan : je t'enverrai le lien de téléchargement ici, dans la discussion, quand le fichier sera prêt.
backup-ask-history = Quel historique de messages le fichier doit-il contenir ?
backup-history-all = Tout
backup-history-months = { $months ->
        [one] Le dernier mois
       *[other] Les { $months } derniers mois
    }
backup-history-none = Aucun (seulement les contacts, le profil et les données enregistrées)
backup-progress = { $messages } messages de ton historique enregistrés jusqu'ici (jusqu'au { $date })…
backup-already-running = Ta sauvegarde est déjà en cours. Je t'enverrai le lien quand elle sera prête.
backup-history-count = Elle contient { $messages ->
        [one] 1 message
       *[other] { $messages } messages
    } de ton historique.
backup-history-capped = Le fichier a atteint sa taille maximale ({ $megabytes } Mo) : l'historique qu'il contient s'arrête au { $date }, après { $messages } messages. Pour avoir tes messages les plus récents, relance *sauvegarde* et choisis une période plus courte.
backup-history-unavailable = Ton serveur ne m'a pas laissé lire ton historique de messages (XEP-0313) : le fichier n'en contient pas.
backup-history-note = À propos de l'historique : XMPP ne te donne aucun moyen d'écrire toi-même d'anciens messages dans l'archive d'un nouveau serveur, et je ne peux pas le faire pour toi. L'administrateur de ton nouveau serveur peut les importer depuis ce fichier (sous Prosody avec prosody-migrator ; le README de Ferry explique comment). Garde le fichier : c'est aussi ta propre copie.
backup-ready = Voici votre sauvegarde ({ $contacts ->
        [one] { $contacts } contact
        [many] { $contacts } de contacts
       *[other] { $contacts } contacts
    }, { $pepNodes ->
        [one] { $pepNodes } nœud de données enregistrées
        [many] { $pepNodes } de nœuds de données enregistrées
       *[other] { $pepNodes } nœuds de données enregistrées
    }) : { $url }
backup-ask-elsewhere = Dois-je aussi déposer le fichier sur un autre serveur, pour qu’il survive si celui-ci ferme soudainement ? Il me faut le mot de passe d’un compte là-bas pour y envoyer le fichier (je ne le garde jamais).
backup-elsewhere-target = oui, via votre nouveau compte ({ $jid })
backup-elsewhere-other = oui, via un autre de vos comptes
backup-elsewhere-no = non, seulement via ce serveur
backup-ask-elsewhere-jid = L’adresse de ce compte :
backup-stored-at = { $own ->
        [yes] Le fichier est conservé par le service d’envoi de fichiers de { $host }
        [target] Le fichier est conservé par le service d’envoi de fichiers de votre nouveau serveur, { $host } : il reste disponible si l’ancien ferme
       *[no] Votre serveur n’offre pas d’envoi de fichiers, le fichier est donc conservé par le service d’envoi de fichiers de { $host }
    }, seulement aussi longtemps que son administrateur l’a décidé (souvent une semaine ou un mois ; demandez-lui). Enregistrez-le chez vous ; le voici en fichier :
backup-also-stored-at = Une copie est aussi conservée via { $host } : elle reste disponible si { $old } ferme (aussi longtemps que { $host } garde les fichiers envoyés) : { $url }
backup-elsewhere-failed = Je n’ai pas pu déposer de copie sur { $host } : { $reason ->
        [unreachable] je n’ai pas pu m’y connecter.
        [no-upload-service] il n’offre pas d’envoi de fichiers (XEP-0363).
        [too-large] le fichier est plus gros que ce qu’il accepte.
       *[other] l’envoi a échoué ({ $reason }).
    }
backup-failed = { $reason ->
        [no-upload-service] Votre serveur ne propose pas l’envoi de fichiers (XEP-0363), je ne peux donc pas vous transmettre le fichier. Demandez à l’administrateur de votre serveur de l’activer.
        [too-large] La sauvegarde dépasse la taille que votre serveur autorise pour l’envoi de fichiers.
        [not-authorized] Le mot de passe n’a pas fonctionné.
        [unreachable] Je n’ai pas pu joindre votre serveur. Merci de réessayer plus tard.
       *[other] La sauvegarde n’a pas pu être envoyée ({ $reason }).
    }

## Salons
move-plan-rooms = { $count ->
        [one] Salons (1 salon en signet ; votre place y a été lue dans ses listes de membres, que personne dans le salon ne voit) :
       *[other] Salons ({ $count } salons en signet ; votre place y a été lue dans leurs listes de membres, que personne dans les salons ne voit) :
    }
    { $list }
move-plan-room-item = • { $room } (vous : { room-affiliation }) : { $step ->
        [grant-owner] je ferai de la nouvelle adresse un propriétaire
        [grant-member] je ferai de la nouvelle adresse un membre
        [invite] j’inviterai la nouvelle adresse (un salon réservé aux membres en fait alors un membre)
       *[none] rien à faire
    }{ $reason ->
        [none] .
       *[other] {""} ; { room-why }
    }
room-affiliation = { $affiliation ->
        [owner] propriétaire
        [admin] administrateur
        [member] membre
        [none] aucune affiliation
       *[unknown] inconnue
    }
room-why = { $reason ->
        [not-affiliated] vous n’y avez aucune affiliation, il n’y a donc rien à reporter.
        [unknown] le salon ne laisse pas ce compte lire ses listes de membres, je n’ai donc pas pu connaître votre affiliation (je n’entre pas dans un salon juste pour le savoir : tout le monde le verrait).
        [no-invites] les membres ne peuvent pas y inviter et un membre ne peut ajouter personne, vos droits ne suffisent donc pas ; ses propriétaires ou administrateurs peuvent ajouter la nouvelle adresse.
        [admin-only-members] un administrateur peut accorder l’adhésion mais pas le rôle d’administrateur ; seul un propriétaire peut faire de la nouvelle adresse un administrateur.
        [open-room] tout le monde peut entrer dans ce salon de toute façon, et il ne montre pas ses listes de membres à ce compte.
       *[other] le salon n’a pas répondu ({ $reason }).
    }
move-ask-room-notice = Dois-je aussi poster un court message dans vos salons ({ $count ->
        [one] 1 salon
       *[other] { $count } salons
    } où ce compte peut parler) pour dire que vous avez déménagé ? Ce compte entre un instant dans chaque salon pour le dire, puis en sort.
move-ask-room-request = Dans { $count ->
        [one] 1 salon
       *[other] { $count } salons
    }, vos droits ne suffisent pas pour donner votre place à la nouvelle adresse. Dois-je envoyer à leurs propriétaires et administrateurs une courte demande depuis ce compte ?
move-ask-room-request-text = Le texte de cette demande, si vous voulez vos propres mots (utilisé seulement si vous avez dit oui ; passez pour mon texte standard) :
job-progress-rooms = J’emmène votre nouvelle adresse dans vos salons ({ $done } sur { $total } faits).
report-rooms-title = { $count ->
        [one] Salons (1 salon) :
       *[other] Salons ({ $count } salons) :
    }
report-room-item = { $room } (vous : { room-affiliation }) : { $outcome ->
        [granted-owner] la nouvelle adresse est maintenant propriétaire.
        [granted-member] la nouvelle adresse est maintenant membre.
        [already] la nouvelle adresse avait déjà cette place.
        [invited] j’ai invité la nouvelle adresse (un salon réservé aux membres en fait un membre).
        [failed] cela n’a pas marché (le salon a répondu : { $error }).
        [pending] pas encore fait.
       *[none] rien de fait.
    }
report-room-request = { $request ->
        [sent] J’ai demandé à { $count ->
            [one] son propriétaire ou administrateur
           *[other] ses { $count } propriétaires et administrateurs
        } de faire de la nouvelle adresse { $wanted ->
            [owner] un propriétaire
            [admin] un administrateur
           *[member] un membre
        }.
        [hidden] Ses propriétaires et administrateurs ne sont pas visibles pour ce compte, je n’ai donc pas pu leur demander ; demandez-leur vous-même.
        [declined] Vous avez choisi de ne pas demander à ses propriétaires et administrateurs.
       *[pending] Ses propriétaires et administrateurs n’ont pas encore été sollicités.
    }
report-room-notice = { $notice ->
        [sent] Votre message disant que vous avez déménagé y a été posté.
        [failed] Votre message disant que vous avez déménagé n’a pas pu être posté (le salon a répondu : { $error }).
        [members-only] Aucun message posté : le salon est réservé aux membres.
        [moderated] Aucun message posté : le salon est modéré et ce compte n’y a pas la parole.
        [password] Aucun message posté : le salon demande un mot de passe.
        [unreachable] Aucun message posté : le salon n’a pas répondu.
       *[pending] Votre message disant que vous avez déménagé n’a pas encore été posté.
    }
room-grant-reason = { $old } a déménagé vers { $target }.
room-request-default = Bonjour ! Je déménage de { $old } vers { $target }. Pourriez-vous faire de { $target } { $wanted ->
        [owner] un propriétaire
        [admin] un administrateur
       *[member] un membre
    } de { $room } ? Les droits de mon ancien compte n’y suffisent pas. Merci !
room-notice = J’ai déménagé vers une nouvelle adresse : { $target }. Ce compte ({ $old }) ne sera plus utilisé.
