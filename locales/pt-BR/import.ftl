## Comandos
cmd-import = importar, contatos
cmd-import-title = Importar contatos
cmd-import-summary = adicionar contatos de um arquivo (MSN Messenger, CSV do Outlook, vCard, Pidgin, XEP-0227) ou de uma lista colada

## Perguntas
import-intro = Envie sua lista de contatos como arquivo (pelo envio de arquivos do seu cliente) ou cole os endereços. Consigo ler exportações do MSN/Windows Live Messenger (.ctt), CSV do Outlook e do Hotmail, vCards (.vcf), o blist.xml do Pidgin, exportações de conta XEP-0227 (como um backup do Ferry) e listas simples de endereços.
import-ask-file = Seu arquivo ou sua lista:
import-reading = Lendo…
import-ask-account = Onde devo adicionar esses contatos?
import-account-this = nesta conta ({ $jid })
import-account-target = na sua conta nova ({ $jid })
import-account-suggest = enviar ao meu cliente de chat como sugestões, para eu aceitar uma por uma (Gajim, Psi; não precisa de senha)
import-ask-password = A senha de { $jid }:
import-unreachable = Não consegui acessar o servidor de { $jid }. Tente de novo mais tarde ou escolha outra conta.

## Prévia
import-format = { $format ->
        [msn-ctt] uma lista de contatos do MSN Messenger
        [outlook-csv] um arquivo de contatos do Outlook
        [csv] um arquivo CSV
        [vcard] um arquivo de vCards
        [pidgin-blist] uma lista de amigos do Pidgin
        [xep0227] uma exportação de conta XMPP (XEP-0227)
        [pasted-text] uma lista de endereços
       *[other] { $format }
    }
import-preview = Recebi { import-format } com { $found ->
        [0] { $found } entradas
        [one] { $found } entrada
        [many] { $found } de entradas
       *[other] { $found } entradas
    }.
    • { $mapped ->
        [0] Nenhum contato pode ser adicionado
        [one] { $mapped } contato pode ser adicionado
        [many] { $mapped } de contatos podem ser adicionados
       *[other] { $mapped } contatos podem ser adicionados
    }: { $xmpp } já com endereço XMPP, { $adminMap } pela tabela de endereços da sua organização, { $transport } por meio de um gateway; { $groups ->
        [0] sem grupos
        [one] em { $groups } grupo
        [many] em { $groups } de grupos
       *[other] em { $groups } grupos
    }.
    • { $unmapped ->
        [0] Nada ficou de fora.
        [one] { $unmapped } entrada não pode ser adicionada:
        [many] { $unmapped } de entradas não podem ser adicionadas:
       *[other] { $unmapped } entradas não podem ser adicionadas:
    }
    { $unmappedList }
import-problems = { $problems ->
        [0] Todas as partes do arquivo tinham algum endereço que eu pudesse usar.
        [one] { $problems } parte do arquivo não tinha nenhum endereço que eu pudesse usar:
        [many] { $problems } de partes do arquivo não tinham nenhum endereço que eu pudesse usar:
       *[other] { $problems } partes do arquivo não tinham nenhum endereço que eu pudesse usar:
    }
    { $problemList }
import-problem-item = { $line ->
        [0] {""}
       *[other] linha { $line }:{" "}
    }{ $detail } ({ $code ->
        [no-address] sem endereço
        [invalid-address] endereço inválido
        [not-a-user-address] é um servidor, não uma pessoa
        [unknown-protocol] rede desconhecida
        [chat-room-skipped] é uma sala de chat, não um contato
        [other-user-skipped] pertence a outra conta do arquivo
        [conflicting-mapping] correspondência duplicada
        [invalid-subscription] estado de inscrição desconhecido; adicionado sem compartilhar presença
        [too-many-problems] outros problemas do arquivo, não listados um a um
       *[other] { $code }
    })
import-unanswered = { $count ->
        [one] { $count } pessoa tinha pedido para ver quando você está online, e você nunca respondeu. Vou adicioná-la aos seus contatos sem autorizar isso e sem enviar nenhum pedido; ela pode pedir de novo:
        [many] { $count } de pessoas tinham pedido para ver quando você está online, e você nunca respondeu. Vou adicioná-las aos seus contatos sem autorizar isso e sem enviar nenhum pedido; elas podem pedir de novo:
       *[other] { $count } pessoas tinham pedido para ver quando você está online, e você nunca respondeu. Vou adicioná-las aos seus contatos sem autorizar isso e sem enviar nenhum pedido; elas podem pedir de novo:
    }
    { $list }
import-unanswered-item = { $jid }
import-mapped = { $count ->
        [one] { $count } contato vai ser adicionado com outro endereço:
        [many] { $count } de contatos vão ser adicionados com outro endereço:
       *[other] { $count } contatos vão ser adicionados com outro endereço:
    }
    { $list }
import-mapped-item = { $address } → { $jid } ({ $rule ->
        [admin-map] pela tabela de endereços da sua organização
        [transport] por um gateway
       *[other] { $rule }
    })
import-nothing = Recebi { import-format } com { $found ->
        [0] { $found } entradas, então não há nada que eu possa adicionar.
        [one] { $found } entrada, mas ela não é um endereço que eu possa adicionar.
        [many] { $found } de entradas, mas nenhuma delas é um endereço que eu possa adicionar.
       *[other] { $found } entradas, mas nenhuma delas é um endereço que eu possa adicionar.
    }
    { $unmappedList }
    Envie outro arquivo ou *cancelar*.

