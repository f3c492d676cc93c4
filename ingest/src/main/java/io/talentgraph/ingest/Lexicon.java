package io.talentgraph.ingest;


import java.util.Set;

/**
 * The words each rule listens for, per language: triggers of hires and investments, cues of attempts,
 * failure, negation, attribution and speech, titles, numbers, months and relative times. Written in their
 * natural spelling; {@link Phrases} normalizes them the way tokens are.
 */
final class Lexicon {

    /** What a trigger word starts. */
    enum Trigger {
        /** An employer hires someone: "Meta hired X", "وظّفت ميتا". */
        HIRES,
        /** Someone joins an employer: "X joined Meta", "انضمام X إلى". */
        JOINS,
        /** Someone leaves: "X left Meta", "غادرت". */
        LEAVES,
        /** An approach that is itself only an attempt: "Meta approached X". */
        APPROACHES,
        /** An investor puts money in: "invested", "استثمرت". */
        INVESTS,
        /** A company raises money from investors: "raised", "جمعت". */
        RAISES
    }

    /**
     * A job title.
     *
     * @param en   its English form in the dataset
     * @param lead whether it heads the organization (a {@code leads} fact) rather than a job in it ({@code works-at})
     */
    record Title(String en, boolean lead) {
    }

    /** A time relative to the article's publication. */
    enum Relative {
        /** This week (resolved to its month). */
        THIS_WEEK,
        /** Last week (resolved to its month). */
        LAST_WEEK,
        /** This month. */
        THIS_MONTH,
        /** Last month. */
        LAST_MONTH,
        /** This year. */
        THIS_YEAR,
        /** Last year. */
        LAST_YEAR
    }

    /**
     * @param relative  a relative time
     * @param published the publication date it is relative to, or {@code null}
     * @return the month or year it means, or {@code null} when the publication date is too coarse to say
     */
    static io.talentgraph.model.PartialDate resolve(Relative relative, io.talentgraph.model.PartialDate published) {
        if (published == null) {
            return null;
        }
        java.time.LocalDate day = published.earliest();
        boolean monthKnown = published.precision() != io.talentgraph.model.PartialDate.Precision.YEAR;
        return switch (relative) {
            case THIS_WEEK, THIS_MONTH -> monthKnown ? io.talentgraph.model.PartialDate.parse(
                    java.time.YearMonth.from(day).toString()) : null;
            case LAST_WEEK -> published.precision() == io.talentgraph.model.PartialDate.Precision.DAY
                    ? io.talentgraph.model.PartialDate.parse(java.time.YearMonth.from(day.minusDays(7)).toString()) : null;
            case LAST_MONTH -> monthKnown ? io.talentgraph.model.PartialDate.parse(
                    java.time.YearMonth.from(day).minusMonths(1).toString()) : null;
            case THIS_YEAR -> io.talentgraph.model.PartialDate.parse(String.valueOf(day.getYear()));
            case LAST_YEAR -> io.talentgraph.model.PartialDate.parse(String.valueOf(day.getYear() - 1));
        };
    }

    /** What an amount's qualifier words mean. */
    enum Qualifier {
        /** "up to". */
        UP_TO,
        /** "more than". */
        MORE_THAN,
        /** "about". */
        ABOUT
    }

    final Language language;
    final Phrases<Trigger> triggers;
    final Phrases<Boolean> attempt;
    final Phrases<Boolean> failure;
    final Phrases<Boolean> success;
    final Phrases<Boolean> pending;
    final Phrases<Boolean> negation;
    final Phrases<Boolean> denial;
    final Phrases<Boolean> former;
    final Phrases<Boolean> unnamedReports;
    final Phrases<Boolean> reportCue;
    final Phrases<String> speech;
    final Phrases<Title> titles;
    final Phrases<String> peopleNouns;
    final Phrases<Long> numbers;
    final Phrases<Integer> months;
    final Phrases<Relative> relative;
    final Phrases<String> corefOrg;
    final Phrases<String> corefOutlet;
    final Phrases<Boolean> members;
    final Phrases<Boolean> clauseBreak;
    final Phrases<Long> scales;
    final Phrases<String> currencies;
    final Phrases<Qualifier> qualifiers;
    final Set<String> stopwords;

