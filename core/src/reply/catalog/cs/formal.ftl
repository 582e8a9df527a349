### caredesk reply catalog: Czech (cs), formal.
### Tone: courteous "vy" (Vy, Vám, Váš capitalised as in Czech letters), greeting "Dobrý den, …,".
### Wording avoids past-tense verb forms that would reveal the customer's gender
### ("obdržel/obdržela"); names of carriers, products and methods stay in the nominative.
### Plural categories: one, few, many, other (many = fractions, e.g. 1,5 dne).

acknowledgement =
    Dobrý den, { $customer_name },

    děkujeme za Vaši zprávu. Vaši žádost jsme zaevidovali pod číslem { $ticket_id }.

    Odpovíme Vám nejpozději do { DATETIME($reply_by) }. Pokud chcete mezitím něco doplnit, stačí odpovědět na tento e-mail.

out-of-hours =
    Dobrý den, { $customer_name },

    děkujeme za Vaši zprávu. Náš zákaznický servis má nyní zavřeno.

    Opět jsme tu pro Vás od { DATETIME($next_open) } a ozveme se Vám co nejdříve. Zprávu není třeba posílat znovu, už jsme ji obdrželi.

order-status =
    Dobrý den, { $customer_name },

    s radostí Vám oznamujeme, že Vaše objednávka č. { $order_id } je na cestě. Doručuje ji { $carrier }.

    Zásilku můžete sledovat zde:
    { $tracking_url }

    Předpokládané datum doručení: { DATE($delivery_date) }. Aktualizace informací o zásilce může trvat několik hodin.

shipping-delay =
    Dobrý den, { $customer_name },

    bohužel Vám musíme oznámit, že se doručení Vaší objednávky č. { $order_id } zpozdí o { $days_late ->
        [one] { $days_late } den
        [few] { $days_late } dny
        [many] { $days_late } dne
       *[other] { $days_late } dní
    }. Nový předpokládaný termín doručení: { DATE($delivery_date) }.

    Omlouváme se za komplikace a děkujeme za trpělivost. Pokud Vám nový termín nevyhovuje, odpovězte prosím na tento e-mail a společně najdeme řešení.

lost-parcel-investigation =
    Dobrý den, { $customer_name },

    mrzí nás, že Vaše objednávka č. { $order_id } zatím nedorazila. Požádali jsme dopravce o prošetření a { $carrier } nyní Vaši zásilku dohledává.

    Šetření může trvat až { $business_days ->
        [one] { $business_days } pracovní den
        [few] { $business_days } pracovní dny
        [many] { $business_days } pracovního dne
       *[other] { $business_days } pracovních dnů
    }. Jakmile budeme mít odpověď, ozveme se Vám. Pokud se zásilka nenajde, pošleme Vám náhradní zboží nebo vrátíme peníze, podle Vašeho přání.

delivery-dispute =
    Dobrý den, { $customer_name },

    děkujeme za upozornění. Podle dopravce ({ $carrier }) byla Vaše objednávka č. { $order_id } doručena dne { DATETIME($delivered_at) }.

    Někdy zásilky zůstanou u sousedů, ve schránce nebo na chráněném místě u vchodu. Zkontrolujte prosím tato místa.

    Zároveň u dopravce ({ $carrier }) podáváme reklamaci a ozveme se, jakmile budeme mít odpověď. Pokud zásilku mezitím najdete, dejte nám prosím vědět.

return-instructions =
    Dobrý den, { $customer_name },

    objednávku č. { $order_id } nám můžete vrátit takto.

    Vytiskněte si prosím štítek pro vrácení zásilky z tohoto odkazu:
    { $label_url }

    Zboží pečlivě zabalte, nalepte štítek na balík a předejte jej dopravci nejpozději do { DATE($return_by) }. Doklad o odeslání si prosím uschovejte, dokud neobdržíte vrácené peníze.

    Jakmile vrácené zboží obdržíme a zkontrolujeme, dáme Vám vědět.

return-approved =
    Dobrý den, { $customer_name },

    vrácení zboží z objednávky č. { $order_id } jsme schválili. Částku { MONEY($refund_amount) } Vám vrátíme stejnou platební metodou, kterou byl nákup uhrazen.

    V závislosti na bance může připsání peněz na účet trvat několik dní.

