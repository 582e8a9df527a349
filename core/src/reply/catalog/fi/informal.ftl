### caredesk reply catalog: Finnish (fi), informal.
### Tone: warm, friendly "sinä" ("tilauksesi", "voit"), greeting "Hei …!", closing "Terveisin".
### Variables stay in the nominative: names of carriers, products and methods are
### placed as subjects, after a colon or in parentheses, so no case endings are needed.

acknowledgement =
    Hei { $customer_name }!

    Kiitos viestistäsi! Yhteydenottosi on kirjattu numerolla { $ticket_id }.

    Vastaamme sinulle viimeistään { DATETIME($reply_by) }. Jos haluat lisätä jotain, vastaa vain tähän viestiin.

out-of-hours =
    Hei { $customer_name }!

    Kiitos viestistäsi! Asiakaspalvelumme on juuri nyt kiinni.

    Olemme taas paikalla { DATETIME($next_open) } alkaen ja vastaamme sinulle niin pian kuin mahdollista. Viestiä ei tarvitse lähettää uudelleen – se on jo tullut perille.

order-status =
    Hei { $customer_name }!

    Hyviä uutisia: tilauksesi { $order_id } on matkalla! Lähetyksen toimittaa { $carrier }.

    Voit seurata pakettia täällä:
    { $tracking_url }

    Arvioitu toimituspäivä on { DATE($delivery_date) }. Seurantatiedot voivat päivittyä muutaman tunnin viiveellä.

shipping-delay =
    Hei { $customer_name }!

    Harmillisesti tilauksesi { $order_id } toimitus myöhästyy { $days_late ->
        [one] { $days_late } päivän
       *[other] { $days_late } päivää
    }. Uusi arvioitu toimituspäivä on { DATE($delivery_date) }.

    Pahoittelut viivästyksestä ja kiitos kärsivällisyydestäsi! Jos uusi päivä ei sovi sinulle, vastaa tähän viestiin, niin keksitään yhdessä ratkaisu.

lost-parcel-investigation =
    Hei { $customer_name }!

    Harmi, ettei tilauksesi { $order_id } ole vielä perillä. Pyysimme kuljetusyhtiöltä selvitystä, ja { $carrier } jäljittää nyt pakettiasi.

    Selvitys voi kestää enintään { $business_days ->
        [one] { $business_days } arkipäivän
       *[other] { $business_days } arkipäivää
    }. Kerromme sinulle heti, kun tiedämme enemmän. Jos pakettia ei löydy, lähetämme uuden tuotteen tai palautamme rahasi – saat itse valita.

delivery-dispute =
    Hei { $customer_name }!

    Kiitos, että kerroit. { $carrier } on merkinnyt tilauksesi { $order_id } toimitetuksi { DATETIME($delivered_at) }.

    Joskus paketti jätetään naapurille, postilaatikkoon tai suojaiseen paikkaan oven lähelle. Voisitko vilkaista sieltä?

    Teemme samalla kuljetusyhtiölle reklamaation ({ $carrier }) ja kerromme sinulle, kun saamme vastauksen. Jos paketti löytyy sillä välin, ilmoitathan meille!

return-instructions =
    Hei { $customer_name }!

    Näin palautat tilauksen { $order_id }.

    Tulosta palautustarra tästä linkistä:
    { $label_url }

    Pakkaa tuotteet huolellisesti, kiinnitä tarra pakettiin ja jätä paketti kuljetusyhtiölle viimeistään { DATE($return_by) }. Säilytä jättökuitti, kunnes olet saanut rahat takaisin.

    Kerromme sinulle, kun palautus on saapunut ja tarkastettu.

return-approved =
    Hei { $customer_name }!

    Tilauksen { $order_id } palautus on hyväksytty. Palautamme sinulle { MONEY($refund_amount) } samalle maksutavalle, jolla maksoit ostoksesi.

    Pankista riippuen rahat voivat näkyä tililläsi vasta muutaman päivän päästä.

