### caredesk reply catalog: Portuguese (pt, European Portuguese), formal.
### Tone: courteous third-person address without "o senhor / a senhora"
### ("a sua encomenda", "pode"), greeting "Olá, …,".
### Wording avoids adjectives, pronouns and participles that would reveal the customer's gender.

acknowledgement =
    Olá, { $customer_name },

    Agradecemos o seu contacto. Recebemos a sua mensagem e registámo-la com a referência { $ticket_id }.

    Iremos responder-lhe até { DATETIME($reply_by) }. Se quiser acrescentar alguma informação entretanto, basta responder a este e-mail.

out-of-hours =
    Olá, { $customer_name },

    Agradecemos a sua mensagem. De momento, o nosso apoio ao cliente está encerrado.

    Estaremos de volta a { DATETIME($next_open) } e iremos responder-lhe o mais rapidamente possível. Não precisa de voltar a enviar a mensagem: já a recebemos.

order-status =
    Olá, { $customer_name },

    Boas notícias: a sua encomenda { $order_id } já foi expedida pela transportadora { $carrier }.

    Pode acompanhar o envio neste link:
    { $tracking_url }

    A entrega está prevista para { DATE($delivery_date) }. Tenha em atenção que a informação de seguimento pode demorar algumas horas a ser atualizada.

shipping-delay =
    Olá, { $customer_name },

    Lamentamos informar que a entrega da sua encomenda { $order_id } vai sofrer um atraso de { $days_late ->
        [one] { $days_late } dia
       *[other] { $days_late } dias
    }. A nova data de entrega prevista é { DATE($delivery_date) }.

    Pedimos desculpa pelo incómodo e agradecemos a sua paciência. Se a nova data não lhe for conveniente, responda a este e-mail e encontraremos uma solução.

lost-parcel-investigation =
    Olá, { $customer_name },

    Lamentamos que a sua encomenda { $order_id } ainda não tenha chegado. Abrimos uma investigação junto da transportadora { $carrier } para localizar a encomenda.

    A investigação pode demorar até { $business_days ->
        [one] { $business_days } dia útil
       *[other] { $business_days } dias úteis
    }. Entraremos em contacto assim que tivermos novidades. Se a encomenda não for encontrada, enviaremos um artigo de substituição ou faremos o reembolso, conforme preferir.

delivery-dispute =
    Olá, { $customer_name },

    Agradecemos o seu aviso. Segundo a transportadora { $carrier }, a sua encomenda { $order_id } foi entregue a { DATETIME($delivered_at) }.

    Por vezes, as encomendas são deixadas com um vizinho, na caixa do correio ou num local abrigado junto à entrada. Pode verificar, por favor?

    Entretanto, vamos abrir uma reclamação junto da transportadora { $carrier } e daremos notícias assim que tivermos resposta. Se encontrar a encomenda entretanto, agradecemos que nos avise.

return-instructions =
    Olá, { $customer_name },

    Para devolver a sua encomenda { $order_id }, siga estes passos.

    Imprima a etiqueta de devolução através deste link:
    { $label_url }

    Embale bem os artigos, cole a etiqueta na embalagem e entregue-a à transportadora até { DATE($return_by) }. Guarde o comprovativo de envio até receber o reembolso.

    Enviaremos um e-mail assim que a devolução for recebida e verificada.

return-approved =
    Olá, { $customer_name },

    A devolução da sua encomenda { $order_id } foi aprovada. Vamos reembolsar { MONEY($refund_amount) } através do método de pagamento utilizado na compra.

    Consoante o seu banco, o valor poderá demorar alguns dias a aparecer na sua conta.

return-rejected =
    Olá, { $customer_name },

    Agradecemos o seu pedido de devolução da encomenda { $order_id }. Infelizmente, não podemos aceitar a devolução pelo seguinte motivo:

    { $reason }

    Compreendemos que não seja a resposta que esperava. Se tiver dúvidas ou informações adicionais, como fotografias, responda a este e-mail e teremos todo o gosto em analisar novamente o seu caso.

refund-issued =
    Olá, { $customer_name },

    Já efetuámos o reembolso de { MONEY($amount) } através de { $method }.

    Consoante o seu banco ou prestador de pagamento, o valor pode demorar até { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } a aparecer na sua conta.

refund-delayed =
    Olá, { $customer_name },

    Lamentamos que o reembolso de { MONEY($amount) } esteja a demorar mais do que o previsto. Contamos concluí-lo até { DATE($expected_date) }.

    Agradecemos a sua paciência. Se até essa data não tiver recebido o valor, responda a este e-mail e iremos verificar de imediato.

cancellation-confirmed =
    Olá, { $customer_name },

    Conforme solicitado, cancelámos a sua encomenda { $order_id }.

    Vamos reembolsar { MONEY($amount) } através do método de pagamento utilizado. Consoante o seu banco, poderá demorar alguns dias.

    Esperamos que volte a visitar-nos em breve.

cancellation-too-late =
    Olá, { $customer_name },

    Agradecemos a sua mensagem. Infelizmente, a sua encomenda { $order_id } já foi expedida, pelo que já não é possível cancelá-la.

    Pode simplesmente recusar a encomenda no momento da entrega e esta ser-nos-á devolvida automaticamente. Em alternativa, pode aceitá-la e devolvê-la no prazo de { $return_days ->
        [one] { $return_days } dia
       *[other] { $return_days } dias
    } após a receção. Assim que recebermos a devolução, faremos o reembolso.

order-change-received =
    Olá, { $customer_name },

    Agradecemos a sua mensagem. Recebemos o seu pedido de alteração da encomenda { $order_id }.

    Se a encomenda ainda não tiver saído do nosso armazém, faremos a alteração e enviaremos uma confirmação. Se já tiver sido expedida, entraremos em contacto para explicar as opções disponíveis.

