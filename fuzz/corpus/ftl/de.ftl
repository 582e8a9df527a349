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
    H