## Commandes
cmd-import = importer, contacts
cmd-import-title = Importer des contacts
cmd-import-summary = ajouter des contacts depuis un fichier (MSN Messenger, CSV Outlook, vCard, Pidgin, XEP-0227) ou une liste collée

## Questions
import-intro = Envoyez-moi votre liste de contacts sous forme de fichier (avec la fonction d’envoi de fichiers de votre client), ou collez les adresses. Je sais lire les exports de MSN/Windows Live Messenger (.ctt), les CSV d’Outlook et de Hotmail, les vCards (.vcf), le blist.xml de Pidgin, les exports de compte XEP-0227 (comme une sauvegarde Ferry) et les simples listes d’adresses.
import-ask-file = Votre fichier ou votre liste :
import-reading = Je le lis…
import-ask-account = Où dois-je ajouter ces contacts ?
import-account-this = à ce compte ({ $jid })
import-account-target = à votre nouveau compte ({ $jid })
import-account-suggest = les proposer à votre client de messagerie, pour les accepter un par un (Gajim, Psi ; aucun mot de passe nécessaire)
import-ask-password = Le mot de passe de { $jid } :
import-unreachable = Je n’ai pas pu joindre le serveur de { $jid }. Réessayez plus tard, ou choisissez un autre compte.

## Aperçu
import-format = { $format ->
        [msn-ctt] une liste de contacts MSN Messenger
        [outlook-csv] un fichier de contacts Outlook
        [csv] un fichier CSV
        [vcard] des vCards
        [pidgin-blist] une liste de contacts Pidgin
        [xep0227] un export de compte XMPP (XEP-0227)
        [pasted-text] une liste d’adresses
       *[other] { $format }
    }
import-preview = J’ai reconnu { import-format } contenant { $found ->
        [one] { $found } entrée
        [many] { $found } d’entrées
       *[other] { $found } entrées
    }.
    • { $mapped ->
        [one] { $mapped } contact peut être ajouté
        [many] { $mapped } de contacts peuvent être ajoutés
       *[other] { $mapped } contacts peuvent être ajoutés
    } : { $xmpp } déjà sous forme d’adresse XMPP, { $adminMap } grâce à la table d’adresses de votre organisation, { $transport } via une passerelle ; le tout dans { $groups ->
        [one] { $groups } groupe
        [many] { $groups } de groupes
       *[other] { $groups } groupes
    }.
    • { $unmapped ->
        [0] Il ne reste rien.
        [one] { $unmapped } entrée ne peut pas être ajoutée :
        [many] { $unmapped } d’entrées ne peuvent pas être ajoutées :
       *[other] { $unmapped } entrées ne peuvent pas être ajoutées :
    }
    { $unmappedList }
import-problems = { $problems ->
        [one] { $problems } partie du fichier ne contenait aucune adresse utilisable :
        [many] { $problems } de parties du fichier ne contenaient aucune adresse utilisable :
       *[other] { $problems } parties du fichier ne contenaient aucune adresse utilisable :
    }
    { $problemList }
import-problem-item = { $line ->
        [0] {""}
       *[other] ligne { $line } :{" "}
    }{ $detail } ({ $code ->
        [no-address] aucune adresse
        [invalid-address] adresse non valide
        [not-a-user-address] un serveur, pas une personne
        [unknown-protocol] réseau inconnu
        [chat-room-skipped] un salon de discussion, pas un contact
        [other-user-skipped] appartient à un autre compte du fichier
        [conflicting-mapping] correspondance en double
        [invalid-subscription] état d’abonnement inconnu ; ajouté sans partage de présence
        [too-many-problems] autres problèmes dans le fichier, non détaillés
       *[other] { $code }
    })
import-unanswered = { $count ->
        [one] { $count } personne avait demandé à voir quand vous êtes en ligne, sans jamais recevoir de réponse. Je l’ajoute à vos contacts sans l’y autoriser et sans lui envoyer de demande ; elle pourra redemander :
        [many] { $count } de personnes avaient demandé à voir quand vous êtes en ligne, sans jamais recevoir de réponse. Je les ajoute à vos contacts sans les y autoriser et sans leur envoyer de demande ; elles pourront redemander :
       *[other] { $count } personnes avaient demandé à voir quand vous êtes en ligne, sans jamais recevoir de réponse. Je les ajoute à vos contacts sans les y autoriser et sans leur envoyer de demande ; elles pourront redemander :
    }
    { $list }
import-unanswered-item = { $jid }
import-mapped = { $count ->
        [one] { $count } contact sera ajouté sous une autre adresse :
        [many] { $count } de contacts seront ajoutés sous une autre adresse :
       *[other] { $count } contacts seront ajoutés sous une autre adresse :
    }
    { $list }
import-mapped-item = { $address } → { $jid } ({ $rule ->
        [admin-map] d’après la table d’adresses de votre organisation
        [transport] via une passerelle
       *[other] { $rule }
    })
import-nothing = J’ai reconnu { import-format } contenant { $found ->
        [one] { $found } entrée
        [many] { $found } d’entrées
       *[other] { $found } entrées
    }, mais aucune n’est une adresse que je peux ajouter.
    { $unmappedList }
    Envoyez un autre fichier, ou *annuler*.

