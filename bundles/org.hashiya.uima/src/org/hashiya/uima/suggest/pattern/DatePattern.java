package org.hashiya.uima.suggest.pattern;

import org.hashiya.uima.suggest.pattern.TokenPattern.Match;

/**
 * DATE as the gold guidelines have it: a calendar expression with a weekday, a month, a day of the
 * month or a year, with the words attached to it (اليوم الاثنين، أواخر 2001، العام 2003، نيسان/
 * إبريل 1980، مارس (آذار) الماضي، الـ24 من الشهر الجاري), but not relative words on their own
 * (اليوم، أمس، العام الماضي).
 */
final class DatePattern {

	private static final Phrases WEEKDAYS = Phrases.of("الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت");
	/** Not the dual يومي: coordinated weekdays (يومي الخميس والجمعة) are separate spans. */
	private static final Phrases DAY_WORDS = Phrases.of("يوم", "اليوم");
	private static final Phrases MONTHS = Phrases.of(
			// Egyptian and Gulf, Maghrebi
			"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
			"يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر",
			// Levantine and Iraqi
			"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
			// Hijri
			"محرم", "صفر", "ربيع الأول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى", "جمادى الآخرة", "جمادى الثانية", "رجب", "شعبان",
			"رمضان", "شوال", "ذو القعدة", "ذي القعدة", "ذو الحجة", "ذي الحجة");
	/**
	 * Month names that are also common words or names (مارس "he practised", آب as أب "father", صفر
	 * "zero", نيسان the car maker, رجب and رمضان as given names): a date only beside a day, a year,
	 * another month's name, شهر or الماضي and the like.
	 */
	private static final Phrases AMBIGUOUS_MONTHS = Phrases.of("مارس", "نيسان", "تموز", "آب", "محرم", "صفر", "رجب", "شعبان", "رمضان");
	private static final Phrases MONTH_WORDS = Phrases.of("شهر", "الشهر");
	private static final Phrases YEAR_WORDS = Phrases.of("عام", "العام", "سنة", "السنة");
	/** Parts of a period or a day that attach to the date after them: أواخر 2001، صباح الخميس. */
	private static final Phrases PERIODS = Phrases.of("أواخر", "أوائل", "أواسط", "مطلع", "منتصف", "نهاية", "بداية", "مستهل", "صباح", "مساء",
			"ليلة", "فجر", "ظهر");
	private static final Phrases RELATIVE = Phrases.of("الماضي", "الماضية", "المقبل", "المقبلة", "القادم", "القادمة", "الجاري", "الحالي",
			"المنصرم");
	/** Words after which a bare number in 1900–2099 is a year (وفي 2001، منذ 1979) rather than a count. */
	private static final Phrases YEAR_PREPOSITIONS = Phrases.of("في", "منذ", "خلال", "حتى", "قبل", "بعد");
	/** The article of an ordinal day written apart from its digits: الـ24. */
	private static final Phrases ARTICLE = Phrases.of("ال");
	private static final Phrases OF = Phrases.of("من");
	private static final Phrases SEPARATORS = Phrases.of("/", "-");
	private static final Phrases OPENING = Phrases.of("(");
	private static final Phrases CLOSING = Phrases.of(")");

	private static final double WITH_YEAR = 0.9;
	private static final double DAY_OF_MONTH = 0.85;
	private static final double WEEKDAY = 0.8;
	private static final double MONTH = 0.7;
	private static final double BARE_YEAR = 0.6;

	private DatePattern() {
	}

	static Match match(Tokens tokens, int token) {
		int start = PERIODS.skip(tokens, token);
		int weekday = WEEKDAYS.end(tokens, DAY_WORDS.skip(tokens, start));
		if (weekday >= 0) {
			Match date = dayOfMonth(tokens, weekday);
			return date != null ? date : new Match(RELATIVE.skip(tokens, weekday), WEEKDAY);
		}
		Match date = dayOfMonth(tokens, start);
		if (date == null) {
			date = month(tokens, start, start > token);
		}
		return date != null ? date : year(tokens, start, start > token);
	}

	/** 24 مارس 2014، 3 من أيار، الـ24 من الشهر الجاري */
	private static Match dayOfMonth(Tokens tokens, int token) {
		int day = ARTICLE.skip(tokens, token);
		int value = tokens.smallNumber(day);
		if (value < 1 || value > 31) {
			return null;
		}
		int after = OF.skip(tokens, day + 1);
		Match month = month(tokens, after, true);
		if (month != null) {
			return new Match(month.end(), Math.max(month.score(), DAY_OF_MONTH));
		}
		int thisMonth = MONTH_WORDS.end(tokens, after);
		int end = thisMonth < 0 ? -1 : RELATIVE.end(tokens, thisMonth);
		return end < 0 ? null : new Match(end, DAY_OF_MONTH);
	}

	/**
	 * شهر رمضان، نيسان/ إبريل 1980، مارس (آذار) الماضي
	 *
	 * @param dated whether a day or a period comes before, which makes an ambiguous name a month
	 */
	private static Match month(Tokens tokens, int token, boolean dated) {
		int name = MONTH_WORDS.skip(tokens, token);
		int end = MONTHS.end(tokens, name);
		if (end < 0) {
			return null;
		}
		int paired = pairedMonth(tokens, end);
		boolean ambiguous = paired < 0 && AMBIGUOUS_MONTHS.end(tokens, name) == end;
		end = Math.max(paired, end);
		Match year = year(tokens, end, true);
		if (year != null) {
			return year;
		}
		int relative = RELATIVE.skip(tokens, end);
		boolean sure = !ambiguous || dated || name > token || relative > end;
		return sure ? new Match(relative, MONTH) : null;
	}

	/** @return the token after a second name of the month after {@code token}, as in نيسان/ إبريل or مارس (آذار), or -1 */
	private static int pairedMonth(Tokens tokens, int token) {
		if (SEPARATORS.end(tokens, token) >= 0) {
			return MONTHS.end(tokens, token + 1);
		}
		int inner = OPENING.end(tokens, token) >= 0 ? MONTHS.end(tokens, token + 1) : -1;
		return inner < 0 ? -1 : CLOSING.end(tokens, inner);
	}

	/**
	 * العام 2003، عام ٢٠٠٩، أواخر 2001، وفي 2001
	 *
	 * @param attached whether a month or a period comes before, which makes any four digits a year
	 */
	private static Match year(Tokens tokens, int token, boolean attached) {
		int number = YEAR_WORDS.skip(tokens, token);
		int value = tokens.smallNumber(number);
		boolean named = attached || number > token;
		boolean year = named ? value >= 1000 : value >= 1900 && value <= 2099 && tokens.follows(token, YEAR_PREPOSITIONS);
		return year ? new Match(number + 1, named ? WITH_YEAR : BARE_YEAR) : null;
	}
}