    private Lexicon(Language language, Phrases<Trigger> triggers, Phrases<Boolean> attempt, Phrases<Boolean> failure,
                    Phrases<Boolean> success, Phrases<Boolean> pending, Phrases<Boolean> negation,
                    Phrases<Boolean> denial, Phrases<Boolean> former, Phrases<Boolean> unnamedReports,
                    Phrases<Boolean> reportCue, Phrases<String> speech, Phrases<Title> titles,
                    Phrases<String> peopleNouns, Phrases<Long> numbers, Phrases<Integer> months,
                    Phrases<Relative> relative, Phrases<String> corefOrg, Phrases<String> corefOutlet,
                    Phrases<Boolean> members, Phrases<Boolean> clauseBreak, Phrases<Long> scales,
                    Phrases<String> currencies, Phrases<Qualifier> qualifiers, Set<String> stopwords) {
        this.language = language;
        this.triggers = triggers;
        this.attempt = attempt;
        this.failure = failure;
        this.success = success;
        this.pending = pending;
        this.negation = negation;
        this.denial = denial;
        this.former = former;
        this.unnamedReports = unnamedReports;
        this.reportCue = reportCue;
        this.speech = speech;
        this.titles = titles;
        this.peopleNouns = peopleNouns;
        this.numbers = numbers;
        this.months = months;
        this.relative = relative;
        this.corefOrg = corefOrg;
        this.corefOutlet = corefOutlet;
        this.members = members;
        this.clauseBreak = clauseBreak;
        this.scales = scales;
        this.currencies = currencies;
        this.qualifiers = qualifiers;
        this.stopwords = stopwords;
    }

    private static final Lexicon ARABIC = arabic();
    private static final Lexicon ENGLISH = english();

    static Lexicon of(Language language) {
        return language == Language.AR ? ARABIC : ENGLISH;
    }

    private static <V> Phrases<V> ar() {
        return new Phrases<>(true);
    }

    private static <V> Phrases<V> en() {
        return new Phrases<>(false);
    }

