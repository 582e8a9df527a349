//! The codes the engine cites for the shop's own terms (`returns.*`), each
//! with the policy key it comes from.

use super::law::Rule;

macro_rules! shop_rules {
    ($( $name:ident = $code:literal, $source:literal, $text:literal; )*) => {
        $( pub(crate) const $name: Rule = Rule { code: $code, source: $source, text: $text }; )*
        /// Every code the engine cites for the shop's own terms.
        ///
        /// ```
        /// use caredesk::returns::SHOP_RULES;
        ///
        /// assert!(SHOP_RULES.iter().all(|r| r.code.starts_with("returns.")));
        /// let fee = SHOP_RULES.iter().find(|r| r.code == "returns.restocking_fee").unwrap();
        /// assert_eq!(fee.source, "policy: restocking_fee");
        /// ```
        pub static SHOP_RULES: &[Rule] = &[ $( $name ),* ];
    };
}

shop_rules! {
    WINDOW_OPEN = "returns.window_open", "policy: window",
        "Within the shop's return window.";
    WINDOW_EXPIRED = "returns.window_expired", "policy: window",
        "The shop's return window has ended.";
    WINDOW_UNLIMITED = "returns.window_unlimited", "policy: window.unlimited",
        "The shop takes returns without a time limit.";
    WINDOW_NOT_STARTED = "returns.window_not_started", "policy: window.from",
        "The shop's window has not started yet: the item has not shipped or arrived.";
    SEASONAL = "returns.seasonal_extension", "policy: seasonal",
        "A seasonal extension of the shop's window applies to this order.";
    GOODWILL = "returns.goodwill", "policy: goodwill",
        "Past the shop's window, within its goodwill period.";
    EXCL_FINAL_SALE = "returns.excluded.final_sale", "policy: exclusions.final_sale",
        "Sold as final sale: excluded by the shop's policy.";
    EXCL_SKU = "returns.excluded.sku", "policy: exclusions.skus",
        "This SKU is excluded by the shop's policy.";
    EXCL_CATEGORY = "returns.excluded.category", "policy: exclusions.categories",
        "This category is excluded by the shop's policy.";
    EXCL_TAG = "returns.excluded.tag", "policy: exclusions.tags",
        "An item with this tag is excluded by the shop's policy.";
    EXCL_STATUTORY = "returns.excluded.statutory_exception", "policy: exclusions.statutory_exceptions",
        "A kind of item the law exempts from withdrawal (personalised, perishable, unsealed hygiene or media, ...): excluded by the shop's policy.";
    CONDITION = "returns.condition_not_accepted", "policy: condition.accepted",
        "The shop's policy does not take items back in this condition.";
    PACKAGING = "returns.original_packaging_required", "policy: condition.original_packaging",
        "The shop's policy requires the original packaging.";
    RESTOCKING = "returns.restocking_fee", "policy: restocking_fee",
        "The shop's restocking fee applies.";
    KEEP_ITEM = "returns.keep_item", "policy: keep_item_below",
        "Below the shop's keep-the-item threshold: refunded without sending it back.";
    SHIPPING_FEE = "returns.return_shipping_fee", "policy: return_shipping",
        "The shop's return shipping fee is deducted from the refund.";
    CUSTOMER_LABEL = "returns.customer_label", "policy: return_shipping",
        "The consumer sends the parcel back at their own cost.";
    FAULT_FREE = "returns.fault_return_free", "policy: return_shipping",
        "A fault return is at the shop's cost.";
    OUTBOUND = "returns.outbound_refund", "policy: refund_outbound_shipping",
        "The shop refunds the outbound shipping.";
    BONUS = "returns.store_credit_bonus", "policy: store_credit_bonus_bps",
        "Store credit carries the shop's bonus.";
    TO_BANK = "returns.refund_to.bank_transfer", "request: payment_method",
        "Paid cash on delivery: refunded by bank transfer.";
    TO_CREDIT = "returns.refund_to.store_credit", "request: payment_method",
        "Paid by gift card or store credit: refunded as store credit.";
    HOLIDAYS_NOT_BUILT_IN = "returns.holidays_not_built_in", "request: holidays",
        "No public holidays are built in for the consumer's country (or that year) and the request gives none: only Saturdays and Sundays were counted when rolling the period's last day over. Pass the country's holidays in `holidays` to count them.";
    CREDIT_ONLY = "returns.store_credit_only", "policy: resolutions",
        "The shop offers store credit, not money back, for this return.";
}