return-rejected =
    Dobrý den, { $customer_name },

    děkujeme za Vaši žádost o vrácení zboží z objednávky č. { $order_id }. Bohužel ji nemůžeme přijmout z tohoto důvodu:

    { $reason }

    Chápeme, že to pro Vás není příjemná zpráva. Pokud máte dotazy nebo další informace, například fotografie, odpovězte prosím na tento e-mail a Váš případ rádi posoudíme znovu.

refund-issued =
    Dobrý den, { $customer_name },

    vrátili jsme Vám částku { MONEY($amount) } (způsob vrácení: { $method }).

    V závislosti na bance nebo poskytovateli plateb může trvat až { $days ->
        [one] { $days } den
        [few] { $days } dny
        [many] { $days } dne
       *[other] { $days } dní
    }, než se částka zobrazí na Vašem účtu.

refund-delayed =
    Dobrý den, { $customer_name },

    omlouváme se, vrácení částky { MONEY($amount) } trvá déle, než jsme předpokládali. Nyní očekáváme, že bude dokončeno do { DATE($expected_date) }.

    Děkujeme za trpělivost. Pokud do té doby peníze nedorazí, odpovězte prosím na tento e-mail a hned to prověříme.

cancellation-confirmed =
    Dobrý den, { $customer_name },

    podle Vašeho přání jsme objednávku č. { $order_id } zrušili.

    Částku { MONEY($amount) } Vám vrátíme stejnou platební metodou, kterou byla objednávka uhrazena. V závislosti na bance to může trvat několik dní.

    Budeme rádi, když u nás brzy znovu nakoupíte.

cancellation-too-late =
    Dobrý den, { $customer_name },

    děkujeme za Vaši zprávu. Objednávka č. { $order_id } už bohužel byla odeslána, takže ji nemůžeme zrušit.

    Zásilku můžete při doručení jednoduše odmítnout, automaticky se nám pak vrátí. Můžete ji také převzít a vrátit do { $return_days ->
        [one] { $return_days } dne
        [few] { $return_days } dnů
        [many] { $return_days } dne
       *[other] { $return_days } dnů
    } od převzetí. Jakmile vrácené zboží obdržíme, vrátíme Vám peníze.

order-change-received =
    Dobrý den, { $customer_name },

    děkujeme za Vaši zprávu. Vaši žádost o změnu objednávky č. { $order_id } jsme přijali.

    Pokud objednávka ještě neopustila náš sklad, změnu provedeme a pošleme Vám potvrzení. Pokud už byla odeslána, ozveme se Vám a vysvětlíme, jaké máte možnosti.

wrong-or-missing-item =
    Dobrý den, { $customer_name },

    { $kind ->
        [wrong] omlouváme se: místo produktu { $item_name } dorazil v objednávce č. { $order_id } jiný produkt. Správné zboží Vám pošleme zdarma a e-mailem zašleme štítek pro vrácení chybného zboží.
        [missing] omlouváme se, že v objednávce č. { $order_id } chyběl produkt { $item_name }. Pošleme Vám ho co nejdříve bez dalších nákladů.
       *[other] mrzí nás, že se vyskytl problém s produktem { $item_name } z objednávky č. { $order_id }. Hned se tím zabýváme a brzy se Vám ozveme.
    }

    Pokud chcete raději vrátit peníze, stačí odpovědět na tento e-mail.

damaged-item =
    Dobrý den, { $customer_name },

    velmi nás mrzí, že produkt { $item_name } z objednávky č. { $order_id } dorazil poškozený.

    Abychom Vám mohli rychle pomoci, pošlete nám prosím v odpovědi na tento e-mail několik fotografií poškozeného produktu a obalu.

    Jakmile fotografie obdržíme, zajistíme výměnu nebo opravu, samozřejmě bez nákladů pro Vás.

exchange-confirmed =
    Dobrý den, { $customer_name },

    potvrzujeme výměnu zboží z objednávky č. { $order_id }. Jako náhradu obdržíte: { $new_item }.

    Jakmile nové zboží odešleme, dáme Vám vědět.

payment-failed =
    Dobrý den, { $customer_name },

    platba za objednávku č. { $order_id } (způsob platby: { $payment_method }) bohužel neproběhla, a proto jsme objednávku zatím nemohli zpracovat.

    Může se to stát například tehdy, když vypršela platnost karty nebo byl překročen limit. Zkontrolujte prosím platební údaje a zkuste platbu zopakovat, případně zvolte jiný způsob platby.

    Jakmile platba proběhne, objednávku ihned zpracujeme.

