package org.hashiya.core.editing;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns a rough selection in an article into the span an annotator means, by the span boundary
 * rules of the gold guidelines: whole words, no whitespace or punctuation at either end, and no
 * attached proclitic (و ف ب ك ل, or و/ف followed by ب/ك/ل) at the start. After the preposition ل
 * the article's unwritten alif is understood, so للعراق becomes لعراق.
 *
 * <p>Words are those of {@link Words}, which also moves a span's ends word by word. Offsets are
 * UTF-16 code units, end exclusive, in logical (not visual) order.</p>
 *
 * <p>Whether a first letter is a proclitic or part of the name (وإيران against واشنطن, بالعراق
 * against بغداد) is read from the project's own words, see {@link #forTexts(Collection)}.
 * Instances are immutable and may be shared between threads.</p>
 */
public final class SpanSnapping {

	private static final String PROCLITICS = "وفبكل";
	/** Conjunctions that may come before a second proclitic, as in ولإيران. */
	private static final String CONJUNCTIONS = "وف";
	private static final String PREPOSITIONS = "بكل";
	private static final String ARTICLE = "ال";
	/** Alif with hamza: hardly any root or name starts with one of these after و ف ب ك ل. */
	private static final String HAMZA_ON_ALIF = "أإآ";
	/**
	 * Letter pairs that seldom begin a root or a name but often join a proclitic to a verb or noun
	 * prefix (تفعيل، مفاوضات) or to a second proclitic (وب), so they count as a proclitic even for
	 * a word the project shows nowhere else, like وتركيا.
	 */
	private static final Set<String> PROCLITIC_BEFORE_PREFIX = Set.of("وت", "وب", "وم", "لت");
	/**
	 * Letters a stem needs, also after the article: shorter remainders are too often words or
	 * articles by accident (بان is not ب + ان, وكالات is not و + ك + الات).
	 */
	private static final int MIN_STEM_LENGTH = 3;

	private final Set<String> vocabulary;
	/** The words of one more article, or null: kept apart from {@link #vocabulary}, which is shared, not copied. */
	private final ArticleWords articleWords;

	private SpanSnapping(Set<String> vocabulary, ArticleWords articleWords) {
		this.vocabulary = vocabulary;
		this.articleWords = articleWords;
	}

	/**
	 * Builds the snapping for a project from all its article texts: every word that occurs in them
	 * is remembered in its exact form, so that وسوريا loses its و where سوريا occurs on its own,
	 * while بغداد keeps its ب because غداد never does. Build it once per project; {@link #snap}
	 * then costs a few set look-ups.
	 */
	public static SpanSnapping forTexts(Collection<String> texts) {
		Set<String> words = new HashSet<>();
		texts.forEach(text -> addWords(text, words));
		return new SpanSnapping(words, null);
	}

	/**
	 * @return this snapping with the words of {@code text} added, for one more article; this one
	 *         is left as it is, so a project's snapping can be shared while articles come and go.
	 *         It costs nothing until it is asked about a word the project's texts lack.
	 */
	public SpanSnapping withWordsOf(String text) {
		if (articleWords != null) {
			Set<String> words = new HashSet<>(vocabulary);
			words.addAll(articleWords.words());
			return new SpanSnapping(words, new ArticleWords(text));
		}
		return new SpanSnapping(vocabulary, new ArticleWords(text));
	}

	/**
	 * The words of one article. Suggesters snap the names they find in every article, and most
	 * articles ask about a few dozen words the project's texts lack: looking for each in the text
	 * costs less than gathering all its words, until enough are asked for.
	 */
	private static final class ArticleWords {

		/** How many words are looked for in the text before all its words are gathered, which costs a few dozen such looks. */
		private static final int LOOKS_BEFORE_GATHERING = 32;

		private final String text;
		private final AtomicInteger looks = new AtomicInteger();
		private volatile Set<String> words;

		ArticleWords(String text) {
			this.text = Objects.requireNonNull(text, "text");
		}

		boolean contains(String word) {
			Set<String> gathered = words;
			if (gathered == null && looks.incrementAndGet() > LOOKS_BEFORE_GATHERING) {
				gathered = words();
			}
			return gathered == null ? occursAsWord(word) : gathered.contains(word);
		}

		Set<String> words() {
			Set<String> gathered = words;
			if (gathered == null) {
				gathered = new HashSet<>();
				addWords(text, gathered);
				words = gathered;
			}
			return gathered;
		}

