### caredesk reply catalog: Italian (it), informal.
### Tone: warm, friendly "tu", greeting "Ciao …".
### Wording avoids past participles that would reveal the customer's gender.

acknowledgement =
    Ciao { $customer_name },

    grazie per averci scritto! Abbiamo ricevuto il tuo messaggio e l'abbiamo registrato con il numero di ticket { $ticket_id }.

    Ti risponderemo entro il { DATETIME($reply_by) }. Se vuoi aggiungere qualcosa nel frattempo, rispondi pure a questa email.

out-of-hours =
    Ciao { $customer_name },

    grazie per il tuo messaggio! In questo momento il nostro servizio clienti è chiuso.

    Torniamo operativi dal { DATETIME($next_open) } e ti risponderemo il prima possibile. Non serve che ci riscrivi: il tuo messaggio è già arrivato.

order-status =
    Ciao { $customer_name },

    buone notizie: il tuo ordine { $order_id } è partito ed è in viaggio con { $carrier }.

    Puoi seguire il pacco qui:
    { $tracking_url }

    La consegna è prevista per il { DATE($delivery_date) }. Le informazioni di tracciamento potrebbero aggiornarsi solo dopo qualche ora.

shipping-delay =
    Ciao { $customer_name },

    purtroppo il tuo ordine { $order_id } arriverà con { $days_late ->
        [one] { $days_late } giorno
       *[other] { $days_late } giorni
    } di ritardo. La nuova data di consegna prevista è il { DATE($delivery_date) }.

    Ci dispiace per l'attesa e ti ringraziamo per la pazienza. Se la nuova data non ti va bene, rispondi a questa email e troveremo insieme una soluzione.

lost-parcel-investigation =
    Ciao { $customer_name },

    ci dispiace che il tuo ordine { $order_id } non sia ancora arrivato. Abbiamo aperto un'indagine con { $carrier } per ritrovare il pacco.

    Ci vorranno al massimo { $business_days ->
        [one] { $business_days } giorno lavorativo
       *[other] { $business_days } giorni lavorativi
    }. Ti scriviamo appena abbiamo notizie. Se il pacco non salta fuori, ti mandiamo un articolo sostitutivo oppure ti rimborsiamo, come preferisci.

delivery-dispute =
    Ciao { $customer_name },

    grazie per avercelo detto. Secondo { $carrier }, il tuo ordine { $order_id } è stato consegnato il { DATETIME($delivered_at) }.

    A volte i pacchi vengono lasciati a un vicino, nella cassetta delle lettere o in un angolo riparato vicino all'ingresso. Puoi dare un'occhiata?

    Intanto apriamo un reclamo con { $carrier } e ti facciamo sapere appena abbiamo una risposta. Se nel frattempo trovi il pacco, scrivici pure.

return-instructions =
    Ciao { $customer_name },

    ecco come restituire il tuo ordine { $order_id }.

    Stampa l'etichetta di reso da questo link:
    { $label_url }

    Imballa bene gli articoli, attacca l'etichetta sul pacco e consegnalo al corriere entro il { DATE($return_by) }. Conserva la ricevuta di spedizione finché non ricevi il rimborso.

    Ti scriviamo appena il reso è arrivato ed è stato controllato.

return-approved =
    Ciao { $customer_name },

    il reso del tuo ordine { $order_id } è stato approvato! Ti rimborseremo { MONEY($refund_amount) } con lo stesso metodo di pagamento che hai usato per l'acquisto.

    A seconda della banca, l'accredito può richiedere qualche giorno.

return-rejected =
    Ciao { $customer_name },

    grazie per la tua richiesta di reso per l'ordine { $order_id }. Purtroppo non possiamo accettare il reso per questo motivo:

    { $reason }

    Capiamo che non è la risposta che speravi. Se hai domande o altre informazioni, per esempio delle foto, rispondi pure a questa email: riguarderemo volentieri il tuo caso.

refund-issued =
    Ciao { $customer_name },

    ti abbiamo rimborsato { MONEY($amount) } tramite { $method }.

    A seconda della banca o del servizio di pagamento, possono volerci fino a { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    } prima che l'importo compaia sul tuo conto.

refund-delayed =
    Ciao { $customer_name },

    scusaci: il rimborso di { MONEY($amount) } sta richiedendo più tempo del previsto. Contiamo di completarlo entro il { DATE($expected_date) }.

    Grazie per la pazienza! Se entro quella data non vedi ancora l'importo, scrivici e controlliamo subito.

cancellation-confirmed =
    Ciao { $customer_name },

    come richiesto, abbiamo annullato il tuo ordine { $order_id }.

    Ti rimborseremo { MONEY($amount) } con lo stesso metodo di pagamento che hai usato. A seconda della banca, l'accredito può richiedere qualche giorno.

    Speriamo di rivederti presto!

cancellation-too-late =
    Ciao { $customer_name },

    grazie per il tuo messaggio. Purtroppo il tuo ordine { $order_id } è già partito, quindi non possiamo più annullarlo.

    Puoi semplicemente rifiutare il pacco alla consegna: tornerà da noi in automatico. Oppure puoi accettarlo e restituircelo entro { $return_days ->
        [one] { $return_days } giorno
       *[other] { $return_days } giorni
    } dal ricevimento. Appena il reso arriva, ti rimborsiamo.

order-change-received =
    Ciao { $customer_name },

    grazie per il messaggio! Abbiamo ricevuto la tua richiesta di modifica dell'ordine { $order_id }.

    Se l'ordine non è ancora uscito dal nostro magazzino, facciamo la modifica e ti mandiamo una conferma. Se invece è già partito, ti scriviamo per spiegarti quali alternative hai.

