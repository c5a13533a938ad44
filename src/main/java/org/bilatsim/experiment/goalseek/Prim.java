package org.bilatsim.experiment.goalseek;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The patient rule induction method (Friedman and Fisher 1999, "Bump hunting in high-dimensional
 * data", Statistics and Computing 9:123–143) for scenario discovery, as the EMA Workbench
 * ({@code ema_workbench.analysis.prim}, Kwakkel 2017) implements it for a binary outcome: which boxes
 * of the sampled parameter space hold the cases of interest (here: the target reached).
 *
 * <p><b>Peeling.</b> Starting from the box that holds all remaining points, each step considers, for
 * every dimension, removing the points below its {@code peelAlpha} quantile or above its
 * 1 &minus; {@code peelAlpha} quantile (of the points in the box), and takes the candidate with the
 * best objective — by default the Workbench's "lenient1", the gain in the share of cases of interest
 * per point removed, ties going to the box with fewer restricted dimensions — as long as the
 * objective is positive and the box keeps at least {@code massMin} of all points. The sequence of
 * boxes is the peeling trajectory, each with its coverage (share of all cases of interest inside it),
 * density (share of its points that are cases of interest) and mass (share of all points inside it).
 * Quantiles are the Workbench's (from sdtoolkit): the midpoint between the two order statistics around
 * the quantile, moved past ties.
 *
 * <p><b>Pasting</b> (optional) then widens a restricted dimension by a {@code pasteAlpha} quantile of
 * the points just outside while that raises the density.
 *
 * <p><b>Box selection.</b> The Workbench leaves the choice along the trajectory to its user and
 * defaults to the last box. Unattended, this picks by {@link Selection}: by default the box whose
 * coverage and density have the highest harmonic mean among those whose density reaches
 * {@code threshold} (the balance Bryant and Lempert 2010 ask of a scenario: most of the cases, mostly
 * cases); if none reaches it, the last box, marked as below the threshold.
 * <b>Covering:</b> the points of a selected box that reaches the threshold are removed and the next box
 * is sought among the rest, up to {@code maxBoxes}; coverage and mass stay relative to the whole
 * sample.
 */
public final class Prim {
    /** Peeling objective: the Workbench's default, or Friedman and Fisher's original (the new mean). */
    public enum Objective {
        LENIENT1,
        ORIGINAL
    }

    /** Which box of a trajectory is selected. */
    public enum Selection {
        /** The highest harmonic mean of coverage and density among the boxes dense enough. */
        BALANCED,
        /** The last box, as the Workbench's default. */
        LAST
    }

    /**
     * @param peelAlpha  share peeled per step, e.g. 0.05
     * @param pasteAlpha share pasted per step, e.g. 0.05
     * @param massMin    least share of all points a box keeps, e.g. 0.05
     * @param threshold  least density of a selected box, e.g. 0.8
     * @param paste      whether to paste after peeling
     * @param maxBoxes   most boxes found by covering
     * @param objective  peeling objective
     * @param selection  which box of each trajectory is selected
     */
    public record Settings(
            double peelAlpha,
            double pasteAlpha,
            double massMin,
            double threshold,
            boolean paste,
            int maxBoxes,
            Objective objective,
            Selection selection) {
        public Settings {
            if (!(peelAlpha > 0 && peelAlpha < 0.5) || !(pasteAlpha > 0 && pasteAlpha < 0.5)) {
                throw new IllegalArgumentException("peel and paste alpha must be in (0, 0.5)");
            }
            if (!(massMin > 0 && massMin < 1) || !(threshold > 0 && threshold <= 1) || maxBoxes < 1) {
                throw new IllegalArgumentException("mass_min in (0, 1), threshold in (0, 1], at least one box");
            }
        }

        /**
         * The EMA Workbench's defaults (alpha 0.05, mass_min 0.05, threshold 0.8, lenient1), pasting on,
         * up to three boxes, balanced selection.
         */
        public static Settings defaults() {
            return new Settings(0.05, 0.05, 0.05, 0.8, true, 3, Objective.LENIENT1, Selection.BALANCED);
        }
    }

    /**
     * One box of a trajectory.
     *
     * @param lower    lower limit per dimension
     * @param upper    upper limit per dimension
     * @param points   sample points inside (of those remaining when the box was sought)
     * @param cases    cases of interest inside
     * @param coverage cases inside / all cases of interest of the sample
     * @param density  cases inside / points inside
     * @param mass     points inside / all points of the sample
     * @param restricted dimensions whose limits differ from the sample's range
     * @param pasted   whether this step was a paste (false: a peel, or the initial box)
     */
    public record Step(
            double[] lower,
            double[] upper,
            int points,
            int cases,
            double coverage,
            double density,
            double mass,
            int restricted,
            boolean pasted) {
        public Step {
            lower = lower.clone();
            upper = upper.clone();
        }

        @Override
        public double[] lower() {
            return lower.clone();
        }

        @Override
        public double[] upper() {
            return upper.clone();
        }
    }

    /**
     * @param trajectory the peeling (and pasting) trajectory, from the initial box
     * @param selected   index of the selected box in the trajectory
     * @param meetsThreshold whether the selected box's density reaches the threshold
     */
    public record Box(List<Step> trajectory, int selected, boolean meetsThreshold) {
        public Box {
            trajectory = List.copyOf(trajectory);
        }

        public Step box() {
            return trajectory.get(selected);
        }
    }

    /**
     * @param dimensions  names of the dimensions
     * @param initialLower the sample's minimum per dimension
     * @param initialUpper the sample's maximum per dimension
     * @param points      sample size
     * @param cases       cases of interest in the sample
     * @param boxes       the boxes found, in covering order
     */
    public record Result(
            List<String> dimensions,
            double[] initialLower,
            double[] initialUpper,
            int points,
            int cases,
            List<Box> boxes) {
        public Result {
            dimensions = List.copyOf(dimensions);
            boxes = List.copyOf(boxes);
            initialLower = initialLower.clone();
            initialUpper = initialUpper.clone();
        }

        @Override
        public double[] initialLower() {
            return initialLower.clone();
        }

        @Override
        public double[] initialUpper() {
            return initialUpper.clone();
        }
    }

    private final double[][] x;
    private final boolean[] y;
    private final Settings settings;
    private final int n;
    private final int d;
    private final int totalCases;
    private final double[] initLower;
    private final double[] initUpper;

    private Prim(double[][] x, boolean[] y, Settings settings) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("PRIM needs as many outcomes as points, and at least one point");
        }
        this.x = x;
        this.y = y;
        this.settings = settings;
        this.n = x.length;
        this.d = x[0].length;
        int cases = 0;
        for (boolean b : y) {
            cases += b ? 1 : 0;
        }
        this.totalCases = cases;
        initLower = new double[d];
        initUpper = new double[d];
        Arrays.fill(initLower, Double.POSITIVE_INFINITY);
        Arrays.fill(initUpper, Double.NEGATIVE_INFINITY);
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                initLower[j] = Math.min(initLower[j], row[j]);
                initUpper[j] = Math.max(initUpper[j], row[j]);
            }
        }
    }

    /**
     * @param dimensions names of the d dimensions
     * @param x          n points of d coordinates
     * @param y          whether each point is a case of interest
     */
    public static Result find(List<String> dimensions, double[][] x, boolean[] y, Settings settings) {
        Prim prim = new Prim(x, y, settings);
        if (dimensions.size() != prim.d) {
            throw new IllegalArgumentException("PRIM: " + dimensions.size() + " names for " + prim.d + " dimensions");
        }
        return new Result(dimensions, prim.initLower, prim.initUpper, prim.n, prim.totalCases, prim.cover());
    }

    private List<Box> cover() {
        List<Box> boxes = new ArrayList<>();
        boolean[] remaining = new boolean[n];
        Arrays.fill(remaining, true);
        while (boxes.size() < settings.maxBoxes()) {
            int[] rest = indicesOf(remaining);
            if (rest.length == 0 || cases(rest) == 0) {
                break;
            }
            Box box = findBox(rest);
            boxes.add(box);
            if (!box.meetsThreshold()) {
                break;
            }
            for (int i : inBox(rest, box.box().lower, box.box().upper)) {
                remaining[i] = false;
            }
        }
        return boxes;
    }

    private Box findBox(int[] rest) {
        List<Step> trajectory = new ArrayList<>();
        trajectory.add(step(initLower, initUpper, rest, false));
        peel(trajectory, rest);
        if (settings.paste()) {
            paste(trajectory, rest);
        }
        int last = trajectory.size() - 1;
        if (settings.selection() == Selection.LAST) {
            return new Box(trajectory, last, trajectory.get(last).density() >= settings.threshold());
        }
        int selected = -1;
        for (int i = 0; i < trajectory.size(); i++) {
            if (trajectory.get(i).density() >= settings.threshold()
                    && (selected < 0 || balance(trajectory.get(i)) > balance(trajectory.get(selected)))) {
                selected = i;
            }
        }
        boolean meets = selected >= 0;
        return new Box(trajectory, meets ? selected : last, meets);
    }

    /** Harmonic mean of coverage and density. */
    private static double balance(Step s) {
        double sum = s.coverage() + s.density();
        return sum == 0 ? 0 : 2 * s.coverage() * s.density() / sum;
    }

    /**
     * The best candidate box of one peeling or pasting step: the highest objective, ties broken in
     * favour of the box that restricts fewer dimensions.
     */
    private static final class Best {
        double score = Double.NEGATIVE_INFINITY;
        int unrestricted = -1;
        double[] lower;
        double[] upper;
        int[] inside;

        void offer(double candidateScore, int candidateUnrestricted, double[] lo, double[] up, int[] in) {
            if (candidateScore > score || candidateScore == score && candidateUnrestricted > unrestricted) {
                score = candidateScore;
                unrestricted = candidateUnrestricted;
                lower = lo;
                upper = up;
                inside = in;
            }
        }
    }

    private void peel(List<Step> trajectory, int[] rest) {
        while (true) {
            Step box = trajectory.get(trajectory.size() - 1);
            int[] inside = inBox(rest, box.lower, box.upper);
            Best best = new Best();
            for (int j = 0; j < d; j++) {
                double[] column = column(inside, j);
                for (boolean upperSide : new boolean[] {true, false}) {
                    double[] lower = box.lower.clone();
                    double[] upper = box.upper.clone();
                    double limit = quantile(column, upperSide ? 1 - settings.peelAlpha() : settings.peelAlpha());
                    if (upperSide) {
                        upper[j] = limit;
                    } else {
                        lower[j] = limit;
                    }
                    int[] candidate = inBox(inside, lower, upper);
                    best.offer(objective(inside, candidate), d - restricted(lower, upper), lower, upper, candidate);
                }
            }
            if (best.inside == null) {
                return;
            }
            double massNew = (double) best.inside.length / n;
            double massOld = (double) inside.length / n;
            if (massNew >= settings.massMin() && massNew < massOld && best.score > 0) {
                trajectory.add(step(best.lower, best.upper, best.inside, false));
            } else {
                return;
            }
        }
    }

    private void paste(List<Step> trajectory, int[] rest) {
        while (true) {
            Step box = trajectory.get(trajectory.size() - 1);
            int[] inside = inBox(rest, box.lower, box.upper);
            Best best = new Best();
            for (int j = 0; j < d; j++) {
                if (box.lower[j] == initLower[j] && box.upper[j] == initUpper[j]) {
                    continue;
                }
                for (boolean upperSide : new boolean[] {false, true}) {
                    double[] lower = box.lower.clone();
                    double[] upper = box.upper.clone();
                    double[] outsideLower = box.lower.clone();
                    double[] outsideUpper = box.upper.clone();
                    if (upperSide) {
                        outsideLower[j] = box.upper[j];
                        outsideUpper[j] = initUpper[j];
                    } else {
                        outsideLower[j] = initLower[j];
                        outsideUpper[j] = box.lower[j];
                    }
                    double[] data = column(inBox(rest, outsideLower, outsideUpper), j);
                    if (upperSide) {
                        upper[j] = data.length > 0 ? quantile(data, settings.pasteAlpha()) : initUpper[j];
                    } else {
                        lower[j] = data.length > 0 ? quantile(data, 1 - settings.pasteAlpha()) : initLower[j];
                    }
                    int[] candidate = inBox(rest, lower, upper);
                    best.offer(objective(inside, candidate), d - restricted(lower, upper), lower, upper, candidate);
                }
            }
            if (best.inside == null) {
                return;
            }
            double massNew = (double) best.inside.length / n;
            double massOld = (double) inside.length / n;
            if (massNew >= settings.massMin()
                    && massNew > massOld
                    && best.score > 0
                    && mean(best.inside) > mean(inside)) {
                trajectory.add(step(best.lower, best.upper, best.inside, true));
            } else {
                return;
            }
        }
    }

    /** The Workbench's lenient1 (gain in mean per point removed or added) or the original (new mean). */
    private double objective(int[] old, int[] candidate) {
        double meanNew = candidate.length > 0 ? mean(candidate) : 0;
        if (settings.objective() == Objective.ORIGINAL) {
            return candidate.length > 0 ? meanNew : -1;
        }
        double meanOld = mean(old);
        if (meanOld == meanNew || old.length == candidate.length) {
            return 0;
        }
        return (meanNew - meanOld) / Math.abs(old.length - candidate.length);
    }

    /**
     * The quantile of sdtoolkit and the EMA Workbench: the midpoint of the order statistics on either
     * side of position (n - 1) q, the lower one moved down (q &gt; 0.5) or the upper one up past ties,
     * so that a peel always falls between two distinct values when there are any.
     */
    static double quantile(double[] data, double q) {
        double[] sorted = data.clone();
        Arrays.sort(sorted);
        double i = (sorted.length - 1) * q;
        int lo = (int) Math.floor(i);
        int hi = (int) Math.ceil(i);
        if (q > 0.5) {
            while (sorted[lo] == sorted[hi] && lo > 0) {
                lo--;
            }
        } else {
            while (sorted[lo] == sorted[hi] && hi < sorted.length - 1) {
                hi++;
            }
        }
        return (sorted[lo] + sorted[hi]) / 2;
    }

    private Step step(double[] lower, double[] upper, int[] inside, boolean pasted) {
        int cases = cases(inside);
        return new Step(
                lower,
                upper,
                inside.length,
                cases,
                totalCases == 0 ? 0 : (double) cases / totalCases,
                inside.length == 0 ? 0 : (double) cases / inside.length,
                (double) inside.length / n,
                restricted(lower, upper),
                pasted);
    }

    private int restricted(double[] lower, double[] upper) {
        int r = 0;
        for (int j = 0; j < d; j++) {
            if (lower[j] != initLower[j] || upper[j] != initUpper[j]) {
                r++;
            }
        }
        return r;
    }

    private int[] inBox(int[] among, double[] lower, double[] upper) {
        int[] out = new int[among.length];
        int m = 0;
        for (int i : among) {
            boolean in = true;
            for (int j = 0; j < d && in; j++) {
                in = x[i][j] >= lower[j] && x[i][j] <= upper[j];
            }
            if (in) {
                out[m++] = i;
            }
        }
        return Arrays.copyOf(out, m);
    }

    private double[] column(int[] indices, int j) {
        double[] c = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            c[k] = x[indices[k]][j];
        }
        return c;
    }

    private int cases(int[] indices) {
        int c = 0;
        for (int i : indices) {
            c += y[i] ? 1 : 0;
        }
        return c;
    }

    private double mean(int[] indices) {
        return indices.length == 0 ? 0 : (double) cases(indices) / indices.length;
    }

    private static int[] indicesOf(boolean[] flags) {
        int m = 0;
        int[] out = new int[flags.length];
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                out[m++] = i;
            }
        }
        return Arrays.copyOf(out, m);
    }
}
