# Le nom de la langue dans la langue elle-même, tel qu’il apparaît dans la liste de `langue`.
language-name = Français

## Mots de commande : séparés par des virgules ; le premier est affiché dans le menu.
cmd-help = aide, menu, ?, commandes
cmd-help-title = Aide
cmd-help-summary = afficher ce menu
cmd-language = langue, langues
cmd-language-title = Changer de langue
cmd-language-summary = choisir la langue dans laquelle je vous parle

word-cancel = annuler, arrêter, arreter, stop, quitter
word-help = aide, ?
word-skip = passer, sauter
word-yes = oui, o, ok, d'accord, ouais
word-no = non, n
word-hello = bonjour, salut, bonsoir, coucou, hey, hello

## Menu
help-intro = Bonjour ! Je suis Ferry. Je vous aide à déménager votre compte XMPP vers un autre serveur sans perdre vos contacts. Envoyez-moi un numéro ou un mot :
help-footer = Envoyez *annuler* à tout moment pour arrêter ce que nous sommes en train de faire. Votre client propose peut-être aussi ces actions sous forme de commandes (commandes ad hoc).
unknown-command = Désolé, je n’ai pas compris.

## Déroulement
cancelled = C’est annulé, il ne se passera rien de plus. Envoyez *aide* pour voir ce que je sais faire.
nothing-to-cancel = Il n’y a rien à annuler. Envoyez *aide* pour voir ce que je sais faire.
flow-help = J’attends votre réponse à la question ci-dessous. Envoyez *annuler* pour arrêter.
flow-working = Je m’en occupe encore et je vous préviens ici dès que c’est terminé. Envoyez *annuler* pour l’arrêter.
shared-file-starts = Vous avez partagé un fichier : j’en importerai les contacts, après vous avoir montré ce que j’y ai trouvé. Envoyez *annuler* pour arrêter.
shared-file-not-answer = Vous avez partagé un fichier, mais j’attends votre réponse à la question ci-dessous : je ne prends pas le fichier comme réponse. Pour importer les contacts du fichier, envoyez d’abord *annuler*, puis partagez-le à nouveau.
session-lost = Désolé, j’ai été mis à jour et je n’ai pas pu reprendre notre dernière conversation. Merci de recommencer.
private-warning = Attention : les messages de discussion peuvent être conservés dans des archives sur votre serveur et sur vos appareils. Si votre client propose les commandes ad hoc, utilisez-les plutôt : les mots de passe que vous y saisissez sont masqués. Ferry n’enregistre jamais vos mots de passe.
prompt-choose = Envoyez le numéro ou le nom.
prompt-yes-no = Répondez par *oui* ou par *non*, s’il vous plaît.
prompt-optional = Envoyez *passer* pour laisser cette question de côté.

## Prouver que vous contrôlez un compte
sign-in-wrong-password = Le mot de passe de { $jid } n’a pas fonctionné. Merci de réessayer.
sign-in-too-many-attempts = C’était le troisième mot de passe erroné, alors je me suis arrêté par sécurité. Envoyez *{ $command ->
        [resume] reprendre
        [import] importer
        [backup] sauvegarde
        [status] état
        [move-room] déménager salon
       *[move] déménager
    }* pour recommencer.

## Langue
language-ask = Dans quelle langue voulez-vous que je vous parle ?
language-set = D’accord, à partir de maintenant je vous parle en français.

## Problèmes de saisie
error-invalid-jid = « { $input } » n’est pas une adresse XMPP. Une adresse ressemble à ceci : nom@example.org.
error-need-user-jid = « { $input } » est un serveur, pas un compte. Envoyez une adresse comme nom@example.org.
error-yes-no = Répondez par *oui* ou par *non*, s’il vous plaît.
error-choose-option = Envoyez un numéro de 1 à { $count }, ou le nom.
error-empty = Le message était vide. Merci de réessayer.
error-internal = Désolé, quelque chose s’est mal passé de mon côté. Merci de réessayer plus tard.
error-too-long = Votre message est trop long ({ NUMBER($length) ->
        [one] { NUMBER($length) } caractère
        [many] { NUMBER($length) } de caractères
       *[other] { NUMBER($length) } caractères
    }). Je lis au maximum { NUMBER($max) ->
        [one] { NUMBER($max) } caractère
        [many] { NUMBER($max) } de caractères
       *[other] { NUMBER($max) } caractères
    } par message.
error-slow-down = Vous m’envoyez des messages plus vite que je ne peux les lire. Attendez un instant, puis envoyez un seul message.
error-other-domain = Désolé, je ne m’occupe que des comptes sur { $domains }.

## Présence
presence-status = Envoyez-moi « aide » pour déménager votre compte ou importer des contacts.
