## Comandos de administração (só os JIDs em FERRY_ADMINS veem)
cmd-broadcast = comunicado, aviso, anunciar
cmd-broadcast-title = Enviar um comunicado
cmd-broadcast-summary = enviar a todos os usuários (ou a alguns) um comunicado sobre a migração, uma vez ou repetidamente
cmd-broadcasts = lembretes, comunicados
cmd-broadcasts-title = Comunicados repetidos
cmd-broadcasts-summary = listar os comunicados repetidos e cancelar um deles
cmd-stats = estatísticas, estatisticas, números, numeros
cmd-stats-title = Estatísticas
cmd-stats-summary = quem já migrou até agora, por dia, com download

## Comunicado: texto
broadcast-intro = Vamos escrever um comunicado. Vou acrescentar uma linha curta explicando como começar a migração comigo, no idioma de cada leitor. Todos recebem o comunicado como mensagem de chat minha; quem estiver offline recebe na próxima vez que entrar.
broadcast-ask-text = O comunicado em { $language } (pode ter várias linhas numa mensagem só):
broadcast-ask-languages = Quer escrever também em outros idiomas? Envie os códigos, por exemplo “de”. Disponíveis: { $offered }. Quem usa um idioma que você deixar de fora recebe o texto no idioma padrão.
broadcast-ask-translation = O comunicado em { $language } (ou pule para usar o texto no idioma padrão):
broadcast-unknown-languages = Não ofereço estes idiomas: { $codes }. Disponíveis: { $offered }. Envie o comunicado de novo.

## Comunicado: destinatários
broadcast-registered-incomplete = Observação: o servidor de { $domain } não me passa a lista de contas (para isso, preciso do XEP-0133 “get registered users list” como administrador do servidor; o Prosody 0.12 não tem isso). Por isso, “todos” quer dizer todos que eu conheço: quem está online agora, está nos meus contatos, tem uma migração ou já me escreveu. Para alcançar todas as contas, escolha a lista e cole os endereços (no Prosody: prosodyctl shell user list { $domain }).
broadcast-ask-audience = Quem deve receber?
broadcast-audience-registered = { $complete ->
        [yes] Todos os usuários registrados em { $domain } ({ $count })
       *[no] Todos que eu conheço em { $domain } ({ $count })
    }
broadcast-audience-pasted = Uma lista de endereços que vou colar
broadcast-audience-online = Usuários online agora ({ $count })
broadcast-audience-started = Usuários que começaram uma migração, mas não terminaram ({ $count })
broadcast-audience-not-started = { $complete ->
        [yes] Usuários que ainda não começaram uma migração ({ $count })
       *[no] Usuários que eu conheço e que ainda não começaram uma migração ({ $count })
    }
broadcast-ask-list = Cole os endereços, um por linha (ou separados por espaços ou vírgulas):
broadcast-list-file-hint = Se a lista for longa, compartilhe um arquivo de texto com um endereço por linha (por exemplo, a saída de `prosodyctl shell user list`).
broadcast-list-empty = Não encontrei nenhum endereço nisso. Cole endereços como nome@example.org.
broadcast-list-read = Obrigado, recebi a lista.
broadcast-list-ignored = { $count ->
        [0] Ignorei { $count } entradas que não são endereços
        [one] Ignorei { $count } entrada que não é um endereço
        [many] Ignorei { $count } de entradas que não são endereços
       *[other] Ignorei { $count } entradas que não são endereços
    }: { $list }

## Comunicado: repetição
broadcast-ask-every = A cada quantos dias devo enviar de novo para quem ainda não migrou? Envie um número (por exemplo, 7).
broadcast-bad-every = Envie um número inteiro de dias, de 1 a 365, ou pule.
broadcast-ask-until = Até que dia (a data de desligamento)? Envie no formato AAAA-MM-DD, por exemplo, 2030-06-30.
broadcast-bad-until = Envie uma data depois de hoje, no formato AAAA-MM-DD.

## Comunicado: prévia e envio
broadcast-preview-heading = É exatamente isto que vai chegar para quem usa { $language }:
broadcast-ask-confirm = { $count ->
        [0] Enviar agora para { $count } pessoas?
        [one] Enviar agora para { $count } pessoa?
        [many] Enviar agora para { $count } de pessoas?
       *[other] Enviar agora para { $count } pessoas?
    }{ $every ->
        [0] {""}
        [1] {" "}Depois, de novo todos os dias até { $until }, para quem ainda não migrou.
        [one] {" "}Depois, de novo a cada { $every } dia até { $until }, para quem ainda não migrou.
        [many] {" "}Depois, de novo a cada { $every } de dias até { $until }, para quem ainda não migrou.
       *[other] {" "}Depois, de novo a cada { $every } dias até { $until }, para quem ainda não migrou.
    }
