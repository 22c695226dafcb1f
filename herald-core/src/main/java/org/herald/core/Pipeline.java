package org.herald.core;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.herald.core.model.Document;
import org.herald.core.model.Layer;
import org.herald.core.model.PipelineInfo;
import org.jspecify.annotations.Nullable;

/**
 * An extractor followed by stages, checked for order when built. Immutable and thread-safe: build
 * it once per process and call {@link #analyze} from any number of threads.
 */
public final class Pipeline {
  private final Extractor extractor;
  private final List<Stage> stages;
  private final PipelineInfo info;

  /** The time a document may take in the stages after extraction; null: no limit. */
  private final @Nullable Duration timeLimit;

  private Pipeline(Extractor extractor, List<Stage> stages, PipelineInfo info,
      @Nullable Duration timeLimit) {
    this.timeLimit = timeLimit;
    this.extractor = extractor;
    this.stages = List.copyOf(stages);
    this.info = info;
  }

  public static Builder builder(Extractor extractor) {
    return new Builder(extractor);
  }

  public List<Stage> stages() {
    return stages;
  }

  public PipelineInfo info() {
    return info;
  }

  /** Extracts and analyses one input. */
  public Document analyze(RawInput input) {
    return analyze(input, StageListener.NONE);
  }

  /**
   * Extracts and analyses one input, telling {@code listener} the time of each step.
   *
   * @throws HeraldException where the input cannot be analysed; the message names the reason
   */
  public Document analyze(RawInput input, StageListener listener) {
    long t0 = System.nanoTime();
    Document doc = extract(input);
    listener.stageDone("extract", System.nanoTime() - t0);
    return run(doc, listener);
  }

  /**
   * Only the first step: the clean text and metadata, whose content id tells a store whether
   * the rest is needed. {@link #run} finishes it.
   */
  public Document extract(RawInput input) {
    return extractor.extract(input).toBuilder().pipeline(info).build();
  }

  /**
   * Runs the stages on a document that already has its text, within the pipeline's time limit:
   * a document that overruns it keeps what the stages before gave it, with the warning "timed
   * out in STAGE after N s; the stages from STAGE on did not run", and a pipeline version marked
   * {@code +timed-out}, so that {@code herald reanalyze} tries it again.
   */
  public Document run(Document document, StageListener listener) {
    return Deadline.within(timeLimit, () -> {
      Document doc = document;
      for (Stage stage : stages) {
        long t0 = System.nanoTime();
        try {
          Deadline.check(stage.name());
          doc = stage.apply(doc);
        } catch (Deadline.Exceeded e) {
          PipelineInfo p = doc.pipeline() != null ? doc.pipeline() : info;
          return doc.toBuilder()
              .pipeline(new PipelineInfo(p.version() + TIMED_OUT, p.kb()))
              .warning(e.getMessage() + "; the stages from " + stage.name() + " on did not run")
              .build();
        }
        listener.stageDone(stage.name(), System.nanoTime() - t0);
      }
      return doc;
    });
  }

  /** The mark on the pipeline version of a document that ran out of time. */
  public static final String TIMED_OUT = "+timed-out";

  /** Collects stages and checks, on {@link #build()}, that each finds the layers it needs. */
  public static final class Builder {
    private final Extractor extractor;
    private final List<Stage> stages = new ArrayList<>();
    private String version = "dev";
    private String kb = "none";
    private @Nullable Duration timeLimit;

    private Builder(Extractor extractor) {
      this.extractor = requireNonNull(extractor, "extractor is null");
    }

    public Builder add(Stage stage) {
      stages.add(requireNonNull(stage, "stage is null"));
      return this;
    }

    /** The time a document may take in the stages (none by default). */
    public Builder timeLimit(@Nullable Duration limit) {
      if (limit != null && (limit.isNegative() || limit.isZero())) {
        throw new HeraldException(ErrorCode.BAD_ARGUMENT, "the time limit must be positive, not "
            + limit);
      }
      this.timeLimit = limit;
      return this;
    }

    public Builder version(String pipelineVersion, String kbVersion) {
      this.version = requireNonNull(pipelineVersion, "pipelineVersion is null");
      this.kb = requireNonNull(kbVersion, "kbVersion is null");
      return this;
    }

    /**
     * @throws HeraldException (INTERNAL) where a stage requires a layer no earlier step produces
     */
    public Pipeline build() {
      Set<Layer> present = EnumSet.of(Layer.TEXT);
      for (Stage stage : stages) {
        EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
        for (Layer need : stage.requires()) {
          if (!present.contains(need)) {
            missing.add(need);
          }
        }
        if (!missing.isEmpty()) {
          throw new HeraldException(ErrorCode.INTERNAL,
              "stage '" + stage.name() + "' requires " + missing + " but the stages before it"
                  + " produce only " + present);
        }
        present.addAll(stage.produces());
      }
      return new Pipeline(extractor, stages, new PipelineInfo(version, kb), timeLimit);
    }
  }
}
