### caredesk reply catalog: Italian (it), formal.
### Tone: courteous "Lei" (Lei, Le, Suo capitalised), greeting "Gentile …".
### Wording avoids past participles that would reveal the customer's gender.

acknowledgement =
    Gentile { $customer_name },

    grazie per averci contattato. La Sua richiesta è stata registrata con il numero di ticket { $ticket_id }.

    Le risponderemo entro il { DATETIME($reply_by) }. Se desidera aggiungere qualcosa nel frattempo, può semplicemente rispondere a questa email.

out-of-hours =
    Gentile { $customer_name },

    grazie per il Suo messaggio. In questo momento il nostro servizio clienti è chiuso.

    Saremo di nuovo operativi dal { DATETIME($next_open) } e Le risponderemo il prima possibile. Non è necessario inviare di nuovo il messaggio: lo abbiamo già ricevuto.

order-status =
    Gentile { $customer_name },

    siamo lieti di comunicarLe che il Suo ordine { $order_id } è stato spedito con { $carrier }.

    Può seguire la spedizione a questo link:
    { $tracking_url }

    La consegna è prevista per il { DATE($delivery_date) }. Tenga presente che le informazioni di tracciamento potrebbero aggiornarsi solo dopo alcune ore.

shipping-delay =
    Gentile { $customer_name },

    siamo spiacenti di informarLa che la consegna del Suo ordine { $order_id } subirà un ritardo di { $days_late ->
        [one] { $days_late } giorno
       *[other] { $days_late } giorni
    }. La nuova data di consegna prevista è il { DATE($delivery_date) }.

    Ci scusiamo per il disagio e La ringraziamo per la pazienza. Se la nuova data non dovesse andarLe bene, risponda pure a questa email: troveremo insieme una soluzione.

lost-parcel-investigation =
    Gentile { $customer_name },

    ci dispiace che il Suo ordine { $order_id } non sia ancora arrivato. Abbiamo aperto un'indagine presso { $carrier } per rintracciare il pacco.

    La verifica può richiedere fino a { $business_days ->
        [one] { $business_days } giorno lavorativo
       *[other] { $business_days } giorni lavorativi
    }. Le scriveremo non appena avremo notizie. Se il pacco non dovesse essere ritrovato, Le invieremo un articolo sostitutivo oppure La rimborseremo, come preferisce.

delivery-dispute =
    Gentile { $customer_name },

    grazie per la segnalazione. Secondo { $carrier }, il Suo ordine { $order_id } risulta consegnato il { DATETIME($delivered_at) }.

    A volte i pacchi vengono lasciati a un vicino, nella cassetta delle lettere o in un luogo riparato vicino all'ingresso. Le chiediamo gentilmente di controllare.

    Nel frattempo apriamo un reclamo presso { $carrier } e Le faremo sapere l'esito appena possibile. Se dovesse ritrovare il pacco, ce lo comunichi pure.

return-instructions =
    Gentile { $customer_name },

    ecco come restituire il Suo ordine { $order_id }.

    Stampi l'etichetta di reso da questo link:
    { $label_url }

    Imballi con cura gli articoli, applichi l'etichetta sul pacco e lo consegni al corriere entro il { DATE($return_by) }. La preghiamo di conservare la ricevuta di spedizione fino all'arrivo del rimborso.

    Le scriveremo non appena il reso sarà arrivato e sarà stato controllato.

return-approved =
    Gentile { $customer_name },

    il reso del Suo ordine { $order_id } è stato approvato. Le rimborseremo { MONEY($refund_amount) } con lo stesso metodo di pagamento utilizzato per l'acquisto.

    A seconda della banca, l'accredito potrebbe richiedere alcuni giorni.