broadcast-declined = Certo, nada foi enviado. Envie *comunicado* para começar de novo.
broadcast-started = { $count ->
        [0] Enviando agora para { $count } pessoas.
        [one] Enviando agora para { $count } pessoa.
        [many] Enviando agora para { $count } de pessoas.
       *[other] Enviando agora para { $count } pessoas.
    } Vou contando aqui como está indo.{ $every ->
        [0] {""}
       *[other] {" "}Os lembretes estão agendados; envie *lembretes* para ver ou cancelar.
    }
broadcast-progress = Ainda enviando o comunicado: { $done } de { $total } até agora.
broadcast-report = Envio do comunicado concluído. Enviados: { $sent } de { $total }; com falha: { $failed }.
broadcast-failed-list = Não foi possível alcançar:
    { $list }
broadcast-failed-item = { $jid } ({ $reason ->
        [service-unavailable] essa conta não existe ou não aceita mensagens
        [item-not-found] essa conta não existe
        [remote-server-not-found] não foi possível alcançar o servidor dela
        [remote-server-timeout] o servidor dela não respondeu
        [send-failed] não consegui enviar, minha própria conexão falhou
       *[other] o servidor disse: { $reason }
    })

## A linha acrescentada a cada comunicado (no idioma do leitor)
broadcast-footer = Para migrar sua conta com todos os seus contatos, abra { $link } ou envie a palavra *{ $word }* para mim (“{ $bot }”).

## Comunicados repetidos
broadcasts-none = Não há comunicados repetidos. Envie *comunicado* para criar um.
broadcasts-intro = { $count ->
        [0] Nenhum comunicado repetido está agendado.
        [one] { $count } comunicado repetido está agendado.
        [many] { $count } de comunicados repetidos estão agendados.
       *[other] { $count } comunicados repetidos estão agendados.
    }
broadcasts-ask-cancel = Qual deles devo cancelar?
broadcasts-item = “{ $excerpt }” – { $everyDays ->
        [one] todos os dias
        [many] a cada { $everyDays } de dias
       *[other] a cada { $everyDays } dias
    } até { $until }, próximo envio em { $next } ({ $runs ->
        [0] ainda não enviado
        [one] enviado uma vez até agora
        [many] enviado { $runs } de vezes até agora
       *[other] enviado { $runs } vezes até agora
    })
broadcasts-keep = Nenhum, manter todos
broadcasts-kept = Certo, todos continuam agendados.
broadcasts-cancelled = Cancelado. Esse comunicado não vai mais ser enviado.

## Estatísticas
stats-table = ```
    Ainda não começaram    { $notStarted }{ $complete ->
        [yes] {""}
       *[no] {" "}(das contas que eu conheço)
    }
    Em andamento           { $inProgress }
    Já migraram            { $moved }
    Falharam/canceladas    { $failed }
    Contatos migrados      { $contacts }
    Importações feitas     { $imports }
    Comunicados            { $broadcasts } ({ $notices ->
        [0] { $notices } mensagens
        [one] { $notices } mensagem
        [many] { $notices } de mensagens
       *[other] { $notices } mensagens
    })
    ```
    Por dia (migrações iniciadas / concluídas):
    ```
    { $days }
    ```
stats-day = { $day }   { $started } / { $moved }
stats-no-days = (nenhuma migração ainda)
stats-export = Os mesmos números em JSON: { $url }
stats-chart = Os mesmos números em um gráfico: { $url }
stats-chart-days-title = Migrações por dia
stats-chart-started = iniciadas
stats-chart-moved = concluídas
stats-chart-day = { DATETIME($day, month: "short", day: "numeric") }
stats-chart-users-title = Usuários por situação
stats-chart-state-not-started = Ainda não começaram
stats-chart-state-in-progress = Em andamento
stats-chart-state-moved = Já migraram
stats-chart-state-failed = Falharam/canceladas
stats-export-inline = { $reason ->
        [no-upload-service] Meu servidor não oferece envio de arquivos (XEP-0363), então aqui estão os mesmos números em JSON:
       *[other] Não consegui fazer o upload da exportação JSON ({ $reason }), então aqui estão os mesmos números em JSON:
    }