    private static Lexicon arabic() {
        Phrases<Trigger> triggers = Lexicon.<Trigger>ar()
                .add(Trigger.HIRES, "وظف", "وظفت", "يوظف", "توظف", "سيوظف", "ستوظف", "توظيف", "توظيفها", "توظيفه",
                        "استقطب", "استقطبت", "يستقطب", "تستقطب", "سيستقطب", "ستستقطب", "استقطاب", "استقطابها", "استقطابه",
                        "لاستقطاب", "ضم", "ضمت", "يضم", "تضم", "عين", "عينت", "يعين", "تعين", "تعيين", "تعيينها", "تعيينه",
                        "جذب", "جذبت", "اجتذب", "اجتذبت", "استعان", "استعانت", "تعاقدت مع", "تعاقد مع")
                .add(Trigger.JOINS, "انضم", "انضمت", "ينضم", "تنضم", "سينضم", "ستنضم", "انضمام", "انضمامها", "انضمامه",
                        "التحق", "التحقت", "التحاق", "انتقل", "انتقلت", "ينتقل", "تنتقل", "انتقال", "انتقالها", "انتقاله",
                        "عاد إلى", "عادت إلى", "يعود إلى", "تعود إلى", "عودة", "عودته", "عودتها", "للانضمام", "الانضمام")
                .add(Trigger.LEAVES, "غادر", "غادرت", "يغادر", "تغادر", "مغادره", "ترك", "تركت", "رحيل", "استقال",
                        "استقالت", "استقاله", "تنحى", "تنحت")
                .add(Trigger.INVESTS, "استثمر", "استثمرت", "يستثمر", "تستثمر", "استثمار", "استثمارها", "استثماره",
                        "ضخ", "ضخت", "مول", "مولت")
                .add(Trigger.RAISES, "جمع", "جمعت", "يجمع", "تجمع", "جمعها");
        Phrases<Boolean> attempt = Lexicon.<Boolean>ar().add(true, "حاول", "حاولت", "يحاول", "تحاول", "محاوله",
                "محاولات", "محاولتها", "محاولته", "محاولاته", "محاولاتها", "سعى", "سعت", "يسعى", "تسعى", "ساعيا",
                "ساعيه", "عرض على", "عرضت على", "في محادثات", "مفاوضات");
        Phrases<Boolean> failure = Lexicon.<Boolean>ar().add(true, "باءت بالفشل", "باءتا بالفشل", "باء بالفشل",
                "فشلت", "فشل", "لم تنجح", "لم ينجح", "لم تكلل بالنجاح", "لم يكلل بالنجاح", "لم تكلل", "رفض", "رفضت",
                "دون جدوى", "بلا جدوى", "لم يقبل", "لم تقبل", "اعتذر", "اعتذرت");
        Phrases<Boolean> success = Lexicon.<Boolean>ar().add(true, "نجح", "نجحت", "تمكن", "تمكنت");
        Phrases<Boolean> pending = Lexicon.<Boolean>ar().add(true, "في محادثات", "مفاوضات", "تتفاوض", "يتفاوض");
        Phrases<Boolean> negation = Lexicon.<Boolean>ar().add(true, "لم", "لن", "لا", "ليس", "ليست", "ما");
        Phrases<Boolean> denial = Lexicon.<Boolean>ar().add(true, "نفت", "نفى", "تنفي", "ينفي", "نفي");
        Phrases<Boolean> former = Lexicon.<Boolean>ar().add(true, "السابق", "السابقه", "سابقا", "الأسبق");
        Phrases<Boolean> unnamed = Lexicon.<Boolean>ar().add(true, "أفادت التقارير", "وفقا لتقارير", "بحسب تقارير",
                "بحسب ما ورد", "حسب ما ورد", "وفق ما ورد", "ذكرت تقارير", "تشير تقارير", "أشارت تقارير", "قيل",
                "يقال", "نقلت تقارير", "مصادر مطلعه");
        Phrases<Boolean> reportCue = Lexicon.<Boolean>ar().add(true, "وفقا", "وفقا ل", "وفقا لتقرير من", "وفقا لتقرير",
                "بحسب", "حسب", "وفق", "ذكرت", "ذكر", "أفاد", "أفادت", "نقلت", "نقل", "أوردت", "كشفت", "كشف");
        Phrases<String> speech = Lexicon.<String>ar()
                .add("claimed", "قال", "قالت", "يقول", "تقول", "ألمح", "ألمحت", "أشار", "أشارت", "أضاف", "أضافت",
                        "مضيفا", "مضيفه", "أبلغ", "أبلغت", "صرح", "صرحت", "أوضح", "أوضحت", "اعتبر", "اعتبرت", "علق",
                        "علقت", "قائلا", "قائله", "أكد", "أكدت", "مؤكدا", "مؤكده")
                .add("confirmed", "أكد صحة", "أكدت صحة")
                .add("denied", "نفى", "نفت");
        Phrases<Title> titles = Lexicon.<Title>ar()
                .add(new Title("CEO", true), "الرئيس التنفيذي", "رئيس تنفيذي", "رئيسا تنفيذيا", "الرئيسة التنفيذية",
                        "رئيسة تنفيذية", "المدير التنفيذي", "مدير تنفيذي", "مديرا تنفيذيا", "المديرة التنفيذية",
                        "مديرة تنفيذية", "الرئيس التنفيذية")
                .add(new Title("CTO", true), "المدير التقني", "مدير تقني", "مديرا تقنيا", "المديرة التقنية",
                        "مديرة تقنية", "مديره تقنيه", "رئيس قسم التكنولوجيا", "كبير المسؤولين التقنيين")
                .add(new Title("Chief AI Officer", true), "كبير مسؤولي الذكاء الاصطناعي",
                        "كبيرة مسؤولي الذكاء الاصطناعي")
                .add(new Title("president", true), "رئيس", "رئيسة", "الرئيس", "الرئيسة")
                .add(new Title("chief scientist", false), "كبير العلماء", "كبيرة العلماء")
                .add(new Title("head of research", false), "رئيس قسم الأبحاث", "رئيسة قسم الأبحاث",
                        "رئيس قسم البحث", "رئيسة قسم البحث")
                .add(new Title("principal researcher", false), "الباحث الرئيسي", "الباحثة الرئيسية", "باحث رئيسي")
                .add(new Title("prominent researcher", false), "الباحث البارز", "الباحثة البارزة")
                .add(new Title("researcher", false), "الباحث", "الباحثة", "باحث", "باحثة")
                .add(new Title("chief AI engineer", false), "المهندس الرئيسي للذكاء الاصطناعي")
                .add(new Title("engineer", false), "المهندس", "المهندسة", "مهندس", "مهندسة")
                .add(new Title("scientist", false), "العالم", "العالمة")
                .add(new Title("founder", false), "المؤسس", "مؤسس", "الشريك المؤسس", "المؤسسة", "مؤسسة")
                .add(new Title("vice president", false), "نائب الرئيس", "نائبة الرئيس");
        Phrases<String> people = Lexicon.<String>ar()
                .add("researchers", "باحث", "باحثا", "باحثين", "باحثون", "باحثة", "باحثات")
                .add("engineers", "مهندس", "مهندسا", "مهندسين", "مهندسون")
                .add("employees", "موظف", "موظفا", "موظفين", "موظفون")
                .add("experts", "خبير", "خبيرا", "خبراء")
                .add("scientists", "عالم", "عالما", "علماء");
        Phrases<Long> numbers = Lexicon.<Long>ar()
                .add(1L, "واحد", "واحدا").add(2L, "اثنين", "اثنان").add(3L, "ثلاثة", "ثلاث").add(4L, "أربعة", "أربع")
                .add(5L, "خمسة", "خمس").add(6L, "ستة", "ست").add(7L, "سبعة", "سبع").add(8L, "ثمانية", "ثماني")
                .add(9L, "تسعة", "تسع").add(10L, "عشرة", "عشر").add(11L, "أحد عشر", "إحدى عشرة")
                .add(12L, "اثنا عشر", "اثني عشر", "اثنتا عشرة").add(20L, "عشرين", "عشرون");
        Phrases<Integer> months = Lexicon.<Integer>ar()
                .add(1, "يناير", "كانون الثاني").add(2, "فبراير", "شباط").add(3, "مارس", "آذار")
                .add(4, "أبريل", "ابريل", "نيسان").add(5, "مايو", "أيار").add(6, "يونيو", "حزيران")
                .add(7, "يوليو", "تموز").add(8, "أغسطس", "آب").add(9, "سبتمبر", "أيلول")
                .add(10, "أكتوبر", "تشرين الأول").add(11, "نوفمبر", "تشرين الثاني").add(12, "ديسمبر", "كانون الأول");
        Phrases<Relative> relative = Lexicon.<Relative>ar()
                .add(Relative.THIS_WEEK, "في وقت سابق من هذا الأسبوع", "هذا الأسبوع", "مطلع الأسبوع")
                .add(Relative.LAST_WEEK, "الأسبوع الماضي")
                .add(Relative.THIS_MONTH, "في وقت سابق من هذا الشهر", "هذا الشهر", "مطلع الشهر", "مطلع هذا الشهر")
                .add(Relative.LAST_MONTH, "الشهر الماضي")
                .add(Relative.THIS_YEAR, "في وقت سابق من هذا العام", "هذا العام", "العام الجاري")
                .add(Relative.LAST_YEAR, "العام الماضي", "السنة الماضية");
        Phrases<String> corefOrg = Lexicon.<String>ar()
                .add("company", "الشركة", "للشركة", "بالشركة", "الشركه")
                .add("lab", "هذه المجموعة", "المجموعة الجديدة", "هذا المختبر", "المختبر الجديد", "المجموعة");
        Phrases<String> corefOutlet = Lexicon.<String>ar()
                .add("report", "التقرير", "للتقرير")
                .add("newspaper", "الصحيفة", "للصحيفة");
        Phrases<Boolean> members = Lexicon.<Boolean>ar().add(true, "من بينهم", "بينهم", "منهم", "مثل", "من بينها");
        Phrases<Boolean> clauseBreak = Lexicon.<Boolean>ar().add(true, "لكن", "لكنه", "لكنها", "ولكن", "إلا أن",
                "بينما", "في حين", "غير أن");
        Phrases<Long> scales = Lexicon.<Long>ar().add(1_000_000_000L, "مليار", "مليارات")
                .add(1_000_000L, "مليون", "ملايين").add(1_000L, "ألف", "آلاف");
        Phrases<String> currencies = Lexicon.<String>ar().add("USD", "دولار", "دولارا", "دولارات", "$")
                .add("EUR", "يورو").add("SAR", "ريال سعودي").add("AED", "درهم");
        Phrases<Qualifier> qualifiers = Lexicon.<Qualifier>ar()
                .add(Qualifier.UP_TO, "تصل إلى", "يصل إلى", "حتى")
                .add(Qualifier.MORE_THAN, "تتجاوز", "يتجاوز", "أكثر من", "تزيد على", "يزيد على", "تفوق")
                .add(Qualifier.ABOUT, "نحو", "حوالي", "قرابة", "ما يقارب", "زهاء");
        Set<String> stop = normalized("في", "من", "إلى", "على", "عن", "مع", "أن", "إن", "التي", "الذي", "هذا", "هذه",
                "ذلك", "تلك", "كان", "كانت", "قد", "لقد", "أيضا", "كما", "حيث", "بعد", "قبل", "منذ", "خلال", "ضمن",
                "عبر", "حول", "بين", "أو", "ثم", "لكن", "إلا", "مثل", "وفقا", "بحسب", "حسب", "الشركة", "شركة", "شركات",
                "مختبر", "مختبرات", "فريق", "باحثا", "باحثين", "الذكاء", "الاصطناعي", "موقع", "صحيفة", "مؤخرا",
                "أنها", "أنه", "إنها", "إنه", "وقال", "وقالت", "قال", "قالت", "جميع", "بعض", "كل", "عدد", "هو", "هي",
                "لم", "لن", "لا", "ما", "ليس", "سابقا", "حاليا", "الآن", "يوم", "الأسبوع", "الشهر", "العام", "أبرز");
        return new Lexicon(Language.AR, triggers, attempt, failure, success, pending, negation, denial, former,
                unnamed, reportCue, speech, titles, people, numbers, months, relative, corefOrg, corefOutlet, members,
                clauseBreak, scales, currencies, qualifiers, stop);
    }

