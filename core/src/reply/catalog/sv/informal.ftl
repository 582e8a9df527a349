### caredesk reply catalog: Swedish (sv), informal.
### Tone: warm, casual "du", greeting "Hej …!", closing "Ha en fin dag!".

acknowledgement =
    Hej { $customer_name }!

    Tack för att du hörde av dig! Vi har fått ditt meddelande och gett det ärendenummer { $ticket_id }.

    Du får svar från oss senast { DATETIME($reply_by) }. Vill du lägga till något? Svara bara på det här mejlet.

out-of-hours =
    Hej { $customer_name }!

    Tack för ditt meddelande! Just nu har vår kundtjänst stängt.

    Vi är tillbaka den { DATETIME($next_open) } och svarar dig så fort vi kan. Du behöver inte skicka meddelandet igen – vi har redan fått det.

order-status =
    Hej { $customer_name }!

    Goda nyheter: din beställning { $order_id } är på väg med { $carrier }.

    Här kan du följa paketet:
    { $tracking_url }

    Beräknad leverans är { DATE($delivery_date) }. Det kan ta några timmar innan spårningen uppdateras.

shipping-delay =
    Hej { $customer_name }!

    Tyvärr blir din beställning { $order_id } försenad med { $days_late ->
        [one] { $days_late } dag
       *[other] { $days_late } dagar
    }. Nytt beräknat leveransdatum är { DATE($delivery_date) }.

    Förlåt för strulet och tack för ditt tålamod! Passar inte det nya datumet? Svara på det här mejlet så hittar vi en lösning tillsammans.

lost-parcel-investigation =
    Hej { $customer_name }!

    Vad tråkigt att din beställning { $order_id } inte har kommit fram än. Vi har bett { $carrier } att utreda var paketet har tagit vägen.

    Det kan ta upp till { $business_days ->
        [one] { $business_days } arbetsdag
       *[other] { $business_days } arbetsdagar
    }. Vi hör av oss så fort vi vet mer. Om paketet inte dyker upp skickar vi en ny vara eller betalar tillbaka pengarna – du väljer.

delivery-dispute =
    Hej { $customer_name }!

    Tack för att du hör av dig. Enligt { $carrier } levererades din beställning { $order_id } den { DATETIME($delivered_at) }.

    Ibland hamnar paket hos en granne, i brevlådan eller på en skyddad plats nära dörren. Kan du kika där?

    Samtidigt gör vi en reklamation hos { $carrier } och hör av oss när vi har fått svar. Om du hittar paketet under tiden får du gärna säga till!

return-instructions =
    Hej { $customer_name }!

    Så här returnerar du din beställning { $order_id }.

    Skriv ut returetiketten här:
    { $label_url }

    Packa varorna ordentligt, sätt etiketten på paketet och lämna in det till fraktbolaget senast { DATE($return_by) }. Spara kvittot tills du har fått tillbaka pengarna.

    Vi säger till när returen har kommit fram och vi har kollat den.

return-approved =
    Hej { $customer_name }!

    Din retur av beställning { $order_id } är godkänd. Vi betalar tillbaka { MONEY($refund_amount) } till samma betalsätt som du använde när du handlade.

    Beroende på din bank kan det ta några dagar innan pengarna syns på kontot.

return-rejected =
    Hej { $customer_name }!

    Tack för din returförfrågan för beställning { $order_id }. Tyvärr kan vi inte godkänna returen, och anledningen är:

    { $reason }

    Vi förstår att det inte var det svar du hoppades på. Har du frågor eller mer information, till exempel bilder? Svara på det här mejlet så tittar vi gärna på det igen.

refund-issued =
    Hej { $customer_name }!

    Nu har vi betalat tillbaka { MONEY($amount) } via { $method }.

    Beroende på din bank eller betaltjänst kan det ta upp till { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    } innan pengarna syns på ditt konto.

refund-delayed =
    Hej { $customer_name }!

    Förlåt – återbetalningen på { MONEY($amount) } tar längre tid än vi trodde. Vi räknar med att pengarna är hos dig senast { DATE($expected_date) }.

    Tack för ditt tålamod! Om pengarna inte har kommit fram till dess, svara på det här mejlet så kollar vi direkt.

cancellation-confirmed =
    Hej { $customer_name }!

    Klart! Vi har annullerat din beställning { $order_id }.

    Vi betalar tillbaka { MONEY($amount) } till samma betalsätt som du använde. Beroende på din bank kan det ta några dagar.

    Hoppas vi ses snart igen!

cancellation-too-late =
    Hej { $customer_name }!

    Tack för ditt meddelande. Tyvärr har din beställning { $order_id } redan skickats, så vi kan inte avbryta den längre.

    Du kan vägra att ta emot paketet, så går det automatiskt tillbaka till oss. Du kan också ta emot det och skicka tillbaka det inom { $return_days ->
        [one] { $return_days } dag
       *[other] { $return_days } dagar
    } från leveransen. När returen har kommit fram till oss får du pengarna tillbaka.

order-change-received =
    Hej { $customer_name }!

    Tack för ditt meddelande! Vi har fått din begäran om att ändra beställning { $order_id }.

    Om beställningen inte har lämnat vårt lager än fixar vi ändringen och skickar en bekräftelse. Har den redan skickats hör vi av oss och berättar vilka alternativ du har.