return-rejected =
    Gentile { $customer_name },

    grazie per la Sua richiesta di reso per l'ordine { $order_id }. Purtroppo non possiamo accettare il reso per il seguente motivo:

    { $reason }

    Comprendiamo che non sia la risposta che sperava. Se ha domande o ulteriori informazioni, ad esempio delle foto, risponda pure a questa email: riesamineremo volentieri il Suo caso.

refund-issued =
    Gentile { $customer_name },

    abbiamo effettuato il rimborso di { MONEY($amount) } tramite { $method }.

    A seconda della banca o del servizio di pagamento, possono essere necessari fino a { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    } prima che l'importo sia visibile sul Suo conto.

refund-delayed =
    Gentile { $customer_name },

    ci scusiamo: il rimborso di { MONEY($amount) } sta richiedendo più tempo del previsto. Contiamo di completarlo entro il { DATE($expected_date) }.

    La ringraziamo per la pazienza. Se entro quella data non dovesse ancora ricevere l'importo, ci scriva pure e verificheremo subito.

cancellation-confirmed =
    Gentile { $customer_name },

    come richiesto, abbiamo annullato il Suo ordine { $order_id }.

    Le rimborseremo { MONEY($amount) } con lo stesso metodo di pagamento utilizzato per l'acquisto. A seconda della banca, l'accredito potrebbe richiedere alcuni giorni.

    Speriamo di rivederLa presto.

cancellation-too-late =
    Gentile { $customer_name },

    grazie per il Suo messaggio. Purtroppo il Suo ordine { $order_id } è già stato spedito e non può più essere annullato.

    Può semplicemente rifiutare il pacco alla consegna: ci verrà rispedito automaticamente. In alternativa, può accettarlo e restituircelo entro { $return_days ->
        [one] { $return_days } giorno
       *[other] { $return_days } giorni
    } dal ricevimento. Appena il reso ci sarà arrivato, La rimborseremo.

order-change-received =
    Gentile { $customer_name },

    grazie per il Suo messaggio. Abbiamo ricevuto la Sua richiesta di modifica dell'ordine { $order_id }.

    Se l'ordine non ha ancora lasciato il nostro magazzino, apporteremo la modifica e Le invieremo una conferma. Se invece è già stato spedito, La contatteremo per illustrarLe le alternative possibili.

wrong-or-missing-item =
    Gentile { $customer_name },

    { $kind ->
        [wrong] ci dispiace: nel Suo ordine { $order_id }, al posto dell'articolo { $item_name }, è arrivato un articolo diverso. Le invieremo gratuitamente l'articolo corretto e Le manderemo via email un'etichetta per restituire quello sbagliato.
        [missing] ci dispiace che nel Suo ordine { $order_id } mancasse l'articolo { $item_name }. Glielo spediremo il prima possibile, senza costi aggiuntivi.
       *[other] ci dispiace che ci sia un problema con l'articolo { $item_name } del Suo ordine { $order_id }. Ce ne stiamo già occupando e Le scriveremo a breve.
    }

    Se preferisce un rimborso, basta rispondere a questa email.

damaged-item =
    Gentile { $customer_name },

    ci dispiace molto che l'articolo { $item_name } del Suo ordine { $order_id } sia arrivato danneggiato.

    Per poterLa aiutare rapidamente, potrebbe inviarci in risposta a questa email alcune foto dell'articolo danneggiato e dell'imballaggio?

    Appena ricevute le foto, organizzeremo una sostituzione o una riparazione, senza alcun costo per Lei.

exchange-confirmed =
    Gentile { $customer_name },

    il cambio per il Suo ordine { $order_id } è confermato: riceverà { $new_item } in sostituzione.

    Le scriveremo non appena il nuovo articolo sarà stato spedito.

payment-failed =
    Gentile { $customer_name },

    purtroppo il pagamento del Suo ordine { $order_id } con { $payment_method } non è andato a buon fine, quindi non abbiamo ancora potuto elaborare l'ordine.

    Può succedere, ad esempio, se una carta è scaduta o se è stato raggiunto il limite di spesa. La preghiamo di verificare i dati di pagamento e di riprovare, oppure di scegliere un altro metodo di pagamento.

    Non appena il pagamento sarà andato a buon fine, elaboreremo subito il Suo ordine.

