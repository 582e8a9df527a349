### caredesk reply catalog: German (de), informal.
### Tone: warm, friendly "du" (lower case), greeting "Hallo …", closing "Viele Grüße".
### After the greeting comma the text continues in lower case, as usual in German letters.

acknowledgement =
    Hallo { $customer_name },

    danke für deine Nachricht! Wir haben deine Anfrage erhalten und unter der Ticketnummer { $ticket_id } aufgenommen.

    Du bekommst spätestens bis { DATETIME($reply_by) } eine Antwort von uns. Falls du noch etwas ergänzen möchtest, antworte einfach auf diese E-Mail.

out-of-hours =
    Hallo { $customer_name },

    danke für deine Nachricht! Unser Kundenservice ist gerade nicht besetzt.

    Ab { DATETIME($next_open) } sind wir wieder für dich da und melden uns so schnell wie möglich. Du musst deine Nachricht nicht noch einmal schicken – sie ist schon bei uns angekommen.

order-status =
    Hallo { $customer_name },

    gute Nachrichten: Deine Bestellung { $order_id } ist mit { $carrier } auf dem Weg zu dir.

    Hier kannst du dein Paket verfolgen:
    { $tracking_url }

    Die Zustellung ist für den { DATE($delivery_date) } geplant. Es kann ein paar Stunden dauern, bis die Sendungsverfolgung aktualisiert ist.

shipping-delay =
    Hallo { $customer_name },

    leider verzögert sich die Lieferung deiner Bestellung { $order_id } um { $days_late ->
        [one] { $days_late } Tag
       *[other] { $days_late } Tage
    }. Der neue voraussichtliche Liefertermin ist der { DATE($delivery_date) }.

    Sorry für die Verzögerung und danke für deine Geduld! Falls dir der neue Termin nicht passt, antworte einfach auf diese E-Mail – wir finden gemeinsam eine Lösung.

lost-parcel-investigation =
    Hallo { $customer_name },

    schade, dass deine Bestellung { $order_id } noch nicht bei dir angekommen ist. Wir haben bei { $carrier } einen Nachforschungsauftrag gestellt, damit dein Paket gefunden wird.

    Das kann bis zu { $business_days ->
        [one] { $business_days } Werktag
       *[other] { $business_days } Werktage
    } dauern. Sobald wir etwas hören, melden wir uns bei dir. Falls das Paket nicht auftaucht, bekommst du natürlich eine Ersatzlieferung oder dein Geld zurück – ganz wie du möchtest.

delivery-dispute =
    Hallo { $customer_name },

    danke, dass du uns Bescheid gibst. Laut { $carrier } wurde deine Bestellung { $order_id } am { DATETIME($delivered_at) } zugestellt.

    Manchmal landen Pakete bei Nachbarn, im Briefkasten oder an einem geschützten Platz in der Nähe der Haustür. Magst du dort einmal nachschauen?

    Parallel dazu starten wir bei { $carrier } eine Reklamation und melden uns, sobald wir eine Antwort haben. Falls du das Paket in der Zwischenzeit findest, sag uns bitte kurz Bescheid.

return-instructions =
    Hallo { $customer_name },

    so kannst du deine Bestellung { $order_id } zurückschicken:

    Druck dir das Retourenetikett über diesen Link aus:
    { $label_url }

    Pack die Artikel gut ein, kleb das Etikett auf das Paket und gib es bis spätestens { DATE($return_by) } beim Versanddienstleister ab. Heb den Einlieferungsbeleg bitte auf, bis du deine Erstattung bekommen hast.

    Wir sagen dir Bescheid, sobald deine Rücksendung bei uns angekommen und geprüft ist.

return-approved =
    Hallo { $customer_name },

    deine Rücksendung zur Bestellung { $order_id } ist genehmigt. Wir erstatten dir { MONEY($refund_amount) } über die Zahlungsart, mit der du bezahlt hast.

    Je nach Bank kann es ein paar Tage dauern, bis der Betrag auf deinem Konto ist.

