package io.talentgraph.bench.synthetic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Name parts with their Arabic-script spelling. Within each list both spellings are unique, so that a full name
 * made of a first, a middle and a last name is unique in English and in Arabic alike.
 */
final class Names {

    private Names() {
    }

    /** An English word or name and its Arabic-script spelling. */
    record Part(String en, String ar) {
    }

    static final List<Part> GIVEN = parts(
            "Omar", "عمر", "Layla", "ليلى", "Youssef", "يوسف", "Fatima", "فاطمة", "Karim", "كريم", "Nour", "نور",
            "Hassan", "حسن", "Mariam", "مريم", "Ahmed", "أحمد", "Sara", "سارة", "Ali", "علي", "Rania", "رانيا",
            "Tariq", "طارق", "Huda", "هدى", "Samir", "سمير", "Amal", "أمل", "Khalid", "خالد", "Dina", "دينا",
            "Ziad", "زياد", "Salma", "سلمى", "Hamza", "حمزة", "Yasmin", "ياسمين", "Bilal", "بلال", "Reem", "ريم",
            "Faisal", "فيصل", "Lina", "لينا", "Nabil", "نبيل", "Aisha", "عائشة", "Majid", "ماجد", "Hiba", "هبة",
            "Walid", "وليد", "Jana", "جنى", "Adel", "عادل", "Noura", "نورة", "Rami", "رامي", "Ghada", "غادة",
            "James", "جيمس", "Emily", "إيميلي", "Wei", "وي", "Mei", "مي", "Raj", "راج", "Priya", "بريا",
            "Lucas", "لوكاس", "Sofia", "صوفيا", "Daniel", "دانيال", "Anna", "آنا", "Kenji", "كينجي", "Yuki", "يوكي",
            "Ivan", "إيفان", "Elena", "إيلينا", "Noah", "نوح", "Olivia", "أوليفيا", "Mateo", "ماتيو", "Chloe", "كلوي",
            "Arjun", "أرجون", "Ananya", "أنانيا", "Jin", "جين", "Hana", "هانا", "Felix", "فيليكس", "Clara", "كلارا",
            "David", "ديفيد", "Grace", "غريس", "Samuel", "صامويل", "Leah", "ليا", "Ethan", "إيثان", "Mia", "ميا",
            "Liam", "ليام", "Ava", "آفا", "Benjamin", "بنيامين", "Zoe", "زوي", "Oliver", "أوليفر", "Nina", "نينا",
            "Victor", "فيكتور", "Irene", "إيرين", "Hugo", "هوغو", "Alice", "أليس", "Marco", "ماركو", "Giulia", "جوليا",
            "Pierre", "بيير", "Camille", "كاميل", "Jonas", "يوناس", "Lea", "ليا إيفا", "Mikhail", "ميخائيل", "Olga", "أولغا",
            "Hiroshi", "هيروشي", "Akiko", "أكيكو", "Min", "مين", "Ji-woo", "جي وو", "Tao", "تاو", "Lan", "لان",
            "Vikram", "فيكرام", "Kavya", "كافيا", "Rahul", "راهول", "Neha", "نيها", "Diego", "دييغو", "Lucia", "لوسيا",
            "Andre", "أندريه", "Beatriz", "بياتريس", "Kwame", "كوامي", "Amara", "أمارا", "Tunde", "توندي", "Zainab", "زينب",
            "Emre", "أمره", "Elif", "إليف", "Reza", "رضا", "Shirin", "شيرين", "Dmitri", "دميتري", "Katya", "كاتيا",
            "Alexandr", "ألكسندر", "Natalia", "ناتاليا", "Ravi", "رافي", "Sunita", "سونيتا", "Hao", "هاو", "Xin", "شين",
            "Tom", "توم", "Kate", "كيت", "Ben", "بن", "Julia", "جوليا آن", "Max", "ماكس", "Eva", "إيفا",
            "Adam", "آدم", "Maya", "مايا", "Leo", "ليو", "Iris", "آيريس", "Sami", "سامي", "Dalia", "داليا");