return-rejected =
    Hei { $customer_name }!

    Kiitos palautuspyynnöstäsi, joka koskee tilausta { $order_id }. Valitettavasti emme voi hyväksyä palautusta tästä syystä:

    { $reason }

    Ymmärrämme, ettei tämä ole toivomasi vastaus. Jos sinulla on kysyttävää tai lisätietoja, vaikkapa kuvia, vastaa tähän viestiin, niin katsomme asiaa mielellämme uudelleen.

refund-issued =
    Hei { $customer_name }!

    Palautimme sinulle { MONEY($amount) } (palautustapa: { $method }).

    Pankista tai maksupalvelusta riippuen rahojen näkyminen tililläsi voi kestää jopa { $days ->
        [one] { $days } päivän
       *[other] { $days } päivää
    }.

refund-delayed =
    Hei { $customer_name }!

    Pahoittelut, palautuksesi käsittely kestää odotettua kauemmin. Palautettava summa on { MONEY($amount) }, ja arviomme mukaan se on tililläsi viimeistään { DATE($expected_date) }.

    Kiitos kärsivällisyydestäsi! Jos rahoja ei siihen mennessä näy, vastaa tähän viestiin, niin tarkistamme asian heti.

cancellation-confirmed =
    Hei { $customer_name }!

    Hoidettu: peruimme tilauksesi { $order_id } toiveesi mukaisesti.

    Palautamme sinulle { MONEY($amount) } samalle maksutavalle, jota käytit. Pankista riippuen tämä voi kestää muutaman päivän.

    Toivottavasti nähdään pian uudelleen!

cancellation-too-late =
    Hei { $customer_name }!

    Kiitos viestistäsi. Valitettavasti tilauksesi { $order_id } on jo matkalla, joten emme voi enää perua sitä.

    Voit yksinkertaisesti jättää paketin vastaanottamatta, jolloin se palautuu automaattisesti meille. Voit myös ottaa paketin vastaan ja palauttaa sen; palautusaikaa on { $return_days ->
        [one] { $return_days } päivä
       *[other] { $return_days } päivää
    } vastaanotosta. Saat rahat takaisin heti, kun palautus on saapunut meille.

order-change-received =
    Hei { $customer_name }!

    Kiitos viestistäsi! Saimme pyyntösi muuttaa tilaustasi { $order_id }.

    Jos tilaus ei ole vielä lähtenyt varastostamme, teemme muutoksen ja lähetämme sinulle vahvistuksen. Jos se on jo matkalla, otamme sinuun yhteyttä ja kerromme, mitä vaihtoehtoja sinulla on.

wrong-or-missing-item =
    Hei { $customer_name }!

    { $kind ->
        [wrong] Pahoittelut, tilauksessasi { $order_id } oli väärä tuote! Tilaamasi tuote on { $item_name }, ja lähetämme sen sinulle maksutta. Saat sähköpostiisi palautustarran väärää tuotetta varten.
        [missing] Pahoittelut, tilauksestasi { $order_id } puuttui tuote { $item_name }! Lähetämme puuttuvan tuotteen mahdollisimman pian ilman lisäkuluja.
       *[other] Harmi, että tilauksesi { $order_id } tuotteessa on ongelma (tuote: { $item_name }). Selvitämme asian heti ja palaamme sinulle pian.
    }

    Jos haluat mieluummin rahat takaisin, vastaa vain tähän viestiin.

damaged-item =
    Hei { $customer_name }!

    Tosi harmillista, että tilauksesi { $order_id } tuote { $item_name } saapui rikkinäisenä!

    Jotta voimme auttaa sinua nopeasti, lähetäthän vastauksena tähän viestiin muutaman kuvan vaurioituneesta tuotteesta ja pakkauksesta.

    Kun olemme saaneet kuvat, järjestämme uuden tuotteen tai korjauksen – tietenkin sinulle maksutta.

exchange-confirmed =
    Hei { $customer_name }!

    Tilauksesi { $order_id } vaihto on vahvistettu. Saat tilalle tämän tuotteen: { $new_item }.

    Kerromme sinulle, kun uusi tuote on matkalla.

