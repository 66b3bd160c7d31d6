# O nome do idioma nele mesmo, como aparece na lista de `idioma`.
language-name = Português (Brasil)

## Palavras de comando: separadas por vírgulas; a primeira aparece no menu.
cmd-help = ajuda, menu, ?, comandos
cmd-help-title = Ajuda
cmd-help-summary = mostrar este menu
cmd-language = idioma, língua, lingua
cmd-language-title = Trocar o idioma
cmd-language-summary = escolher o idioma em que eu falo com você

word-cancel = cancelar, parar, pare, sair
word-help = ajuda, ?
word-skip = pular, pule
word-yes = sim, s, ok, claro, pode
word-no = não, nao, n
word-hello = oi, olá, ola, opa, começar, comecar

## Menu
help-intro = Oi! Sou o Ferry. Eu ajudo você a migrar sua conta XMPP para outro servidor sem perder seus contatos. Envie um número ou uma palavra:
help-footer = Envie *cancelar* a qualquer momento para parar o que estivermos fazendo. Seu cliente também pode oferecer essas opções como comandos (comandos ad-hoc).
unknown-command = Desculpe, não entendi.

## Fluxos
cancelled = Cancelado. Nada mais vai acontecer. Envie *ajuda* para ver o que eu sei fazer.
nothing-to-cancel = Não há nada para cancelar. Envie *ajuda* para ver o que eu sei fazer.
flow-help = Estou esperando sua resposta à pergunta abaixo. Envie *cancelar* para parar.
flow-working = Ainda estou cuidando disso e aviso aqui quando terminar. Envie *cancelar* para parar.
shared-file-starts = Você compartilhou um arquivo: vou importar os contatos dele depois de mostrar o que encontrei. Envie *cancelar* para parar.
shared-file-not-answer = Você compartilhou um arquivo, mas estou esperando sua resposta à pergunta abaixo, então não vou usar o arquivo como resposta. Para importar os contatos do arquivo, envie *cancelar* primeiro e depois compartilhe-o de novo.
session-lost = Desculpe, fui atualizado e não consegui continuar nossa última conversa. Por favor, comece de novo.
private-warning = Atenção: mensagens de chat podem ficar guardadas no histórico do seu servidor e dos seus dispositivos. Se o seu cliente oferece comandos ad-hoc, prefira usá-los: as senhas digitadas neles ficam ocultas. O Ferry nunca guarda suas senhas.
prompt-choose = Envie o número ou o nome.
prompt-yes-no = Responda *sim* ou *não*.
prompt-optional = Envie *pular* para deixar isso de fora.

## Provar que você controla uma conta
sign-in-wrong-password = A senha de { $jid } não funcionou. Tente de novo.
sign-in-too-many-attempts = Essa foi a terceira senha errada, então parei por segurança. Envie *{ $command ->
        [resume] retomar
        [import] importar
        [backup] backup
        [status] status
        [move-room] migrar sala
       *[move] migrar
    }* para começar de novo.

## Idioma
language-ask = Em qual idioma você quer que eu fale?
language-set = Certo, a partir de agora vou falar português com você.

## Problemas na entrada
error-invalid-jid = “{ $input }” não é um endereço XMPP. Um endereço tem este formato: nome@example.org.
error-need-user-jid = “{ $input }” é um servidor, não uma conta. Envie um endereço como nome@example.org.
error-yes-no = Por favor, responda *sim* ou *não*.
error-choose-option = Envie um número de 1 a { $count } ou o nome.
error-empty = A mensagem chegou vazia. Tente de novo.
error-internal = Desculpe, algo deu errado do meu lado. Tente de novo mais tarde.
error-too-long = Sua mensagem é longa demais ({ NUMBER($length) ->
        [0] { NUMBER($length) } caracteres
        [one] { NUMBER($length) } caractere
        [many] { NUMBER($length) } de caracteres
       *[other] { NUMBER($length) } caracteres
    }). Eu leio no máximo { NUMBER($max) ->
        [0] { NUMBER($max) } caracteres
        [one] { NUMBER($max) } caractere
        [many] { NUMBER($max) } de caracteres
       *[other] { NUMBER($max) } caracteres
    } por mensagem.
error-slow-down = Você está mandando mensagens mais rápido do que eu consigo ler. Espere um pouco e depois envie uma mensagem só.
error-other-domain = Desculpe, eu só atendo contas em { $domains }.

## Presença
presence-status = Envie “ajuda” para migrar sua conta ou importar contatos.