    static final List<Part> FAMILY = parts(
            "Haddad", "حداد", "Khoury", "خوري", "Mansour", "منصور", "Nasser", "ناصر", "Saleh", "صالح", "Hamdan", "حمدان",
            "Farouk", "فاروق", "Aziz", "عزيز", "Rahman", "رحمن", "Karimi", "كريمي", "Haddadin", "حدادين", "Sabbagh", "صباغ",
            "Issa", "عيسى", "Qasim", "قاسم", "Barakat", "بركات", "Darwish", "درويش", "Shami", "شامي", "Masri", "مصري",
            "Tamimi", "تميمي", "Hijazi", "حجازي", "Najjar", "نجار", "Khalil", "خليل", "Sharif", "شريف", "Ayoub", "أيوب",
            "Chen", "تشن", "Wang", "وانغ", "Li", "لي", "Zhang", "تشانغ", "Liu", "ليو تشي", "Yang", "يانغ",
            "Huang", "هوانغ", "Zhao", "تشاو", "Wu", "وو", "Zhou", "تشو", "Xu", "شو", "Sun", "صن",
            "Patel", "باتيل", "Shah", "شاه", "Gupta", "غوبتا", "Singh", "سينغ", "Kumar", "كومار", "Iyer", "آير",
            "Reddy", "ريدي", "Nair", "ناير", "Rao", "راو", "Mehta", "ميهتا", "Bansal", "بانسال", "Agarwal", "أغاروال",
            "Smith", "سميث", "Johnson", "جونسون", "Brown", "براون", "Miller", "ميلر", "Davis", "ديفيس", "Wilson", "ويلسون",
            "Taylor", "تايلور", "Anderson", "أندرسون", "Thomas", "توماس", "Moore", "مور", "Martin", "مارتن", "Clark", "كلارك",
            "Garcia", "غارسيا", "Martinez", "مارتينيز", "Lopez", "لوبيز", "Gonzalez", "غونزاليس", "Perez", "بيريز", "Sanchez", "سانشيز",
            "Kim", "كيم", "Park", "بارك", "Choi", "تشوي", "Jung", "جونغ", "Kang", "كانغ", "Cho", "تشو هي",
            "Tanaka", "تاناكا", "Suzuki", "سوزوكي", "Sato", "ساتو", "Watanabe", "واتانابي", "Ito", "إيتو", "Nakamura", "ناكامورا",
            "Ivanov", "إيفانوف", "Petrov", "بيتروف", "Smirnov", "سميرنوف", "Volkov", "فولكوف", "Sokolov", "سوكولوف", "Popov", "بوبوف",
            "Muller", "مولر", "Schmidt", "شميت", "Schneider", "شنايدر", "Fischer", "فيشر", "Weber", "فيبر", "Becker", "بيكر",
            "Rossi", "روسي", "Russo", "روسو", "Ferrari", "فيراري", "Bianchi", "بيانكي", "Romano", "رومانو", "Costa", "كوستا",
            "Dubois", "دوبوا", "Laurent", "لوران", "Moreau", "مورو", "Girard", "جيرار", "Bernard", "برنار", "Lefevre", "لوفيفر",
            "Okafor", "أوكافور", "Mensah", "منساه", "Adeyemi", "أديمي", "Diallo", "ديالو", "Yilmaz", "يلماز", "Demir", "دمير",
            "Hosseini", "حسيني", "Tehrani", "طهراني", "Novak", "نوفاك", "Kowalski", "كوالسكي", "Silva", "سيلفا", "Santos", "سانتوس",
            "Pobar", "بوبار", "Rae", "راي", "Schalkwyk", "شالكويك", "Friedman", "فريدمان", "Brooks", "بروكس", "Reed", "ريد");

    /** First words of organization names. */
    static final List<Part> ORG_FIRST = parts(
            "Nova", "نوفا", "Quantum", "كوانتم", "Deep", "ديب", "Neural", "نيورال", "Cortex", "كورتكس", "Vector", "فيكتور إكس",
            "Atlas", "أطلس", "Orion", "أوريون", "Helix", "هيليكس", "Lumen", "لومن", "Sigma", "سيغما", "Apex", "أبكس",
            "Aurora", "أورورا", "Falcon", "فالكون", "Cedar", "سيدار", "Nile", "النيل", "Zenith", "زينيث", "Prism", "بريزم",
            "Kite", "كايت", "Tensor", "تنسور", "Polar", "بولار", "Vertex", "فيرتكس", "Beacon", "بيكون", "Summit", "سميت",
            "Horizon", "هورايزن", "Pulse", "بلس", "Echo", "إيكو", "Nimbus", "نيمبس", "Argon", "أرغون", "Cobalt", "كوبالت",
            "Mosaic", "موزاييك", "Oasis", "واحة", "Sahara", "صحارى", "Palm", "بالم", "Delta", "دلتا", "Gamma", "غاما",
            "Photon", "فوتون", "Graphite", "غرافيت", "Silica", "سيليكا", "Ember", "إمبر", "Harbor", "هاربر", "Meridian", "ميريديان");