wrong-or-missing-item =
    Olá, { $customer_name },

    { $kind ->
        [wrong] Pedimos desculpa: em vez do artigo { $item_name }, a sua encomenda { $order_id } continha outro artigo. Vamos enviar-lhe o artigo correto sem custos e, por e-mail, uma etiqueta para devolver o artigo errado.
        [missing] Lamentamos que o artigo { $item_name } não estivesse na sua encomenda { $order_id }. Vamos enviá-lo o mais rapidamente possível, sem custos adicionais.
       *[other] Lamentamos que haja um problema com o artigo { $item_name } da sua encomenda { $order_id }. Já estamos a tratar do assunto e entraremos em contacto em breve.
    }

    Se preferir o reembolso, basta responder a este e-mail.

damaged-item =
    Olá, { $customer_name },

    Lamentamos muito que o artigo { $item_name } da sua encomenda { $order_id } tenha chegado danificado.

    Para podermos resolver a situação rapidamente, pode enviar-nos, em resposta a este e-mail, algumas fotografias do artigo danificado e da embalagem?

    Assim que recebermos as fotografias, trataremos da substituição ou da reparação, sem qualquer custo.

exchange-confirmed =
    Olá, { $customer_name },

    Confirmamos a troca da sua encomenda { $order_id }: vai receber { $new_item } como substituição.

    Enviaremos um e-mail assim que o novo artigo for expedido.

payment-failed =
    Olá, { $customer_name },

    Infelizmente, não foi possível concluir o pagamento da sua encomenda { $order_id } com { $payment_method }, pelo que ainda não conseguimos processá-la.

    Isto pode acontecer, por exemplo, se um cartão tiver expirado ou se um limite tiver sido atingido. Verifique os seus dados de pagamento e tente novamente, ou escolha outro método de pagamento.

    Assim que o pagamento for concluído, processaremos a sua encomenda.

duplicate-charge-refunded =
    Olá, { $customer_name },

    Pedimos desculpa pela cobrança em duplicado. Já reembolsámos o pagamento duplicado de { MONEY($amount) }.

    Consoante o seu banco ou prestador de pagamento, o valor pode demorar até { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } a aparecer no seu extrato.

invoice-sent =
    Olá, { $customer_name },

    Enviamos em anexo a fatura da sua encomenda { $order_id }. Pode também descarregá-la a qualquer momento na sua conta de cliente.

    Se a fatura tiver de incluir o nome de uma empresa ou um número de contribuinte (NIF), basta responder a este e-mail com esses dados e emitiremos uma nova fatura com os dados corretos.

voucher-resent =
    Olá, { $customer_name },

    Conforme solicitado, voltamos a enviar o código do seu vale:

    { $voucher_code }

    É válido até { DATE($valid_until) }. Basta introduzi-lo ao finalizar a compra.

loyalty-points-adjusted =
    Olá, { $customer_name },

    Verificámos o seu saldo de pontos e creditámos { $points ->
        [one] { $points } ponto
       *[other] { $points } pontos
    } na sua conta de cliente.

    O seu novo saldo é de { $balance ->
        [one] { $balance } ponto
       *[other] { $balance } pontos
    }. Agradecemos a sua preferência!

presale-answer =
    Olá, { $customer_name },

    Agradecemos o seu interesse nos nossos produtos.

    { $in_stock ->
        [yes] Boas notícias: o artigo { $product_name } está disponível em stock. Se encomendar agora, a entrega demora normalmente { $delivery_days ->
            [one] { $delivery_days } dia
           *[other] { $delivery_days } dias
        }.
       *[no] De momento, o artigo { $product_name } está esgotado, mas pode encomendá-lo na mesma. Nesse caso, a entrega demora normalmente { $delivery_days ->
            [one] { $delivery_days } dia
           *[other] { $delivery_days } dias
        }.
    }

    Se tiver mais alguma dúvida sobre o produto, teremos todo o gosto em ajudar.

account-access =
    Olá, { $customer_name },

    Pode definir uma nova palavra-passe para a sua conta de cliente através deste link:

    { $reset_url }

    Por motivos de segurança, o link só é válido durante um período limitado. Se continuar com dificuldades em aceder, basta responder a este e-mail.

privacy-request-received =
    Olá, { $customer_name },

    Recebemos o seu pedido relativo à proteção de dados pessoais e registámo-lo com a referência { $ticket_id }.

    Iremos tratá-lo no prazo de um mês, conforme previsto no artigo 12.º, n.º 3, do RGPD. Para proteger os seus dados, poderemos pedir-lhe que confirme a sua identidade.

    Os pedidos para deixar de receber a newsletter ou comunicações de marketing produzem efeito imediato.

feedback-thanks =
    Olá, { $customer_name },

    Muito obrigado pelo seu feedback! Lemos cada mensagem com atenção e partilhamo-la com a nossa equipa: ajuda-nos a melhorar os nossos produtos e o nosso serviço.

    Agradecemos o tempo que dedicou a escrever-nos.

survey-request =
    Olá, { $customer_name },

    Esperamos ter conseguido ajudar. Tem dois minutos para nos dizer o que achou do nosso atendimento?

    { $survey_url }

    A sua opinião ajuda-nos a melhorar. Obrigado!

closing = Podemos ajudar em mais alguma coisa, { $customer_name }? Basta responder a este e-mail; teremos todo o gosto em ajudar.

signature =
    Com os melhores cumprimentos,
    { $agent_name }
    Apoio ao Cliente { $shop_name }
