package dev.camelstripe.examples.sandbox;

import static dev.camelstripe.examples.sandbox.ListEndpoint.Filter.equal;

/**
 * {@code GET /v1/balance_transactions} and {@code GET /v1/balance_transactions/{id}} (stripe-node's
 * {@code BalanceTransactionResource}): one per captured charge ({@code type=charge}, Stripe's fee and the net) and
 * per refund ({@code type=refund}, negative), made by {@link Payments}.
 */
public final class BalanceTransactionsApi {

    private final ResourceStore balanceTransactions;

    public BalanceTransactionsApi(ResourceStore balanceTransactions) {
        this.balanceTransactions = balanceTransactions;
    }

    public void register(Router router) {
        ResourceRoutes.at(router, "/v1/balance_transactions", balanceTransactions).retrieve()
                .list(equal("type"), equal("source"), equal("currency"));
    }
}
