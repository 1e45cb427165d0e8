package de.schulplatz.samples;

import java.util.List;

/**
 * The names the sample pupils and schools are made of: family languages, each with a weight for how often
 * the samples use it and its typical given and family names; the languages of heritage-language lessons;
 * street names for home addresses.
 */
final class NameCatalogue {

    record Language(String name, double weight, List<String> boys, List<String> girls, List<String> families) {
    }

    private static final List<Language> LANGUAGES = List.of(
            new Language("Ukrainisch", 24, List.of("Oleksandr", "Maksym", "Artem", "Dmytro", "Bohdan", "Ivan"),
                    List.of("Anastasiia", "Sofiia", "Yelyzaveta", "Mariia", "Viktoriia", "Daryna"),
                    List.of("Kovalenko", "Bondarenko", "Tkachenko", "Shevchenko", "Melnyk", "Kravchenko")),
            new Language("Arabisch", 20, List.of("Mohammed", "Ahmad", "Omar", "Yusuf", "Khaled", "Hamza"),
                    List.of("Fatima", "Aya", "Maryam", "Rahaf", "Lana", "Jana"),
                    List.of("Al-Hassan", "Haddad", "Khalil", "Mansour", "Al-Ahmad", "Ibrahim")),
            new Language("Türkisch", 10, List.of("Emir", "Yusuf", "Mustafa", "Eymen", "Ömer", "Kerem"),
                    List.of("Zeynep", "Elif", "Defne", "Asel", "Eylül", "Azra"),
                    List.of("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk")),
            new Language("Dari", 7, List.of("Ahmad", "Mustafa", "Sohrab", "Farid", "Javid", "Basir"),
                    List.of("Zahra", "Madina", "Parisa", "Nilofar", "Mahsa", "Shabnam"),
                    List.of("Rahimi", "Ahmadi", "Hakimi", "Karimi", "Noori", "Sultani")),
            new Language("Farsi", 4, List.of("Amir", "Reza", "Ali", "Arash", "Kian", "Darius"),
                    List.of("Sara", "Niloufar", "Yasmin", "Roya", "Shirin", "Mina"),
                    List.of("Hosseini", "Moradi", "Rezaei", "Jafari", "Sadeghi", "Mohammadi")),
            new Language("Kurdisch", 8, List.of("Baran", "Rojhat", "Delil", "Azad", "Welat", "Serhat"),
                    List.of("Berfin", "Rojda", "Zilan", "Helin", "Dilan", "Rojin"),
                    List.of("Ali", "Hussein", "Murad", "Khalaf", "Sido", "Qasim")),
            new Language("Rumänisch", 8, List.of("Andrei", "Alexandru", "Ionuț", "David", "Luca", "Mihai"),
                    List.of("Maria", "Ioana", "Elena", "Andreea", "Ana", "Bianca"),
                    List.of("Popescu", "Ionescu", "Popa", "Stan", "Dumitru", "Stoica")),
            new Language("Bulgarisch", 6, List.of("Georgi", "Ivan", "Dimitar", "Nikolay", "Aleksandar", "Martin"),
                    List.of("Maria", "Viktoria", "Nikol", "Raya", "Aleksandra", "Elena"),
                    List.of("Ivanov", "Georgiev", "Dimitrov", "Petrov", "Nikolov", "Hristov")),
            new Language("Tigrinya", 4, List.of("Yonas", "Dawit", "Filmon", "Robel", "Semere", "Natnael"),
                    List.of("Helen", "Senait", "Luwam", "Ruta", "Selam", "Winta"),
                    List.of("Tesfay", "Gebremedhin", "Habte", "Berhane", "Kidane", "Tekle")),
            new Language("Russisch", 5, List.of("Aleksandr", "Mikhail", "Artyom", "Matvey", "Lev", "Timofey"),
                    List.of("Sofia", "Anna", "Alisa", "Polina", "Varvara", "Eva"),
                    List.of("Ivanova", "Smirnov", "Kuznetsov", "Popov", "Volkov", "Sokolov")),
            new Language("Paschtu", 4, List.of("Wahid", "Jawad", "Hamid", "Zabihullah", "Noorullah", "Sami"),
                    List.of("Malalai", "Palwasha", "Zarghona", "Gulalai", "Nazo", "Spozhmai"),
                    List.of("Khan", "Durrani", "Safi", "Popal", "Stanikzai", "Wardak")));

    static final List<String> HERITAGE_LANGUAGES = List.of("Arabisch", "Türkisch", "Russisch",
            "Ukrainisch", "Kurdisch", "Rumänisch", "Bulgarisch", "Farsi");
    static final List<String> STREETS = List.of("Bahnhofstraße", "Hauptstraße", "Lindenweg", "Schulstraße",
            "Am Markt", "Gartenstraße", "Bergstraße", "Mühlenweg", "Kirchstraße", "Waldweg", "Lange Straße",
            "Feldstraße");

    private NameCatalogue() {
    }

    /** A family language, as likely as its weight's share of all weights. */
    static Language language(Dice dice) {
        double total = LANGUAGES.stream().mapToDouble(Language::weight).sum();
        double roll = dice.nextDouble() * total;
        for (Language language : LANGUAGES) {
            roll -= language.weight();
            if (roll < 0) {
                return language;
            }
        }
        return LANGUAGES.get(0);
    }
}