duplicate-charge-refunded =
    Dobrý den, { $customer_name },

    omlouváme se za dvojí stržení platby. Duplicitní platbu ve výši { MONEY($amount) } jsme Vám již vrátili.

    V závislosti na bance nebo poskytovateli plateb může trvat až { $days ->
        [one] { $days } den
        [few] { $days } dny
        [many] { $days } dne
       *[other] { $days } dní
    }, než se částka objeví na Vašem výpisu.

invoice-sent =
    Dobrý den, { $customer_name },

    v příloze Vám zasíláme fakturu k objednávce č. { $order_id }. Najdete ji také kdykoli ve svém zákaznickém účtu.

    Pokud má být na faktuře uveden název firmy nebo DIČ, stačí odpovědět na tento e-mail a tyto údaje nám poslat. Vystavíme Vám pak opravnou fakturu.

voucher-resent =
    Dobrý den, { $customer_name },

    podle Vašeho přání Vám znovu posíláme kód Vašeho poukazu:

    { $voucher_code }

    Kód platí do { DATE($valid_until) }. Stačí ho zadat při dokončení objednávky.

loyalty-points-adjusted =
    Dobrý den, { $customer_name },

    zkontrolovali jsme stav Vašich bodů a připsali jsme Vám { $points ->
        [one] { $points } bod
        [few] { $points } body
        [many] { $points } bodu
       *[other] { $points } bodů
    }.

    Váš nový stav je { $balance ->
        [one] { $balance } bod
        [few] { $balance } body
        [many] { $balance } bodu
       *[other] { $balance } bodů
    }. Děkujeme za Vaši věrnost.

presale-answer =
    Dobrý den, { $customer_name },

    děkujeme za Váš zájem o naše produkty.

    { $in_stock ->
        [yes] Produkt { $product_name } je skladem. Pokud objednáte nyní, doručení obvykle trvá { $delivery_days ->
            [one] { $delivery_days } den
            [few] { $delivery_days } dny
            [many] { $delivery_days } dne
           *[other] { $delivery_days } dní
        }.
       *[no] Produkt { $product_name } momentálně není skladem, ale i tak si ho můžete objednat. Doručení pak obvykle trvá { $delivery_days ->
            [one] { $delivery_days } den
            [few] { $delivery_days } dny
            [many] { $delivery_days } dne
           *[other] { $delivery_days } dní
        }.
    }

    Pokud máte k produktu další dotazy, rádi Vám pomůžeme.

account-access =
    Dobrý den, { $customer_name },

    nové heslo ke svému zákaznickému účtu si můžete nastavit pomocí tohoto odkazu:

    { $reset_url }

    Z bezpečnostních důvodů platí odkaz jen omezenou dobu. Pokud se stále nebudete moci přihlásit, odpovězte prosím na tento e-mail.

privacy-request-received =
    Dobrý den, { $customer_name },

    děkujeme za Vaši žádost týkající se ochrany osobních údajů. Zaevidovali jsme ji pod číslem { $ticket_id }.

    Vyřídíme ji do jednoho měsíce, jak ukládá čl. 12 odst. 3 GDPR. Z důvodu ochrany Vašich údajů Vás můžeme požádat o ověření totožnosti.

    Odhlášení z newsletteru nebo z marketingových sdělení platí okamžitě.

feedback-thanks =
    Dobrý den, { $customer_name },

    srdečně děkujeme za Vaši zpětnou vazbu. Každou zprávu pozorně čteme a sdílíme ji s celým týmem, protože nám pomáhá zlepšovat naše produkty i služby.

    Velmi si vážíme, že nám píšete.

survey-request =
    Dobrý den, { $customer_name },

    doufáme, že jsme Vám mohli pomoci. Věnujete nám dvě minuty a ohodnotíte naše služby?

    { $survey_url }

    Vaše hodnocení nám pomáhá se zlepšovat. Děkujeme!

closing = Můžeme pro Vás ještě něco udělat, { $customer_name }? Stačí odpovědět na tento e-mail.

signature =
    S pozdravem
    { $agent_name }
    Zákaznický servis { $shop_name }
