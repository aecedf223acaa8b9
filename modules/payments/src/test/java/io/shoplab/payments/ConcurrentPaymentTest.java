package io.shoplab.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.shoplab.platform.test.ModuleDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for one order at the same moment, as a saga's retry overtaking a slow first call, or its
 * compensation racing a capture, produce them: every caller gets an answer, and money is never kept
 * for an order that was undone.
 */
@ModuleDataTest
@Import({PaymentsConfiguration.class, Payments.class, PaymentRepository.class})
// Each call commits on its own thread; the test must not hold them in one transaction.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ConcurrentPaymentTest {

    @Autowired
    private Payments payments;

    @Test
    void racingCapturesAllAnswerTheOneDecision() throws Exception {
        UUID order = UUID.randomUUID();

        List<PaymentStatus> answers = allAtOnce(8, () -> payments.capture(request(order)));

        assertThat(answers).containsOnly(PaymentStatus.CAPTURED);
    }

    @Test
    void anUndoRacingACaptureNeverLeavesTheMoneyTaken() throws Exception {
        for (int round = 0; round < 10; round++) {
            UUID order = UUID.randomUUID();

            List<PaymentStatus> answers =
                    allAtOnce(2, List.of(() -> payments.capture(request(order)), () -> payments.voidOrRefund(order)));

            assertThat(answers.get(1)).isIn(PaymentStatus.VOIDED, PaymentStatus.REFUNDED);
            assertThat(payments.paymentOf(order).orElseThrow().status())
                    .isIn(PaymentStatus.VOIDED, PaymentStatus.REFUNDED);
        }
    }

    private static PaymentRequest request(UUID order) {
        return new PaymentRequest(order, "c-race", new BigDecimal("10.00"), "EUR", "tok_ok");
    }

    private static List<PaymentStatus> allAtOnce(int copies, Callable<PaymentStatus> call) throws Exception {
        return allAtOnce(copies, java.util.Collections.nCopies(copies, call));
    }

    private static List<PaymentStatus> allAtOnce(int threads, List<Callable<PaymentStatus>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<PaymentStatus>> futures = new ArrayList<>();
            for (Callable<PaymentStatus> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<PaymentStatus> answers = new ArrayList<>();
            for (Future<PaymentStatus> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