duplicate-charge-refunded =
    Gentile { $customer_name },

    ci scusiamo per il doppio addebito. Abbiamo già rimborsato il pagamento duplicato di { MONEY($amount) }.

    A seconda della banca o del servizio di pagamento, possono essere necessari fino a { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    } prima che l'importo compaia sul Suo estratto conto.

invoice-sent =
    Gentile { $customer_name },

    in allegato trova la fattura relativa al Suo ordine { $order_id }. Può scaricarla in qualsiasi momento anche dalla Sua area clienti.

    Se in fattura devono comparire una ragione sociale o una partita IVA, ci risponda pure indicando i dati: Le invieremo una fattura corretta.

voucher-resent =
    Gentile { $customer_name },

    come richiesto, Le inviamo di nuovo il codice del Suo buono:

    { $voucher_code }

    Il codice è valido fino al { DATE($valid_until) }. Basta inserirlo al momento dell'ordine.

loyalty-points-adjusted =
    Gentile { $customer_name },

    abbiamo verificato il Suo saldo punti e accreditato sul Suo account { $points ->
        [one] { $points } punto
       *[other] { $points } punti
    }.

    Il Suo nuovo saldo è di { $balance ->
        [one] { $balance } punto
       *[other] { $balance } punti
    }. Grazie per la Sua fedeltà!

presale-answer =
    Gentile { $customer_name },

    grazie per l'interesse nei nostri prodotti.

    { $in_stock ->
        [yes] Buone notizie: l'articolo { $product_name } è disponibile a magazzino. Se ordina ora, la consegna richiede di solito { $delivery_days ->
            [one] { $delivery_days } giorno
           *[other] { $delivery_days } giorni
        }.
       *[no] Al momento l'articolo { $product_name } non è disponibile, ma può comunque ordinarlo. In questo caso la consegna richiede di solito { $delivery_days ->
            [one] { $delivery_days } giorno
           *[other] { $delivery_days } giorni
        }.
    }

    Se ha altre domande sul prodotto, siamo a Sua disposizione.

account-access =
    Gentile { $customer_name },

    può impostare una nuova password per il Suo account cliente tramite questo link:

    { $reset_url }

    Per motivi di sicurezza il link è valido solo per un periodo limitato. Se dovesse avere ancora problemi ad accedere, risponda pure a questa email.

privacy-request-received =
    Gentile { $customer_name },

    abbiamo ricevuto la Sua richiesta in materia di protezione dei dati personali e l'abbiamo registrata con il numero di ticket { $ticket_id }.

    Daremo seguito alla richiesta entro un mese, come previsto dall'art. 12, par. 3, del GDPR. Per tutelare i Suoi dati, potremmo chiederLe di confermare la Sua identità.

    La disiscrizione dalla newsletter o dalle comunicazioni promozionali ha effetto immediato.

feedback-thanks =
    Gentile { $customer_name },

    grazie di cuore per il Suo feedback! Leggiamo con attenzione ogni messaggio e lo condividiamo con il nostro team: ci aiuta a migliorare i nostri prodotti e il nostro servizio.

    Apprezziamo molto che abbia dedicato del tempo a scriverci.

survey-request =
    Gentile { $customer_name },

    speriamo di esserLe stati d'aiuto. Avrebbe due minuti per dirci come valuta il nostro servizio?

    { $survey_url }

    La Sua opinione ci aiuta a migliorare. Grazie!

closing = Possiamo fare qualcos'altro per Lei, { $customer_name }? Basta rispondere a questa email: saremo lieti di aiutarLa.

signature =
    Cordiali saluti,
    { $agent_name }
    Servizio clienti { $shop_name }