wrong-or-missing-item =
    Ciao { $customer_name },

    { $kind ->
        [wrong] ci dispiace: nel tuo ordine { $order_id }, al posto dell'articolo { $item_name }, è arrivato un articolo diverso. Ti mandiamo gratis quello giusto e ti inviamo via email un'etichetta per rispedirci quello sbagliato.
        [missing] ci dispiace che nel tuo ordine { $order_id } mancasse l'articolo { $item_name }. Te lo spediamo il prima possibile, senza costi aggiuntivi.
       *[other] ci dispiace che ci sia un problema con l'articolo { $item_name } del tuo ordine { $order_id }. Ce ne stiamo già occupando e ti scriviamo a breve.
    }

    Se preferisci un rimborso, basta rispondere a questa email.

damaged-item =
    Ciao { $customer_name },

    ci dispiace davvero che l'articolo { $item_name } del tuo ordine { $order_id } sia arrivato danneggiato.

    Per aiutarti in fretta, puoi mandarci in risposta a questa email qualche foto dell'articolo danneggiato e dell'imballaggio?

    Appena riceviamo le foto, organizziamo una sostituzione o una riparazione, senza nessun costo per te.

exchange-confirmed =
    Ciao { $customer_name },

    il cambio per il tuo ordine { $order_id } è confermato: riceverai { $new_item } in sostituzione.

    Ti scriviamo appena il nuovo articolo è partito.

payment-failed =
    Ciao { $customer_name },

    purtroppo il pagamento del tuo ordine { $order_id } con { $payment_method } non è andato a buon fine, quindi non abbiamo ancora potuto elaborare l'ordine.

    Può succedere, per esempio, se una carta è scaduta o se hai raggiunto il limite di spesa. Controlla i tuoi dati di pagamento e riprova, oppure scegli un altro metodo di pagamento.

    Appena il pagamento va a buon fine, elaboriamo subito il tuo ordine.

duplicate-charge-refunded =
    Ciao { $customer_name },

    scusaci per il doppio addebito! Abbiamo già rimborsato il pagamento duplicato di { MONEY($amount) }.

    A seconda della banca o del servizio di pagamento, possono volerci fino a { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    } prima che l'importo compaia sul tuo estratto conto.

invoice-sent =
    Ciao { $customer_name },

    in allegato trovi la fattura del tuo ordine { $order_id }. Puoi scaricarla quando vuoi anche dal tuo account.

    Se in fattura devono comparire una ragione sociale o una partita IVA, rispondi a questa email con i dati e ti mandiamo una fattura corretta.

voucher-resent =
    Ciao { $customer_name },

    ecco di nuovo il codice del tuo buono, come richiesto:

    { $voucher_code }

    Il codice è valido fino al { DATE($valid_until) }. Ti basta inserirlo al momento dell'ordine.

loyalty-points-adjusted =
    Ciao { $customer_name },

    abbiamo controllato il tuo saldo punti e ti abbiamo accreditato { $points ->
        [one] { $points } punto
       *[other] { $points } punti
    }.

    Ora il tuo saldo è di { $balance ->
        [one] { $balance } punto
       *[other] { $balance } punti
    }. Grazie per la tua fedeltà!

presale-answer =
    Ciao { $customer_name },

    grazie per l'interesse nei nostri prodotti!

    { $in_stock ->
        [yes] Buone notizie: l'articolo { $product_name } è disponibile a magazzino. Se ordini ora, di solito la consegna richiede { $delivery_days ->
            [one] { $delivery_days } giorno
           *[other] { $delivery_days } giorni
        }.
       *[no] Al momento l'articolo { $product_name } non è disponibile, ma puoi comunque ordinarlo. In questo caso di solito la consegna richiede { $delivery_days ->
            [one] { $delivery_days } giorno
           *[other] { $delivery_days } giorni
        }.
    }

    Se hai altre domande sul prodotto, siamo qui per aiutarti.

account-access =
    Ciao { $customer_name },

    puoi impostare una nuova password per il tuo account da questo link:

    { $reset_url }

    Per motivi di sicurezza il link vale solo per un tempo limitato. Se hai ancora problemi ad accedere, rispondi pure a questa email.

privacy-request-received =
    Ciao { $customer_name },

    abbiamo ricevuto la tua richiesta sulla protezione dei dati personali e l'abbiamo registrata con il numero di ticket { $ticket_id }.

    Ce ne occupiamo entro un mese, come previsto dall'art. 12, par. 3, del GDPR. Per proteggere i tuoi dati, potremmo chiederti di confermare la tua identità.

    La disiscrizione dalla newsletter o dai messaggi promozionali ha effetto subito.

feedback-thanks =
    Ciao { $customer_name },

    grazie mille per il tuo feedback! Leggiamo con attenzione ogni messaggio e lo condividiamo con tutto il team: ci aiuta a migliorare i nostri prodotti e il nostro servizio.

    Ci fa davvero piacere che tu abbia trovato il tempo di scriverci.

survey-request =
    Ciao { $customer_name },

    speriamo di esserti stati d'aiuto! Hai due minuti per dirci cosa pensi del nostro servizio?

    { $survey_url }

    Il tuo parere ci aiuta a migliorare. Grazie!

closing = Possiamo aiutarti in qualcos'altro, { $customer_name }? Rispondi pure a questa email: siamo qui per te.

signature =
    Un caro saluto,
    { $agent_name }
    Il team di { $shop_name }
