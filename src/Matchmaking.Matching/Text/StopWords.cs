using System.Collections.Frozen;

namespace Matchmaking.Matching.Text;

/// <summary>
/// Words that carry no matching signal, as folded by <see cref="TextFolding.Fold(string)"/> ("perché" is "perche",
/// "don't" is the two words "don" and "t"). All sets are frozen and safe to share between threads.
/// </summary>
/// <remarks>
/// <para><see cref="Italian"/> and <see cref="English"/> are the Snowball stop lists (snowballstem.org), folded; the
/// English list also holds the fragments its contractions fold to ("isn", "ll", "ve"), because folding splits at
/// apostrophes (so "can", from "can't", is one; the modals Snowball leaves out for their homonyms, "will", "may",
/// "must", are not).</para>
/// <para><see cref="Domain"/> is kept deliberately small. A stop list is irreversible, while the index's weighting already
/// discounts frequent words; so only tokens that are pure noise in a company, startup or researcher profile belong
/// there: legal forms ("srl", "spa", "gmbh"), web and contact boilerplate ("www", "https", "pec", "tel") and a few
/// abbreviations ("ecc", "etc"). Common but meaningful words are not in it: "azienda"/"company" (in a researcher's or
/// startup's profile they say who the audience is), "innovazione", "ricerca", "servizi", "cerchiamo"/"offriamo" (needs
/// and offers). Some look like noise and are signal: "plc" (programmable logic controller), "sas" (the analytics
/// platform), ".net", "corso" (a training course) are therefore not listed.</para>
/// </remarks>
public static class StopWords
{
    private const string SnowballItalian =
        "ad al allo ai agli all agl alla alle con col coi da dal dallo dai dagli dall dagl dalla dalle di del dello dei " +
        "degli dell degl della delle in nel nello nei negli nell negl nella nelle su sul sullo sui sugli sull sugl sulla " +
        "sulle per tra contro io tu lui lei noi voi loro mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro nostra " +
        "nostri nostre vostro vostra vostri vostre mi ti ci vi lo la li le gli ne il un uno una ma ed se perché anche come " +
        "dov dove che chi cui non più quale quanto quanti quanta quante quello quelli quella quelle questo questi questa " +
        "queste si tutto tutti a c e i l o " +
        "ho hai ha abbiamo avete hanno abbia abbiate abbiano avrò avrai avrà avremo avrete avranno avrei avresti avrebbe " +
        "avremmo avreste avrebbero avevo avevi aveva avevamo avevate avevano ebbi avesti ebbe avemmo aveste ebbero avessi " +
        "avesse avessimo avessero avendo avuto avuta avuti avute " +
        "sono sei è siamo siete sia siate siano sarò sarai sarà saremo sarete saranno sarei saresti sarebbe saremmo " +
        "sareste sarebbero ero eri era eravamo eravate erano fui fosti fu fummo foste furono fossi fosse fossimo fossero " +
        "essendo " +
        "faccio fai facciamo fanno faccia facciate facciano farò farai farà faremo farete faranno farei faresti farebbe " +
        "faremmo fareste farebbero facevo facevi faceva facevamo facevate facevano feci facesti fece facemmo faceste " +
        "fecero facessi facesse facessimo facessero facendo " +
        "sto stai sta stiamo stanno stia stiate stiano starò starai starà staremo starete staranno starei staresti " +
        "starebbe staremmo stareste starebbero stavo stavi stava stavamo stavate stavano stetti stesti stette stemmo " +
        "steste stettero stessi stesse stessimo stessero stando";

    private const string SnowballEnglish =
        "i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself " +
        "it its itself they them their theirs themselves what which who whom this that these those am is are was were be " +
        "been being have has had having do does did doing would should could ought " +
        "i'm you're he's she's it's we're they're i've you've we've they've i'd you'd he'd she'd we'd they'd i'll you'll " +
        "he'll she'll we'll they'll isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't " +
        "shan't shouldn't can't cannot couldn't mustn't let's that's who's what's here's there's when's where's why's " +
        "how's a an the and but if or because as until while of at by for with about against between into through during " +
        "before after above below to from up down in out on off over under again further then once here there when where " +
        "why how all any both each few more most other some such no nor not only own same so than too very";

    private const string DomainNoise =
        // legal forms of companies
        "srl srls spa sapa snc scarl scrl sarl ltd llc inc gmbh " +
        // web and contact boilerplate
        "www http https html htm php com email mail tel fax pec piva cf via viale " +
        // abbreviations
        "ecc etc";

    /// <summary>The Snowball Italian stop words, folded.</summary>
    public static FrozenSet<string> Italian { get; } = Build(SnowballItalian);

    /// <summary>The Snowball English stop words, folded, with the fragments of their contractions.</summary>
    public static FrozenSet<string> English { get; } = Build(SnowballEnglish);

    /// <summary>Tokens that are noise in every profile of this product, whatever its language.</summary>
    public static FrozenSet<string> Domain { get; } = Build(DomainNoise);

    /// <summary>
    /// Italian stop words that are content words of English texts: "ai" is artificial intelligence and "era" an era.
    /// They are stop words of Italian text only.
    /// </summary>
    public static FrozenSet<string> EnglishContentWords { get; } = Build("ai era");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ItalianLookup =
        Italian.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishLookup =
        English.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DomainLookup =
        Domain.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishContentLookup =
        EnglishContentWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when <paramref name="foldedWord"/> carries no signal in a text of <paramref name="language"/>: it is a stop
    /// word of either language (texts mix them: an Italian profile quotes English titles) or domain noise, except that
    /// in English or undetermined text the <see cref="EnglishContentWords"/> are kept.
    /// </summary>
    public static bool IsStopWord(ReadOnlySpan<char> foldedWord, Language language) =>
        EnglishLookup.Contains(foldedWord)
        || DomainLookup.Contains(foldedWord)
        || (ItalianLookup.Contains(foldedWord) && (language == Language.Italian || !EnglishContentLookup.Contains(foldedWord)));

    /// <summary>Stop words that only Italian uses: evidence that a text is Italian.</summary>
    internal static bool IsItalianOnly(ReadOnlySpan<char> foldedWord) =>
        ItalianLookup.Contains(foldedWord) && !EnglishLookup.Contains(foldedWord) && !EnglishContentLookup.Contains(foldedWord);

    /// <summary>Stop words that only English uses: evidence that a text is English.</summary>
    internal static bool IsEnglishOnly(ReadOnlySpan<char> foldedWord) =>
        EnglishLookup.Contains(foldedWord) && !ItalianLookup.Contains(foldedWord);

    private static FrozenSet<string> Build(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => TextFolding.Fold(w).Split(' '))
            .ToFrozenSet(StringComparer.Ordinal);
}
