## Commands
cmd-restore = restaurar, recuperar
cmd-restore-title = Restaurar um backup
cmd-restore-summary = colocar um backup (XEP-0227: o do Ferry, ou uma exportação do Prosody, Snikket ou ejabberd) de volta em uma conta: contatos, perfil, favoritos, endereços bloqueados

## Asking
restore-intro = Envie o arquivo de backup (pelo envio de arquivos do seu cliente, ou cole o link de download). Leio os backups do Ferry e as exportações XEP-0227 do Prosody, Snikket e ejabberd. Primeiro mostro o que há nele; nada é gravado antes de você me dar a senha da conta onde restaurar.
restore-ask-file = O arquivo de backup ou o link dele:
restore-reading = Lendo o backup…
restore-ask-account-in-file = Este arquivo tem várias contas. Qual é a sua?
restore-ask-account = Em qual conta devo restaurar?
restore-ask-continue = Sua restauração em { $jid } foi interrompida. Continuo de onde parou? (Não: começar uma nova com um arquivo.)
restore-unreachable = Não consegui alcançar o servidor de { $jid }. Tente de novo mais tarde.

## Preview
restore-preview = Este backup contém a conta { $account }{ $ferry ->
        [yes] {" "}(feito pelo Ferry)
       *[no] {""}
    }. Vou restaurar:
    • { $contacts ->
        [one] 1 contato
       *[other] { $contacts } contatos
    } com seus nomes, { $groups ->
        [one] 1 grupo
       *[other] { $groups } grupos
    } e quem vê quem online
    • cartão de perfil (vCard): { $vcard ->
        [0] nenhum
       *[other] sim
    }; avatar: { $avatar ->
        [0] nenhum
       *[other] sim
    }; apelido: { $nickname ->
        [0] nenhum
       *[other] sim
    }
    • favoritos: { $bookmarks } (e { $legacyBookmarks } no formato antigo)
    • endereços bloqueados: { $blocked }
    • outros dados salvos (nós PEP): { $pepNodes }
restore-history = Ele também contém { $messages ->
        [one] 1 mensagem
       *[other] { $messages } mensagens
    } de histórico. Não vou gravá-las: o XMPP não oferece nenhum jeito de gravar histórico no arquivo de um servidor. A administração do seu novo servidor pode importar o arquivo (o README do Ferry explica como no Prosody).
restore-skipped = { $count ->
        [one] 1 entrada da lista de contatos não pode ser restaurada:
       *[other] { $count } entradas da lista de contatos não podem ser restauradas:
    }
    { $list }
restore-not-a-backup = Isso não é um backup que eu consiga ler: restauro arquivos XEP-0227 (os backups do Ferry e as exportações do Prosody, Snikket e ejabberd). Para outras listas de contatos, use *importar*.
restore-nothing = O backup de { $account } não tem contatos nem dados de perfil: não há nada para restaurar. Envie outro arquivo, ou *cancelar*.

## Running and report
restore-started = Restaurando em { $jid } agora; aviso aqui quando terminar.
restore-progress-profile = Contatos prontos. Agora estou restaurando seu perfil, seus favoritos e seus endereços bloqueados.
restore-already-running = Já há uma restauração sua em andamento, então não iniciei outra. Envio o relatório aqui quando ela terminar.
restore-report-done = Sua restauração em { $target } terminou.
restore-report-cancelled = Sua restauração em { $target } foi cancelada. Isto é o que tinha sido feito:
restore-report-counts = { $total ->
        [one] De 1 contato do backup
       *[other] De { $total } contatos do backup
    }: { $moved } restaurados ({ $requested } convidados de novo a compartilhar presença), { $failed } com falha, { $skipped } não restaurados{ $pending ->
        [0] .
       *[other] , { $pending } ainda por fazer.
    }
restore-interrupted = Sua restauração foi interrompida (fui reiniciado ou perdi a conexão). Envie *restaurar* para continuar de onde parou; nada do que já foi feito será feito de novo.