    private static Lexicon english() {
        Phrases<Trigger> triggers = Lexicon.<Trigger>en()
                .add(Trigger.HIRES, "hired", "hires", "hire", "hiring", "poached", "poaches", "poach", "recruited",
                        "recruits", "recruit", "lured", "lures", "lure", "brought on", "brought in", "snapped up",
                        "appointed", "has added", "signed")
                .add(Trigger.JOINS, "joined", "joins", "join", "joining", "moved to", "moves to", "will move to",
                        "defected to", "returned to", "returns to", "rejoined", "rejoins",
                        // passives name the hirer after "by", where a join names its destination
                        "was hired by", "were hired by", "has been hired by", "have been hired by", "was poached by",
                        "were poached by", "was recruited by", "were recruited by", "was lured by")
                .add(Trigger.LEAVES, "left", "leaves", "leaving", "departed", "quit", "resigned", "stepped down",
                        "steps down")
                .add(Trigger.APPROACHES, "approached", "courted", "wooed", "pursued")
                .add(Trigger.INVESTS, "invested", "invests", "invest", "investment", "backed", "poured", "put")
                .add(Trigger.RAISES, "raised", "raises", "raising");
        Phrases<Boolean> attempt = Lexicon.<Boolean>en().add(true, "tried", "tries", "trying", "try", "attempted",
                "attempt", "attempts", "sought", "seeks", "seeking", "approached", "courted", "wooed", "pursued",
                "offered", "in talks", "negotiating", "bid");
        Phrases<Boolean> failure = Lexicon.<Boolean>en().add(true, "failed", "fails", "fail", "did not join",
                "didn't join", "did not accept", "didn't accept", "declined", "turned down", "turned it down",
                "rebuffed", "rejected", "without success", "unsuccessful", "did not manage", "didn't manage",
                "fell through", "came to nothing", "stayed at", "chose to stay", "would not leave", "refused");
        Phrases<Boolean> success = Lexicon.<Boolean>en().add(true, "succeeded", "managed to", "successfully");
        Phrases<Boolean> pending = Lexicon.<Boolean>en().add(true, "in talks", "negotiating", "negotiations");
        Phrases<Boolean> negation = Lexicon.<Boolean>en().add(true, "not", "n't", "never", "no");
        Phrases<Boolean> denial = Lexicon.<Boolean>en().add(true, "denied", "denies", "deny", "dismissed");
        Phrases<Boolean> former = Lexicon.<Boolean>en().add(true, "former", "ex", "previously", "formerly", "onetime",
                "one-time", "then");
        Phrases<Boolean> unnamed = Lexicon.<Boolean>en().add(true, "reportedly", "according to reports",
                "people familiar with the matter", "people familiar with", "sources said", "sources say",
                "it was reported", "according to people", "is said to", "was said to", "according to sources");
        Phrases<Boolean> reportCue = Lexicon.<Boolean>en().add(true, "according to", "according to a report by",
                "according to a report in", "reported by", "a report by", "a report from", "as reported by");
        Phrases<String> speech = Lexicon.<String>en()
                .add("claimed", "said", "says", "told", "tells", "added", "claimed", "claims", "hinted", "noted",
                        "argued", "wrote", "posted", "stated", "explained", "insisted", "asserted")
                .add("confirmed", "confirmed", "confirms")
                .add("denied", "denied", "denies");
        Phrases<Title> titles = Lexicon.<Title>en()
                .add(new Title("CEO", true), "ceo", "chief executive", "chief executive officer")
                .add(new Title("CTO", true), "cto", "chief technology officer", "chief technical officer")
                .add(new Title("COO", true), "coo", "chief operating officer")
                .add(new Title("CFO", true), "cfo", "chief financial officer")
                .add(new Title("Chief AI Officer", true), "chief ai officer", "caio")
                .add(new Title("president", true), "president")
                .add(new Title("chief scientist", false), "chief scientist")
                .add(new Title("founder", false), "founder", "co-founder", "cofounder", "co - founder")
                .add(new Title("vice president", false), "vice president", "vp", "svp", "senior vice president")
                .add(new Title("principal researcher", false), "principal researcher")
                .add(new Title("senior researcher", false), "senior researcher")
                .add(new Title("research scientist", false), "research scientist")
                .add(new Title("researcher", false), "researcher")
                .add(new Title("scientist", false), "scientist")
                .add(new Title("engineer", false), "engineer")
                .add(new Title("roboticist", false), "roboticist")
                .add(new Title("director", false), "director")
                .add(new Title("chairman", false), "chairman", "chairwoman", "chair");
        Phrases<String> people = Lexicon.<String>en()
                .add("researchers", "researchers").add("engineers", "engineers").add("employees", "employees")
                .add("staff", "staff", "staffers").add("scientists", "scientists").add("people", "people")
                .add("executives", "executives").add("experts", "experts");
        Phrases<Long> numbers = Lexicon.<Long>en()
                .add(1L, "one").add(2L, "two").add(3L, "three").add(4L, "four").add(5L, "five").add(6L, "six", "half a dozen")
                .add(7L, "seven").add(8L, "eight").add(9L, "nine").add(10L, "ten").add(11L, "eleven")
                .add(12L, "twelve", "a dozen", "dozen").add(15L, "fifteen").add(20L, "twenty").add(24L, "two dozen");
        Phrases<Integer> months = Lexicon.<Integer>en()
                .add(1, "january").add(2, "february").add(3, "march").add(4, "april").add(5, "may").add(6, "june")
                .add(7, "july").add(8, "august").add(9, "september").add(10, "october").add(11, "november")
                .add(12, "december");
        Phrases<Relative> relative = Lexicon.<Relative>en()
                .add(Relative.THIS_WEEK, "earlier this week", "this week")
                .add(Relative.LAST_WEEK, "last week")
                .add(Relative.THIS_MONTH, "earlier this month", "this month")
                .add(Relative.LAST_MONTH, "last month")
                .add(Relative.THIS_YEAR, "earlier this year", "this year")
                .add(Relative.LAST_YEAR, "last year");
        Phrases<String> corefOrg = Lexicon.<String>en()
                .add("company", "the company", "the firm", "the startup")
                .add("lab", "the group", "the new group", "the lab", "the new lab", "the unit");
        Phrases<String> corefOutlet = Lexicon.<String>en().add("report", "the report").add("newspaper", "the newspaper");
        Phrases<Boolean> members = Lexicon.<Boolean>en().add(true, "including", "among them", "such as", "among whom");
        Phrases<Boolean> clauseBreak = Lexicon.<Boolean>en().add(true, "but", "while", "whereas", "however", ";");
        Phrases<Long> scales = Lexicon.<Long>en().add(1_000_000_000L, "billion", "bn", "b")
                .add(1_000_000L, "million", "mn", "m").add(1_000L, "thousand", "k");
        Phrases<String> currencies = Lexicon.<String>en().add("USD", "$", "usd", "dollars", "us$")
                .add("EUR", "€", "eur", "euros").add("GBP", "£", "gbp", "pounds");
        Phrases<Qualifier> qualifiers = Lexicon.<Qualifier>en()
                .add(Qualifier.UP_TO, "up to", "as much as")
                .add(Qualifier.MORE_THAN, "more than", "over", "above", "in excess of")
                .add(Qualifier.ABOUT, "about", "around", "nearly", "roughly", "some", "approximately", "almost");
        Set<String> stop = normalized("the", "a", "an", "in", "on", "at", "but", "and", "or", "earlier", "separately",
                "according", "last", "this", "that", "these", "those", "he", "she", "it", "they", "we", "our", "its",
                "his", "her", "their", "meanwhile", "however", "also", "after", "before", "when", "while", "if",
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
                "chief", "ceo", "cto", "coo", "cfo", "president", "head", "founder", "co", "executive", "officer",
                "researcher", "engineer", "scientist", "said", "reported", "told", "as", "by", "for", "from", "of",
                "to", "with", "who", "which", "where", "what", "why", "how", "mr", "ms", "mrs", "dr", "rival",
                "startup", "company", "lab", "labs", "new", "former", "ai", "i", "you", "there", "here");
        return new Lexicon(Language.EN, triggers, attempt, failure, success, pending, negation, denial, former,
                unnamed, reportCue, speech, titles, people, numbers, months, relative, corefOrg, corefOutlet, members,
                clauseBreak, scales, currencies, qualifiers, stop);
    }

    private static Set<String> normalized(String... words) {
        java.util.HashSet<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(Norm.of(w));
        }
        return Set.copyOf(out);
    }
}