    /** Middle words of organization names. */
    static final List<Part> ORG_SECOND = parts(
            "Mind", "مايند", "Logic", "لوجيك", "Signal", "سيغنال", "Stack", "ستاك", "Forge", "فورج", "Path", "باث",
            "Wave", "ويف", "Core", "كور", "Grid", "غريد", "Flow", "فلو", "Spark", "سبارك", "Bridge", "بريدج",
            "Field", "فيلد", "Scale", "سكيل", "Frame", "فريم", "Point", "بوينت", "Loop", "لوب", "Shift", "شيفت",
            "Cloud", "كلاود", "Layer", "لاير", "Node", "نود", "Matrix", "ماتريكس", "Orbit", "أوربت", "Pixel", "بيكسل",
            "Sense", "سينس", "Vision", "فيجن", "Voice", "فويس", "Data", "داتا", "Code", "كود", "Light", "لايت",
            "Stone", "ستون", "River", "ريفر", "Peak", "بيك", "Gate", "غيت", "Works", "ووركس", "Line", "لاين");

    /** Last words of company names. */
    static final List<Part> COMPANY_LAST = parts(
            "AI", "إيه آي", "Labs", "لابز", "Systems", "سيستمز", "Dynamics", "داينامكس", "Robotics", "روبوتيكس",
            "Intelligence", "إنتليجنس", "Technologies", "تكنولوجيز", "Analytics", "أناليتكس", "Compute", "كومبيوت",
            "Inc", "إنك", "Group", "غروب", "Foundry", "فاوندري");

    /** Last words of lab names: a lab is named after its company, then one of these. */
    static final List<Part> LAB_LAST = parts(
            "Research", "للأبحاث", "DeepLab", "ديب لاب", "Brain", "برين", "AI Lab", "لاب للذكاء الاصطناعي",
            "Superintelligence Labs", "مختبرات الذكاء الفائق", "Frontier Lab", "فرونتير لاب");

    /** Job titles. */
    static final List<Part> TITLES = parts(
            "Research Scientist", "عالم أبحاث", "Research Engineer", "مهندس أبحاث",
            "Machine Learning Engineer", "مهندس تعلم آلي", "Principal Researcher", "الباحث الرئيسي",
            "Staff Engineer", "مهندس أول", "Postdoctoral Researcher", "باحث ما بعد الدكتوراه",
            "Member of Technical Staff", "عضو الفريق التقني", "Applied Scientist", "عالم تطبيقي",
            "Data Scientist", "عالم بيانات", "Software Engineer", "مهندس برمجيات",
            "Head of Research", "رئيس الأبحاث", "Chief Scientist", "كبير العلماء");

    /** News outlets: English ones have no Arabic name; Arabic ones write in Arabic. */
    static final List<Part> OUTLETS = parts(
            "Tech Ledger", "", "The Compute Times", "", "AI Wire", "", "Silicon Courier", "", "Frontier Report", "",
            "Daily Algorithm", "", "Gulf Tech Review", "مراجعة التقنية الخليجية", "Arab AI News", "أخبار الذكاء العربية",
            "Cairo Digital", "القاهرة الرقمية", "Levant Tech", "تقنية المشرق", "Maghreb Innovation", "ابتكار المغرب");

    private static List<Part> parts(String... pairs) {
        Part[] out = new Part[pairs.length / 2];
        Set<String> en = new HashSet<>();
        Set<String> ar = new HashSet<>();
        for (int i = 0; i < out.length; i++) {
            out[i] = new Part(pairs[2 * i], pairs[2 * i + 1]);
            if (!en.add(out[i].en()) || !out[i].ar().isEmpty() && !ar.add(out[i].ar())) {
                throw new IllegalStateException("Name part listed twice: " + out[i]);
            }
        }
        return List.of(out);
    }
}
