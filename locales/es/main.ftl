# El nombre del idioma en el propio idioma, tal como aparece en la lista de `idioma`.
language-name = Español

## Palabras de comando: separadas por comas; la primera es la que aparece en el menú.
cmd-help = ayuda, menú, menu, ?, comandos
cmd-help-title = Ayuda
cmd-help-summary = mostrar este menú
cmd-language = idioma, lengua
cmd-language-title = Cambiar de idioma
cmd-language-summary = elegir el idioma en el que te escribo

word-cancel = cancelar, parar, detener, salir
word-help = ayuda, ?
word-skip = omitir, saltar
word-yes = sí, si, s, ok, vale, claro
word-no = no, n
word-hello = hola, buenas, hey, empezar

## Menú
help-intro = ¡Hola! Soy Ferry. Te ayudo a mudar tu cuenta XMPP a otro servidor sin perder tus contactos. Envíame un número o una palabra:
help-footer = Envía *cancelar* en cualquier momento para detener lo que estemos haciendo. Puede que tu cliente también te ofrezca estas opciones como comandos (comandos ad-hoc).
unknown-command = Perdona, no te he entendido.

## Flujos
cancelled = Cancelado. No voy a hacer nada más. Envía *ayuda* para ver lo que puedo hacer.
nothing-to-cancel = No hay nada que cancelar. Envía *ayuda* para ver lo que puedo hacer.
flow-help = Estoy esperando tu respuesta a la pregunta de abajo. Envía *cancelar* para dejarlo.
flow-working = Todavía estoy en ello y te avisaré aquí cuando termine. Envía *cancelar* para detenerlo.
shared-file-starts = Has compartido un archivo: importaré sus contactos después de mostrarte lo que he encontrado. Envía *cancelar* para dejarlo.
shared-file-not-answer = Has compartido un archivo, pero estoy esperando tu respuesta a la pregunta de abajo, así que no lo tomo como respuesta. Para importar los contactos del archivo, envía primero *cancelar* y después compártelo de nuevo.
session-lost = Perdona, me han actualizado y no he podido continuar nuestra última conversación. Por favor, empieza de nuevo.
private-warning = Cuidado: los mensajes de chat pueden quedar guardados en el historial de tu servidor y de tus dispositivos. Si tu cliente ofrece comandos ad-hoc, es mejor que los uses: las contraseñas que escribas ahí quedan ocultas. Ferry nunca guarda tus contraseñas.
prompt-choose = Envía el número o el nombre.
prompt-yes-no = Responde *sí* o *no*, por favor.
prompt-optional = Envía *omitir* para dejarlo en blanco.

## Demostrar que controlas una cuenta
sign-in-wrong-password = La contraseña de { $jid } no ha funcionado. Inténtalo de nuevo, por favor.
sign-in-too-many-attempts = Es la tercera contraseña incorrecta, así que he parado por seguridad. Envía *{ $command ->
        [resume] reanudar
        [import] importar
        [backup] copia
        [status] estado
        [move-room] mudar sala
       *[move] mudar
    }* para empezar de nuevo.

## Idioma
language-ask = ¿En qué idioma quieres que te escriba?
language-set = De acuerdo, a partir de ahora te escribo en español.

## Problemas con lo que escribes
error-invalid-jid = «{ $input }» no es una dirección XMPP. Una dirección tiene este aspecto: nombre@example.org.
error-need-user-jid = «{ $input }» es un servidor, no una cuenta. Envía una dirección como nombre@example.org, por favor.
error-yes-no = Responde *sí* o *no*, por favor.
error-choose-option = Envía un número del 1 al { $count } o el nombre, por favor.
error-empty = No ha llegado nada. Inténtalo de nuevo, por favor.
error-internal = Perdona, algo ha fallado por mi parte. Inténtalo de nuevo más tarde, por favor.
error-too-long = Tu mensaje es demasiado largo ({ $length ->
        [one] { NUMBER($length) } carácter
        [many] { NUMBER($length) } de caracteres
       *[other] { NUMBER($length) } caracteres
    }). Leo como máximo { $max ->
        [one] { NUMBER($max) } carácter
        [many] { NUMBER($max) } de caracteres
       *[other] { NUMBER($max) } caracteres
    } por mensaje.
error-slow-down = Me estás enviando mensajes más rápido de lo que puedo leerlos. Espera un momento y luego envía un solo mensaje.
error-other-domain = Perdona, solo atiendo cuentas de { $domains }.

## Presencia
presence-status = Envíame «ayuda» para mudar tu cuenta o importar contactos.
