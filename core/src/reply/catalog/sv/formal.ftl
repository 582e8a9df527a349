### caredesk reply catalog: Swedish (sv), formal.
### Tone: polite, reserved "du" as Swedish shops write ("ni" is rarely used today),
### greeting "Hej …,", closing "Med vänliga hälsningar".

acknowledgement =
    Hej { $customer_name },

    Tack för ditt meddelande. Vi har tagit emot ditt ärende och registrerat det med ärendenummer { $ticket_id }.

    Du får svar från oss senast { DATETIME($reply_by) }. Om du vill komplettera med något under tiden kan du svara på det här mejlet.

out-of-hours =
    Hej { $customer_name },

    Tack för ditt meddelande. Vår kundtjänst är stängd för tillfället.

    Vi öppnar igen den { DATETIME($next_open) } och återkommer till dig så snart som möjligt. Du behöver inte skicka ditt meddelande igen, eftersom vi redan har tagit emot det.

order-status =
    Hej { $customer_name },

    Din beställning { $order_id } har nu skickats med { $carrier }.

    Du kan följa försändelsen här:
    { $tracking_url }

    Beräknat leveransdatum är { DATE($delivery_date) }. Observera att det kan ta några timmar innan spårningsinformationen uppdateras.

shipping-delay =
    Hej { $customer_name },

    Vi beklagar att behöva meddela att leveransen av din beställning { $order_id } blir försenad med { $days_late ->
        [one] { $days_late } dag
       *[other] { $days_late } dagar
    }. Nytt beräknat leveransdatum är { DATE($delivery_date) }.

    Vi ber om ursäkt för besväret och tackar för ditt tålamod. Om det nya datumet inte passar dig är du välkommen att svara på det här mejlet, så hittar vi en lösning tillsammans.

lost-parcel-investigation =
    Hej { $customer_name },

    Vi beklagar att din beställning { $order_id } ännu inte har kommit fram. Vi har begärt en utredning hos { $carrier } för att spåra paketet.

    Utredningen kan ta upp till { $business_days ->
        [one] { $business_days } arbetsdag
       *[other] { $business_days } arbetsdagar
    }. Vi återkommer så snart vi har fått besked. Om paketet inte hittas skickar vi en ersättningsvara eller betalar tillbaka beloppet, enligt vad du föredrar.

delivery-dispute =
    Hej { $customer_name },

    Tack för att du hör av dig. Enligt { $carrier } levererades din beställning { $order_id } den { DATETIME($delivered_at) }.

    Ibland lämnas paket hos en granne, i brevlådan eller på en skyddad plats nära entrén. Vi ber dig att titta där.

    Samtidigt gör vi en reklamation hos { $carrier } och återkommer så snart vi har fått svar. Om du hittar paketet under tiden får du gärna meddela oss.

return-instructions =
    Hej { $customer_name },

    Så här returnerar du din beställning { $order_id }.

    Skriv ut returetiketten via den här länken:
    { $label_url }

    Packa varorna väl, fäst etiketten på paketet och lämna in det till fraktbolaget senast { DATE($return_by) }. Spara inlämningskvittot tills du har fått din återbetalning.

    Vi meddelar dig när vi har tagit emot och kontrollerat returen.

return-approved =
    Hej { $customer_name },

    Din retur av beställning { $order_id } har godkänts. Vi betalar tillbaka { MONEY($refund_amount) } till det betalsätt du använde vid köpet.

    Beroende på din bank kan det ta några dagar innan beloppet syns på ditt konto.

return-rejected =
    Hej { $customer_name },

    Tack för din returförfrågan för beställning { $order_id }. Tyvärr kan vi inte godkänna returen av följande anledning:

    { $reason }

    Vi förstår att det inte är det besked du hade hoppats på. Om du har frågor eller mer information, till exempel bilder, är du välkommen att svara på det här mejlet, så tittar vi gärna på ärendet igen.

refund-issued =
    Hej { $customer_name },

    Vi har betalat tillbaka { MONEY($amount) } via { $method }.

    Beroende på din bank eller betaltjänst kan det ta upp till { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    } innan beloppet syns på ditt konto.

refund-delayed =
    Hej { $customer_name },

    Vi beklagar att återbetalningen på { MONEY($amount) } tar längre tid än beräknat. Vi räknar nu med att den är genomförd senast { DATE($expected_date) }.

    Tack för ditt tålamod. Om beloppet inte har kommit fram till dess är du välkommen att svara på det här mejlet, så undersöker vi saken direkt.

cancellation-confirmed =
    Hej { $customer_name },

    Enligt önskemål har vi annullerat din beställning { $order_id }.

    Vi betalar tillbaka { MONEY($amount) } till det betalsätt du använde. Beroende på din bank kan det ta några dagar.

    Vi hoppas att få välkomna dig tillbaka snart.

cancellation-too-late =
    Hej { $customer_name },

    Tack för ditt meddelande. Tyvärr har din beställning { $order_id } redan skickats, så vi kan inte längre avbryta den.

    Du kan vägra att ta emot paketet vid leverans, så skickas det automatiskt tillbaka till oss. Du kan också ta emot det och returnera det inom { $return_days ->
        [one] { $return_days } dag
       *[other] { $return_days } dagar
    } från leveransen. När returen har kommit fram till oss betalar vi tillbaka beloppet.