return-rejected =
    Hallo { $customer_name },

    danke für deine Rücksendeanfrage zur Bestellung { $order_id }. Leider können wir die Rücksendung aus folgendem Grund nicht annehmen:

    { $reason }

    Wir verstehen, dass du dir eine andere Antwort gewünscht hättest. Wenn du Fragen hast oder uns noch Infos schicken möchtest, zum Beispiel Fotos, antworte einfach auf diese E-Mail. Wir schauen uns deinen Fall dann gern noch einmal an.

refund-issued =
    Hallo { $customer_name },

    wir haben dir { MONEY($amount) } über { $method } erstattet.

    Je nach Bank oder Zahlungsanbieter kann es bis zu { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } dauern, bis du den Betrag auf deinem Konto siehst.

refund-delayed =
    Hallo { $customer_name },

    sorry, die Erstattung von { MONEY($amount) } dauert leider länger als geplant. Wir gehen davon aus, dass sie bis zum { DATE($expected_date) } abgeschlossen ist.

    Danke für deine Geduld! Falls der Betrag bis dahin nicht bei dir angekommen ist, antworte einfach auf diese E-Mail – dann kümmern wir uns sofort darum.

cancellation-confirmed =
    Hallo { $customer_name },

    wie gewünscht haben wir deine Bestellung { $order_id } storniert.

    Die { MONEY($amount) } erstatten wir dir über die Zahlungsart, mit der du bezahlt hast. Je nach Bank kann das ein paar Tage dauern.

    Wir freuen uns, wenn du bald wieder bei uns vorbeischaust!

cancellation-too-late =
    Hallo { $customer_name },

    danke für deine Nachricht. Leider ist deine Bestellung { $order_id } schon unterwegs, deshalb können wir sie nicht mehr stornieren.

    Du kannst die Annahme des Pakets einfach verweigern, dann geht es automatisch an uns zurück. Oder du nimmst es an und schickst es innerhalb von { $return_days ->
        [one] { $return_days } Tag
       *[other] { $return_days } Tagen
    } nach Erhalt an uns zurück. Sobald die Rücksendung bei uns ist, bekommst du dein Geld zurück.

order-change-received =
    Hallo { $customer_name },

    danke für deine Nachricht! Wir haben deinen Änderungswunsch zur Bestellung { $order_id } erhalten.

    Falls die Bestellung unser Lager noch nicht verlassen hat, passen wir sie an und schicken dir eine Bestätigung. Ist sie schon unterwegs, melden wir uns bei dir und sagen dir, welche Möglichkeiten du hast.

wrong-or-missing-item =
    Hallo { $customer_name },

    { $kind ->
        [wrong] das tut uns leid: Statt des Artikels { $item_name } war in deiner Bestellung { $order_id } ein anderer Artikel. Wir schicken dir den richtigen Artikel kostenlos zu und mailen dir ein Retourenetikett für den falschen.
        [missing] das tut uns leid: Der Artikel { $item_name } hat in deiner Bestellung { $order_id } gefehlt. Wir schicken ihn dir so schnell wie möglich kostenlos nach.
       *[other] das tut uns leid: Mit dem Artikel { $item_name } aus deiner Bestellung { $order_id } gibt es ein Problem. Wir kümmern uns sofort darum und melden uns gleich wieder bei dir.
    }

    Wenn dir eine Erstattung lieber ist, antworte einfach auf diese E-Mail.

damaged-item =
    Hallo { $customer_name },

    das tut uns wirklich leid: Der Artikel { $item_name } aus deiner Bestellung { $order_id } ist beschädigt bei dir angekommen.

    Damit wir dir schnell helfen können, schick uns bitte als Antwort auf diese E-Mail ein paar Fotos vom beschädigten Artikel und von der Verpackung.

    Sobald wir die Fotos haben, kümmern wir uns um Ersatz oder eine Reparatur – natürlich kostenlos für dich.

exchange-confirmed =
    Hallo { $customer_name },

    dein Umtausch zur Bestellung { $order_id } ist bestätigt: Du bekommst { $new_item } als Ersatz.

    Wir sagen dir Bescheid, sobald der neue Artikel unterwegs ist.