wrong-or-missing-item =
    Hej { $customer_name }!

    { $kind ->
        [wrong] Förlåt! Din beställning { $order_id } innehöll en annan vara i stället för { $item_name }. Vi skickar rätt vara utan kostnad och mejlar dig en returetikett för den felaktiga.
        [missing] Förlåt! { $item_name } saknades i din beställning { $order_id }. Vi skickar den saknade varan så fort vi kan, utan extra kostnad.
       *[other] Vad tråkigt att det har blivit problem med { $item_name } i din beställning { $order_id }. Vi tar tag i det direkt och hör av oss snart.
    }

    Vill du hellre ha pengarna tillbaka? Svara bara på det här mejlet.

damaged-item =
    Hej { $customer_name }!

    Vad tråkigt att varan { $item_name } i din beställning { $order_id } var skadad när den kom fram!

    För att vi ska kunna hjälpa dig snabbt: svara gärna på det här mejlet med några bilder på den skadade varan och förpackningen.

    När vi har fått bilderna ordnar vi en ny vara eller en reparation – självklart utan kostnad för dig.

exchange-confirmed =
    Hej { $customer_name }!

    Ditt byte för beställning { $order_id } är klart: du får { $new_item } i stället.

    Vi säger till så fort den nya varan är på väg.

payment-failed =
    Hej { $customer_name }!

    Tyvärr gick betalningen för din beställning { $order_id } med { $payment_method } inte igenom, så vi har inte kunnat behandla beställningen än.

    Det kan till exempel hända om ett kort har gått ut eller om en beloppsgräns har nåtts. Kolla dina betaluppgifter och försök igen, eller välj ett annat betalsätt.

    Så fort betalningen har gått igenom tar vi hand om din beställning.

duplicate-charge-refunded =
    Hej { $customer_name }!

    Förlåt att du blev debiterad två gånger! Vi har redan betalat tillbaka den dubbla dragningen på { MONEY($amount) }.

    Beroende på din bank eller betaltjänst kan det ta upp till { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    } innan beloppet syns på ditt kontoutdrag.

invoice-sent =
    Hej { $customer_name }!

    Här kommer fakturan för din beställning { $order_id }. Den ligger bifogad i det här mejlet, och du hittar den också på ditt konto.

    Behöver fakturan ett företagsnamn eller momsregistreringsnummer? Svara bara på det här mejlet med uppgifterna, så skickar vi en rättad faktura.

voucher-resent =
    Hej { $customer_name }!

    Här kommer din kod igen:

    { $voucher_code }

    Koden gäller till och med { DATE($valid_until) }. Ange den bara i kassan när du handlar.

loyalty-points-adjusted =
    Hej { $customer_name }!

    Vi har kollat ditt poängsaldo och lagt till { $points ->
        [one] { $points } poäng
       *[other] { $points } poäng
    } på ditt konto.

    Nu har du { $balance ->
        [one] { $balance } poäng
       *[other] { $balance } poäng
    }. Tack för att du handlar hos oss!

presale-answer =
    Hej { $customer_name }!

    Kul att du är intresserad av våra produkter!

    { $in_stock ->
        [yes] Goda nyheter: { $product_name } finns i lager. Om du beställer nu brukar leveransen ta { $delivery_days ->
            [one] { $delivery_days } dag
           *[other] { $delivery_days } dagar
        }.
       *[no] { $product_name } är tyvärr slut i lager just nu, men det går ändå att beställa. Leveransen brukar då ta { $delivery_days ->
            [one] { $delivery_days } dag
           *[other] { $delivery_days } dagar
        }.
    }

    Har du fler frågor om produkten? Vi hjälper gärna till!

account-access =
    Hej { $customer_name }!

    Via länken här nedanför kan du välja ett nytt lösenord till ditt konto:

    { $reset_url }

    Av säkerhetsskäl gäller länken bara en kort tid. Om du fortfarande inte kommer in, svara bara på det här mejlet.

privacy-request-received =
    Hej { $customer_name }!

    Vi har fått din begäran om dina personuppgifter och gett den ärendenummer { $ticket_id }.

    Vi tar hand om den inom en månad, precis som artikel 12.3 i dataskyddsförordningen (GDPR) kräver. För att skydda dina uppgifter kan vi behöva be dig bekräfta vem du är.

    Avregistrering från nyhetsbrevet eller marknadsföringsutskick gäller direkt.

feedback-thanks =
    Hej { $customer_name }!

    Tusen tack för din feedback! Vi läser varje meddelande noga och delar det med hela teamet – det hjälper oss att göra våra produkter och vår service ännu bättre.

    Vad kul att du tog dig tid att skriva till oss!

survey-request =
    Hej { $customer_name }!

    Vi hoppas att vi kunde hjälpa dig! Har du två minuter över för att berätta vad du tyckte om vår service?

    { $survey_url }

    Dina synpunkter hjälper oss att bli bättre. Tack!

closing = Är det något mer vi kan hjälpa dig med, { $customer_name }? Svara bara på det här mejlet!

signature =
    Ha en fin dag!
    { $agent_name }
    { $shop_name }
