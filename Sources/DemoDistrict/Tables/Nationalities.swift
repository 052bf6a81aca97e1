/// Nationalities of the district's files. Weights are plausible shares, not official figures:
/// Syrians lead naturalizations; Afghans, Iraqis, Western Balkans and West Africans the Duldung files.
enum Nationalities {
  static let all: [Nationality] = [
    Nationality(
      "SYR", ebh: 28, abh: 12, ["ar", "ku"],
      family: ["Al-Hassan", "Haddad", "Khalil", "Ibrahim", "Mahmoud", "Othman", "Hamdan", "Darwish", "Aziz", "Kurdi"],
      male: ["Mohammad", "Ahmad", "Omar", "Khaled", "Yusuf", "Rami", "Samer", "Bashar"],
      female: ["Fatima", "Rania", "Layla", "Hiba", "Nour", "Amal", "Dana", "Rasha"]),
    Nationality(
      "TUR", ebh: 14, abh: 4, ["tr", "ku"],
      family: ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın"],
      male: ["Mehmet", "Mustafa", "Emre", "Hasan", "Murat", "Burak"],
      female: ["Ayşe", "Elif", "Zeynep", "Emine", "Fatma", "Merve"]),
    Nationality(
      "AFG", ebh: 6, abh: 18, ["fa", "ps"],
      family: ["Ahmadi", "Hosseini", "Rahimi", "Karimi", "Mohammadi", "Sultani", "Noori", "Haidari"],
      male: ["Ali", "Hamid", "Jawad", "Farid", "Sohail", "Mustafa"],
      female: ["Zahra", "Maryam", "Parwana", "Shabnam", "Nargis", "Fereshta"]),
    Nationality(
      "IRQ", ebh: 7, abh: 12, ["ar", "ku"],
      family: ["Al-Jubouri", "Hussein", "Kareem", "Rasheed", "Salih", "Ismail"],
      male: ["Haidar", "Mustafa", "Ali", "Karwan", "Dilshad", "Ammar"],
      female: ["Zainab", "Shirin", "Noor", "Sara", "Rojin", "Huda"]),
    Nationality(
      "UKR", ebh: 3, abh: 1, ["uk", "ru"],
      family: ["Kovalenko", "Bondarenko", "Tkachenko", "Shevchenko", "Melnyk", "Kravchenko"],
      male: ["Oleksandr", "Andrii", "Dmytro", "Serhii"], female: ["Olena", "Iryna", "Natalia", "Oksana", "Yuliia"]),
    Nationality(
      "RUS", ebh: 4, abh: 2, ["ru"], family: ["Petrov", "Smirnov", "Kuznetsov", "Popov", "Volkov", "Morozov"],
      male: ["Alexei", "Sergei", "Dmitri", "Ivan"], female: ["Anna", "Elena", "Olga", "Tatiana"]),
    Nationality(
      "IRN", ebh: 5, abh: 6, ["fa"], family: ["Rezaei", "Moradi", "Jafari", "Ahmadzadeh", "Tehrani", "Kazemi"],
      male: ["Reza", "Amir", "Mehdi", "Babak"], female: ["Maryam", "Shirin", "Leila", "Nasrin"]),
    Nationality(
      "XKX", ebh: 5, abh: 9, ["sq"], family: ["Berisha", "Krasniqi", "Gashi", "Hoxha", "Morina", "Shala"],
      male: ["Arben", "Besnik", "Driton", "Faton"], female: ["Arta", "Blerta", "Drita", "Vjosa"]),
    Nationality(
      "SRB", ebh: 3, abh: 8, ["sr"],
      family: ["Jovanović", "Nikolić", "Petrović", "Stojanović", "Ramić", "Demirović"],
      male: ["Nikola", "Marko", "Stefan", "Dragan"], female: ["Jelena", "Milica", "Ana", "Dragana"]),
    Nationality(
      "ERI", ebh: 2, abh: 5, ["ti"], family: ["Tesfay", "Ghebremedhin", "Haile", "Tekle", "Berhane", "Kidane"],
      male: ["Yonas", "Dawit", "Filmon", "Abraham"], female: ["Selam", "Helen", "Senait", "Ruta"]),
    Nationality(
      "POL", ebh: 4, abh: 0, ["pl"], family: ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński"],
      male: ["Piotr", "Tomasz", "Krzysztof"], female: ["Agnieszka", "Katarzyna", "Magdalena"]),
    Nationality(
      "ROU", ebh: 3, abh: 0, ["ro"], family: ["Popescu", "Ionescu", "Dumitru", "Stan", "Constantin"],
      male: ["Andrei", "Mihai", "Ionuț"], female: ["Ioana", "Elena", "Andreea"]),
    Nationality(
      "ITA", ebh: 2, abh: 0, ["it"], family: ["Rossi", "Russo", "Esposito", "Bianchi"],
      male: ["Marco", "Luca", "Giuseppe"], female: ["Giulia", "Francesca", "Chiara"]),
    Nationality(
      "GRC", ebh: 1, abh: 0, ["el"], family: ["Papadopoulos", "Georgiou", "Nikolaidis"],
      male: ["Giorgos", "Dimitris"], female: ["Maria", "Eleni"]),
    Nationality(
      "MAR", ebh: 4, abh: 2, ["ar", "fr"], family: ["El Amrani", "Benali", "Bouzid", "El Idrissi"],
      male: ["Youssef", "Karim", "Hamza"], female: ["Salma", "Khadija", "Imane"]),
    Nationality(
      "BIH", ebh: 3, abh: 1, ["bs"], family: ["Kovač", "Hodžić", "Begić", "Mehmedović"],
      male: ["Amir", "Emir", "Adnan"], female: ["Amra", "Lejla", "Selma"]),
    Nationality(
      "LBN", ebh: 2, abh: 3, ["ar"], family: ["Khoury", "Saleh", "Fakhoury", "Younes"],
      male: ["Hassan", "Bilal", "Ali"], female: ["Mariam", "Rana", "Zeina"]),
    Nationality(
      "ARM", ebh: 1, abh: 3, ["hy", "ru"], family: ["Petrosyan", "Hakobyan", "Grigoryan"],
      male: ["Aram", "Davit", "Tigran"], female: ["Anahit", "Lusine", "Mariam"]),
    Nationality(
      "NGA", ebh: 1, abh: 5, ["en"], family: ["Okafor", "Adeyemi", "Eze", "Okonkwo", "Balogun"],
      male: ["Chinedu", "Emeka", "Tunde"], female: ["Ngozi", "Chioma", "Aisha"]),
    Nationality(
      "GIN", ebh: 1, abh: 5, ["fr"], family: ["Diallo", "Bah", "Barry", "Camara", "Sow"],
      male: ["Mamadou", "Alpha", "Ibrahima"], female: ["Mariama", "Fatoumata", "Aissatou"]),
    Nationality(
      "SOM", ebh: 1, abh: 3, ["so"], family: ["Mohamed", "Abdi", "Warsame", "Farah"],
      male: ["Abdi", "Ahmed", "Yusuf"], female: ["Hodan", "Ayaan", "Faduma"]),
    Nationality(
      "IND", ebh: 3, abh: 0, ["en", "hi"], family: ["Sharma", "Patel", "Singh", "Kumar", "Reddy"],
      male: ["Rahul", "Arjun", "Vikram"], female: ["Priya", "Anjali", "Deepa"]),
  ]

  static let ebh = WeightedTable(all.filter { $0.ebhWeight > 0 }.map { ($0, $0.ebhWeight) })
  static let abh = WeightedTable(all.filter { $0.abhWeight > 0 }.map { ($0, $0.abhWeight) })
}