payment-failed =
    Hallo { $customer_name },

    leider hat die Zahlung für deine Bestellung { $order_id } mit { $payment_method } nicht geklappt. Deshalb konnten wir deine Bestellung noch nicht bearbeiten.

    Das kann zum Beispiel passieren, wenn eine Karte abgelaufen oder ein Limit erreicht ist. Prüf bitte deine Zahlungsdaten und versuch es noch einmal oder wähl eine andere Zahlungsart.

    Sobald die Zahlung geklappt hat, kümmern wir uns sofort um deine Bestellung.

duplicate-charge-refunded =
    Hallo { $customer_name },

    sorry, dass dein Konto doppelt belastet wurde! Die doppelte Abbuchung von { MONEY($amount) } haben wir dir schon erstattet.

    Je nach Bank oder Zahlungsanbieter kann es bis zu { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } dauern, bis der Betrag auf deinem Kontoauszug erscheint.

invoice-sent =
    Hallo { $customer_name },

    im Anhang findest du die Rechnung zu deiner Bestellung { $order_id }. Du kannst sie außerdem jederzeit in deinem Kundenkonto abrufen.

    Soll auf der Rechnung ein Firmenname oder eine USt-IdNr. stehen, antworte einfach mit den Angaben auf diese E-Mail. Wir schicken dir dann eine korrigierte Rechnung.

voucher-resent =
    Hallo { $customer_name },

    hier ist dein Gutscheincode noch einmal:

    { $voucher_code }

    Der Gutschein ist bis zum { DATE($valid_until) } gültig. Gib den Code einfach beim Bezahlen im Warenkorb ein.

loyalty-points-adjusted =
    Hallo { $customer_name },

    wir haben dein Punktekonto geprüft und dir { $points ->
        [one] { $points } Punkt
       *[other] { $points } Punkte
    } gutgeschrieben.

    Dein neuer Punktestand: { $balance ->
        [one] { $balance } Punkt
       *[other] { $balance } Punkte
    }. Danke, dass du uns treu bist!

presale-answer =
    Hallo { $customer_name },

    danke für dein Interesse an unseren Produkten!

    { $in_stock ->
        [yes] Gute Nachrichten: Der Artikel { $product_name } ist auf Lager. Wenn du jetzt bestellst, dauert die Lieferung in der Regel { $delivery_days ->
            [one] { $delivery_days } Tag
           *[other] { $delivery_days } Tage
        }.
       *[no] Der Artikel { $product_name } ist gerade leider nicht auf Lager, du kannst ihn aber trotzdem schon bestellen. Die Lieferung dauert dann in der Regel { $delivery_days ->
            [one] { $delivery_days } Tag
           *[other] { $delivery_days } Tage
        }.
    }

    Wenn du noch Fragen zum Produkt hast, helfen wir dir gern weiter.

account-access =
    Hallo { $customer_name },

    über diesen Link kannst du ein neues Passwort für dein Kundenkonto festlegen:

    { $reset_url }

    Aus Sicherheitsgründen ist der Link nur für begrenzte Zeit gültig. Falls du dich trotzdem nicht anmelden kannst, antworte einfach auf diese E-Mail.

privacy-request-received =
    Hallo { $customer_name },

    wir haben deine Datenschutzanfrage erhalten und unter der Ticketnummer { $ticket_id } aufgenommen.

    Wir kümmern uns innerhalb eines Monats darum, so wie es Art. 12 Abs. 3 DSGVO vorsieht. Zum Schutz deiner Daten bitten wir dich eventuell, deine Identität zu bestätigen.

    Eine Abmeldung vom Newsletter oder von Werbenachrichten gilt sofort.

feedback-thanks =
    Hallo { $customer_name },

    vielen Dank für dein Feedback! Wir lesen jede Nachricht genau und geben sie an unser Team weiter – so werden unsere Produkte und unser Service immer besser.

    Schön, dass du dir die Zeit genommen hast, uns zu schreiben!

survey-request =
    Hallo { $customer_name },

    wir hoffen, wir konnten dir weiterhelfen! Hast du zwei Minuten, um uns zu sagen, wie zufrieden du mit unserem Service warst?

    { $survey_url }

    Deine Meinung hilft uns, besser zu werden. Danke!

closing = Können wir sonst noch etwas für dich tun, { $customer_name }? Antworte einfach auf diese E-Mail – wir helfen dir gern.

signature =
    Viele Grüße
    { $agent_name }
    Kundenservice { $shop_name }
