package org.hashiya.uima.suggest.gazetteer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.hashiya.core.io.InvalidTextFileException;
import org.hashiya.uima.arabic.AnalyzedText;
import org.hashiya.uima.suggest.Suggester;
import org.hashiya.uima.suggest.SuggesterProvider;
import org.hashiya.uima.suggest.SuggestionContext;
import org.hashiya.uima.suggest.SuggestionPipeline;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;

/**
 * Suggests the names listed in the project's gazetteer files, {@code LABEL.txt} in
 * {@link SuggestionContext#gazetteers()} (UTF-8, one name a line, blank lines and lines starting
 * with {@code #} ignored), and the Arabic names of countries, territories and world regions as
 * {@value #DEFAULT_LABEL}, less surely than the project's own lists.
 */
public final class GazetteerSuggesterProvider implements SuggesterProvider {

	public static final String SOURCE = "gazetteer";
	/** The label of the shipped region names, when the project has it. */
	public static final String DEFAULT_LABEL = "LOC";
	public static final double PROJECT_SCORE = 0.9;
	public static final double DEFAULT_SCORE = 0.7;
	private static final String FILE_EXTENSION = ".txt";
	private static final String COMMENT = "#";
	private static final char BYTE_ORDER_MARK = '\uFEFF';

	/**
	 * The suggester made last, with the phrases it was made of. The name finder learns from the
	 * gazetteer of the same context as the project's gazetteer suggester: when both are one
	 * suggester, each text is matched once ({@link AnalyzedText#shared}).
	 */
	private static final AtomicReference<Made> LAST = new AtomicReference<>();

	/** A name to suggest, with its label and score. */
	private record Phrase(String name, String label, double score) {
	}

	private record Made(List<Phrase> phrases, Suggester suggester) {
	}

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public Suggester create(SuggestionContext context) throws IOException {
		List<Phrase> phrases = new ArrayList<>();
		if (context.labels().contains(DEFAULT_LABEL)) {
			regionNames().forEach(name -> phrases.add(new Phrase(name, DEFAULT_LABEL, DEFAULT_SCORE)));
		}
		if (context.gazetteers().isPresent()) {
			for (String label : context.labels()) {
				Path file = context.gazetteers().get().resolve(label + FILE_EXTENSION);
				if (Files.isRegularFile(file)) {
					entries(file).forEach(entry -> phrases.add(new Phrase(entry, label, PROJECT_SCORE)));
				}
				context.checkCanceled();
			}
		}
		Made last = LAST.get();
		if (last != null && last.phrases().equals(phrases)) {
			return last.suggester();
		}
		PhraseMatcher matcher = new PhraseMatcher();
		try (SuggestionPipeline tokenizer = SuggestionPipeline.of(List.of())) {
			for (Phrase phrase : phrases) {
				add(matcher, tokenizer, phrase);
			}
		}
		Suggester made = new PhraseSuggester(SOURCE, matcher);
		LAST.set(new Made(List.copyOf(phrases), made));
		return made;
	}

	/** Tokenises the phrase as articles are, so that its keys meet theirs. */
	private static void add(PhraseMatcher matcher, SuggestionPipeline tokenizer, Phrase phrase) throws IOException {
		AnalyzedText analyzed = tokenizer.analyze(phrase.name());
		if (analyzed.tokenCount() > 0) {
			matcher.add(IntStream.range(0, analyzed.tokenCount()).mapToObj(analyzed::key).toList(), phrase.label(), phrase.score());
		}
	}

	/**
	 * @return the names of a gazetteer file
	 * @throws InvalidTextFileException naming the file and the line when it is not UTF-8
	 */
	private static List<String> entries(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int line = 1 + (int) IntStream.range(0, in.position()).filter(index -> bytes[index] == '\n').count();
			throw new InvalidTextFileException(file, String.format("%s line %d: not valid UTF-8 (byte 0x%02X). Save the gazetteer as UTF-8.", file, line,
					bytes[in.position()] & 0xFF));
		}
		decoder.flush(out);
		String text = out.flip().toString();
		return text.lines().map(line -> line.replace(BYTE_ORDER_MARK, ' ').strip()).filter(line -> !line.isEmpty() && !line.startsWith(COMMENT)).toList();
	}

	/**
	 * The Arabic names of countries, territories, continents and their parts from CLDR, through
	 * ICU4J rather than the JDK's copy: ICU's CLDR is newer and has the short forms news use
	 * (فلسطين for الأراضي الفلسطينية, هونغ كونغ). A qualifier in parentheses is also dropped
	 * (ميانمار (بورما) gives ميانمار). No form with or without the article ال is made up: neither
	 * rule is safe (الهند without it is the name هند, سوريا with it is wrong).
	 */
	private static Set<String> regionNames() {
		LocaleDisplayNames full = LocaleDisplayNames.getInstance(ULocale.forLanguageTag("ar"), DisplayContext.LENGTH_FULL);
		LocaleDisplayNames shortNames = LocaleDisplayNames.getInstance(ULocale.forLanguageTag("ar"), DisplayContext.LENGTH_SHORT);
		Set<String> names = new LinkedHashSet<>();
		for (Region.RegionType type : EnumSet.of(Region.RegionType.TERRITORY, Region.RegionType.CONTINENT, Region.RegionType.SUBCONTINENT,
				Region.RegionType.GROUPING)) {
			for (Region region : Region.getAvailable(type)) {
				String code = region.toString();
				// Groupings with letter codes are unions and organisations (EU, UN), not places; the numbered ones are areas (أمريكا اللاتينية).
				if (type == Region.RegionType.GROUPING && !Character.isDigit(code.charAt(0))) {
					continue;
				}
				for (String name : List.of(full.regionDisplayName(code), shortNames.regionDisplayName(code))) {
					// Without Arabic data ICU answers with the code itself.
					if (name.codePoints().anyMatch(point -> Character.UnicodeScript.of(point) == Character.UnicodeScript.ARABIC)) {
						names.add(name);
						int qualifier = name.indexOf(" (");
						if (qualifier > 0) {
							names.add(name.substring(0, qualifier));
						}
					}
				}
			}
		}
		return names;
	}
}
