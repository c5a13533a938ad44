package org.bilatsim.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bilatsim.experiment.RunSpec;
import org.junit.jupiter.api.Test;

class JobsTest {
    static final String BASELINE = "configs/pak-aze/baseline.yaml";

    @Test
    void aPagesBaselineIsTheClisForItsOwnNumberOfReplications() throws Exception {
        ScenarioDocument document = ScenarioDocument.read(BASELINE, Path.of(BASELINE));
        assertTrue(
                !document.baseline().uncertainty().isEmpty(),
                "the default scenario draws its parameters from a Latin hypercube, which depends on the number");
        try (Jobs jobs = new Jobs(2)) {
            // First 5 replications, then 3: replication k of 3 is not replication k of 5.
            for (int n : new int[] {5, 3}) {
                Jobs.Job job = jobs.submit("page", -1, document, document.baseline(), n);
                job.await(n - 1, 60_000);
                assertEquals(Jobs.Job.State.DONE, job.state());
                ModelAdapter.Layout layout = ModelAdapter.Layout.of(document.baseline());
                List<ModelAdapter.Replication> cli = RunSpec.replications(
                                document.baseline().name(),
                                document.baseline(),
                                document.baseline().seed(),
                                n)
                        .stream()
                        .map(spec -> ModelAdapter.run(spec, layout))
                        .toList();
                Map<String, Object> expected = ModelAdapter.summary(document.baseline(), layout, cli, cli);
                @SuppressWarnings("unchecked")
                Map<String, Object> result =
                        (Map<String, Object>) job.snapshot().get("result");
                for (String series : List.of("total", "baselineTotal")) {
                    @SuppressWarnings("unchecked")
                    Map<String, double[]> want = (Map<String, double[]>) expected.get(series);
                    @SuppressWarnings("unchecked")
                    Map<String, double[]> got = (Map<String, double[]>) result.get(series);
                    for (String column : want.keySet()) {
                        assertArrayEquals(
                                want.get(column), got.get(column), n + " replications, " + series + " " + column);
                    }
                }
            }
        }
    }

    @Test
    void theFirstAnswerComesAfterOneReplicationPerWorker() throws Exception {
        ScenarioDocument document = ScenarioDocument.read(BASELINE, Path.of(BASELINE));
        try (Jobs jobs = new Jobs(2)) {
            assertEquals(2, jobs.firstAnswer());
            Jobs.Job job = jobs.submit("page", -1, document, document.baseline(), 40);
            job.await(0, 60_000);
            int done = job.done();
            assertTrue(done >= 2, "the first answer waits for 2 replications, had " + done);
            job.cancel();
        }
        try (Jobs one = new Jobs(1)) {
            assertEquals(2, one.firstAnswer(), "one replication has no band");
        }
    }
}
