package org.sorn.inputs.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.sorn.api.InputSequence;
import org.sorn.api.InputSource;
import org.sorn.api.InputSourceProperties;
import org.sorn.api.RunContext;
import org.sorn.inputs.SymbolInput;
import org.sorn.inputs.SymbolPools;

/**
 * {@code symbols}: a fixed symbol sequence, repeated without end, each symbol on its own pool of
 * N_U input units ({@link SymbolPools}). The sequence is the configuration's {@code sequence}:
 * symbols separated by spaces ({@code "a b b c"}), or one symbol per character when it has no
 * space ({@code "abbc"}). Symbols are numbered in order of first appearance, which orders the
 * pools. Draws no random numbers.
 */
@Component(
    service = InputSource.class,
    property = {
      InputSourceProperties.PARAMETERS + "=units=units_per_symbol",
      InputSourceProperties.PARAMETERS + "=input=symbol_input"
    },
    configurationPid = SymbolsInputSource.PID,
    configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SymbolsInputSource.Config.class)
public final class SymbolsInputSource implements InputSource {
  /** The source's name. */
  public static final String NAME = "symbols";
  static final String PID = "org.sorn.inputs.symbols";

  /** The configuration. */
  @ObjectClassDefinition(name = "SORN symbol sequence", description = "A repeated symbol sequence on pools of input units")
  public @interface Config {
    @AttributeDefinition(name = "sequence", description = "Symbols, space separated or one per character")
    String sequence() default "a b c";
  }

  private volatile Config config;

  @Activate
  @Modified
  void configure(Config config) {
    this.config = config;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public InputSequence open(RunContext run) {
    Sequence s = Sequence.parse(config.sequence());
    SymbolPools pools = SymbolPools.of(run, s.alphabet().size());
    int[] symbols = s.symbols();
    return new SymbolInput(step -> symbols[(int) (step % symbols.length)], pools, -1);
  }

  /** A parsed sequence: its alphabet in order of first appearance and its symbols as numbers. */
  record Sequence(List<String> alphabet, int[] symbols) {

    /**
     * @throws IllegalArgumentException when the text holds no symbol
     */
    static Sequence parse(String text) {
      String trimmed = text == null ? "" : text.trim();
      if (trimmed.isEmpty()) {
        throw new IllegalArgumentException("the symbol sequence is empty; set sequence, for example \"a b b c\"");
      }
      String[] tokens = trimmed.matches("(?s).*\\s.*") ? trimmed.split("\\s+") : trimmed.split("");
      Map<String, Integer> numbers = new LinkedHashMap<>();
      int[] symbols = new int[tokens.length];
      for (int t = 0; t < tokens.length; t++) {
        symbols[t] = numbers.computeIfAbsent(tokens[t], k -> numbers.size());
      }
      return new Sequence(new ArrayList<>(numbers.keySet()), symbols);
    }
  }
}
