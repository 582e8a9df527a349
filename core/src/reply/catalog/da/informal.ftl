### caredesk reply catalog: Danish (da), informal.
### Tone: warm, casual "du", greeting "Hej …!", closing "De bedste hilsner".

acknowledgement =
    Hej { $customer_name }!

    Tak, fordi du skrev til os! Vi har fået din besked og givet den sagsnummer { $ticket_id }.

    Du hører fra os senest { DATETIME($reply_by) }. Vil du tilføje noget? Så svar bare på denne mail.

out-of-hours =
    Hej { $customer_name }!

    Tak for din besked! Vores kundeservice har lukket lige nu.

    Vi er tilbage den { DATETIME($next_open) } og svarer dig hurtigst muligt. Du behøver ikke sende beskeden igen – vi har allerede fået den.

order-status =
    Hej { $customer_name }!

    Godt nyt: Din ordre { $order_id } er på vej med { $carrier }.

    Her kan du følge pakken:
    { $tracking_url }

    Vi forventer, at den bliver leveret den { DATE($delivery_date) }. Der kan gå et par timer, før sporingen bliver opdateret.

shipping-delay =
    Hej { $customer_name }!

    Desværre bliver din ordre { $order_id } forsinket med { $days_late ->
        [one] { $days_late } dag
       *[other] { $days_late } dage
    }. Den nye forventede leveringsdato er { DATE($delivery_date) }.

    Undskyld besværet, og tak for din tålmodighed! Passer den nye dato ikke? Så svar på denne mail, så finder vi en løsning sammen.

lost-parcel-investigation =
    Hej { $customer_name }!

    Øv, hvor ærgerligt, at din ordre { $order_id } ikke er kommet frem endnu. Vi har bedt { $carrier } om at finde ud af, hvor pakken er blevet af.

    Det kan tage op til { $business_days ->
        [one] { $business_days } hverdag
       *[other] { $business_days } hverdage
    }. Vi skriver til dig, så snart vi ved mere. Hvis pakken ikke dukker op, sender vi en ny vare eller giver dig pengene tilbage – du bestemmer.

delivery-dispute =
    Hej { $customer_name }!

    Tak, fordi du siger til. Ifølge { $carrier } blev din ordre { $order_id } leveret den { DATETIME($delivered_at) }.

    Nogle gange havner pakker hos en nabo, i postkassen eller et beskyttet sted ved døren. Vil du kigge efter der?

    Imens opretter vi en reklamation hos { $carrier } og skriver til dig, når vi har fået svar. Hvis du finder pakken i mellemtiden, må du meget gerne sige til!

return-instructions =
    Hej { $customer_name }!

    Sådan sender du din ordre { $order_id } retur.

    Udskriv returlabelen her:
    { $label_url }

    Pak varerne godt ind, sæt labelen på pakken, og aflever den til fragtfirmaet senest { DATE($return_by) }. Gem kvitteringen, indtil du har fået dine penge tilbage.

    Vi giver dig besked, når vi har modtaget og tjekket din returnering.

return-approved =
    Hej { $customer_name }!

    Din returnering af ordre { $order_id } er godkendt. Vi sender { MONEY($refund_amount) } tilbage til den betalingsmetode, du brugte, da du handlede.

    Afhængigt af din bank kan der gå et par dage, før pengene står på din konto.

return-rejected =
    Hej { $customer_name }!

    Tak for din anmodning om returnering af ordre { $order_id }. Desværre kan vi ikke godkende returneringen, og årsagen er:

    { $reason }

    Vi forstår godt, at det ikke var det svar, du håbede på. Har du spørgsmål eller flere oplysninger, fx billeder? Så svar på denne mail, så kigger vi gerne på det igen.

refund-issued =
    Hej { $customer_name }!

    Nu har vi sendt { MONEY($amount) } tilbage til dig via { $method }.

    Afhængigt af din bank eller betalingsudbyder kan der gå op til { $days ->
        [one] { $days } dag
       *[other] { $days } dage
    }, før pengene kan ses på din konto.

refund-delayed =
    Hej { $customer_name }!

    Undskyld – refunderingen af { MONEY($amount) } tager længere tid, end vi havde regnet med. Vi forventer, at pengene er hos dig senest { DATE($expected_date) }.

    Tak for din tålmodighed! Hvis pengene ikke er kommet frem til den tid, så svar på denne mail, så tjekker vi det med det samme.

cancellation-confirmed =
    Hej { $customer_name }!

    Så er det klaret: Vi har annulleret din ordre { $order_id }.

    Vi sender { MONEY($amount) } tilbage til den betalingsmetode, du brugte. Afhængigt af din bank kan det tage et par dage.

    Vi håber at se dig igen snart!

cancellation-too-late =
    Hej { $customer_name }!

    Tak for din besked. Desværre er din ordre { $order_id } allerede sendt afsted, så vi kan ikke annullere den længere.

    Du kan bare nægte at tage imod pakken, så kommer den automatisk retur til os. Du kan også tage imod den og sende den retur inden for { $return_days ->
        [one] { $return_days } dag
       *[other] { $return_days } dage
    } efter modtagelsen. Når vi har fået returneringen, får du pengene tilbage.

order-change-received =
    Hej { $customer_name }!

    Tak for din besked! Vi har fået din anmodning om at ændre ordre { $order_id }.

    Hvis ordren ikke har forladt vores lager endnu, retter vi den og sender dig en bekræftelse. Er den allerede sendt afsted, skriver vi til dig og fortæller, hvilke muligheder du har.

