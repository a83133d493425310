import XCTest
@testable import Indexer

/// Leader ids are keys in built indexes and in users' saved queries: every id the hand-made
/// gazetteer shipped (before the whole-world build) must still name a person.
final class GazetteerStableIdsTests: XCTestCase {
    func testIdsShippedBeforeTheWholeWorldBuildStillExist() {
        let missing = Self.shippedIds.split(whereSeparator: \.isWhitespace).map(String.init)
            .filter { Gazetteer.shared.leader(id: $0) == nil }
        XCTAssertEqual(missing, [], "leader ids that disappeared")
    }

    func testEveryIdNamesOnePersonInOneCountry() throws {
        let url = try XCTUnwrap(Gazetteer.bundledURL("leaders"))
        let table = TSVTable(try String(contentsOf: url, encoding: .utf8))
        let id = table.column("id"), name = table.column("name"), country = table.column("country")
        var seen: [Substring: (Substring, Substring)] = [:]
        for r in table.rows {
            guard let i = r[id], let n = r[name], let c = r[country] else { continue }
            if let prior = seen[i] {
                XCTAssertTrue(prior == (n, c), "\(i): rows disagree: \(prior) vs \((n, c))")
            } else {
                seen[i] = (n, c)
            }
        }
    }

    /// The 590 ids of leaders.tsv at commit 0b17dd4.
    static let shippedIds = """
        ae-khalifa-bin-zayed ae-mohamed-bin-zayed ae-zayed-bin-sultan af-ashraf-ghani af-haibatullah-akhundzada
        af-hamid-karzai am-nikol-pashinyan ao-joao-lourenco ar-alberto-fernandez ar-carlos-menem
        ar-cristina-fernandez-de-kirchner ar-eduardo-duhalde ar-fernando-de-la-rua ar-javier-milei
        ar-leopoldo-galtieri ar-mauricio-macri ar-nestor-kirchner ar-raul-alfonsin ar-reynaldo-bignone
        ar-roberto-viola at-alexander-schallenberg at-alexander-van-der-bellen at-brigitte-bierlein at-christian-kern
        at-christian-stocker at-franz-vranitzky at-karl-nehammer at-sebastian-kurz at-werner-faymann
        au-anthony-albanese au-bob-hawke au-john-howard au-julia-gillard au-kevin-rudd au-malcolm-fraser
        au-malcolm-turnbull au-paul-keating au-scott-morrison au-tony-abbott az-ilham-aliyev
        bd-hossain-mohammad-ershad bd-mohammed-shahabuddin bd-muhammad-yunus bd-sheikh-hasina be-alexander-de-croo
        be-bart-de-wever be-charles-michel be-elio-di-rupo be-guy-verhofstadt be-herman-van-rompuy
        be-jean-luc-dehaene be-mark-eyskens be-sophie-wilmes be-wilfried-martens be-yves-leterme bg-rumen-radev
        bh-hamad-bin-isa br-dilma-rousseff br-fernando-collor br-fernando-henrique-cardoso br-itamar-franco
        br-jair-bolsonaro br-joao-figueiredo br-jose-sarney br-lula br-michel-temer by-alexander-lukashenko
        ca-brian-mulroney ca-jean-chretien ca-john-turner ca-justin-trudeau ca-kim-campbell ca-mark-carney
        ca-paul-martin ca-pierre-trudeau ca-stephen-harper cd-felix-tshisekedi ci-alassane-ouattara
        cl-augusto-pinochet cl-gabriel-boric cl-michelle-bachelet cl-sebastian-pinera cn-deng-xiaoping cn-hu-jintao
        cn-jiang-zemin cn-li-keqiang cn-li-peng cn-li-qiang cn-li-xiannian cn-wen-jiabao cn-xi-jinping
        cn-yang-shangkun cn-zhao-ziyang cn-zhu-rongji co-alvaro-uribe co-gustavo-petro co-ivan-duque
        co-juan-manuel-santos co-virgilio-barco cs-gustav-husak cs-vaclav-havel cu-fidel-castro cu-miguel-diaz-canel
        cu-raul-castro cy-spyros-kyprianou cz-andrej-babis cz-milos-zeman cz-petr-fiala cz-petr-pavel dd-egon-krenz
        dd-erich-honecker dd-hans-modrow dd-lothar-de-maiziere dd-willi-stoph de-angela-merkel de-christian-wulff
        de-frank-walter-steinmeier de-friedrich-merz de-gerhard-schroeder de-helmut-kohl de-helmut-schmidt
        de-horst-koehler de-joachim-gauck de-johannes-rau de-karl-carstens de-olaf-scholz de-richard-von-weizsaecker
        de-roman-herzog dk-anders-fogh-rasmussen dk-lars-lokke-rasmussen dk-mette-frederiksen dk-poul-schluter
        dz-abdelmadjid-tebboune dz-chadli-bendjedid ec-daniel-noboa ec-leon-febres-cordero ee-alar-karis
        ee-kristen-michal eg-abdel-fattah-el-sisi eg-anwar-sadat eg-hosni-mubarak eg-mohamed-morsi
        eg-mostafa-madbouly es-adolfo-suarez es-felipe-gonzalez es-felipe-vi es-jose-luis-rodriguez-zapatero
        es-jose-maria-aznar es-juan-carlos-i es-leopoldo-calvo-sotelo es-mariano-rajoy es-pedro-sanchez et-abiy-ahmed
        et-sahle-work-zewde et-taye-atske-selassie eu-antonio-costa eu-charles-michel eu-donald-tusk eu-gaston-thorn
        eu-herman-van-rompuy eu-jacques-delors eu-jacques-santer eu-jean-claude-juncker eu-jose-manuel-barroso
        eu-romano-prodi eu-ursula-von-der-leyen fi-alexander-stubb fi-mauno-koivisto fi-petteri-orpo fi-sanna-marin
        fi-sauli-niinisto fr-alain-juppe fr-bernard-cazeneuve fr-dominique-de-villepin fr-edith-cresson
        fr-edouard-balladur fr-edouard-philippe fr-elisabeth-borne fr-emmanuel-macron fr-francois-bayrou
        fr-francois-fillon fr-francois-hollande fr-francois-mitterrand fr-gabriel-attal fr-jacques-chirac
        fr-jean-castex fr-jean-marc-ayrault fr-jean-pierre-raffarin fr-laurent-fabius fr-lionel-jospin
        fr-manuel-valls fr-michel-barnier fr-michel-rocard fr-nicolas-sarkozy fr-pierre-beregovoy fr-pierre-mauroy
        fr-raymond-barre fr-sebastien-lecornu fr-valery-giscard-destaing gb-boris-johnson gb-charles-iii
        gb-david-cameron gb-elizabeth-ii gb-gordon-brown gb-john-major gb-keir-starmer gb-liz-truss
        gb-margaret-thatcher gb-rishi-sunak gb-theresa-may gb-tony-blair ge-irakli-kobakhidze ge-mikheil-kavelashvili
        gh-john-mahama gh-nana-akufo-addo gr-alexis-tsipras gr-andreas-papandreou gr-konstantinos-mitsotakis
        gr-kyriakos-mitsotakis hu-viktor-orban id-abdurrahman-wahid id-b-j-habibie id-joko-widodo
        id-megawati-sukarnoputri id-prabowo-subianto id-suharto id-susilo-bambang-yudhoyono ie-bertie-ahern
        ie-catherine-connolly ie-charles-haughey ie-enda-kenny ie-garret-fitzgerald ie-leo-varadkar
        ie-michael-d-higgins ie-micheal-martin ie-simon-harris il-ariel-sharon il-benjamin-netanyahu il-ehud-barak
        il-ehud-olmert il-isaac-herzog il-menachem-begin il-naftali-bennett il-reuven-rivlin il-shimon-peres
        il-yair-lapid il-yitzhak-rabin il-yitzhak-shamir in-atal-bihari-vajpayee in-droupadi-murmu in-indira-gandhi
        in-manmohan-singh in-narendra-modi in-p-v-narasimha-rao in-pranab-mukherjee in-rajiv-gandhi
        in-ram-nath-kovind in-v-p-singh iq-haider-al-abadi iq-mohammed-shia-al-sudani iq-mustafa-al-kadhimi
        iq-nouri-al-maliki iq-saddam-hussein ir-akbar-hashemi-rafsanjani ir-ali-khamenei ir-ebrahim-raisi
        ir-hassan-rouhani ir-mahmoud-ahmadinejad ir-masoud-pezeshkian ir-mir-hossein-mousavi ir-mohammad-khatami
        ir-ruhollah-khomeini it-amintore-fanfani it-arnaldo-forlani it-bettino-craxi it-carlo-azeglio-ciampi
        it-ciriaco-de-mita it-enrico-letta it-francesco-cossiga it-giorgia-meloni it-giorgio-napolitano
        it-giovanni-goria it-giovanni-spadolini it-giuliano-amato it-giulio-andreotti it-giuseppe-conte
        it-lamberto-dini it-mario-draghi it-mario-monti it-massimo-dalema it-matteo-renzi it-oscar-luigi-scalfaro
        it-paolo-gentiloni it-romano-prodi it-sandro-pertini it-sergio-mattarella it-silvio-berlusconi
        jm-andrew-holness jo-abdullah-ii jo-hussein jp-akihito jp-fumio-kishida jp-hirohito jp-junichiro-koizumi
        jp-keizo-obuchi jp-kiichi-miyazawa jp-morihiro-hosokawa jp-naoto-kan jp-naruhito jp-noboru-takeshita
        jp-ryutaro-hashimoto jp-sanae-takaichi jp-shigeru-ishiba jp-shinzo-abe jp-sosuke-uno jp-taro-aso
        jp-tomiichi-murayama jp-toshiki-kaifu jp-tsutomu-hata jp-yasuhiro-nakasone jp-yasuo-fukuda jp-yoshihide-suga
        jp-yoshihiko-noda jp-yoshiro-mori jp-yukio-hatoyama jp-zenko-suzuki ke-daniel-arap-moi ke-uhuru-kenyatta
        ke-william-ruto kh-hun-manet kh-hun-sen kp-kim-il-sung kp-kim-jong-il kp-kim-jong-un kr-chun-doo-hwan
        kr-han-duck-soo kr-hwang-kyo-ahn kr-kim-dae-jung kr-kim-min-seok kr-kim-young-sam kr-lee-jae-myung
        kr-lee-myung-bak kr-moon-jae-in kr-park-geun-hye kr-roh-moo-hyun kr-roh-tae-woo kr-yoon-suk-yeol
        kw-jaber-al-ahmad kw-mishal-al-ahmad kw-nawaf-al-ahmad kw-sabah-al-ahmad kz-kassym-jomart-tokayev
        kz-nursultan-nazarbayev lb-joseph-aoun lk-anura-kumara-dissanayake lk-gotabaya-rajapaksa
        lk-junius-jayewardene lk-mahinda-rajapaksa lk-maithripala-sirisena lk-ranasinghe-premadasa
        lk-ranil-wickremesinghe lt-gitanas-nauseda lv-edgars-rinkevics ly-muammar-gaddafi ma-hassan-ii ma-mohammed-vi
        md-maia-sandu mm-aung-san-suu-kyi mm-min-aung-hlaing mx-andres-manuel-lopez-obrador mx-carlos-salinas
        mx-claudia-sheinbaum mx-enrique-pena-nieto mx-ernesto-zedillo mx-felipe-calderon mx-jose-lopez-portillo
        mx-miguel-de-la-madrid mx-vicente-fox my-abdullah-ahmad-badawi my-anwar-ibrahim my-ismail-sabri-yaakob
        my-mahathir-mohamad my-muhyiddin-yassin my-najib-razak ng-bola-tinubu ng-goodluck-jonathan
        ng-ibrahim-babangida ng-muhammadu-buhari ni-daniel-ortega nl-beatrix nl-dick-schoof nl-dries-van-agt
        nl-jan-peter-balkenende nl-mark-rutte nl-ruud-lubbers nl-willem-alexander nl-wim-kok no-erna-solberg
        no-gro-harlem-brundtland no-jan-p-syse no-jens-stoltenberg no-jonas-gahr-store no-kare-willoch
        nz-bill-english nz-chris-hipkins nz-christopher-luxon nz-david-lange nz-helen-clark nz-jacinda-ardern
        nz-jim-bolger nz-john-key nz-robert-muldoon om-haitham-bin-tariq om-qaboos-bin-said pe-alan-garcia
        pe-alberto-fujimori pe-dina-boluarte pe-jose-jeri pe-pedro-castillo ph-benigno-aquino-iii ph-corazon-aquino
        ph-ferdinand-marcos ph-ferdinand-marcos-jr ph-fidel-ramos ph-gloria-macapagal-arroyo ph-joseph-estrada
        ph-rodrigo-duterte pk-arif-alvi pk-asif-ali-zardari pk-benazir-bhutto pk-imran-khan pk-mamnoon-hussain
        pk-nawaz-sharif pk-pervez-musharraf pk-shahid-khaqan-abbasi pk-shehbaz-sharif pk-zia-ul-haq
        pl-aleksander-kwasniewski pl-andrzej-duda pl-beata-szydlo pl-bronislaw-komorowski pl-donald-tusk
        pl-ewa-kopacz pl-karol-nawrocki pl-lech-kaczynski pl-lech-walesa pl-mateusz-morawiecki pl-wojciech-jaruzelski
        pt-anibal-cavaco-silva pt-antonio-costa pt-antonio-guterres pt-luis-montenegro pt-marcelo-rebelo-de-sousa
        pt-mario-soares qa-hamad-bin-khalifa qa-khalifa-bin-hamad qa-tamim-bin-hamad ro-ilie-bolojan
        ro-klaus-iohannis ro-marcel-ciolacu ro-nicusor-dan rs-aleksandar-vucic ru-boris-yeltsin ru-dmitry-medvedev
        ru-mikhail-fradkov ru-mikhail-kasyanov ru-mikhail-mishustin ru-sergei-kiriyenko ru-sergei-stepashin
        ru-viktor-chernomyrdin ru-viktor-zubkov ru-vladimir-putin ru-yevgeny-primakov rw-paul-kagame sa-abdullah
        sa-fahd sa-khalid sa-mohammed-bin-salman sa-salman se-carl-bildt se-fredrik-reinfeldt se-goran-persson
        se-ingvar-carlsson se-magdalena-andersson se-olof-palme se-stefan-lofven se-ulf-kristersson sg-goh-chok-tong
        sg-halimah-yacob sg-lawrence-wong sg-lee-hsien-loong sg-lee-kuan-yew sg-tharman-shanmugaratnam
        sk-peter-pellegrini sk-robert-fico sk-zuzana-caputova sn-bassirou-diomaye-faye sn-macky-sall ss-salva-kiir
        su-konstantin-chernenko su-leonid-brezhnev su-mikhail-gorbachev su-nikolai-ryzhkov su-nikolai-tikhonov
        su-valentin-pavlov su-yuri-andropov sy-ahmed-al-sharaa sy-bashar-al-assad sy-hafez-al-assad
        th-anutin-charnvirakul th-bhumibol-adulyadej th-chatichai-choonhavan th-paetongtarn-shinawatra
        th-prayut-chan-o-cha th-prem-tinsulanonda th-srettha-thavisin th-thaksin-shinawatra th-vajiralongkorn
        th-yingluck-shinawatra tn-kais-saied tr-abdullah-gul tr-ahmet-davutoglu tr-ahmet-necdet-sezer
        tr-binali-yildirim tr-bulent-ecevit tr-kenan-evren tr-mesut-yilmaz tr-necmettin-erbakan
        tr-recep-tayyip-erdogan tr-suleyman-demirel tr-tansu-ciller tr-turgut-ozal tr-yildirim-akbulut
        tw-chen-shui-bian tw-chiang-ching-kuo tw-cho-jung-tai tw-lai-ching-te tw-lee-teng-hui tw-ma-ying-jeou
        tw-tsai-ing-wen tz-ali-hassan-mwinyi tz-john-magufuli tz-samia-suluhu-hassan ua-arseniy-yatsenyuk
        ua-denys-shmyhal ua-leonid-kravchuk ua-leonid-kuchma ua-oleksiy-honcharuk ua-petro-poroshenko
        ua-viktor-yanukovych ua-viktor-yushchenko ua-volodymyr-groysman ua-volodymyr-zelenskyy ua-yulia-svyrydenko
        ug-yoweri-museveni us-barack-obama us-bill-clinton us-donald-trump us-george-h-w-bush us-george-w-bush
        us-jimmy-carter us-joe-biden us-ronald-reagan uz-shavkat-mirziyoyev va-benedict-xvi va-francis
        va-john-paul-ii va-leo-xiv ve-carlos-andres-perez ve-delcy-rodriguez ve-hugo-chavez ve-jaime-lusinchi
        ve-nicolas-maduro vn-luong-cuong vn-nguyen-xuan-phuc vn-pham-minh-chinh vn-to-lam vn-vo-van-thuong
        yu-ante-markovic yu-branko-mikulic za-cyril-ramaphosa za-f-w-de-klerk za-jacob-zuma za-kgalema-motlanthe
        za-nelson-mandela za-p-w-botha za-thabo-mbeki zm-hakainde-hichilema zw-emmerson-mnangagwa zw-robert-mugabe
        """
}