## Problemas com o arquivo
import-encrypted = Esse arquivo está criptografado de ponta a ponta (OMEMO), então não consigo lê-lo. Envie sem criptografia, por exemplo, a partir de um chat com a criptografia desativada.
import-download-failed = Não consegui baixar esse arquivo: { $reason ->
        [too-large] ele tem mais de { NUMBER($max) ->
            [0] { NUMBER($max) } bytes
            [one] { NUMBER($max) } byte
            [many] { NUMBER($max) } de bytes
           *[other] { NUMBER($max) } bytes
        }
        [private-address] ele está em um endereço de rede privada que não posso acessar
        [timeout] demorou demais
        [http-status] o servidor não o entregou
        [bad-url] esse não é um link da web que eu consiga usar
        [unresolvable] não encontrei o nome do servidor dele
        [too-many-redirects] o link redirecionou vezes demais
        [network] a conexão com o servidor dele falhou
       *[other] { $reason }
    }.
import-error-empty = Esse arquivo está vazio.
import-error-binary = Isso não parece um arquivo de texto (talvez seja uma imagem ou um programa). Envie a lista de contatos exportada.
import-error-too-large = Esse arquivo é grande demais para mim (no máximo { NUMBER($max) ->
        [0] { NUMBER($max) } bytes
        [one] { NUMBER($max) } byte
        [many] { NUMBER($max) } de bytes
       *[other] { NUMBER($max) } bytes
    } e 100.000 entradas).
import-error-unknown-format = Não reconheço esse formato. Envie um .ctt do MSN, um CSV, um vCard, o blist.xml do Pidgin, uma exportação XEP-0227 ou cole os endereços.
import-error-xml-malformed = Esse arquivo tem XML com defeito; não consegui lê-lo.
import-error-xml-entities-forbidden = Esse arquivo declara entidades XML, e por segurança eu me recuso a expandi-las. Exporte a lista de novo.
import-error-truncated = Esse arquivo termina no meio; parece que foi cortado. Envie de novo.
import-error-csv-malformed = Esse arquivo CSV está com defeito (por exemplo, aspas que nunca se fecham).
import-error-chat-history-not-contacts = Isso é um histórico de conversas do Windows Live Messenger, não uma lista de contatos. Ele só identifica as pessoas pelo nome de exibição, então não consigo adicionar ninguém a partir dele. Procure a exportação da lista de contatos (.ctt).
import-error-user-not-found = Encontrei { $accounts ->
        [one] { $accounts } conta
        [many] { $accounts } de contas
       *[other] { $accounts } contas
    } nessa exportação, mas não a sua ({ $user }). Exporte só a sua conta ou me envie o arquivo a partir da conta a que ele pertence.
import-error-xep0227-index-file = Esse é o arquivo de índice de uma exportação do servidor: ele não contém contas, só indica o arquivo de cada domínio. Me envie o arquivo que ele indica para o seu domínio: { $files }

## Andamento e relatório
import-started = Adicionando { $count ->
        [0] { $count } contatos
        [one] { $count } contato
        [many] { $count } de contatos
       *[other] { $count } contatos
    } em { $jid } agora; vou contando aqui como está indo.
import-suggested = { $count ->
        [0] Enviei { $count } contatos para o seu cliente como sugestões. Ele deve perguntar a você sobre cada um.
        [one] Enviei { $count } contato para o seu cliente como sugestão. Ele deve perguntar a você se quer adicioná-lo.
        [many] Enviei { $count } de contatos para o seu cliente como sugestões. Ele deve perguntar a você sobre cada um.
       *[other] Enviei { $count } contatos para o seu cliente como sugestões. Ele deve perguntar a você sobre cada um.
    } (Se nada aparecer, seu cliente não tem suporte para isso; envie *importar* de novo e escolha uma conta.)
import-suggestion-body = Contatos da sua importação ({ $count }): seu cliente pode adicioná-los para você.
import-report-done = Sua importação para { $target } foi concluída.
import-report-cancelled = Sua importação para { $target } foi cancelada. Veja o que já tinha sido feito até aqui:
import-report-unanswered-title = Adicionados sem autorizar nem enviar pedido (tinham pedido para ver quando você está online, e você nunca respondeu; podem pedir de novo):
import-report-counts = { $total ->
        [0] De { $total } entradas
        [one] De { $total } entrada
        [many] De { $total } de entradas
       *[other] De { $total } entradas
    }: { $moved ->
        [0] { $moved } adicionadas
        [one] { $moved } adicionada
        [many] { $moved } adicionadas
       *[other] { $moved } adicionadas
    } ({ $requested ->
        [0] { $requested } convidadas
        [one] { $requested } convidada
        [many] { $requested } convidadas
       *[other] { $requested } convidadas
    } a compartilhar presença), { $failed } com falha, { $skipped ->
        [0] { $skipped } não adicionadas
        [one] { $skipped } não adicionada
        [many] { $skipped } não adicionadas
       *[other] { $skipped } não adicionadas
    }{ $pending ->
        [0] .
        [one] , { $pending } ainda pendente.
        [many] , { $pending } ainda pendentes.
       *[other] , { $pending } ainda pendentes.
    }
import-interrupted = Sua importação foi interrompida (fui reiniciado ou perdi a conexão). Envie *importar* para começar de novo; os contatos que já foram adicionados não vão receber o pedido duas vezes.
import-already-running = Esta importação já está em andamento, então não a iniciei uma segunda vez. Envio o relatório aqui quando terminar.