payment-failed =
    Hei { $customer_name }!

    Valitettavasti tilauksesi { $order_id } maksu ei onnistunut (maksutapa: { $payment_method }), joten emme ole vielä voineet käsitellä tilausta.

    Näin voi käydä esimerkiksi, jos kortti on vanhentunut tai jokin raja on täyttynyt. Tarkista maksutietosi ja yritä uudelleen tai valitse toinen maksutapa.

    Käsittelemme tilauksesi heti, kun maksu on mennyt läpi.

duplicate-charge-refunded =
    Hei { $customer_name }!

    Pahoittelut tuplaveloituksesta! Olemme jo palauttaneet ylimääräisen veloituksen, { MONEY($amount) }.

    Pankista tai maksupalvelusta riippuen rahojen näkyminen tiliotteellasi voi kestää jopa { $days ->
        [one] { $days } päivän
       *[other] { $days } päivää
    }.

invoice-sent =
    Hei { $customer_name }!

    Liitteenä on tilauksesi { $order_id } lasku. Löydät sen myös milloin vain omalta tililtäsi.

    Jos laskussa pitää näkyä yrityksen nimi tai ALV-tunniste, vastaa tähän viestiin ja kerro tiedot, niin lähetämme sinulle korjatun laskun.

voucher-resent =
    Hei { $customer_name }!

    Tässä koodisi uudelleen:

    { $voucher_code }

    Koodi on voimassa { DATE($valid_until) } asti. Syötä se vain kassalla tilausta tehdessäsi.

loyalty-points-adjusted =
    Hei { $customer_name }!

    Tarkistimme pistesaldosi ja lisäsimme tilillesi { $points ->
        [one] { $points } pisteen
       *[other] { $points } pistettä
    }.

    Sinulla on nyt { $balance ->
        [one] { $balance } piste
       *[other] { $balance } pistettä
    }. Kiitos, että asioit kanssamme!

presale-answer =
    Hei { $customer_name }!

    Kiva, että olet kiinnostunut tuotteistamme!

    { $in_stock ->
        [yes] Hyviä uutisia: { $product_name } on varastossa. Jos tilaat nyt, toimitus kestää yleensä { $delivery_days ->
            [one] { $delivery_days } päivän
           *[other] { $delivery_days } päivää
        }.
       *[no] { $product_name } on valitettavasti juuri nyt loppu varastosta, mutta voit silti tilata sen. Toimitus kestää silloin yleensä { $delivery_days ->
            [one] { $delivery_days } päivän
           *[other] { $delivery_days } päivää
        }.
    }

    Jos sinulla on muita kysymyksiä tuotteesta, autamme mielellämme!

account-access =
    Hei { $customer_name }!

    Voit asettaa tilillesi uuden salasanan tästä linkistä:

    { $reset_url }

    Turvallisuussyistä linkki on voimassa vain rajoitetun ajan. Jos kirjautuminen ei vieläkään onnistu, vastaa tähän viestiin.

privacy-request-received =
    Hei { $customer_name }!

    Kiitos yhteydenotostasi! Tietosuojaa koskeva pyyntösi on kirjattu numerolla { $ticket_id }.

    Käsittelemme sen kuukauden kuluessa, kuten EU:n tietosuoja-asetuksen (GDPR) 12 artiklan 3 kohta edellyttää. Tietojesi suojaamiseksi saatamme pyytää sinua vahvistamaan henkilöllisyytesi.

    Uutiskirjeen tai markkinointiviestien peruminen tulee voimaan heti.

feedback-thanks =
    Hei { $customer_name }!

    Iso kiitos palautteestasi! Luemme jokaisen viestin huolella ja jaamme sen koko tiimin kanssa – palaute auttaa meitä tekemään tuotteistamme ja palvelustamme entistä parempia.

    Kiva, että jaksoit kirjoittaa meille!

survey-request =
    Hei { $customer_name }!

    Toivottavasti pystyimme auttamaan! Ehtisitkö kertoa kahdessa minuutissa, mitä mieltä olit palvelustamme?

    { $survey_url }

    Mielipiteesi auttaa meitä kehittymään. Kiitos!

closing = Voimmeko auttaa vielä jossakin, { $customer_name }? Vastaa vain tähän viestiin!

signature =
    Terveisin
    { $agent_name }
    { $shop_name }