wrong-or-missing-item =
    Hej { $customer_name }!

    { $kind ->
        [wrong] Undskyld! Din ordre { $order_id } indeholdt en anden vare i stedet for { $item_name }. Vi sender den rigtige vare gratis og mailer dig en returlabel til den forkerte.
        [missing] Undskyld! { $item_name } manglede i din ordre { $order_id }. Vi sender den manglende vare så hurtigt som muligt, helt gratis.
       *[other] Ærgerligt, at der er et problem med { $item_name } fra din ordre { $order_id }. Vi går i gang med det med det samme og vender tilbage snarest.
    }

    Vil du hellere have pengene tilbage? Så svar bare på denne mail.

damaged-item =
    Hej { $customer_name }!

    Hvor ærgerligt, at varen { $item_name } fra din ordre { $order_id } var beskadiget, da den kom frem!

    For at vi kan hjælpe dig hurtigt, må du meget gerne svare på denne mail med et par billeder af den beskadigede vare og emballagen.

    Når vi har fået billederne, sørger vi for en ny vare eller en reparation – selvfølgelig uden omkostninger for dig.

exchange-confirmed =
    Hej { $customer_name }!

    Dit bytte for ordre { $order_id } er på plads: Du får { $new_item } i stedet.

    Vi giver dig besked, så snart den nye vare er på vej.

payment-failed =
    Hej { $customer_name }!

    Desværre gik betalingen for din ordre { $order_id } med { $payment_method } ikke igennem, så vi har ikke kunnet behandle ordren endnu.

    Det kan for eksempel ske, hvis et kort er udløbet, eller en beløbsgrænse er nået. Tjek dine betalingsoplysninger, og prøv igen, eller vælg en anden betalingsmetode.

    Så snart betalingen er gået igennem, går vi i gang med din ordre.

duplicate-charge-refunded =
    Hej { $customer_name }!

    Undskyld, at du er blevet trukket to gange! Vi har allerede sendt den dobbelte betaling på { MONEY($amount) } tilbage.

    Afhængigt af din bank eller betalingsudbyder kan der gå op til { $days ->
        [one] { $days } dag
       *[other] { $days } dage
    }, før beløbet kan ses på din kontoudskrift.

invoice-sent =
    Hej { $customer_name }!

    Her er fakturaen for din ordre { $order_id }. Den ligger vedhæftet, og du kan også altid finde den på din konto.

    Skal der stå et firmanavn eller et CVR- eller momsnummer på fakturaen? Så svar bare på denne mail med oplysningerne, så sender vi dig en rettet faktura.

voucher-resent =
    Hej { $customer_name }!

    Her er din kode igen:

    { $voucher_code }

    Koden gælder til og med { DATE($valid_until) }. Du skal bare indtaste den, når du betaler.

loyalty-points-adjusted =
    Hej { $customer_name }!

    Vi har tjekket din pointsaldo og lagt { $points ->
        [one] { $points } point
       *[other] { $points } point
    } ind på din konto.

    Nu har du { $balance ->
        [one] { $balance } point
       *[other] { $balance } point
    }. Tak, fordi du handler hos os!

presale-answer =
    Hej { $customer_name }!

    Hvor dejligt, at du er interesseret i vores produkter!

    { $in_stock ->
        [yes] Godt nyt: { $product_name } er på lager. Hvis du bestiller nu, tager leveringen normalt { $delivery_days ->
            [one] { $delivery_days } dag
           *[other] { $delivery_days } dage
        }.
       *[no] { $product_name } er desværre ikke på lager lige nu, men du kan stadig bestille varen. Leveringen tager så normalt { $delivery_days ->
            [one] { $delivery_days } dag
           *[other] { $delivery_days } dage
        }.
    }

    Har du flere spørgsmål om produktet? Vi hjælper gerne!

account-access =
    Hej { $customer_name }!

    Via linket her kan du vælge en ny adgangskode til din konto:

    { $reset_url }

    Af sikkerhedshensyn virker linket kun i en begrænset periode. Hvis du stadig ikke kan logge ind, så svar bare på denne mail.

privacy-request-received =
    Hej { $customer_name }!

    Vi har fået din henvendelse om dine persondata og givet den sagsnummer { $ticket_id }.

    Vi behandler den inden for en måned, sådan som GDPR kræver i artikel 12, stk. 3. For at beskytte dine oplysninger kan vi bede dig om at bekræfte, hvem du er.

    Afmelder du dig nyhedsbrevet eller markedsføring, gælder det med det samme.

feedback-thanks =
    Hej { $customer_name }!

    Tusind tak for din feedback! Vi læser alle beskeder grundigt og deler dem med hele teamet – det hjælper os med at gøre vores produkter og vores service endnu bedre.

    Hvor er det dejligt, at du tog dig tid til at skrive til os!

survey-request =
    Hej { $customer_name }!

    Vi håber, at vi kunne hjælpe dig! Har du to minutter til at fortælle os, hvad du syntes om vores service?

    { $survey_url }

    Din mening hjælper os med at blive bedre. Tak!

closing = Er der andet, vi kan hjælpe dig med, { $customer_name }? Så svar bare på denne mail!

signature =
    De bedste hilsner
    { $agent_name }
    { $shop_name }