order-change-received =
    Hej { $customer_name },

    Tack för ditt meddelande. Vi har tagit emot din begäran om att ändra beställning { $order_id }.

    Om beställningen ännu inte har lämnat vårt lager genomför vi ändringen och skickar en bekräftelse till dig. Om den redan har skickats hör vi av oss och berättar vilka alternativ du har.

wrong-or-missing-item =
    Hej { $customer_name },

    { $kind ->
        [wrong] Vi beklagar att din beställning { $order_id } innehöll en annan vara i stället för { $item_name }. Vi skickar rätt vara kostnadsfritt och mejlar dig en returetikett för den felaktiga varan.
        [missing] Vi beklagar att { $item_name } saknades i din beställning { $order_id }. Vi skickar den saknade varan så snart som möjligt, utan extra kostnad.
       *[other] Vi beklagar att det har uppstått ett problem med { $item_name } i din beställning { $order_id }. Vi tar hand om det direkt och återkommer inom kort.
    }

    Om du hellre vill ha pengarna tillbaka räcker det att du svarar på det här mejlet.

damaged-item =
    Hej { $customer_name },

    Vi beklagar verkligen att varan { $item_name } i din beställning { $order_id } var skadad vid leveransen.

    För att vi ska kunna hjälpa dig snabbt ber vi dig att svara på det här mejlet med några bilder på den skadade varan och förpackningen.

    När vi har fått bilderna ordnar vi en ersättningsvara eller en reparation, utan kostnad för dig.

exchange-confirmed =
    Hej { $customer_name },

    Ditt byte för beställning { $order_id } är bekräftat: du får { $new_item } som ersättning.

    Vi meddelar dig när den nya varan har skickats.

payment-failed =
    Hej { $customer_name },

    Tyvärr kunde betalningen för din beställning { $order_id } med { $payment_method } inte genomföras, och därför har vi ännu inte kunnat behandla beställningen.

    Det kan till exempel bero på att ett kort har gått ut eller att en beloppsgräns har nåtts. Kontrollera dina betaluppgifter och försök igen, eller välj ett annat betalsätt.

    Så snart betalningen har gått igenom behandlar vi din beställning.

duplicate-charge-refunded =
    Hej { $customer_name },

    Vi beklagar att du har debiterats två gånger. Vi har nu betalat tillbaka den dubbla dragningen på { MONEY($amount) }.

    Beroende på din bank eller betaltjänst kan det ta upp till { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    } innan beloppet syns på ditt kontoutdrag.

invoice-sent =
    Hej { $customer_name },

    Fakturan för din beställning { $order_id } finns bifogad i det här mejlet. Du hittar den också när som helst på ditt kundkonto.

    Om fakturan behöver innehålla ett företagsnamn eller momsregistreringsnummer kan du svara på det här mejlet med uppgifterna, så skickar vi en korrigerad faktura.

voucher-resent =
    Hej { $customer_name },

    Som du bad om skickar vi din kod en gång till:

    { $voucher_code }

    Koden gäller till och med { DATE($valid_until) }. Du anger den i kassan när du handlar.

loyalty-points-adjusted =
    Hej { $customer_name },

    Vi har gått igenom ditt poängsaldo och lagt till { $points ->
        [one] { $points } poäng
       *[other] { $points } poäng
    } på ditt kundkonto.

    Ditt nya saldo är { $balance ->
        [one] { $balance } poäng
       *[other] { $balance } poäng
    }. Tack för att du handlar hos oss!

presale-answer =
    Hej { $customer_name },

    Tack för ditt intresse för våra produkter.

    { $in_stock ->
        [yes] { $product_name } finns i lager. Om du beställer nu brukar leveransen ta { $delivery_days ->
            [one] { $delivery_days } dag
           *[other] { $delivery_days } dagar
        }.
       *[no] { $product_name } är tyvärr slut i lager just nu, men det går ändå att beställa. Leveransen brukar då ta { $delivery_days ->
            [one] { $delivery_days } dag
           *[other] { $delivery_days } dagar
        }.
    }

    Om du har fler frågor om produkten hjälper vi gärna till.

account-access =
    Hej { $customer_name },

    Via länken nedan kan du välja ett nytt lösenord till ditt kundkonto:

    { $reset_url }

    Av säkerhetsskäl gäller länken bara under en begränsad tid. Om du fortfarande inte kan logga in är du välkommen att svara på det här mejlet.

privacy-request-received =
    Hej { $customer_name },

    Vi har tagit emot din begäran som gäller dina personuppgifter och registrerat den med ärendenummer { $ticket_id }.

    Vi hanterar den inom en månad, i enlighet med artikel 12.3 i dataskyddsförordningen (GDPR). För att skydda dina uppgifter kan vi komma att be dig bekräfta din identitet.

    En avregistrering från nyhetsbrev eller marknadsföringsutskick gäller omedelbart.

feedback-thanks =
    Hej { $customer_name },

    Stort tack för din feedback. Vi läser varje meddelande noggrant och delar det med vårt team, eftersom det hjälper oss att förbättra våra produkter och vår service.

    Vi uppskattar att du tog dig tid att skriva till oss.

survey-request =
    Hej { $customer_name },

    Vi hoppas att vi kunde hjälpa dig. Har du två minuter över för att berätta vad du tyckte om vår service?

    { $survey_url }

    Dina synpunkter hjälper oss att bli bättre. Tack på förhand!

closing = Finns det något mer vi kan hjälpa dig med, { $customer_name }? Svara i så fall på det här mejlet.

signature =
    Med vänliga hälsningar
    { $agent_name }
    Kundtjänst, { $shop_name }
