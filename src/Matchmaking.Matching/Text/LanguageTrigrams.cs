namespace Matchmaking.Matching.Text;

/// <summary>
/// Character-trigram evidence for telling Italian from English: each entry is a trigram of a folded word padded with
/// '_' at both ends, and the natural-log odds (clamped to ±4) that a word containing it is Italian rather than English.
/// </summary>
/// <remarks>
/// Derived from the Snowball sample vocabularies (about 35,000 Italian and 29,000 English word forms, accents folded): a
/// word's document frequency per trigram, smoothed by 0.5, keeping the 1200 trigrams seen at least 15 times whose
/// odds are furthest from even (weighted by the log of their frequency) and at least e^0.5 apart. On held-out words of
/// those vocabularies the sign of the summed odds is right for 89% of Italian and 86% of English words; past ±6 it is
/// wrong for 1.5% of Italian and 0.3% of English words, which is where <see cref="LanguageDetector"/> trusts one word.
/// </remarks>
internal static class LanguageTrigrams
{
    /// <summary>Entries "abc+1.2", separated by spaces.</summary>
    public const string Table =
        "_av+1.4 _aw-4.0 _bl-2.1 _cl-1.3 _cy-2.2 _dr-2.1 _ea-2.6 _en-1.3 _es+1.6 _ex-3.0 _ey-3.7 _fl-2.0 _gi+1.4 " +
        "_gl-1.4 _ha-1.9 _he-2.4 _hi-2.3 _ho-2.3 _hu-2.4 _hy-3.1 _ip+3.3 _is+1.8 _je-1.5 _jo-1.4 _ju-1.6 _ke-1.6 " +
        "_ki-1.6 _kn-4.0 _my-2.0 _os+1.4 _ou-2.6 _ov-2.3 _ow-2.2 _ph-2.3 _pl-1.8 _py-2.5 _re-0.9 _ri+2.4 _sb+4.0 " +
        "_sd+3.4 _sf+4.0 _sg+4.0 _sh-2.3 _sk-2.7 _sl-2.0 _sn-2.4 _sv+3.0 _sw-4.0 _sy-2.2 _th-3.0 _tw-4.0 _ty-2.7 " +
        "_ub+3.5 _uc+3.6 _ud+2.2 _uf+3.4 _un-2.2 _up-3.7 _wa-2.7 _we-2.5 _wh-4.0 _wi-2.6 _wo-3.1 _wr-4.0 _ye-2.5 " +
        "_yo-2.1 abb+1.3 abl-4.0 abs-4.0 acc+1.9 ach-1.6 ack-2.6 act-3.4 acy-2.3 ad_-1.8 adj-3.9 adl-3.9 adm-4.0 " +
        "ads-2.0 adv-3.6 ady-3.6 ae_-1.5 aff+1.2 afi+2.4 aft-2.0 age-1.7 agg+1.1 agl+3.0 ai_+1.9 aia+1.9 aid-1.6 " +
        "ail-2.2 ain-2.6 aio+2.8 air-2.2 ait-2.7 aiu+2.8 ake-3.3 aki-2.3 al_-1.9 ale+1.1 als-1.4 alv+1.5 aly-2.0 " +
        "alz+4.0 ame+1.2 amm+1.2 amo+1.7 ams-2.9 and+1.0 ank-1.5 ann+1.2 ano+2.8 ans-1.2 anz+3.9 ap_-1.8 aph-3.3 " +
        "aps-4.0 apt-2.3 are+1.6 ark-2.1 arl+1.6 aro+1.8 ars+1.1 ary-3.3 arz+3.2 asc+1.7 asf+3.8 ash-1.7 ask-1.8 " +
        "ass+0.9 at_-1.4 ata+2.6 atc-3.0 ath-2.4 ato+2.6 ats-2.9 att+1.2 auc-2.0 aun-4.0 ava+2.5 avr+3.5 avv+4.0 " +
        "aw_-4.0 awe-3.9 awl-4.0 awn-4.0 aws-2.6 axe-2.5 ay_-2.1 aye-1.9 ayi-3.0 ays-3.3 azi+3.5 azz+3.1 bba+2.3 " +
        "bbe+1.5 bbr+3.2 be_+1.7 bea-2.4 bed-3.2 beg-2.0 beh-2.5 bi_+3.2 bia+2.2 bie+1.6 bil+1.3 bio+1.7 bje-2.6 " +
        "bla-2.1 ble-4.0 bly-4.0 bo_+1.6 boa-1.8 boc+4.0 bod-2.0 boo-4.0 bou-2.7 bow-2.8 bs_-3.0 bse-2.6 bst-3.4 " +
        "by_-2.4 ca_+2.4 cam+1.6 cav+1.6 caz+4.0 cca+2.9 cce+1.2 cch+4.0 cci+3.7 cco+1.7 cea-1.8 cee-3.7 cei-2.2 " +
        "cep-1.5 cet+1.5 cev+4.0 ch_-2.3 cha-2.4 chi+1.1 chm-2.5 cho-2.5 chu-2.3 chy-3.9 ci_+4.0 cia+1.9 cic+1.9 " +
        "ciu+3.4 ck_-1.8 cka-3.7 cke-2.6 cki-3.9 ckl-2.9 ckn-3.7 cks-3.6 cle-1.8 clo-2.6 co_+2.3 coa-2.5 col+1.3 " +
        "cos+1.8 cou-3.1 cow-4.0 cra-1.3 cru-1.4 cry-2.5 cs_-3.4 ct_-2.8 cta-2.1 cte-4.0 cti-3.9 cto-2.1 cts-4.0 " +
        "ctu-3.4 cul-1.5 cum-1.7 cy_-3.3 da_+1.6 dae-3.6 dar+1.3 dat+1.3 dav+1.6 day-1.9 ddl-3.1 ddo+2.3 dea-1.8 " +
        "ded-2.9 dee-2.2 dge-2.8 di_+3.1 dip+1.5 dir+1.6 diz+1.8 dle-3.1 dli-3.4 dly-4.0 dmi-3.3 dne-2.9 do_+3.3 " +
        "dol+1.7 doo-2.5 dos+2.7 dou-1.7 dov+1.8 dow-2.8 ds_-3.2 dsh-2.5 dut+2.2 dve-4.0 dy_-2.4 eab-4.0 eac-3.8 " +
        "ead-3.1 eak-4.0 eam-2.0 eap-4.0 ear-2.7 eas-3.4 eat-1.7 eav-3.4 ebb+3.1 ecc+2.7 eck-2.4 ect-3.3 ed_-4.0 " +
        "ede+1.2 edg-3.5 edl-4.0 edn-3.7 eds-4.0 eec-3.9 eed-3.7 eek-2.5 eel-3.6 eem-2.3 een-2.3 eep-3.5 eer-3.6 " +
        "ees-3.4 eet-2.5 eez-3.6 efu-3.9 egg+2.5 egh+1.8 egl+1.6 egn+3.9 egu+1.5 ehe-3.4 eho-4.0 ei_+3.7 eig-3.1 " +
        "eiv-3.0 eld-2.2 elp-2.5 els-1.7 ely-4.0 ems-2.5 en_-1.6 enc-2.5 enl-2.4 enz+4.0 eo_+2.0 eou-4.0 epe-1.8 " +
        "eps-3.7 ept-2.5 er_-1.5 era+1.0 ero+1.5 ers-1.0 erw-2.3 ery-4.0 erz+2.2 es_-3.2 esa+2.5 esh-2.6 esm-2.5 " +
        "et_-1.7 etc-2.6 eth-2.6 ets-3.2 ett+2.1 ety-2.8 eva+2.0 ew_-2.5 ewa-3.4 ewe-3.4 ewi-2.6 exa-2.3 exc-3.5 " +
        "exe-2.6 exh-4.0 exi-2.6 exp-3.5 ext-2.1 ey_-1.5 eys-2.9 ezi+2.3 ezz+3.9 fai-2.4 fea-4.0 fec-1.7 fee-4.0 " +
        "fez+3.4 ffa+1.6 fi_+3.9 fia+1.6 fie-1.4 fio+2.0 fiu+3.6 fiz+3.2 fla-1.6 fli-1.6 flo-2.0 fly-2.1 fo_+2.6 " +
        "fon+2.2 foo-2.8 fou-3.4 fs_-2.4 ft_-1.9 fte-4.0 fug+1.7 ful-3.9 fy_-4.0 fyi-4.0 ga_+2.9 gai-1.9 ge_-1.2 " +
        "gea-2.2 ged-2.7 geg+3.4 geo-1.7 gev+3.3 ggi+2.7 ggl-4.0 gh_-2.8 ghe+1.5 ghi+1.7 ght-4.0 gi_+2.2 gia+3.3 " +
        "gio+2.9 giu+3.8 gle-2.8 gli+2.4 gly-4.0 gme-2.5 gna+1.5 gno+1.7 go_+1.4 gol+1.7 gom+2.1 goo-3.9 gs_-4.0 " +
        "gua+1.2 gul-1.9 hab-2.5 hag-2.5 hal-1.5 ham-1.6 han-1.5 hap-4.0 har-2.3 has-3.6 hat-2.9 hav-2.9 he_+1.8 " +
        "hea-3.5 hed-3.3 hee-3.3 heg+2.3 hei-2.0 hel-1.4 hem-1.8 hen-1.6 her-1.1 hes-2.7 hez+3.4 hfu-4.0 hi_+3.0 " +
        "hia+2.9 hic-2.2 hil-1.8 hin-1.3 hip-2.6 hit-1.6 hiu+4.0 hly-4.0 hme-2.9 hne-2.9 hoa-3.6 hod-2.6 hol-2.4 " +
        "hon-2.1 hoo-3.4 hop-4.0 hor-3.1 hos-2.1 hou-3.0 how-2.6 hre-4.0 hri-2.2 hro-2.3 hru-3.7 hs_-4.0 ht_-2.4 " +
        "hte-3.4 hti-3.9 hts-2.2 hum-2.7 hun-2.5 hur-2.7 hus-2.3 hwa-2.8 hy_-2.8 hyd-2.5 hys-4.0 ia_+1.8 iac+2.0 " +
        "iam+3.0 ian+1.1 iar+2.2 iat+1.3 iav+4.0 iaz+2.9 ibl-2.8 ibo+2.4 ic_-1.6 icc+3.5 ich+1.3 ick-2.6 ico+2.9 " +
        "ics-3.2 ict-2.9 id_-1.8 idd-1.7 idg-1.8 idl-4.0 ids-2.4 ie_+1.7 ief-2.4 ieg+2.3 ies-2.4 ifa+2.5 ift-4.0 " +
        "ify-4.0 igh-2.9 igl+3.8 ike-2.7 ild-2.8 ilk-3.6 ils-2.8 ily-3.8 ime+1.1 imo+1.8 ims-3.9 in_-1.1 ina+1.0 " +
        "ing-2.6 inh-2.4 inj-2.6 ink-3.1 inl-2.2 ino+2.1 inz+4.0 io_+3.1 ioc+2.2 ios+2.3 iou-4.0 iov+4.0 ip_-2.0 " +
        "ipo+1.9 ipp-1.8 ipr+1.7 ips-2.0 ipt-3.1 ira+1.7 ird-2.6 irv+2.3 ish-3.6 isk-2.2 it_-1.4 ita+1.5 itc-3.3 " +
        "ith-3.7 ito+1.8 its-2.8 ity-4.0 iud+4.0 iug+3.2 iul+2.6 iun+3.9 iur+3.0 iut+4.0 iva+1.6 ivo+1.8 ixt-2.5 " +
        "ize-3.6 izi+2.0 izz+2.5 jec-2.7 joi-3.1 jou-3.9 joy-3.7 jud-4.0 jur-3.2 jus-4.0 ke_-2.0 ked-4.0 kee-4.0 " +
        "ken-1.9 ker-2.0 kes-4.0 ket-2.3 kil-2.3 kin-3.1 kle-4.0 kli-2.1 kne-3.1 kno-2.9 ks_-4.0 ky_-2.6 la_+2.2 " +
        "lai-1.6 lap-1.8 law-4.0 lay-2.8 lci+2.2 ld_-1.6 lds-2.4 lea-1.9 led-3.3 lee-2.8 les-1.6 lez+2.9 lgo+2.2 " +
        "li_+4.0 lia+1.2 lik-2.8 lin-1.2 lio+1.4 liz+1.2 lk_-2.5 lke-2.5 lki-2.5 ll_-1.6 lls-3.0 lly-3.3 lme+1.3 " +
        "lne-3.6 lo_+3.1 loa-2.6 loo-3.0 lop-2.5 lou-3.2 low-3.4 ls_-3.9 lt_-1.6 lta+2.2 lth-3.9 lto+1.8 ltr+2.0 " +
        "lts-2.8 luz+2.4 lva+1.8 ly_-4.0 lyi-3.6 lys-3.6 lza+4.0 ma_+1.4 mak-2.0 mav+4.0 mb_-2.5 mbl-3.0 mea-2.8 " +
        "mfo-3.8 mi_+4.0 mle-3.9 mma+1.2 mo_+4.0 mob+1.8 moo-2.8 mou-3.4 mp_-1.8 mph-2.9 mpi+1.9 mps-2.4 mpt-3.9 " +
        "ms_-4.0 my_-1.9 na_+1.8 nar+1.4 nav+1.3 naz+3.3 nca+1.3 nce-1.2 nct-3.6 ncy-3.7 nd_-1.5 nda+1.1 ndl-3.4 " +
        "ndo+2.7 nds-2.9 ne_+1.7 ned-2.5 nes-1.7 new-1.7 nex-3.1 ng_-4.0 ngl-3.0 ngo+1.8 ngs-4.0 ngt-2.1 nha-2.1 " +
        "nhe-2.6 ni_+4.0 nin-2.0 nir+3.6 njo-2.5 nju-4.0 nk_-1.8 nke-2.2 nkl-4.0 nks-3.2 nli-3.1 nlo-2.6 nly-4.0 " +
        "nme-2.1 nna+1.3 nno+1.7 no_+4.0 nol+1.6 noo-2.5 nos+1.5 nou-4.0 now-3.5 ns_-3.9 nsh-4.0 nsp-2.1 nst-1.9 " +
        "nt_-2.6 nta+1.2 nte+1.0 nth-2.9 nti+0.9 ntl-4.0 nto+2.0 nts-4.0 nty-3.7 nun+1.5 nwa-2.6 ny_-1.9 nza+4.0 " +
        "nze+3.4 nzi+4.0 nzo+3.3 oac-3.2 oad-2.8 oar-2.3 oat-1.6 obs-2.7 occ+2.0 ock-2.7 oct-2.5 od_-1.9 oda+1.6 " +
        "odg-3.6 odl-4.0 ods-2.9 ody-3.9 oes-2.3 oft-2.4 oga+1.4 ogl+3.7 ogu-2.6 oia+3.8 oid-2.0 oil-3.2 oin-1.6 " +
        "ois-2.3 ok_-2.2 oke-3.0 oki-2.2 oks-2.6 ola+1.6 old-1.5 olg+2.9 olo+1.1 olp+3.9 olt+2.1 omf-3.8 omo+1.3 " +
        "oms-4.0 omu+2.4 on_-1.6 one+1.4 oni+1.4 onj-2.6 ono+1.8 ons-1.1 ont+1.0 ony-2.0 oo_-2.2 ood-3.0 oof-3.7 " +
        "ook-3.0 ool-3.9 oom-3.1 oon-3.5 oos-3.2 oot-3.7 op_-2.0 oph-2.8 opr+1.8 ops-2.8 ori+1.1 ork-2.8 ory-3.2 " +
        "orz+4.0 osa+2.5 osc+2.2 osi+1.4 oso+2.1 ost+1.1 ot_-1.8 oth-4.0 ots-4.0 ott+1.3 oub-4.0 ouc-3.3 oud-4.0 " +
        "oug-4.0 oul-2.2 oun-4.0 our-3.3 ous-4.0 out-3.5 ova+2.0 ovr+3.9 ovv+3.0 ow_-3.2 owa-2.0 owd-3.6 owe-3.3 " +
        "owi-4.0 owl-3.7 own-3.3 ows-2.7 oy_-2.2 oya-2.6 oye-3.6 oze-2.7 ozi+2.1 ozz+3.3 pa_+1.8 pag+1.6 paz+4.0 " +
        "pea-2.8 pee-2.1 peg+1.9 pev+2.0 pez+2.0 pha-2.8 phe-3.0 phi-2.9 pho-2.7 phy-2.4 pi_+3.1 pia+2.7 pla-1.5 " +
        "ple-1.5 ply-3.0 po_+2.2 pog+4.0 poi-2.0 poo-2.2 pou-3.1 ppa+2.0 ppu+2.1 ps_-2.8 pse-4.0 pt_-2.8 pte-3.5 " +
        "pti-3.3 pto-2.7 ptu-3.0 py_-3.9 ra_+2.0 rar+2.3 raw-4.0 ray-2.5 raz+1.8 rci+1.5 rco+1.4 rcu-1.9 rd_-1.8 " +
        "rda+2.0 rdl-2.7 rds-3.3 re_+1.6 rea-1.4 reb+1.6 red-1.2 ree-2.2 ref-1.5 reh-4.0 rej-2.9 rew-3.2 rez+3.7 " +
        "rfu-2.2 rgh+2.2 rgl+3.1 ri_+3.8 ric+1.0 rim+1.0 rir+4.0 rk_-1.9 rke-2.0 rki-2.2 rks-3.1 rla+2.1 rlo+2.4 " +
        "rlu+2.2 rly-3.9 rm_-2.4 rma+1.2 rms-3.0 rn_-2.7 rns-3.1 ro_+2.9 roa-2.2 rok-3.9 roo-3.6 rou-2.7 row-4.0 " +
        "rry-2.1 rs_-3.5 rsh-2.3 rsi+2.1 rst-2.4 rt_-1.5 rth-2.5 rtl-4.0 rts-3.5 rty-2.5 ruz+2.2 ry_-3.2 ryi-3.7 " +
        "rys-2.5 rza+4.0 rzi+2.9 rzo+3.4 sa_+3.0 sam+1.8 sar+1.4 say-2.5 saz+3.4 sba+1.9 sbi+2.4 sca+1.1 sch+1.2 " +
        "sci+1.8 sco+1.0 sea-2.5 sed-1.6 see-3.5 seg+3.5 ses-1.9 sfo+1.9 sfr+3.4 sh_-2.7 sha-2.3 she-2.7 shi-2.4 " +
        "shl-3.9 shm-2.3 sho-3.0 shr-3.5 si_+4.0 sim+1.8 ske-2.4 ski-1.6 sky-3.1 sle-1.9 sli-2.6 slu-3.6 sly-4.0 " +
        "sm_-3.1 sne-3.1 sno-2.2 so_+3.3 sog+4.0 soo-3.9 sos+3.2 sot+3.8 sou-2.9 sph-3.9 ss_-3.6 ssa+1.7 ssl-3.1 " +
        "ssn-3.9 sso+1.3 st_-2.5 stl-4.0 sts-4.0 sty-3.1 suo+3.4 sur-1.3 sva+3.4 sve+2.5 svo+3.9 swa-2.6 swe-3.5 " +
        "swi-3.2 sy_-2.9 sym-3.1 ta_+3.5 tai-2.0 tak-3.5 tan+1.0 tar+1.5 tat+0.9 tav+2.6 taz+4.0 tch-3.4 te_+1.3 " +
        "tea-2.2 ted-3.9 tee-4.0 teg+2.1 tet+1.7 tev+3.3 tez+3.4 tfu-4.0 th_-2.7 the-3.4 thf-3.9 thi-3.2 thl-2.0 " +
        "tho-2.4 thr-4.0 ths-4.0 thu-4.0 thw-3.6 thy-2.4 ti_+4.0 tin-1.1 tio-3.1 tir+1.5 tiz+1.8 tle-2.9 tli-4.0 " +
        "tly-4.0 tme-1.8 tne-2.3 to_+4.0 too-4.0 tos+2.5 tou-2.9 tov+1.8 tow-2.5 try-3.5 ts_-4.0 tta+2.5 tti+1.5 " +
        "ttl-3.8 tto+2.3 ttr+1.6 ttu+2.8 tty-2.5 tui+1.6 tuz+3.7 twe-2.5 twi-3.5 ty_-4.0 uaz+3.5 ubl-1.7 ubs-4.0 " +
        "ubt-2.8 ucc+1.5 uch-1.8 uck-3.4 uct-4.0 udg-4.0 uee-2.5 ugh-2.8 ugi+1.9 ugo+2.2 ul_-2.9 ula-1.2 uld-2.7 " +
        "ull-1.2 uln-3.2 umb-2.6 umm-2.7 ump-3.4 ums-4.0 unb-4.0 unc-1.6 und-2.9 unf-4.0 unh-2.9 unk-2.7 unl-4.0 " +
        "unm-4.0 unp-3.6 unr-3.2 uns-2.2 unw-4.0 unz+4.0 uo_+2.8 uol+3.6 uon+2.0 uos+2.6 uou-4.0 uov+3.5 upl-2.1 " +
        "ups-3.7 upt-4.0 ura+1.1 urd-2.3 ure-1.3 urn-2.4 urp-2.0 urs-2.1 ury-4.0 us_-3.0 usc+1.8 use-1.5 ush-2.4 " +
        "usk-2.5 usl-4.0 usn-4.0 ut_-1.9 uta+1.6 utc-2.1 uth-3.1 utl-3.9 uto+2.3 uts-2.9 uzi+4.0 va_+3.7 vam+2.5 " +
        "van+2.3 var+1.5 vav+3.6 vaz+3.5 veg+1.9 vev+3.8 vey-2.8 vez+2.4 vi_+3.3 vo_+4.0 vog+2.6 vol+1.5 vou-4.0 " +
        "vra+2.5 vut+3.6 vve+3.5 vvi+4.0 wag-2.8 wai-2.3 wak-3.7 wal-2.2 wan-2.3 war-2.5 was-2.5 wat-2.0 way-2.7 " +
        "wea-4.0 wed-4.0 wee-3.0 wei-2.6 wel-3.3 wer-2.5 wha-3.8 whe-4.0 whi-3.8 who-3.9 wic-2.0 wig-3.7 wil-1.8 " +
        "win-3.1 wis-2.7 wit-3.4 wl_-2.8 wle-4.0 wli-3.7 wn_-2.6 wne-4.0 wns-3.8 wom-2.6 won-3.6 woo-2.7 wor-2.8 " +
        "wre-4.0 wri-4.0 ws_-3.1 xce-2.5 xed-3.7 xpa-3.6 xpe-4.0 xpl-3.1 xpo-2.1 xpr-2.6 xte-3.1 yed-2.9 yel-3.7 " +
        "yin-4.0 yma-2.5 yme-3.7 ymp-3.9 you-2.9 ys_-3.5 ysi-4.0 yst-2.2 yth-3.6 za_+3.8 zan+2.5 zar+1.4 zat+3.1 " +
        "zav+2.4 zaz+4.0 zed-3.7 zes-2.4 zet+2.0 zi_+4.0 zia+4.0 zic+2.6 zie+1.9 zio+4.0 zo_+2.6 zol+3.8 zza+4.0 " +
        "zze+2.6 zzi+2.3 zzl-3.8 zzo+3.8 ";
}