		/** @return whether {@code word} stands in the text between characters that are not word characters */
		private boolean occursAsWord(String word) {
			if (word.isEmpty() || !word.chars().allMatch(character -> Words.isWordCharacter((char) character))) {
				return false;
			}
			for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
				int end = at + word.length();
				if ((at == 0 || !Words.isWordCharacter(text.charAt(at - 1))) && (end == text.length() || !Words.isWordCharacter(text.charAt(end)))) {
					return true;
				}
			}
			return false;
		}
	}

	/** @return whether {@code word} is a word of the project's texts or of the article added */
	private boolean knows(String word) {
		return vocabulary.contains(word) || articleWords != null && articleWords.contains(word);
	}

	private static void addWords(String text, Set<String> words) {
		int start = -1;
		for (int index = 0; index <= text.length(); index++) {
			boolean inWord = index < text.length() && Words.isWordCharacter(text.charAt(index));
			if (inWord && start < 0) {
				start = index;
			} else if (!inWord && start >= 0) {
				words.add(text.substring(start, index));
				start = -1;
			}
		}
	}

	/**
	 * Snaps a selection to the span an annotator means: widens it to whole words, trims whitespace
	 * and punctuation from both ends, then drops proclitics from the start of the first word.
	 * Punctuation inside the span stays (نيسان/ إبريل 1980).
	 *
	 * @return the snapped span; the empty range at {@code begin} if the selection holds no letter
	 *         or digit, which includes an empty selection
	 * @throws IllegalArgumentException unless {@code 0 <= begin <= end <= text.length()}
	 */
	public Range snap(String text, int begin, int end) {
		checkSelection(text, begin, end);
		if (begin == end) {
			return new Range(begin, begin);
		}
		int start = isInsideWord(text, begin) ? Words.previousWordStart(text, begin) : begin;
		int stop = isInsideWord(text, end) ? Words.nextWordEnd(text, end) : end;
		if (start < text.length() && !Words.isWordCharacter(text.charAt(start))) {
			start = Words.nextWordStart(text, start);
		}
		if (stop > 0 && !Words.isWordCharacter(text.charAt(stop - 1))) {
			stop = Words.previousWordEnd(text, stop);
		}
		if (start >= stop) {
			return new Range(begin, begin);
		}
		return new Range(start + procliticLength(text.substring(start, Words.nextWordEnd(text, start))), stop);
	}

	/** @return how many code units at the start of {@code word} are proclitics outside the span */
	private int procliticLength(String word) {
		if (PROCLITICS.indexOf(word.charAt(0)) < 0) {
			return 0;
		}
		int second = afterLetter(word, 0);
		if (second >= word.length()) {
			return 0;
		}
		int third = afterLetter(word, second);
		if (third >= word.length()) {
			return 0;
		}
		char first = word.charAt(0);
		char next = word.charAt(second);
		if (first == 'ل' && next == 'ل') {
			// ل + ال with the alif unwritten: the span keeps the article's ل
			return word.length() - second >= MIN_STEM_LENGTH ? second : 0;
		}
		if (CONJUNCTIONS.indexOf(first) >= 0 && PREPOSITIONS.indexOf(next) >= 0) {
			if (next == 'ل' && word.charAt(third) == 'ل') {
				return word.length() - third >= MIN_STEM_LENGTH ? third : 0;
			}
			if (standsAlone(word, second, third)) {
				return third;
			}
		}
		return standsAlone(word, 0, second) ? second : 0;
	}

	/**
	 * Whether the part of {@code word} from {@code stem} on is a word of its own once the proclitic
	 * letter at {@code clitic} is dropped.
	 */
	private boolean standsAlone(String word, int clitic, int stem) {
		String rest = word.substring(stem);
		if (rest.length() < MIN_STEM_LENGTH) {
			return false;
		}
		boolean article = rest.startsWith(ARTICLE) && rest.length() >= ARTICLE.length() + MIN_STEM_LENGTH;
		if (article || HAMZA_ON_ALIF.indexOf(rest.charAt(0)) >= 0 || knows(rest)) {
			return true;
		}
		String host = word.substring(clitic);
		return PROCLITIC_BEFORE_PREFIX.contains(host.substring(0, 1) + rest.charAt(0)) && !takesPrefixElsewhere(host, word);
	}

	/**
	 * Whether the project shows {@code host} itself after a proclitic or the article (بوتيرة،
	 * الوتيرة), which makes its first letter part of the word; {@code word} itself is no evidence.
	 */
	private boolean takesPrefixElsewhere(String host, String word) {
		for (int i = 0; i < PROCLITICS.length(); i++) {
			String prefixed = PROCLITICS.charAt(i) + host;
			if (!prefixed.equals(word) && knows(prefixed)) {
				return true;
			}
		}
		return knows(ARTICLE + host);
	}

	/** @return the index after the letter at {@code index} and the marks (harakat) on it */
	private static int afterLetter(String word, int index) {
		int next = index + 1;
		while (next < word.length() && Character.getType(word.charAt(next)) == Character.NON_SPACING_MARK) {
			next++;
		}
		return next;
	}

	private static boolean isInsideWord(String text, int offset) {
		return offset > 0 && offset < text.length() && Words.isWordCharacter(text.charAt(offset - 1))
				&& Words.isWordCharacter(text.charAt(offset));
	}

	private static void checkSelection(String text, int begin, int end) {
		Objects.requireNonNull(text, "text");
		if (begin < 0 || begin > end || end > text.length()) {
			throw new IllegalArgumentException("The selection [" + begin + ", " + end + ") does not fit a text of length "
					+ text.length() + ": it needs 0 <= begin <= end <= length");
		}
	}
}