## Problèmes de fichier
import-encrypted = Ce fichier est chiffré de bout en bout (OMEMO), je ne peux donc pas le lire. Envoyez-le sans chiffrement, par exemple depuis une discussion où le chiffrement est désactivé.
import-download-failed = Je n’ai pas pu récupérer ce fichier : { $reason ->
        [too-large] il dépasse { NUMBER($max) ->
            [one] { NUMBER($max) } octet
            [many] { NUMBER($max) } d’octets
           *[other] { NUMBER($max) } octets
        }
        [private-address] il se trouve à une adresse de réseau privé à laquelle je n’ai pas le droit d’accéder
        [timeout] cela a pris trop de temps
        [http-status] le serveur ne l’a pas fourni
        [bad-url] ce n’est pas un lien web que je peux utiliser
        [unresolvable] le nom de son serveur est introuvable
        [too-many-redirects] le lien a été redirigé trop de fois
        [network] la connexion à son serveur a échoué
       *[other] { $reason }
    }.
import-error-empty = Ce fichier est vide.
import-error-binary = Ce fichier ne ressemble pas à un fichier texte (c’est peut-être une image ou un programme). Envoyez la liste de contacts exportée.
import-error-too-large = Ce fichier est trop volumineux pour moi (au maximum { NUMBER($max) ->
        [one] { NUMBER($max) } octet
        [many] { NUMBER($max) } d’octets
       *[other] { NUMBER($max) } octets
    } et 100 000 entrées).
import-error-unknown-format = Je ne reconnais pas ce format. Envoyez un fichier .ctt de MSN, un CSV, une vCard, le blist.xml de Pidgin, un export XEP-0227, ou collez les adresses.
import-error-xml-malformed = Ce fichier contient du XML invalide ; je n’ai pas pu le lire.
import-error-xml-entities-forbidden = Ce fichier déclare des entités XML, que je refuse de développer par sécurité. Exportez la liste à nouveau.
import-error-truncated = Ce fichier s’arrête en plein milieu ; il semble avoir été coupé. Renvoyez-le.
import-error-csv-malformed = Ce fichier CSV est invalide (par exemple, des guillemets qui ne sont jamais fermés).
import-error-chat-history-not-contacts = C’est un historique de conversation de Windows Live Messenger, pas une liste de contacts. Il ne désigne les personnes que par leur nom d’affichage, je ne peux donc ajouter personne à partir de ce fichier. Cherchez plutôt l’export de la liste de contacts (.ctt).
import-error-user-not-found = J’ai trouvé { $accounts ->
        [one] { $accounts } compte
        [many] { $accounts } de comptes
       *[other] { $accounts } comptes
    } dans cette exportation, mais pas le vôtre ({ $user }). Exportez votre compte seul, ou envoyez-moi le fichier depuis le compte auquel il appartient.
import-error-xep0227-index-file = C’est le fichier d’index d’une exportation de serveur : il ne contient aucun compte, il nomme seulement le fichier de chaque domaine. Envoyez-moi le fichier qu’il nomme pour votre domaine : { $files }

## Déroulement et bilan
import-started = J’ajoute maintenant { $count ->
        [one] { $count } contact
        [many] { $count } de contacts
       *[other] { $count } contacts
    } à { $jid } ; je vous tiens au courant ici.
import-suggested = J’ai envoyé { $count ->
        [one] { $count } contact
        [many] { $count } de contacts
       *[other] { $count } contacts
    } à votre client sous forme de suggestions. Il devrait vous demander votre avis pour chacun. (Si rien n’apparaît, c’est que votre client ne gère pas cette fonction ; envoyez de nouveau *importer* et choisissez plutôt un compte.)
import-suggestion-body = Contacts issus de votre importation ({ $count }) : votre client peut les ajouter pour vous.
import-report-done = Votre importation dans { $target } est terminée.
import-report-cancelled = Votre importation dans { $target } a été annulée. Voici ce qui avait été fait jusque-là :
import-report-unanswered-title = Ajoutés sans autorisation ni demande (ils avaient demandé à voir quand vous êtes en ligne, sans jamais recevoir de réponse ; ils pourront redemander) :
import-report-counts = { $total ->
        [one] Sur { $total } entrée
        [many] Sur { $total } d’entrées
       *[other] Sur { $total } entrées
    } : { $moved } { $moved ->
        [one] ajoutée
        [many] ajoutées
       *[other] ajoutées
    } ({ $requested } { $requested ->
        [one] invitée à partager sa présence
        [many] invitées à partager leur présence
       *[other] invitées à partager leur présence
    }), { $failed } en échec, { $skipped } non { $skipped ->
        [one] ajoutée
        [many] ajoutées
       *[other] ajoutées
    }{ $pending ->
        [0] .
       *[other] , { $pending } encore à traiter.
    }
import-interrupted = Votre importation a été interrompue (j’ai redémarré ou perdu la connexion). Envoyez *importer* pour la relancer ; les contacts déjà ajoutés ne recevront pas de deuxième demande.
import-already-running = Cette importation est déjà en cours : je ne l’ai donc pas lancée une deuxième fois. Je vous enverrai le compte rendu ici quand elle sera terminée.
