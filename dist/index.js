#!/usr/bin/env node
"use strict";var yD=Object.create;var Gu=Object.defineProperty;var ED=Object.getOwnPropertyDescriptor;var SD=Object.getOwnPropertyNames;var xD=Object.getPrototypeOf,RD=Object.prototype.hasOwnProperty;var p=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var Jh=(t,e)=>()=>{try{return e||t((e={exports:{}}).exports,e),e.exports}catch(r){throw e=0,r}},or=(t,e)=>{for(var r in e)Gu(t,r,{get:e[r],enumerable:!0})},_D=(t,e,r,o)=>{
if(e&&typeof e=="object"||typeof e=="function")for(let n of SD(e))!RD.call(t,n)&&n!==r&&Gu(t,n,{get:()=>e[n],enumerable:!(o=ED(e,n))||o.enumerable});return t};var Jr=(t,e,r)=>(r=t!=null?yD(xD(t)):{},_D(e||!t||!t.__esModule?Gu(r,"default",{value:t,enumerable:!0}):r,t));var ia,wt,Wy=p(()=>{ia={warningEmitted:!1},wt=t=>{if(t&&!ia.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){ia.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(ia.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function H(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var Ky=p(()=>{});function Cr(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var Jy=p(()=>{});var dk,hr,Yy=p(()=>{dk=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",hr=(t,e)=>{if(dk()&&typeof t?.handle!="functi\
on")return e}});var fi,od=p(()=>{fi=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var xn,sa,Rn=p(()=>{od();xn=(t,e=0,r=t.byteLength-e)=>{if(!fi(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},sa=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var mk,Re,Xy=p(()=>{Rn();mk=/^[A-Za-z0-9+/]*={0,2}$/,Re=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!mk.exec(t))throw new TypeError(
"Invalid base64 string.");let e=sa(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var se,aa=p(()=>{Rn();se=t=>{let e=sa(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var me,Qy=p(()=>{Rn();aa();me=t=>{let e;if(typeof t=="string"?e=se(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return xn(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function Zy(t,e,r,o){return class ca extends Uint8Array{static fromString(i,s="utf-8"){if(typeof i=="string")return s==="base64"?ca.mutate(o(i)):ca.mutate(e(i));
throw new Error(`Unsupported conversion from ${typeof i} to Uint8ArrayBlobAdapter.`)}static mutate(i){return Object.setPrototypeOf(i,ca.prototype),i}transformToString(i="\
utf-8"){return i==="base64"?r(this):t(this)}}}var eE=p(()=>{});var Z,tE=p(()=>{Rn();Z=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@\
smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return xn(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function rE(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,He[e[0]]+He[e[1]]+He[e[2]]+He[e[3]]+"-"+He[e[4]]+He[e[5]]+"-"+He[e[6]]+He[e[7]]+"-"+He[e[8]]+He[e[9]]+"-"+He[e[10]]+He[e[11]]+He[e[12]]+He[e[13]]+
He[e[14]]+He[e[15]]}}var He,oE=p(()=>{He=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var ko,nE=p(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(ko||(ko={}))});var Ur,iE=p(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Ur||(Ur={}))});var sE=p(()=>{iE()});var yr,aE=p(()=>{yr="__smithy_context"});var vr,cE=p(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(vr||(vr={}))});var Pr=p(()=>{nE();sE();aE();cE()});var ee,pE=p(()=>{Pr();ee=t=>t[yr]||(t[yr]={})});function b(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var nd=p(()=>{});function fk(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var G,lE=p(()=>{G=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=fk(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var Ke,uE=p(()=>{Ke=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var gk,Ar,dE=p(()=>{gk=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),Ar=(t,e=!1)=>{if(!e)return gk.test(t);let r=t.split(".");for(let o of r)if(!Ar(o))return!1;
return!0}});function id(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var mE=p(()=>{});var q,fE=p(()=>{q=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function gE(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,n=null]=r.split("=");o=decodeURIComponent(o),n&&(n=decodeURIComponent(n)),o in
e?Array.isArray(e[o])?e[o].push(n):e[o]=[e[o],n]:e[o]=n}return e}var hE=p(()=>{});var fe,sd=p(()=>{hE();fe=t=>{if(typeof t=="string")return fe(new URL(t));let{hostname:e,pathname:r,port:o,protocol:n,search:i}=t,s;return i&&(s=gE(i)),{hostname:e,
port:o?parseInt(o):void 0,protocol:n,path:r,query:s}}});var to,yE=p(()=>{nd();sd();to=t=>{if(typeof t=="object"){if("url"in t){let e=fe(t.url);if(t.headers){e.headers={};for(let r in t.headers)b(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return fe(t)}});var J=p(()=>{pE();nd();lE();uE();dE();mE();fE();sd();yE()});var ad,hk,EE,yk,SE,xE,RE,Ek,_E,wE,Sk,pa,_n,IE,xk,Rk,TE=p(()=>{ad=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&Rk.warn(xk(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
hk=Math.ceil(2**127*(2-2**-23)),EE=t=>{let e=ad(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>hk)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},yk=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},SE=
t=>RE(t,16),xE=t=>RE(t,8),RE=(t,e)=>{let r=yk(t);if(r!==void 0&&Ek(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},Ek=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},_E=t=>ad(typeof t=="string"?pa(t):t),wE=t=>EE(typeof t=="string"?
pa(t):t),Sk=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,pa=t=>{let e=t.match(Sk);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},_n=t=>SE(typeof t=="string"?pa(t):t),IE=t=>xE(typeof t=="string"?pa(t):t),xk=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),Rk={warn:console.warn}});function $o(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),n=t.getUTCDate(),i=t.getUTCHours(),s=t.getUTCMinutes(),a=t.getUTCSeconds(),c=n<10?`0${n}`:
`${n}`,l=i<10?`0${i}`:`${i}`,u=s<10?`0${s}`:`${s}`,d=a<10?`0${a}`:`${a}`;return`${_k[o]}, ${c} ${pd[r]} ${e} ${l}:${u}:${d} GMT`}var _k,pd,wk,ld,Ik,ud,Tk,Ck,vk,
hi,dd,gi,Pk,Ak,bk,cd,Ok,Nk,Dk,br,kk,$k,wn,CE=p(()=>{TE();_k=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],pd=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];wk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),ld=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=wk.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,n,i,s,a,c,l]=e,u=_n(wn(
o)),d=br(n,"month",1,12),m=br(i,"day",1,31);return gi(u,d,m,{hours:s,minutes:a,seconds:c,fractionalMilliseconds:l})},Ik=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
ud=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=Ik.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,n,i,s,a,c,l,u]=e,d=_n(wn(o)),m=br(n,"month",1,12),f=br(i,"day",1,31),g=gi(d,m,f,{hours:s,minutes:a,seconds:c,fractionalMilliseconds:l});
return u.toUpperCase()!="Z"&&g.setTime(g.getTime()-$k(u)),g},Tk=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
Ck=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
vk=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
hi=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=Tk.exec(t);if(e){let[r,o,n,i,s,a,c,
l]=e;return gi(_n(wn(i)),cd(n),br(o,"day",1,31),{hours:s,minutes:a,seconds:c,fractionalMilliseconds:l})}if(e=Ck.exec(t),e){let[r,o,n,i,s,a,c,l]=e;return bk(gi(Pk(
i),cd(n),br(o,"day",1,31),{hours:s,minutes:a,seconds:c,fractionalMilliseconds:l}))}if(e=vk.exec(t),e){let[r,o,n,i,s,a,c,l]=e;return gi(_n(wn(l)),cd(o),br(n.trimLeft(),
"day",1,31),{hours:i,minutes:s,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},dd=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=_E(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},gi=(t,e,r,o)=>{let n=e-1;return Nk(t,n,r),new Date(Date.UTC(t,n,r,br(o.hours,"hour",0,23),br(o.minutes,"\
minute",0,59),br(o.seconds,"seconds",0,60),kk(o.fractionalMilliseconds)))},Pk=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+_n(wn(t));return r<e?
r+100:r},Ak=50*365*24*60*60*1e3,bk=t=>t.getTime()-new Date().getTime()>Ak?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,cd=t=>{let e=pd.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},Ok=[31,28,
31,30,31,30,31,31,30,31,30,31],Nk=(t,e,r)=>{let o=Ok[e];if(e===1&&Dk(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${pd[e]} in ${t}: ${r}`)},Dk=t=>t%4===0&&
(t%100!==0||t%400===0),br=(t,e,r,o)=>{let n=IE(wn(t));if(n<r||n>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return n},kk=t=>t==null?0:
wE("0."+t)*1e3,$k=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),n=Number(t.substring(4,6));return r*(o*60+n)*60*1e3},wn=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var Je,vE=p(()=>{Je=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};Je.from=t=>t&&typeof t=="object"&&(t instanceof Je||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?Je(String(t)):
Je(JSON.stringify(t));Je.fromObject=Je.from});function md(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var PE=p(()=>{});function Mr(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var fd,gd,hd,AE,bE,Lk,Fk,Uk,Mk,Hk,Bk,yd,Ed,Sd,OE=p(()=>{fd=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",gd="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",hd="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",AE="(\
\\d?\\d)",bE="(\\d{4})",Lk=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),Fk=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
Uk=new RegExp(`^${fd}, ${AE} ${gd} ${bE} ${hd} GMT$`),Mk=new RegExp(`^${fd}, ${AE}-${gd}-(\\d\\d) ${hd} GMT$`),Hk=new RegExp(`^${fd} ${gd} ( [1-9]|\\d\\d) ${hd}\
 ${bE}$`),Bk=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],yd=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},Ed=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=Lk.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,n,i,s,a,,c,l]=e;Mr(o,1,12),Mr(n,1,31),Mr(i,0,23),Mr(s,0,59),Mr(a,0,60);let u=new Date(Date.UTC(Number(r),Number(o)-1,Number(n),Number(i),
Number(s),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(u.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,d,m,f]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],g=d==="-"?1:-1;u.setTime(u.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return u},Sd=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(Fk.test(t))return new Date(t);let e,r,o,n,i,s,a,c;if((c=Uk.exec(t))?[,e,r,o,n,i,s,a]=c:(c=Mk.exec(t))?([,e,r,o,n,i,s,a]=
c,o=(Number(o)+1900).toString()):(c=Hk.exec(t))&&([,r,e,n,i,s,a,o]=c),o&&s){let l=Date.UTC(Number(o),Bk.indexOf(r),Number(e),Number(n),Number(i),Number(s),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);Mr(e,1,31),Mr(n,0,23),Mr(i,0,59),Mr(s,0,60);let u=new Date(l);return u.setUTCFullYear(Number(o)),u}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function xd(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let n=[],
i="";for(let s=0;s<o.length;s++)i===""?i=o[s]:i+=e+o[s],(s+1)%r===0&&(n.push(i),i="");return i!==""&&n.push(i),n}var NE=p(()=>{});var yi,DE=p(()=>{yi=t=>{let e=t.length,r=[],o=!1,n=!1,i=0;for(let s=0;s<e;++s){let a=t[s];switch(a){case'"':n||(o=!o);break;case",":o||(r.push(t.slice(i,s)),i=s+
1);break;default:}n=a==="\\"&&!n}return r.push(t.slice(i)),r.map(s=>{s=s.trim();let a=s.length;return a<2?s:s[0]==='"'&&s[a-1]==='"'?(s=s.slice(1,a-1),s.replace(
/\\(["\\])/g,"$1")):s.replace(/\\"/g,'"')})}});var kE,_e,$E=p(()=>{kE=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,_e=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!kE.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&kE.test(r.string)}}});function _d(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in Rd)e[r/2]=Rd[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function It(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=LE[t[r]];return e}var LE,Rd,FE=p(()=>{LE={},Rd={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),LE[t]=e,Rd[e]=t}});var In,Tt,UE=p(()=>{In=require("node:fs"),Tt=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof In.ReadStream){if(t.path!=null)
return(0,In.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,In.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var Or,ME=p(()=>{aa();Or=t=>t instanceof Uint8Array?t:typeof t=="string"?se(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function la(t,e){if(e===void 0){e=0;for(let n of t)e+=n.byteLength}let r=new Uint8Array(e),o=0;for(let n of t)r.set(n,o),o+=n.byteLength;return r}var wd=p(()=>{});var Be,Ei=p(()=>{Be=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,n=!0;typeof r=="boolean"?(o=void 0,n=r):r!=null&&typeof r==
"object"&&(o=r.logger,n=r.tryNextLink??!0),super(e),this.tryNextLink=n,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${n?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var R,ua=p(()=>{Ei();R=class t extends Be{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Ct,HE=p(()=>{Ei();Ct=class t extends Be{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Lo,Id=p(()=>{Ei();Lo=(...t)=>async()=>{if(t.length===0)throw new Be("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var BE,GE=p(()=>{BE=t=>()=>Promise.resolve(t)});var da,Td=p(()=>{da=(t,e,r)=>{let o,n,i,s=!1,a=async()=>{n||(n=t());try{o=await n,i=!0,s=!1}finally{n=void 0}return o};return e===void 0?async c=>((!i||c?.forceRefresh)&&
(o=await a()),o):async c=>((!i||c?.forceRefresh)&&(o=await a()),s?o:r&&!r(o)?(s=!0,o):(e(o)&&await a(),o))}});var vt,ma=p(()=>{vt=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var Ye,fa=p(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(Ye||(Ye={}))});var zE,jE,Cd,Gk,ro,Si=p(()=>{zE=require("node:os"),jE=require("node:path"),Cd={},Gk=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",ro=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${jE.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let n=Gk();return Cd[n]||(Cd[n]=(0,zE.homedir)()),
Cd[n]}});var ga,VE,Xe,vd=p(()=>{ga="AWS_PROFILE",VE="default",Xe=t=>t.profile||process.env[ga]||VE});var qE,WE,xi,Pd=p(()=>{qE=require("node:crypto"),WE=require("node:path");Si();xi=t=>{let r=(0,qE.createHash)("sha1").update(t).digest("hex");return(0,WE.join)(ro(),
".aws","sso","cache",`${r}.json`)}});var KE,Ri,_i,Ad=p(()=>{KE=require("node:fs/promises");Pd();Ri={},_i=async t=>{if(Ri[t])return Ri[t];let e=xi(t),r=await(0,KE.readFile)(e,"utf8");return JSON.parse(
r)}});var JE,YE=p(()=>{Pr();JE=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(vr).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let n=r.indexOf("."),i=r.substring(0,n)===vr.PROFILE?r.substring(n+1):r;return e[i]=o,e},{...t.default&&{default:t.default}})});var XE,zk,ha,bd=p(()=>{XE=require("node:path");Si();zk="AWS_CONFIG_FILE",ha=()=>process.env[zk]||(0,XE.join)(ro(),".aws","config")});var QE,jk,ZE,eS=p(()=>{QE=require("node:path");Si();jk="AWS_SHARED_CREDENTIALS_FILE",ZE=()=>process.env[jk]||(0,QE.join)(ro(),".aws","credentials")});var Vk,qk,wi,Od=p(()=>{Pr();Vk=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,qk=["__proto__","profile __proto__"],wi=t=>{let e={},r,o;for(let n of t.split(/\r?\n/)){let i=n.
split(/(^|\s)[;#]/)[0].trim();if(i[0]==="["&&i[i.length-1]==="]"){r=void 0,o=void 0;let a=i.substring(1,i.length-1),c=Vk.exec(a);if(c){let[,l,,u]=c;Object.values(
vr).includes(l)&&(r=[l,u].join("."))}else r=a;if(qk.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=i.indexOf("=");if(![0,-1].
includes(a)){let[c,l]=[i.substring(0,a).trim(),i.substring(a+1).trim()];if(l==="")o=c;else{o&&n.trimStart()===n&&(o=void 0),e[r]=e[r]||{};let u=o?[o,c].join("."):
c;e[r][u]=l}}}}return e}});var tS,Nd,Ii,Ti,ya=p(()=>{tS=require("node:fs/promises"),Nd={},Ii={},Ti=(t,e)=>Ii[t]!==void 0?Ii[t]:((!Nd[t]||e?.ignoreCache)&&(Nd[t]=(0,tS.readFile)(t,"utf8")),
Nd[t])});var Dd,rS,Ea,kd=p(()=>{Dd=require("node:path");YE();bd();eS();Si();Od();ya();rS=()=>({}),Ea=async(t={})=>{let{filepath:e=ZE(),configFilepath:r=ha()}=t,o=ro(),n="\
~/",i=e;e.startsWith(n)&&(i=(0,Dd.join)(o,e.slice(2)));let s=r;r.startsWith(n)&&(s=(0,Dd.join)(o,r.slice(2)));let a=await Promise.all([Ti(s,{ignoreCache:t.ignoreCache}).
then(wi).then(JE).catch(rS),Ti(i,{ignoreCache:t.ignoreCache}).then(wi).catch(rS)]);return{configFile:a[0],credentialsFile:a[1]}}});var oS,nS=p(()=>{Pr();oS=t=>Object.entries(t).filter(([e])=>e.startsWith(vr.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var Wk,Ci,iS=p(()=>{bd();nS();Od();ya();Wk=()=>({}),Ci=async(t={})=>Ti(t.configFilepath??ha()).then(wi).then(oS).catch(Wk)});var sS,aS=p(()=>{sS=(...t)=>{let e={};for(let r of t)for(let[o,n]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],n):e[o]=n;return e}});var Er,cS=p(()=>{kd();aS();Er=async t=>{let e=await Ea(t);return sS(e.configFile,e.credentialsFile)}});var vi,pS=p(()=>{Ad();ya();vi={getFileRecord(){return Ii},interceptFile(t,e){Ii[t]=Promise.resolve(e)},getTokenRecord(){return Ri},interceptToken(t,e){Ri[t]=e}}});function Sa(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var $d=p(()=>{});var lS,uS=p(()=>{ua();$d();lS=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new R(r.message||`Not found in E\
NV: ${Sa(t.toString())}`,{logger:e?.logger})}}});var dS,mS=p(()=>{ua();vd();kd();$d();dS=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=Xe(r),{configFile:n,credentialsFile:i}=await Ea(r),s=i[o]||{},a=n[o]||
{},c=e==="config"?{...s,...a}:{...a,...s};try{let u=t(c,e==="config"?n:i);if(u===void 0)throw new Error;return u}catch(l){throw new R(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${Sa(t.toString())}`,{logger:r.logger})}}});var Kk,fS,gS=p(()=>{GE();Kk=t=>typeof t=="function",fS=t=>Kk(t)?async()=>await t():BE(t)});var _,Ld=p(()=>{Id();Td();uS();mS();gS();_=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:n,logger:i}=o;return da(Lo(lS(
t,{signingName:n,logger:i}),dS(e,o),fS(r)))}});var hS,yS,Pt,ES=p(()=>{ma();fa();hS="AWS_USE_DUALSTACK_ENDPOINT",yS="use_dualstack_endpoint",Pt={environmentVariableSelector:t=>vt(t,hS,Ye.ENV),configFileSelector:t=>vt(
t,yS,Ye.CONFIG),default:!1}});var SS,xS,At,RS=p(()=>{ma();fa();SS="AWS_USE_FIPS_ENDPOINT",xS="use_fips_endpoint",At={environmentVariableSelector:t=>vt(t,SS,Ye.ENV),configFileSelector:t=>vt(t,
xS,Ye.CONFIG),default:!1}});var Uo,oo,Tn,_S,wS,Fd=p(()=>{Uo=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},oo=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,Tn=()=>{let t=[],e=[],r=!1,o=new Set,n=d=>d.sort((m,f)=>_S[f.step]-_S[m.step]||wS[f.priority||"normal"]-wS[m.priority||"normal"]),i=d=>{let m=!1,
f=g=>{let E=Uo(g.name,g.aliases);if(E.includes(d)){m=!0;for(let h of E)o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},s=d=>{let m=!1,f=g=>{
if(g.middleware===d){m=!0;for(let E of Uo(g.name,g.aliases))o.delete(E);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=d=>(t.forEach(m=>{d.add(m.middleware,
{...m})}),e.forEach(m=>{d.addRelativeTo(m.middleware,{...m})}),d.identifyOnResolve?.(u.identifyOnResolve()),d),c=d=>{let m=[];return d.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(d),d.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},l=(d=!1)=>{let m=[],f=[],g={};return t.forEach(h=>{let x={...h,before:[],after:[]};for(let S of Uo(x.name,x.aliases))g[S]=x;m.push(x)}),e.forEach(h=>{let x={
...h,before:[],after:[]};for(let S of Uo(x.name,x.aliases))g[S]=x;f.push(x)}),f.forEach(h=>{if(h.toMiddleware){let x=g[h.toMiddleware];if(x===void 0){if(d)return;
throw new Error(`${h.toMiddleware} is not found when adding ${oo(h.name,h.aliases)} middleware ${h.relation} ${h.toMiddleware}`)}h.relation==="after"&&x.after.push(
h),h.relation==="before"&&x.before.push(h)}}),n(m).map(c).reduce((h,x)=>(h.push(...x),h),[])},u={add:(d,m={})=>{let{name:f,override:g,aliases:E}=m,h={step:"init\
ialize",priority:"normal",middleware:d,...m},x=Uo(f,E);if(x.length>0){if(x.some(S=>o.has(S))){if(!g)throw new Error(`Duplicate middleware name '${oo(f,E)}'`);for(let S of x){
let v=t.findIndex(L=>L.name===S||L.aliases?.some(Y=>Y===S));if(v===-1)continue;let A=t[v];if(A.step!==h.step||h.priority!==A.priority)throw new Error(`"${oo(A.name,
A.aliases)}" middleware with ${A.priority} priority in ${A.step} step cannot be overridden by "${oo(f,E)}" middleware with ${h.priority} priority in ${h.step} s\
tep.`);t.splice(v,1)}}for(let S of x)o.add(S)}t.push(h)},addRelativeTo:(d,m)=>{let{name:f,override:g,aliases:E}=m,h={middleware:d,...m},x=Uo(f,E);if(x.length>0){
if(x.some(S=>o.has(S))){if(!g)throw new Error(`Duplicate middleware name '${oo(f,E)}'`);for(let S of x){let v=e.findIndex(L=>L.name===S||L.aliases?.some(Y=>Y===
S));if(v===-1)continue;let A=e[v];if(A.toMiddleware!==h.toMiddleware||A.relation!==h.relation)throw new Error(`"${oo(A.name,A.aliases)}" middleware ${A.relation}\
 "${A.toMiddleware}" middleware cannot be overridden by "${oo(f,E)}" middleware ${h.relation} "${h.toMiddleware}" middleware.`);e.splice(v,1)}}for(let S of x)o.
add(S)}e.push(h)},clone:()=>a(Tn()),use:d=>{d.applyToStack(u)},remove:d=>typeof d=="string"?i(d):s(d),removeByTag:d=>{let m=!1,f=g=>{let{tags:E,name:h,aliases:x}=g;
if(E&&E.includes(d)){let S=Uo(h,x);for(let v of S)o.delete(v);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:d=>{let m=a(Tn());return m.use(
d),m.identifyOnResolve(r||m.identifyOnResolve()||(d.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>l(!0).map(d=>{let m=d.step??d.relation+" "+d.toMiddleware;
return oo(d.name,d.aliases)+" - "+m}),identifyOnResolve(d){return typeof d=="boolean"&&(r=d),r},resolve:(d,m)=>{for(let f of l().map(g=>g.middleware).reverse())
d=f(d,m);return r&&console.log(u.identify()),d}};return u},_S={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},wS={high:3,normal:2,low:1}});var Te,IS=p(()=>{Fd();Te=class{config;middlewareStack=Tn();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let n=typeof r!="function"?r:void 0,i=typeof r=="function"?r:o,s=n===void 0&&this.config.cacheMiddleware===!0,a;if(s){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
n),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,n);if(i)a(e).then(c=>i(null,c.output),c=>i(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var Hr,Ud=p(()=>{Hr=t=>typeof t=="function"?t():t});var xa,Md=p(()=>{xa=(t,e,r,o,n)=>({name:e,namespace:t,traits:r,input:o,output:n})});var TS,Hd,CS=p(()=>{J();Md();TS=t=>(e,r)=>async o=>{let{response:n}=await e(o),{operationSchema:i}=ee(r),[,s,a,c,l,u]=i??[];try{let d=await t.protocol.deserializeResponse(
xa(s,a,c,l,u),{...t,...r},n);return{response:n,output:d}}catch(d){if(Object.defineProperty(d,"$response",{value:n,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in d)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{d.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof d.$responseBodyText<"u"&&d.$response&&(d.$response.
body=d.$responseBodyText);try{if(Ke.isInstance(n)){let{headers:f={},statusCode:g}=n,E=Object.entries(f);d.$metadata={httpStatusCode:g,requestId:Hd(/^x-[\w-]+-request-?id$/,
E),extendedRequestId:Hd(/^x-[\w-]+-id-2$/,E),cfId:Hd(/^x-[\w-]+-cf-id$/,E)}}}catch{}}throw d}},Hd=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var vS,PS=p(()=>{J();Md();vS=t=>(e,r)=>async o=>{let{operationSchema:n}=ee(r),[,i,s,a,c,l]=n??[],u=r.endpointV2?async()=>to(r.endpointV2):t.endpoint,d=await t.protocol.
serializeRequest(xa(i,s,a,c,l),o.input,{...t,...r,endpoint:u});return e({...o,request:d})}});function bt(t){return{applyToStack:e=>{e.add(vS(t),bS),e.add(TS(t),AS),t.protocol.setSerdeContext(t)}}}var AS,bS,OS=p(()=>{CS();PS();AS={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},bS={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function no(t){if(typeof t=="object")return t;if(t=t|0,Ra[t])return Ra[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return Ra[t]=e}var Ra,Bd=p(()=>{Ra=[]});function Ai(t,e){if(t instanceof F)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=F;return new r(t,e)}var Pi,_a,wa,F,Gd,NS,DS=p(()=>{Ud();Bd();
Pi={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},_a=[],wa={},F=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],n=e,i=e;for(this._isMemberSchema=!1;Gd(n);)o.push(n[1]),n=n[0],i=Hr(n),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let s=o.length-1;s>=0;--s){let a=o[s];Object.assign(this.memberTraits,no(a))}}else this.memberTraits=0;if(i instanceof t){let s=this.memberTraits;Object.
assign(this,i),this.memberTraits=Object.assign({},s,i.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??i.memberName;return}
if(this.schema=Hr(i),NS(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(i),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(_a[e])return _a[e]}else if(typeof e=="string"){if(wa[e])return wa[e]}else if(r&&e[Pi.ns])return e[Pi.ns];let o=Hr(e);if(o instanceof
t)return o;if(Gd(o)){let[i,s]=o;if(i instanceof t)return Object.assign(i.getMergedTraits(),no(s)),i;throw new Error(`@smithy/core/schema - may not init unwrappe\
d member schema=${JSON.stringify(e,null,2)}.`)}let n=new t(o);return r?e[Pi.ns]=n:typeof o=="string"?wa[o]=n:typeof o=="number"?_a[o]=n:n}getSchema(){let e=this.
schema;return Array.isArray(e)&&e[0]===0?e[4]:e}getName(e=!1){let{name:r}=this;return!e&&r&&r.includes("#")?r.split("#")[1]:r||void 0}getMemberName(){return this.
memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let e=this.getSchema();return typeof e=="number"?e>=64&&e<128:e[0]===1}isMapSchema(){let e=this.
getSchema();return typeof e=="number"?e>=128&&e<=255:e[0]===2}isStructSchema(){let e=this.getSchema();if(typeof e!="object")return!1;let r=e[0];return r===3||r===
-3||r===4}isUnionSchema(){let e=this.getSchema();return typeof e!="object"?!1:e[0]===4}isBlobSchema(){let e=this.getSchema();return e===21||e===42}isTimestampSchema(){
let e=this.getSchema();return typeof e=="number"&&e>=4&&e<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){
return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===
17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming:e}=this.getMergedTraits();return!!e||this.getSchema()===42}isIdempotencyToken(){
return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){
return no(this.memberTraits)}getOwnTraits(){return no(this.traits)}getKeySchema(){let[e,r]=[this.isDocumentSchema(),this.isMapSchema()];if(!e&&!r)throw new Error(
`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let o=this.getSchema(),n=e?15:o[4]??0;return Ai([n,0],"key")}getValueSchema(){let e=this.
getSchema(),[r,o,n]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],i=typeof e=="number"?63&e:e&&typeof e=="object"&&(o||n)?e[3+e[0]]:r?15:void 0;
if(i!=null)return Ai([i,0],o?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){let r=this.getSchema();
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),n=r[5][o];return Ai(Gd(n)?n:[n,0],e)}if(this.isDocumentSchema())return Ai([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[Pi.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let n=0;n<r;++n){let i=e[4][n],s=Ai([e[5][n],0],i);yield o[n]=[i,s]}e[Pi.it]=o}};Gd=t=>Array.isArray(t)&&t.length===
2,NS=t=>Array.isArray(t)&&t.length>=5});var Q,kS=p(()=>{Q=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[n,i]of e.
schemas)r.has(n)||r.set(n,i);for(let[n,i]of e.exceptions)o.has(n)||o.set(n,i)}register(e,r){let o=this.normalizeShapeId(e);for(let n of[this,t.for(o.split("#")[0])])
n.schemas.has(o)||n.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,n=[];for(let[i,s]of this.
schemas.entries())i.endsWith(o)&&n.push(s);if(n.length===1)return n[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,n=o[1],i=n+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=i);for(let s of[this,t.for(n)])!s.schemas.has(i)&&!s.exceptions.has(
o)&&(s.schemas.set(i,o),s.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,n=r+"#"+o;if(n.startsWith("smithy.ts.sdk.synthetic.")&&n.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var X=p(()=>{Ud();OS();DS();Bd();kS()});function Cn(t,e){if(e==null)return e;let r=F.of(t);if(r.getMergedTraits().sensitive)return zd;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return zd;if(Array.isArray(e))return e.map(n=>Cn(o,n))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return zd;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([n,i])=>[n,Cn(o,i)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,n={};for(let[i,s]of r.structIterator())o[i]!=null&&(n[i]=Cn(s,o[i]));return n}return e}var zd,$S=p(()=>{X();zd="***SensitiveInformat\
ion***"});var LS,sr,jd,Vd=p(()=>{Pr();Fd();$S();X();LS=Symbol.for("@smithy/op-event-stream"),sr=class{middlewareStack=Tn();schema;static classBuilder(){return new jd}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:n,clientName:i,commandName:s,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:l,additionalContext:u,CommandCtor:d}){for(let L of n.
bind(this)(d,e,r,o))this.middlewareStack.use(L);let m=e.concat(this.middlewareStack),{logger:f}=r,g=u[yr],E={logger:f,clientName:i,commandName:s,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...u,[yr]:{...g,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:h}=r,x=o??{};x.metricsRecorder&&(x={...x},delete x.metricsRecorder);let S,v=this.schema,A=v?.[LS];if(A!==void 0)
S=A;else if(v&&Array.isArray(v)&&v[0]===9){let[,,,,L,Y]=v;S=v[LS]=!!(F.of(L).getEventStreamMember()||F.of(Y).getEventStreamMember())}return S&&(x={isEventStream:S,
...x}),m.resolve(L=>h.handle(L.request,x),E)}},jd=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends sr{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,n,i){let s=e._operationSchema,a=s?.[4]??s?.input,c=s?.[5]??s?.output;return this.resolveMiddlewareWithContext(o,n,
i,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(s?Cn.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(s?Cn.bind(null,c):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var Br,FS=p(()=>{Br=(t,e,r)=>{for(let[i,s]of Object.entries(t)){let a=async function(l,u,d){let m=new s(l);if(typeof u=="function")this.send(m,u);else if(typeof d==
"function"){if(typeof u!="object")throw new Error(`Expected http options but got ${typeof u}`);this.send(m,u||{},d)}else return this.send(m,u)},c=(i[0].toLowerCase()+
i.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:n={}}=r??{};for(let[i,s]of Object.entries(o))e.prototype[i]===void 0&&(e.prototype[i]=
function(a={},c,...l){return s({...c,client:this},a,...l)});for(let[i,s]of Object.entries(n))e.prototype[i]===void 0&&(e.prototype[i]=async function(a={},c,...l){
let u=c;return typeof c=="number"&&(u={maxWaitTime:c}),s({...u,client:this},a,...l)})}});var Qe,Ia,US=p(()=>{Qe=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,n=!1;if(o){let s=Object.getPrototypeOf(r);for(;s&&s!==Object.prototype;){let a=s.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(n=!0,c===o))return!0;s=Object.getPrototypeOf(s)}}if(o&&n)return!1;let i=this.name;if(i&&i.length>=6){if(r.
name===i)return!0;let s=Object.getPrototypeOf(r);for(;s&&s!==Object.prototype;){let a=s.constructor?.name;if(a&&a!=="Error"&&a===i)return!0;s=Object.getPrototypeOf(
s)}}}return!1}},Ia=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,n])=>{(t[o]==null||t[o]==="")&&(t[o]=n)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var Ot,MS=p(()=>{Ot=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var HS,Nt,BS=p(()=>{HS=!1,Nt=t=>{t&&!HS&&parseInt(t.substring(1,t.indexOf(".")))<16&&(HS=!0)}});var GS,zS,jS,VS=p(()=>{J();Pr();GS=Object.values(Ur),zS=t=>{let e=[];for(let r in Ur){if(!b(Ur,r))continue;let o=Ur[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),n=r.checksumConstructor();GS.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=n:t.checksumAlgorithms[o]=
n,e.push(r)},checksumAlgorithms(){return e}}},jS=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();GS.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var qS,WS,KS=p(()=>{qS=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),WS=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var Dt,kt,JS=p(()=>{VS();KS();Dt=t=>Object.assign(zS(t),qS(t)),kt=t=>Object.assign(jS(t),WS(t))});var Ta,YS=p(()=>{J();Ta=t=>{let e="#text";for(let r in t)b(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=Ta(t[r])));return t}});var we,XS=p(()=>{we=class{trace(){}debug(){}info(){}warn(){}error(){}}});function $t(t,e,r,o){return function(i,s,a,c,l={}){let u=Object.assign({},t,i);return sr.classBuilder().ep(u).m(function(d,m,f,g){let E=s.call(this,d,m,f,g);return E.
unshift(o(f,d.getEndpointParameterInstructions())),E}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var QS=p(()=>{Vd()});var T=p(()=>{J();J();IS();Vd();FS();MS();BS();US();JS();YS();XS();QS()});var ZS,qd,Wd,ex,tx,rx,ox,nx,ix,Kd=p(()=>{ZS="AWS_EXECUTION_ENV",qd="AWS_REGION",Wd="AWS_DEFAULT_REGION",ex="AWS_EC2_METADATA_DISABLED",tx=["in-region","cross-re\
gion","mobile","standard","legacy"],rx="/latest/meta-data/placement/region",ox="/latest/api/token",nx="x-aws-ec2-metadata-token",ix="x-aws-ec2-metadata-token-tt\
l-seconds"});var Jd=Jh((S5,sx)=>{sx.exports=require("node:http")});var ax,Jk,lx,Ca,cx,Yk,px,Yd=p(()=>{Kd();ax=1e3,Jk=6e4,lx=0,Ca=async()=>{if(!process.env[ex]&&!(Date.now()<lx))try{let t=Yk(),e=(await px({...t,path:ox,method:"P\
UT",headers:{[ix]:"21600"}})).toString();return(await px({...t,path:rx,method:"GET",headers:{[nx]:e}})).toString().trim()||cx()}catch{return cx()}},cx=()=>{lx=Date.
now()+Jk},Yk=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},px=async t=>{let{request:e}=await Promise.resolve().then(()=>Jr(Jd()));
return new Promise((r,o)=>{let n=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:ax,signal:AbortSignal.timeout(ax)});n.
on("error",i=>{o(i),n.destroy()}),n.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),n.destroy()}),n.on("response",i=>{let{statusCode:s=400}=i;
if(s<200||s>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:s})),n.destroy();return}let a=[];i.on("data",c=>a.
push(c)),i.on("end",()=>{r(Buffer.concat(a)),n.destroy()})}),n.end()})}});var ux,dx,Ae,Ze,Xd=p(()=>{Yd();ux="AWS_REGION",dx="region",Ae={environmentVariableSelector:t=>t[ux],configFileSelector:t=>t[dx],default:async()=>{let t=await Ca();
if(t)return t;throw new Error("Region is missing")}},Ze={preferredFile:"credentials"}});var mx,fx,gx=p(()=>{J();mx=new Set,fx=(t,e=Ar)=>{if(!mx.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else mx.add(t)}});var va,Qd=p(()=>{va=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var hx,yx=p(()=>{Qd();hx=t=>va(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var Lt,Ex=p(()=>{gx();yx();Qd();Lt=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,n=hx(o);return fx(n),n},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return va(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var Xk,Qk,Sx,xx=p(()=>{Xk="AWS_DEFAULTS_MODE",Qk="defaults_mode",Sx={environmentVariableSelector:t=>t[Xk],configFileSelector:t=>t[Qk],default:"legacy"}});var Ft,Zk,e$,Rx=p(()=>{Xd();Yd();Ld();Td();Kd();xx();Ft=({region:t=_(Ae),defaultsMode:e=_(Sx)}={})=>da(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return Zk(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${tx.join(", ")}, got ${r}`)}}),Zk=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await e$();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},e$=async()=>process.env[ZS]&&(process.env[qd]||process.
env[Wd])?process.env[qd]??process.env[Wd]:Ca()});var k=p(()=>{Ei();ua();HE();Id();ma();fa();vd();Pd();Ad();iS();cS();pS();Ld();ES();RS();Xd();Ex();Rx()});var _x,wx,Ix,Tx=p(()=>{_x="AWS_ENDPOINT_URL",wx="endpoint_url",Ix=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(i=>i.toUpperCase()),o=e[[_x,...r].
join("_")];if(o)return o;let n=e[_x];if(n)return n},configFileSelector:(e,r)=>{if(e.services){let n=["services",e.services].join(".");if(!r||!r[n])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let i=r[n],s=t.split(" ").map(c=>c.toLowerCase()),
a=i[[s.join("_"),wx].join(".")];if(a)return a}let o=e[wx];if(o)return o},default:void 0})});var t$,r$,Cx,vx=p(()=>{k();t$="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",r$="ignore_configured_endpoint_urls",Cx={environmentVariableSelector:t=>vt(t,t$,Ye.ENV),configFileSelector:t=>vt(
t,r$,Ye.CONFIG),default:!1}});var bi,Px=p(()=>{k();Tx();vx();bi=async t=>{if(!await _(Cx)())return _(Ix(t??""))()}});var Zd,o$,n$,i$,Ax,bx,Ox=p(()=>{Zd=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),bx(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!Ax(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},o$=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,n$=/(\d+\.){3}\d+/,i$=/\.\./,Ax=t=>o$.test(t)&&!n$.test(t)&&!i$.test(t),bx=t=>{let[e,r,o,,,n]=t.split(":"),i=e===
"arn"&&t.split(":").length>=6,s=!!(i&&r&&o&&n);if(i&&!s)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return s}});var Nx=p(()=>{Ox()});var Dx,kx=p(()=>{Dx=(t,e,r,o=!1)=>{let n=async()=>{let i;return o?i=r.clientContextParams?.[t]??r[t]??r[e]:i=r[t]??r[e],typeof i=="function"?i():i};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let i=typeof r.credentials=="function"?await r.credentials():r.credentials;return i?.credentialScope??i?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let i=typeof r.credentials=="function"?await r.credentials():r.credentials;return i?.accountId??i?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let i=await n();if(i&&typeof i=="object"){if("url"in i)return i.url.href;if("hostname"in i){
let{protocol:s,hostname:a,port:c,path:l}=i;return`${s}//${a}${c?":"+c:""}${l}`}}return i}:n}});var em=p(()=>{J()});function Pa(t){return async(e,r,o,n)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(to(a)),o.isCustomEndpoint=!0,n?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let i=await Aa(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let s=o.endpointProvider(i,n);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){s.headers??={};for(let[c,l]of Object.entries(a.headers))s.headers[c]=Array.isArray(l)?l:[l]}}
return s}}var Aa,ba=p(()=>{Nx();kx();em();Aa=async(t,e,r)=>{let o={},n=e?.getEndpointParameterInstructions?.()||{};for(let[i,s]of Object.entries(n))switch(s.type){case"\
staticContextParams":o[i]=s.value;break;case"contextParams":o[i]=t[s.name];break;case"clientContextParams":case"builtInParams":o[i]=await Dx(s.name,i,r,s.type!==
"builtInParams")();break;case"operationContextParams":o[i]=s.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
s))}return Object.keys(n).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await Zd(o),o}});function s$(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function Oa(t){let e=Pa(t);return({config:r,instructions:o})=>(n,i)=>async s=>{r.isCustomEndpoint&&s$(i,"ENDPOINT_OVERRIDE","N");let a=await e(s.input,{getEndpointParameterInstructions(){
return o}},{...r},i);i.endpointV2=a,i.authSchemes=a.properties?.authSchemes;let c=i.authSchemes?.[0];if(c){i.signing_region=c.signingRegion,i.signing_service=c.
signingName;let u=ee(i)?.selectedHttpAuthScheme?.httpAuthOption;u&&(u.signingProperties=Object.assign(u.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return n({...s})}}var tm=p(()=>{J();ba()});function $x(t){let e=Oa(t);return(r,o)=>({applyToStack:n=>{n.addRelativeTo(e({config:r,instructions:o}),c$)}})}var a$,c$,Lx=p(()=>{tm();a$={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},c$={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:a$.name}});function Fx(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:n,useFipsEndpoint:i}=e,s=o!=null?async()=>to(await q(o)()):void 0,c=Object.assign(e,{
endpoint:s,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:q(n??!1),useFipsEndpoint:q(i??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),l;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),c}}var Ux=p(()=>{J();em()});var et,Mx=p(()=>{et=class t{nodes;root;conditions;results;constructor(e,r,o,n){this.nodes=e,this.root=r,this.conditions=o,this.results=n}static from(e,r,o,n){return new t(
e,r,o,n)}}});var tt,Hx=p(()=>{tt=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let n=this.data.keys(),i=0;for(;;){let{value:s,done:a}=n.next();if(this.data.delete(
s),a||++i>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let n of o){
let i=e[n],s=i==null?"\0":String(i);if(s.includes("|;"))return!1;r+=s+"|;"}return r}}});var ue,Bx=p(()=>{ue=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var Gr=p(()=>{Bx()});var rm,Gx=p(()=>{rm="endpoints"});function vn(t){return typeof t!="object"||t==null?t:"ref"in t?`$${vn(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(vn).join(", ")})`:JSON.stringify(t,null,2)}var zx=p(
()=>{});var jx=p(()=>{Gx();zx()});var be,om=p(()=>{be={}});var nm,Vx=p(()=>{nm=(t,e)=>t===e});function im(...t){for(let e of t)if(e!=null)return e}var qx=p(()=>{});var Wx,Kx=p(()=>{Gr();Wx=t=>{let e=t.split("."),r=[];for(let o of e){let n=o.indexOf("[");if(n!==-1){if(o.indexOf("]")!==o.length-1)throw new ue(`Path: '${t}' d\
oes not end with ']'`);let i=o.slice(n+1,-1);if(Number.isNaN(parseInt(i)))throw new ue(`Invalid array index: '${i}' in path: '${t}'`);n!==0&&r.push(o.slice(0,n)),
r.push(i)}else r.push(o)}return r}});var Oi,Jx=p(()=>{Gr();Kx();Oi=(t,e)=>Wx(e).reduce((r,o)=>{if(typeof r!="object")throw new ue(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let n=parseInt(o);return r[n<0?r.length+n:n]}return r[o]},t)});var sm,Yx=p(()=>{sm=t=>t!=null});function am(t,e,r){return t?e:r}var Xx=p(()=>{});var cm,Qx=p(()=>{cm=t=>!t});var p$,Pn,pm=p(()=>{p$=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),Pn=t=>p$.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var lm,um,Zx=p(()=>{Pr();pm();lm={[ko.HTTP]:80,[ko.HTTPS]:443},um=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:E="",query:h={}}=t,x=new URL(`${g}//${m}${f?`:${f}`:""}${E}`);return x.search=Object.entries(h).map(([S,v])=>`${S}=${v}`).join("&"),x}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:n,
pathname:i,protocol:s,search:a}=e;if(a)return null;let c=s.slice(0,-1);if(!Object.values(ko).includes(c))return null;let l=Pn(n),u=r.includes(`${o}:${lm[c]}`)||
typeof t=="string"&&t.includes(`${o}:${lm[c]}`),d=`${o}${u?`:${lm[c]}`:""}`;return{scheme:c,authority:d,path:i,normalizedPath:i.endsWith("/")?i:`${i}/`,isIp:l}}});function dm(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var eR=p(()=>{});var mm,tR=p(()=>{mm=(t,e)=>t===e});var fm,rR=p(()=>{fm=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var gm,oR=p(()=>{gm=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var hm=p(()=>{Vx();qx();Jx();Yx();J();Xx();Qx();Zx();eR();tR();rR();oR()});var nR,iR=p(()=>{hm();nR={booleanEquals:nm,coalesce:im,getAttr:Oi,isSet:sm,isValidHostLabel:Ar,ite:am,not:cm,parseURL:um,split:dm,stringEquals:mm,substring:fm,uriEncode:gm}});var Na,ym=p(()=>{hm();Na=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:n}=e,i=0;for(;i<t.length;){let s=t.indexOf("{",i);if(s===-1){r.push(t.slice(i));break}
r.push(t.slice(i,s));let a=t.indexOf("}",s);if(a===-1){r.push(t.slice(s));break}t[s+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(s+1,a)),i=a+2);let c=t.substring(s+1,
a);if(c.includes("#")){let[l,u]=c.split("#");r.push(Oi(o[l]??n[l],u))}else r.push(o[c]??n[c]);i=a+1}return r.join("")}});var sR,aR=p(()=>{sR=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var Mo,Da,cR,Ni=p(()=>{Gr();om();iR();ym();aR();Mo=(t,e,r)=>{if(typeof t=="string")return Na(t,r);if(t.fn)return cR.callFunction(t,r);if(t.ref)return sR(t,r);throw new ue(
`'${e}': ${String(t)} is not a string, function or reference.`)},Da=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let s=0;s<o.length;++s){let a=e[s];typeof a=="\
boolean"||typeof a=="number"?o[s]=a:o[s]=cR.evaluateExpression(a,"arg",r)}let n=t.indexOf(".");if(n!==-1){let a=be[t.slice(0,n)]?.[t.slice(n+1)];if(typeof a=="f\
unction")return a(...o)}let i=nR[t];if(typeof i=="function")return i(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},cR={evaluateExpression:Mo,
callFunction:Da}});var pR=p(()=>{Ni()});var lR,uR=p(()=>{jx();Gr();pR();lR=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new ue(`'${r}' is already defined in Reference Record.`);let o=Da(
t,e);e.logger?.debug?.(`${rm} evaluateCondition: ${vn(t)} = ${vn(o)}`);let n=o===""?!0:!!o;return r!=null?{result:n,toAssign:{name:r,value:o}}:{result:n}}});var dR,mR=p(()=>{Gr();Ni();dR=(t,e)=>Object.entries(t??{}).reduce((r,[o,n])=>(r[o]=n.map(i=>{let s=Mo(i,"Header value entry",e);if(typeof s!="string")throw new ue(
`Header '${o}' value '${s}' is not a string`);return s}),r),{})});var Em,fR,gR,hR=p(()=>{Gr();ym();Em=(t,e)=>Object.entries(t).reduce((r,[o,n])=>(r[o]=gR.getEndpointProperty(n,e),r),{}),fR=(t,e)=>{if(Array.isArray(t))return t.
map(r=>fR(r,e));switch(typeof t){case"string":return Na(t,e);case"object":if(t===null)throw new ue(`Unexpected endpoint property: ${t}`);return gR.getEndpointProperties(
t,e);case"boolean":return t;default:throw new ue(`Unexpected endpoint property type: ${typeof t}`)}},gR={getEndpointProperty:fR,getEndpointProperties:Em}});var yR,ER=p(()=>{Gr();Ni();yR=(t,e)=>{let r=Mo(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new ue(`Endpoint URL must be a string, got ${typeof r}`)}});var Sm,Ut,SR=p(()=>{Gr();uR();Ni();mR();hR();ER();Sm=1e8,Ut=(t,e)=>{let{nodes:r,root:o,results:n,conditions:i}=t,s=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;s!==1&&s!==-1&&s<Sm;){let l=3*(Math.abs(s)-1),[u,d,m]=[r[l],r[l+1],r[l+2]],[f,g,E]=i[u],h=lR({fn:f,assign:E,argv:g},c);if(h.
toAssign){let{name:x,value:S}=h.toAssign;a[x]=S}s=s>=0===h.result?d:m}if(s>=Sm){let l=n[s-Sm];if(l[0]===-1){let[,f]=l;throw new ue(Mo(f,"Error",c))}let[u,d,m]=l;
return{url:yR(u,c),properties:Em(d,c),headers:dR(m??{},c)}}throw new ue("No matching endpoint.")}});var pY,ar,lY,cr,W=p(()=>{Px();ba();tm();Lx();Ux();Mx();Hx();SR();pm();J();om();ba();pY=Pa(bi),ar=Fx(bi),lY=Oa(bi),cr=$x(bi)});var xR,RR,_R=p(()=>{xR=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),RR=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});function wR(){throw new Error("not bundled: web-stream bodies, from a fetch handler; the SDK's Node handler gives Node streams")}var IR=p(()=>{});async function TR(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function CR(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:n,value:i}=await r.read();
if(i&&(e.push(i),o+=i.length),n)break}return la(e,o)}var vR=p(()=>{wd()});var PR,Ge,xm,Rm=p(()=>{PR=require("node:stream");wd();vR();_R();Ge=t=>RR(t)?TR(t):xR(t)?CR(t):new Promise((e,r)=>{let o=new xm,n=t;n.pipe(o),n.on("error",i=>{o.
end(),r(i)}),o.on("error",r),o.on("finish",function(){let i=la(this.bufferedBytes);e(i)})}),xm=class extends PR.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var ka,AR,Di,bR=p(()=>{ka=require("node:stream");Rn();IR();Rm();AR="The stream has already been transformed.",Di=t=>{if(!(t instanceof ka.Readable))try{return wR(
t)}catch{let n=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${n}`)}let e=!1,r=async()=>{
if(e)throw new Error(AR);return e=!0,await Ge(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let n=await r();return o===void 0||
Buffer.isEncoding(o)?xn(n.buffer,n.byteOffset,n.byteLength).toString(o):new TextDecoder(o).decode(n)},transformToWebStream:()=>{if(e)throw new Error(AR);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof ka.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,ka.Readable.toWeb(t)}})}});function zr(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var OR=p(()=>{});var NR,An,l$,_m,bn,$=p(()=>{NR=require("node:crypto");Xy();Qy();eE();aa();tE();oE();CE();vE();PE();OE();NE();DE();$E();FE();UE();ME();od();bR();Rm();J();OR();An=
class extends Zy(Z,se,me,Re){},l$=NR.getRandomValues,_m=rE(l$),bn=_m});var ze,On=p(()=>{$();ze=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return An.mutate(t);if(!t)return An.mutate(new Uint8Array);let r=e.streamCollector(
t);return An.mutate(await r)}});function Ho(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var wm=p(
()=>{});var kR,Oe,u$,d$,m$,f$,$a,DR,Bo=p(()=>{X();$();kR=Symbol.for("@smithy/schema-x"),Oe=class t extends F{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=F.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
n=typeof o=="object"&&o!==null?o:r;return n[kR]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let n=this.getSchema(),i=typeof n=="number"?n&255:this.isListSchema()?
64:255,s=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||i===42?this.isStructSchema()?2:1:0,l=i>=4&&i<=7?
s>=6?2:s>0&&s<4?1:0:0,u=i|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof n!="object"?1:0)<<18,d=i&192,m=s&
2&&(d===64||!o&&s&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return u|=(s>=6&&(f===4||f===6)?1:0)<<16,[this,u,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?f$:this.bindings??=u$(this)}},u$=t=>{let e=[],r=[],o=[],n=[],i=[],s={},a={},c=[],l={headers:a,prefixHeaders:c},u={request:{memberBindings:i,byName:s},
response:{bodyMemberNames:e,bindings:l}},{request:d,response:m}=u;for(let[f,g]of t.structIterator()){let E=Oe.of(g),h=E.getMergedTraits(),x=E.getHttpBindingLocation(
h),S=h.httpHeader?.toLowerCase()??h.httpPrefixHeaders?.toLowerCase()??h.httpQuery,v=E.getHttpBindingValue(x,h),A=[f,v,x,S];f==="__proto__"&&zr(s),s[f]=A,v[1]>>10&
1&&(d.hasIdempotency=!0),i.push(A);let L=x&7;if(L===0&&(o.push(f),n.push(g)),(L&4)===0)e.push(f),r.push(g);else if((L&6)===4)if(L&1)l.statusCode=A;else{l.payload=
A;let Y=v[1]&255;d.contentTypeInstruction=h.mediaType??(Y===0?"text/plain":Y===21||Y===42?"application/octet-stream":null)}else L&1?(d.hasPrefixHeaders=!0,c.push(
A)):(S==="__proto__"&&zr(a),a[S]=A)}return d.contentTypeInstruction===void 0&&o.length&&(d.contentTypeInstruction=null),d.syntheticBodySchema=DR(t,o,n),m.syntheticBodySchema=
DR(t,e,r),u},d$=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},m$=t=>{let{http:e,endpoint:r}=no(t.traits??{}),[o,n]=e?.[1].split("?")??[];return[
e?.[0],o,n?[...new URLSearchParams(n)]:[],o?d$(o):void 0,r?.[0]]},f$={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
$a=t=>t[kR]??=m$(t),DR=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),n=[3,o[1],o[2],t.getMergedTraits(),e,r],i=o[6],s=i&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
i?1:0),0);return s&&(n[6]=s),n}});var Nr,ki=p(()=>{Nr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var $R=Jh(()=>{throw new Error("@smithy/core/event-streams is not bundled: no ECR or STS operation streams events")});var Nn,Im=p(()=>{J();X();ki();Bo();Nn=class extends Nr{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new Q(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return G}getResponseType(){return Ke}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,n]of r.url.searchParams.entries())e.query[o]=n;if(r.headers)
for(let o in r.headers)b(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)b(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,n=$a(
r)){if(this.serdeContext?.disableHostPrefix)return;let i=n[4];if(typeof i!="string")return;let s=i;for(let[a,[,c]]of Oe.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);s=s.replace(`{${a}\
}`,l)}if(e.hostname=s+e.hostname,!id(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let n=[-3,"","Error",0,[],[],0],i;for(let s of o)for(let a of r)try{a==="*"?i=s.getSchema(e):i=s.getSchema(a+"#"+e);let c=s.getErrorCtor(
i);if(c)return[i,c,"modeled"];{let l=s.getBaseException();if(l){let u=s.getErrorCtor(l);if(u)return[i,u,"synthetic"]}}}catch{}for(let s of o){let a=s.getBaseException();
if(a){let c=s.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[n,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>Jr($R())),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,n,i){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var $i,LR=p(()=>{J();$();Bo();Im();On();wm();$i=class extends Nn{async serializeRequest(e,r,o){let n=r&&typeof r=="object"?r:{},i={},s={},a=await o.endpoint(),c=Oe.
of(e?.input),l=c.getHttpBindings().request,u=$a(e),d=new G({query:i,headers:s});if(a){this.updateServiceEndpoint(d,a),this.setHostPrefix(d,e,n,u);let[f,g,E]=u;if(f){
d.method=f,d.path=d.path==="/"?g:d.path+g;for(let[h,x]of E)i[h]=x}}d.query=i;let m=this.serializeHttpBindings(n,d,l,u);return m&&(d.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),d}serializeHttpBindings(e,r,o,n){let i=this.serializer,s=typeof i.writeCodec=="function"?i:void 0,a=r.query,c=r.headers,l=o.syntheticBodySchema,
u=!1,d,m,f,g=Object.getOwnPropertyNames(e),E=Object.getPrototypeOf(e),h=(E===Object.prototype||E===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,x=h?g.length:o.memberBindings.length;for(let A=0;A<x;++A){let L=h?b(o.byName,g[A])?o.byName[g[A]]:void 0:o.memberBindings[A];if(!L)continue;let Y=L[1],ve=L[0],
rr=Y[0],Tr=Y[1],pe=Y[2],Pe=L[2],st=L[3],We=e[ve];if(!(We==null&&!(Tr>>10&1)))if(Pe===36){let j=Tr>>11&3;j?j===2?m=We||void 0:d=We:(s?s.writeCodec(rr,We):i.write(
rr,We),d=i.flush())}else if(Pe===33||Pe===38){let j=this.serializeHttpValue(Y,We,Pe,s);Pe===33?(f??=Object.create(null))[ve]=j:c[st]=j}else if(Pe===39)for(let j in We){
if(!b(We,j))continue;let mr=st+j;c[mr.toLowerCase()]=this.serializeHttpValue(pe,We[j],38,s,s?pe[0]:[pe[0],{httpHeader:mr}])}else(Pe&62)===34?this.serializeQuery(
Y,We,st,a,s):u=!0}let S=n[1],v=n[3];return S&&v&&r.path.endsWith(S)&&(r.path=r.path.slice(0,-S.length)+this.serializePath(v,f,o)),u&&l&&(s?s.writeCodec(l,e):i.write(
l,e),d=i.flush()),r.body=d,m}serializeQuery(e,r,o,n,i){let[s,a,c]=e,l=i?void 0:s.getMergedTraits();if(o===void 0){for(let u in r)!b(r,u)||u in n||(i||Object.assign(
c[0].getMergedTraits(),{...l,httpQuery:u,httpQueryParams:void 0}),this.serializeQuery(c,r[u],u,n,i));return}if((a&192)===64){let u=[];for(let d of r){let m=this.
serializeHttpValue(c,d,34,i,i?c[0]:[c[0],l]);(a>>13&1||m!==void 0)&&u.push(m)}n[o]=u}else n[o]=this.serializeHttpValue(e,r,34,i,i?s:[s,l])}serializeHttpValue(e,r,o,n,i=e[0]){
let s=e[1],a=s&255;return n&&!(s&1792)&&(a<=2||a===17||a===19)?String(r):(n?n.writeHttpBinding(e,r,o):this.serializer.write(i,r),this.serializer.flush())}serializePath(e,r,o){
let n="";for(let[i,s]of e){if(s===0){n+=i;continue}let a=r?.[i];if(a===void 0){if(b(o.byName,i)&&o.byName[i][2]===33)throw new Error(`No value provided for inpu\
t HTTP label: ${i}.`);n+=`{${i}${s===2?"+":""}}`}else n+=s===2?a.split("/").map(Ho).join("/"):Ho(a)}return n}async deserializeResponse(e,r,o){let n=this.deserializer,
i=typeof n.readCodec=="function"?n:void 0,s=Oe.of(e.output),a=s.getHttpBindings().response,c={};if(o.statusCode>=300){let u=await ze(o.body,r);throw u.byteLength>
0&&Object.assign(c,await n.read(15,u)),await this.handleError(e,r,o,c,this.deserializeMetadata(o)),new Error("@smithy/core/protocols - HTTP Protocol error handl\
er failed to throw.")}let l=await this.deserializeHttpMessage(s,r,o,c);if(l.length){let u=await ze(o.body,r);if(u.byteLength>0){let d=await(i?i.readCodec(a.syntheticBodySchema,
u):n.read(a.syntheticBodySchema,u));for(let m of l)d[m]!=null&&(c[m]=d[m])}}else a.bindings.payload||await ze(o.body,r);return c.$metadata=this.deserializeMetadata(
o),c}async deserializeHttpMessage(e,r,o,n,i){let s=n instanceof Set?i:n,a=this.deserializer,c=typeof a.readCodec=="function"?a:void 0,l=Oe.of(e),{bodyMemberNames:u,
bindings:{payload:d,statusCode:m,headers:f,prefixHeaders:g}}=l.getHttpBindings().response,E=o.headers;if(d){let[h,x]=d,[S,v]=x,A=v>>11&3;if(A)A===2?s[h]=await this.
deserializeEventStream({response:o,responseSchema:l}):s[h]=Di(o.body);else if(o.body){let L=await ze(o.body,r);L.byteLength>0&&(s[h]=await(c?c.readPayload(x,L):
a.read(S,L)))}}for(let h in E){if(!b(E,h))continue;let x=h.toLowerCase(),S=E[h];x!==h&&(delete E[h],E[x]=S);let v=b(f,x)?f[x]:void 0;if(!v)continue;let[A,[L,Y,ve],
,rr]=v;if(ve){let Tr=Y>>16&1?xd(S,",",2):yi(S),pe=[];for(let Pe of Tr)pe.push(c?c.readHttpBinding(ve,Pe.trim(),38):await a.read([ve[0],{httpHeader:rr}],Pe.trim()));
s[A]=pe}else s[A]=c?c.readHttpBinding(v[1],S,38):await a.read(L,S)}for(let[h,[,,x],,S]of g){s[h]={};for(let v in E){if(!b(E,v)||!v.startsWith(S))continue;let A=E[v];
s[h][v.slice(S.length)]=c?c.readHttpBinding(x,A,38):await a.read([x[0],{httpHeader:v}],A)}}return m&&(s[m[0]]=o.statusCode),u}}});var Go,FR=p(()=>{J();X();J();Im();On();Go=class extends Nn{async serializeRequest(e,r,o){let n=this.serializer,i={},s={},a=await o.endpoint(),c=F.of(e?.input),l=c.
getSchema(),u,d=r&&typeof r=="object"?r:{},m=new G({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:i,headers:s,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,d)),d){let f=c.getEventStreamMember();if(f){if(d[f]){let g={};for(let[E]of c.structIterator())E!==f&&d[E]!=null&&(g[E]=d[E]);u=await this.
serializeEventStream({eventStream:d[f],requestSchema:c,initialRequest:g})}}else n.write(l,d),u=n.flush()}return m.headers=Object.assign(m.headers,s),m.query=i,m.
body=u,m.method="POST",m}async deserializeResponse(e,r,o){let n=this.deserializer,i=F.of(e.output),s={};if(this.isErrorResponse(o.statusCode)){let c=await ze(o.
body,r);throw c.byteLength>0&&Object.assign(s,await n.read(15,c)),await this.handleError(e,r,o,s,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!b(o.headers,c))continue;let l=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
l}let a=i.getEventStreamMember();if(a)s[a]=await this.deserializeEventStream({response:o,responseSchema:i,initialResponseContainer:s});else{let c=await ze(o.body,
r);c.byteLength>0&&Object.assign(s,await n.read(i,c))}return s.$metadata=this.deserializeMetadata(o),s}isErrorResponse(e){return e>=300}}});var zo,Tm=p(()=>{$();Bo();ki();zo=class extends Nr{settings;constructor(e){super(),this.settings=e}read(e,r){let o=Oe.of(e),n=o.getMergedTraits(),i=o.getHttpBindingLocation(
n);return this.readHttpBinding(o.getHttpBindingValue(i,n),r,i)}readHttpBinding([e,r,o],n,i){let s=r&255;if((s&192)===64)return o??=e.getHttpBindingCollectionValue(
i),yi(n).map(a=>this.readHttpBinding(o,a,i));switch(s){case 21:case 42:return(this.serdeContext?.base64Decoder??Re)(n);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&s>4?s:a?a+4:this.settings.timestampFormat.default){case 5:return Ed(n);case 6:return Sd(n);case 7:
return yd(n);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",n),new Date(n)}}case 0:{let a=r>>8&3;if(!a)return n;let c=n;
return(i&6)===6&&(c=(this.serdeContext?.utf8Encoder??Z)((this.serdeContext?.base64Decoder??Re)(c))),a===2?Je.from(c):c}case 1:return Number(n);case 2:return n.toLowerCase()===
"true";case 17:return BigInt(n);case 19:return new _e(n,"bigDecimal");default:return n}}}});var Li,UR=p(()=>{$();Bo();ki();Tm();Li=class extends Nr{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new zo(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=Oe.of(e),n=o.
getMergedTraits();if(n.httpHeader||n.httpResponseCode){let i=o.getHttpBindingValue(38,n);return this.readHttpBinding(i,r,38)}return n.httpPayload?this.readPayload(
o.getHttpBindingValue(36,n),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let n=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??Z)(r);return this.stringDeserializer.
readHttpBinding(e,n,o)}readPayload([e,r],o){let n=r&255;return n===21||n===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??se)(o):o:n===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??Z)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var La,MR=p(()=>{$();Bo();ki();La=class extends Nr{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=Oe.of(e),n=o.getMergedTraits(),
i=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(i,n),r,i)}writeHttpBinding([e,r,o],n,i){let s=r&255;switch(typeof n){case"object":if(n===
null){this.stringBuffer="null";return}if(s>=4&&s<=7){if(!(n instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${n} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&s>4?s:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=n.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=$o(n);break;case 7:this.stringBuffer=String(n.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",n),this.stringBuffer=String(n.getTime()/1e3)}return}if((s===21||s===42)&&"byteLength"in
n){this.stringBuffer=(this.serdeContext?.base64Encoder??me)(n);return}if((s&192)===64&&Array.isArray(n)){o??=e.getHttpBindingCollectionValue(i);let l=o[1]&255,u=l>=
4&&l<=7,d="";for(let m of n){this.writeHttpBinding(o,m,i);let f=this.flush();d&&(d+=", "),d+=u?f:md(f)}this.stringBuffer=d;return}this.stringBuffer=JSON.stringify(
n,null,2);break;case"string":let a=r>>8&3,c=n;if(a===2&&(c=Je.from(c)),a&&(i&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??me)(c.toString());return}
this.stringBuffer=n;break;default:this.stringBuffer=r>>10&1?bn():String(n)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var Fi,HR=p(()=>{Bo();MR();Fi=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new La(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=Oe.of(e),n=o.getMergedTraits();if(n.httpHeader||n.httpLabel||n.
httpQuery){let i=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(i,n),r,i);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function jo(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:n,httpQuery:i}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||n?6:i||r?5:void 0:void 0)??e.timestampFormat.default}var Fa=p(()=>{});var Mt,Ht,BR=p(()=>{Mt=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
Ht=t=>({requestHandler:t.httpHandler()})});function zR(t){return e=>async r=>{let o=r.request;if(G.isInstance(o)){let{body:n,headers:i}=o;if(n&&Object.keys(i).map(s=>s.toLowerCase()).indexOf(GR)===-1)try{
let s=t(n);s!=null&&(o.headers={...o.headers,[GR]:String(s)})}catch{}}return e({...r,request:o})}}var GR,jR,Bt,VR=p(()=>{J();GR="content-length";jR={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},Bt=t=>({applyToStack:e=>{e.add(zR(t.bodyLengthChecker),jR)}})});var Sr,g$,Cm=p(()=>{Sr=t=>encodeURIComponent(t).replace(/[!'()*]/g,g$),g$=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function vm(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=Sr(r),Array.isArray(o))for(let n=0,i=o.length;n<i;n++)e.push(`${r}=${Sr(o[n])}`);else{
let n=r;(o||typeof o=="string")&&(n+=`=${Sr(o)}`),e.push(n)}}return e.join("&")}var qR=p(()=>{Cm()});var io,Ua=p(()=>{io=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Ma,WR=p(()=>{Ma=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function Ha(){if(Ui===void 0)try{if(typeof Buffer!="function")Ui=!1;else{let t=JSON.parse(Buffer.from([123,125]));Ui=t!==null&&typeof t=="object"}}catch{Ui=!1}return Ui}
var Ui,Pm=p(()=>{});function Ba(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?y$(o,e)?e:new _e(o,"bigDecim\
al"):h$(o)?new _e(o,"bigDecimal"):/[eE]/.test(o)?E$(o):BigInt(o)}return e}function h$(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function y$(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return Am(t)===Am(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===Am(o):!1}function Am(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),n;if(o===-1)n=r;else{let i=parseInt(r.slice(o+1),10),s=r.slice(0,o),a=s.indexOf("."),c,l;a===-1?(c=s,l=s.length):(c=s.slice(0,a)+s.slice(
a+1),l=a),c=c.replace(/0+$/,"")||"0";let u=l+i;c==="0"?n="0":u<=0?n="0."+"0".repeat(-u)+c:u>=c.length?n=c+"0".repeat(u-c.length):n=c.slice(0,u)+"."+c.slice(u)}return n.
includes(".")&&(n=n.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+n}function E$(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),n=t.slice(o?1:0,e),i=n.indexOf("."),s,a;if(i===-1)s=n,a=r;else{s=n.slice(0,i)+n.slice(i+1);let l=n.length-i-1;a=r-l}s=s.replace(/0+$/,"")||"0";let c=BigInt(
s)*10n**BigInt(a+(n.replace(".","").length-s.length));return o?-c:c}var bm=p(()=>{$()});function za(t){let e=F.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(Om in r)return r[Om];let o=Ga(e,new Set);return r[Om]=o,o}return Ga(e,new Set)}
function Ga(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(Ga(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(Ga(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var Om,Nm=p(()=>{X();Om=Symbol.for("@aws-sdk/reviver")});var KR,JR=p(()=>{On();$();KR=(t,e)=>ze(t,e).then(r=>(e?.utf8Encoder??Z)(r))});async function km(t,e,r){let o;if(Ha()&&typeof t?.[Symbol.asyncIterator]=="function"){let i=await ze(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(i)?o=i:o=Buffer.
from(i.buffer,i.byteOffset,i.byteLength))}if(o||(o=await KR(t,e)),o.length===0)return{};let n=r&&za(r)?Ba:void 0;try{return JSON.parse(o,n)}catch(i){throw i?.name===
"SyntaxError"&&Object.defineProperty(i,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),i}}var YR,Dm,$m,Lm,XR,Fm=p(()=>{On();JR();Pm();bm();
Nm();YR=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),Dm=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},$m=(t,e)=>XR(t,e,["header","code","type"]),Lm=(t,e,r=!1)=>XR(t,e,r?["c\
ode","header","type"]:["type","code","header"]),XR=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let n=YR(t??{},"x-amzn-errortype");if(n!==
void 0)return Dm(t[n]);break;case"code":let i=YR(e??{},"code");if(i&&e[i]!==void 0)return Dm(e[i]);break;case"type":if(e?.__type!==void 0)return Dm(e.__type);break}}});var ja,QR=p(()=>{Fa();X();$();Ua();WR();Pm();bm();Nm();Fm();J();ja=class extends io{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=za(e)?
Ba:void 0,n;if(typeof r=="string"){if(r.length===0)return{};n=JSON.parse(r,o)}else if(r instanceof Uint8Array&&Ha()){if(r.byteLength===0)return{};let i=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);n=JSON.parse(i,o)}else n=await km(r,this.serdeContext,e);return this._read(e,n)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",n=F.of(e);if(o){if(n.isStructSchema())return this._readStruct(n,r);if(Array.isArray(r)&&n.isListSchema()){
let s=n.getValueSchema();if(this.needsTransform(s))for(let a=0;a<r.length;++a)r[a]=this._read(s,r[a]);return r}if(n.isMapSchema()){let s=n.getValueSchema(),a=r;
if(this.needsTransform(s))for(let c in a)b(a,c)&&(c==="__proto__"&&zr(a),a[c]=this._read(s,a[c]));return a}}if(n.isBlobSchema()&&typeof r=="string")return Re(r);
let i=n.getMergedTraits().mediaType;if(n.isStringSchema()&&typeof r=="string"&&i)return i==="application/json"||i.endsWith("+json")?Je.from(r):r;if(n.isTimestampSchema()&&
r!=null)switch(jo(n,this.settings)){case 5:return ud(r);case 6:return hi(r);case 7:return dd(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(n.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(n.isBigDecimalSchema()&&r!=null){
if(r instanceof _e)return r;let s=r;return s.type==="bigDecimal"&&"string"in s?new _e(s.string,s.type):new _e(String(r),"bigDecimal")}if(n.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(n.isDocumentSchema()&&o)if(Array.isArray(r))for(let s=0;s<
r.length;++s){let a=r[s];a instanceof _e||(r[s]=this._read(n,a))}else{let s=r;for(let a in s){if(!b(s,a))continue;a==="__proto__"&&zr(s);let c=s[a];c instanceof
_e||(s[a]=this._read(n,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),n={},i,s=typeof r.__type=="string",{jsonName:a}=this.settings;a&&s&&(i={});let c;o&&
(c=new Ma(r,n));for(let[l,u]of e.structIterator()){let d=l;a&&(d=u.getMergedTraits().jsonName??d,s&&(i[d]=l)),o&&c.mark(d),r[d]!=null&&(n[l]=this._read(u,r[d]))}
if(o)c.writeUnknown();else if(s)for(let l in r){if(!b(r,l))continue;let u=r[l],d=a?i[l]??l:l;d in n||(n[d]=u)}return n}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var Va,ZR,e_=p(()=>{$();Va=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>ZR+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),ZR=e),this.string=Z(this)}return this.
string}},ZR=0});function Um(t){return Va.allocUnsafe(t)}var qa,t_,r_,S$,x$,Dn,Wa,Ka,o_,R$,_$,w$,Dr,n_,Ja,i_=p(()=>{Fa();X();$();Ua();J();e_();qa=new TextEncoder,t_=123,r_=125,S$=
91,x$=93,Dn=34,Wa=58,Ka=44,o_=92,R$=new Uint8Array([116,114,117,101]),_$=new Uint8Array([102,97,108,115,101]),w$=new Uint8Array([110,117,108,108]),Dr=new Array(
128).fill(null);Dr[8]="b";Dr[9]="t";Dr[10]="n";Dr[12]="f";Dr[13]="r";Dr[34]='"';Dr[92]="\\";for(let t=0;t<32;t++)Dr[t]===null&&(Dr[t]="u00"+t.toString(16).padStart(
2,"0"));n_=2048;Ja=class t extends io{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=Um(n_)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=F.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=F.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let n=`"__type":"${o.getName(!0)??"Unknown"}",`,i=n.length;this.ensure(i),this.json.copyWithin(1+i,1,this.i),qa.encodeInto(n,this.
json.subarray(1)),this.i+=i}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=Um(n_),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let n=o.length*2;for(;n<r+e;)n*=2;let i=Um(n);
i.set(this.json),this.json=i}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:n}=this;for(let i=0;i<r;++i)n[o]=e.charCodeAt(i),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:n}=this;o[n++]=Dn;for(let i=0;i<r;++i)o[n++]=e.charCodeAt(i);o[n++]=Dn,this.i=n}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=Dn;for(let o=0;o<r;++o){let n=e.charCodeAt(o);if(n>34&&n<92)this.json[this.i++]=n;else if(n<128){let i=Dr[n];if(i!==null){this.
ensure(i.length+1+(r-o-1)*3+1),this.json[this.i++]=o_;for(let s=0;s<i.length;s++)this.json[this.i++]=i.charCodeAt(s)}else this.json[this.i++]=n}else if(n>=55296&&
n<=56319){let i=o+1<r?e.charCodeAt(o+1):0;if(i>=56320&&i<=57343){this.ensure(4);let{written:s}=qa.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=s,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n)}else if(n>=56320&&n<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n);else{let{i,
json:s}=this;n<2048?(s[i++]=192|n>>6,s[i++]=128|n&63):(s[i++]=224|n>>12,s[i++]=128|n>>6&63,s[i++]=128|n&63),this.i=i}}this.json[this.i++]=Dn}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=o_,r[o++]=117;let n=e.toString(16).padStart(4,"0");for(let i=0;i<4;++i)r[o++]=n.charCodeAt(i);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,n=t.B64,i=this.i;o[i++]=Dn;let s=e.length,a=s%3,c=s-a;for(let l=0;l<c;l+=3){let u=e[l],d=e[l+1],m=e[l+2];o[i++]=
n[u>>2],o[i++]=n[(u&3)<<4|d>>4],o[i++]=n[(d&15)<<2|m>>6],o[i++]=n[m&63]}if(a===2){let l=e[c],u=e[c+1];o[i++]=n[l>>2],o[i++]=n[(l&3)<<4|u>>4],o[i++]=n[(u&15)<<2],
o[i++]=61}else if(a===1){let l=e[c];o[i++]=n[l>>2],o[i++]=n[(l&3)<<4],o[i++]=61,o[i++]=61}o[i++]=Dn,this.i=i}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&F.of(e).isIdempotencyToken()){this.writeAsciiQuoted(bn());return}return}this.ensure(4),this.json.set(w$,this.i),this.i+=4;return}let n=F.of(e),i=typeof r==
"object";if(n.isStringSchema()){let s=n.getMergedTraits().mediaType;if(s&&(s==="application/json"||s.endsWith("+json"))){this.writeJsonString(Je.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(n.isBigIntegerSchema()||n.isBigDecimalSchema())){let s=r instanceof _e?r.string:String(r);this.writeAsciiQuoted(
s);return}if(i){if(n.isStructSchema()){this.writeStruct(n,r);return}if(Array.isArray(r)&&(n.isListSchema()||n.isDocumentSchema())){this.writeList(n,r,n.isDocumentSchema());
return}if(n.isMapSchema()){this.writeMap(n,r,!1);return}if(r instanceof Uint8Array&&(n.isBlobSchema()||n.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(n.isTimestampSchema()||n.isDocumentSchema())){this.writeTimestamp(n,r);return}if(r instanceof _e){this.writeAscii(r.string);return}if(n.isDocumentSchema()){
Array.isArray(r)?this.writeList(n,r,!0):this.writeMap(n,r,!0);return}let s=JSON.stringify(r);this.writeAscii(s);return}if(typeof r=="string"){if(n.isBlobSchema()){
let s=(this.serdeContext?.base64Encoder??me)(r);this.writeAsciiQuoted(s);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let s=String(r);this.writeAscii(s);return}if(typeof r=="boolean"){this.ensure(5);let{i:s,json:a}=this;r?(a.set(
R$,s),s+=4):(a.set(_$,s),s+=5),this.i=s;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=t_;let o=!1,n=typeof r.__type=="string",i;n&&(i=new Set);for(let[s,a]of e.structIterator()){let c=r[s];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=Ka),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??s:s;i&&(i.add(s),i.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=Wa,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:s}=r;if(Array.isArray(s)){let[a,c]=s;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=Wa,this.writeValue(15,c,e)}}else if(n)for(let s in r){if(i.has(s))continue;i.add(s);let a=r[s];o&&(this.ensure(1),this.json[this.i++]=Ka),
o=!0,this.writeAsciiQuoted(s),this.ensure(1),this.json[this.i++]=Wa,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=r_}writeList(e,r,o){let n=!!e.
getMergedTraits().sparse,i=e.getValueSchema();if(!o&&(i.isStringSchema()||i.isNumericSchema()||i.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let u=r[l];
if(Number.isNaN(u)||u===1/0||u===-1/0||u==null&&!n){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let l=[];for(let u=0;u<r.length;++u){let d=r[u];d==null&&!n||
(Number.isNaN(d)||d===1/0||d===-1/0?l.push(String(d)):l.push(d))}c=JSON.stringify(l)}this.ensure(c.length*3),this.i+=qa.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=S$;let s=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!n)||(s&&(this.ensure(1),this.json[this.
i++]=Ka),this.writeValue(i,c,void 0),s=!0)}this.ensure(1),this.json[this.i++]=x$}writeMap(e,r,o){let n=!!e.getMergedTraits().sparse,i=e.getValueSchema();if(!o&&
(i.isStringSchema()||i.isNumericSchema()||i.isBooleanSchema())){let a;for(let l in r){if(!b(r,l))continue;let u=r[l];Number.isNaN(u)||u===1/0||u===-1/0?((a??={})[l]=
u,r[l]=String(u)):u===null&&!n&&((a??={})[l]=null,r[l]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=qa.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=t_;let s=!0;for(let a in r){if(!b(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!n)||
(s||(this.ensure(1),this.json[this.i++]=Ka),s=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=Wa,this.writeValue(i,c,void 0))}this.ensure(1),this.
json[this.i++]=r_}writeTimestamp(e,r){switch(jo(e,this.settings)){case 5:{let n=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(n);return}case 6:{this.
writeAsciiQuoted($o(r));return}case 7:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}default:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}}}}});var Vo,s_=p(()=>{Ua();QR();i_();Vo=class extends io{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new Ja(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new ja(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var U=p(()=>{On();wm();LR();FR();Tm();UR();HR();Fa();J();J();BR();VR();Cm();qR();J();Fm();s_()});var a_,c_,Gt,p_=p(()=>{U();a_=t=>e=>async r=>{if(!G.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:n=""}=t.requestHandler.metadata||{};if(n.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let i=o.hostname;
o.port!=null&&(i+=`:${o.port}`),o.headers.host=i}return e(r)},c_={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},Gt=t=>({applyToStack:e=>{
e.add(a_(t),c_)}})});var l_,u_,zt,d_=p(()=>{T();l_=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:n}=e,i=n instanceof we;if(n&&!i){let{clientName:s,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:u}=c,d=l??e.inputFilterSensitiveLog,m=u??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
n.info?.({clientName:s,commandName:a,input:d(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:n,commandName:i,logger:s,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,l=c??e.inputFilterSensitiveLog;throw s?.error?.({clientName:n,commandName:i,input:l(r.input),error:o,metadata:o.$metadata}),
o}},u_={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},zt=t=>({applyToStack:e=>{e.add(l_(),u_)}})});var m_,f_=p(()=>{m_={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var Mm,g_=p(()=>{Mm={getInstanceAsync:async()=>{}}});function C$(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===Bm||r===h_||r===y_)&&(t[r]=t[e],delete t[e])}}var I$,T$,Hm,Bm,h_,y_,E_,S_=p(()=>{g_();
U();I$="AWS_LAMBDA_FUNCTION_NAME",T$="_X_AMZN_TRACE_ID",Hm="X-Amzn-Trace-Id",Bm="traceparent",h_="tracestate",y_="baggage",E_=()=>t=>async e=>{let{request:r}=e;
if(!G.isInstance(r))return t(e);let o;{let n=Object.keys(r.headers??{}).find(i=>i.toLowerCase()===Hm.toLowerCase())??Hm;if(!r.headers.hasOwnProperty(n)){let i=process.
env[I$],s=process.env[T$];o??=await Mm.getInstanceAsync();let c=o?.getXRayTraceId()??s,l=u=>typeof u=="string"&&u.length>0;l(i)&&l(c)&&(r.headers[Hm]=c)}}if(C$(
r.headers),!r.headers[Bm]){let i=(o??=await Mm.getInstanceAsync())?.getTraceparent?.();if(i){r.headers[Bm]=i;let s=o?.getTracestate?.();s&&(r.headers[h_]=s);let a=o?.
getBaggage?.();a&&(r.headers[y_]=a)}}return t(e)}});var jt,x_=p(()=>{f_();S_();jt=t=>({applyToStack:e=>{e.add(E_(),m_)}})});var R_,__=p(()=>{R_=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let n of t)n.schemeId.split("#")[1]===o&&r.push(n);for(let o of t)r.find(({
schemeId:n})=>n===o.schemeId)||r.push(o);return r}});function v$(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var Gm,w_=p(()=>{J();__();Gm=(t,e)=>(r,o)=>async n=>{let i=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,n.input)),s=t.authSchemePreference?await t.authSchemePreference():[],a=R_(i,s),c=v$(t.httpAuthSchemes),l=ee(o),u=[];for(let d of a){
let m=c.get(d.schemeId);if(!m){u.push(`HttpAuthScheme \`${d.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){u.push(`HttpAuthScheme \`${d.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:E={}}=d.
propertiesExtractor?.(t,o)||{};d.identityProperties=Object.assign(d.identityProperties||{},g),d.signingProperties=Object.assign(d.signingProperties||{},E),l.selectedHttpAuthScheme=
{httpAuthOption:d,identity:await f(d.identityProperties),signer:m.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(u.join(`
`));return r(n)}});var zm,ct,I_=p(()=>{w_();zm={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},ct=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(Gm(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),zm)}})});var T_=p(()=>{I_()});var P$,A$,jm,C_=p(()=>{U();J();P$=t=>e=>{throw e},A$=(t,e)=>{},jm=t=>(e,r)=>async o=>{if(!G.isInstance(o.request))return e(o);let i=ee(r).selectedHttpAuthScheme;
if(!i)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:s={}},identity:a,signer:c}=i,l=await e({...o,
request:await c.sign(o.request,a,s)}).catch((c.errorHandler||P$)(s));return(c.successHandler||A$)(l.response,s),l}});var Vm,pt,v_=p(()=>{C_();Vm={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},pt=t=>({applyToStack:e=>{e.addRelativeTo(jm(t),Vm)}})});var P_=p(()=>{v_()});var xr,A_=p(()=>{xr=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var je,b_=p(()=>{J();je=class{authSchemes=new Map;constructor(e){for(let r in e){if(!b(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var rt,O_=p(()=>{rt=class{async sign(e,r,o){return e}}});var N_=p(()=>{O_()});var qm,Ya,Mi,Xa,D_=p(()=>{qm=t=>function(r){return Mi(r)&&r.expiration.getTime()-Date.now()<t},Ya=qm(3e5),Mi=t=>t.expiration!==void 0,Xa=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,n,i,s,a=!1,c=async l=>{i||(i=o(l));try{n=await i,s=!0,a=!1}finally{i=void 0}return n};return e===
void 0?async l=>((!s||l?.forceRefresh)&&(n=await c(l)),n):async l=>((!s||l?.forceRefresh)&&(n=await c(l)),a?n:r(n)?(e(n)&&await c(l),n):(a=!0,n))}});var k_=p(()=>{b_();N_();D_()});var ot=p(()=>{T_();P_();A_();k_()});function D$(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function Vt(t){let e=xr(t.userAgentAppId??Qa),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!D$(o)){let n=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?n?.warn("userAgentAppId must be a string or undefined."):o.length>50&&n?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var Qa,Wm=p(()=>{ot();Qa=void 0});var $_,L_=p(()=>{$_={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",regions:{"af-south-1":{description:"Africa (Cape Town)"},"ap-east-1":{description:"A\
sia Pacific (Hong Kong)"},"ap-east-2":{description:"Asia Pacific (Taipei)"},"ap-northeast-1":{description:"Asia Pacific (Tokyo)"},"ap-northeast-2":{description:"\
Asia Pacific (Seoul)"},"ap-northeast-3":{description:"Asia Pacific (Osaka)"},"ap-south-1":{description:"Asia Pacific (Mumbai)"},"ap-south-2":{description:"Asia \
Pacific (Hyderabad)"},"ap-southeast-1":{description:"Asia Pacific (Singapore)"},"ap-southeast-2":{description:"Asia Pacific (Sydney)"},"ap-southeast-3":{description:"\
Asia Pacific (Jakarta)"},"ap-southeast-4":{description:"Asia Pacific (Melbourne)"},"ap-southeast-5":{description:"Asia Pacific (Malaysia)"},"ap-southeast-6":{description:"\
Asia Pacific (New Zealand)"},"ap-southeast-7":{description:"Asia Pacific (Thailand)"},"aws-global":{description:"aws global region"},"ca-central-1":{description:"\
Canada (Central)"},"ca-west-1":{description:"Canada West (Calgary)"},"eu-central-1":{description:"Europe (Frankfurt)"},"eu-central-2":{description:"Europe (Zuri\
ch)"},"eu-north-1":{description:"Europe (Stockholm)"},"eu-south-1":{description:"Europe (Milan)"},"eu-south-2":{description:"Europe (Spain)"},"eu-west-1":{description:"\
Europe (Ireland)"},"eu-west-2":{description:"Europe (London)"},"eu-west-3":{description:"Europe (Paris)"},"il-central-1":{description:"Israel (Tel Aviv)"},"me-c\
entral-1":{description:"Middle East (UAE)"},"me-south-1":{description:"Middle East (Bahrain)"},"me-west-1":{description:"Middle East (Saudi Arabia)"},"mx-centra\
l-1":{description:"Mexico (Central)"},"sa-east-1":{description:"South America (Sao Paulo)"},"sa-west-1":{description:"South America (Chile)"},"us-east-1":{description:"\
US East (N. Virginia)"},"us-east-2":{description:"US East (Ohio)"},"us-west-1":{description:"US West (N. California)"},"us-west-2":{description:"US West (Oregon\
)"}}},{id:"aws-cn",outputs:{dnsSuffix:"amazonaws.com.cn",dualStackDnsSuffix:"api.amazonwebservices.com.cn",implicitGlobalRegion:"cn-northwest-1",name:"aws-cn",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^cn\\-\\w+\\-\\d+$",regions:{"aws-cn-global":{description:"aws-cn global region"},"cn-north-1":{description:"China (Beijing)"},"cn\
-northwest-1":{description:"China (Ningxia)"}}},{id:"aws-eusc",outputs:{dnsSuffix:"amazonaws.eu",dualStackDnsSuffix:"api.amazonwebservices.eu",implicitGlobalRegion:"\
eusc-de-east-1",name:"aws-eusc",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^eusc\\-(de)\\-\\w+\\-\\d+$",regions:{"eusc-de-east-1":{description:"AWS Euro\
pean Sovereign Cloud (Germany)"}}},{id:"aws-iso",outputs:{dnsSuffix:"c2s.ic.gov",dualStackDnsSuffix:"api.aws.ic.gov",implicitGlobalRegion:"us-iso-east-1",name:"\
aws-iso",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-iso\\-\\w+\\-\\d+$",regions:{"aws-iso-global":{description:"aws-iso global region"},"us-iso-ea\
st-1":{description:"US ISO East"},"us-iso-west-1":{description:"US ISO WEST"}}},{id:"aws-iso-b",outputs:{dnsSuffix:"sc2s.sgov.gov",dualStackDnsSuffix:"api.aws.s\
cloud",implicitGlobalRegion:"us-isob-east-1",name:"aws-iso-b",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isob\\-\\w+\\-\\d+$",regions:{"aws-iso-b-\
global":{description:"aws-iso-b global region"},"us-isob-east-1":{description:"US ISOB East (Ohio)"},"us-isob-west-1":{description:"US ISOB West"}}},{id:"aws-is\
o-e",outputs:{dnsSuffix:"cloud.adc-e.uk",dualStackDnsSuffix:"api.cloud-aws.adc-e.uk",implicitGlobalRegion:"eu-isoe-west-1",name:"aws-iso-e",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^eu\\-isoe\\-\\w+\\-\\d+$",regions:{"aws-iso-e-global":{description:"aws-iso-e global region"},"eu-isoe-west-1":{description:"EU I\
SOE West"}}},{id:"aws-iso-f",outputs:{dnsSuffix:"csp.hci.ic.gov",dualStackDnsSuffix:"api.aws.hci.ic.gov",implicitGlobalRegion:"us-isof-south-1",name:"aws-iso-f",
supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isof\\-\\w+\\-\\d+$",regions:{"aws-iso-f-global":{description:"aws-iso-f global region"},"us-isof-east-\
1":{description:"US ISOF EAST"},"us-isof-south-1":{description:"US ISOF SOUTH"}}},{id:"aws-us-gov",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aw\
s",implicitGlobalRegion:"us-gov-west-1",name:"aws-us-gov",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-gov\\-\\w+\\-\\d+$",regions:{"aws-us-gov-glob\
al":{description:"aws-us-gov global region"},"us-gov-east-1":{description:"AWS GovCloud (US-East)"},"us-gov-west-1":{description:"AWS GovCloud (US-West)"}}}],version:"\
1.1"}});var k$,$$,F_,U_,Km=p(()=>{L_();k$=$_,$$="",F_=t=>{let{partitions:e}=k$;for(let o of e){let{regions:n,outputs:i}=o;for(let[s,a]of Object.entries(n))if(s===t)return{
...i,...a}}for(let o of e){let{regionRegex:n,outputs:i}=o;if(new RegExp(n).test(t))return{...i}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},U_=()=>$$});var M_,Jm,H_=p(()=>{M_=require("node:stream"),Jm=t=>t?.body instanceof M_.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var B_,G_,z_,j_,V_,q_=p(()=>{B_=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],G_=["TimeoutError","RequestTimeout","RequestTimeoutException"],z_=[500,502,503,504],j_=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],V_=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function M$(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var L$,F$,U$,Za,ec,W_,Ym=p(()=>{q_();L$=t=>t?.$retryable!==
void 0,F$=t=>t.$metadata?.clockSkewCorrected,U$=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},Za=t=>t.$metadata?.httpStatusCode===429||B_.
includes(t.name)||t.$retryable?.throttling==!0,ec=(t,e=0)=>t?.name!=="AbortError"&&(L$(t)||F$(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||G_.includes(t.name)||j_.includes(t?.code||"")||V_.includes(t?.code||"")||z_.includes(t.$metadata?.httpStatusCode||0)||U$(t)||M$(t)||t.cause!==
void 0&&e<=10&&ec(t.cause,e+1)),W_=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!ec(t)}return!1}});var tc,H$,K_,J_=p(()=>{tc=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((n,i)=>{let s=()=>i(H$(e));e.aborted?s():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",s,{once:!0}),r=()=>e.removeEventListener("abort",s)):e.onabort=s});return Promise.race([t,o]).finally(r)},H$=t=>{let e=t.reason;return e instanceof Error?
Object.assign(new Error("Request aborted"),{name:"AbortError",cause:e}):Object.assign(new Error(e?String(e):"Request aborted"),{name:"AbortError"})},K_=t=>typeof t==
"object"&&t!==null&&"name"in t&&t.name==="AbortError"});var Y_,X_,Q_=p(()=>{Y_="amz-sdk-invocation-id",X_="amz-sdk-request"});function Z_(t,e){if(Ke.isInstance(t))for(let r in t.headers){if(!b(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let n=t.headers[r],i=NaN;if(n.
endsWith("GMT"))try{i=(hi(n).getTime()-Date.now())/1e3}catch(s){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(s)}else n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
i=Number(n.match(/ GMT, ([\d.]+)$/)?.[1]):n.match(/^((\d+)|(\d+\.\d+))$/)?i=Number(n):Date.parse(n)>=Date.now()&&(i=(Date.parse(n)-Date.now())/1e3);return isNaN(
i)?void 0:new Date(Date.now()+i*1e3)}else if(o==="x-amz-retry-after"){let n=t.headers[r],i=Number(n);if(isNaN(i)){e?.trace?.(`Failed to parse x-amz-retry-after=${n}`);
return}return new Date(Date.now()+i)}}}var ew=p(()=>{J();U();$()});var tw,rw=p(()=>{tw=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function Xm(t){return e=>(r,o)=>async n=>{let i=await e.retryStrategy(),s=await e.maxAttempts(),a=o[yr]?.abortSignal;if(B$(i)){i=i;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await tc(i.acquireInitialRetryToken(c),a),u=new Error,d=0,m=0,{request:f}=n,g=G.isInstance(f);for(g&&(f.headers[Y_]=_m());;)try{
g&&(f.headers[X_]=`attempt=${d+1}; max=${s}`);let{response:E,output:h}=await r(n);return i.recordSuccess(l),h.$metadata.attempts=d+1,h.$metadata.totalRetryDelay=
m,{response:E,output:h}}catch(E){let h=G$(E,e.logger);if(u=tw(E),g&&t(f))throw(o.logger instanceof we?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),u;try{if(a?.aborted)throw u;l=await tc(i.refreshRetryTokenForRetry(l,h),a)}catch(S){throw S!==u&&a?.aborted&&K_(S)?S:(u.$metadata||
(u.$metadata={}),u.$metadata.attempts=d+1,u.$metadata.totalRetryDelay=m,u)}d=l.getRetryCount();let x=l.getRetryDelay();m+=(l?.$retryLog?.acquisitionDelay??0)+x,
x>0&&await tc(new Promise(S=>setTimeout(S,x)),a)}}else return i=i,i?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",i.mode]]),i.retry(r,n)}}function ow(t){
let e=Xm(t);return r=>({applyToStack:o=>{o.add(e(r),j$)}})}var B$,G$,z$,j$,nw=p(()=>{T();U();$();Pr();Ym();J_();Q_();ew();rw();B$=t=>typeof t.acquireInitialRetryToken<
"u"&&typeof t.refreshRetryTokenForRetry<"u"&&typeof t.recordSuccess<"u",G$=(t,e)=>{let r={error:t,errorType:z$(t)},o=Z_(t.$response,e);return o&&(r.retryAfterHint=
o),r},z$=t=>Za(t)?"THROTTLING":ec(t)?"TRANSIENT":W_(t)?"SERVER_ERROR":"CLIENT_ERROR",j$={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"\
high",override:!0}});var rc,iw=p(()=>{Ym();rc=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.
lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=
this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let r;this.updateMeasuredRate();let o=e;if(o?.errorType==="TH\
ROTTLING"||Za(o?.error??e)){let s=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=s,this.calculateTimeWindow(),this.
lastThrottleTime=this.getCurrentTimeInSeconds(),r=this.cubicThrottle(s),this.enableTokenBucket()}else this.calculateTimeWindow(),r=this.cubicSuccess(this.getCurrentTimeInSeconds());
let i=Math.min(r,2*this.measuredTxRate);this.updateTokenBucketRate(i)}getCurrentTimeInSeconds(){return Date.now()/1e3}async acquireTokenBucket(e){if(this.enabled){
for(this.refillTokenBucket();e>this.availableTokens;){let r=(e-this.availableTokens)/this.fillRate*1e3;await new Promise(o=>t.setTimeoutFn(o,r)),this.refillTokenBucket()}
this.availableTokens=this.availableTokens-e}}refillTokenBucket(){let e=this.getCurrentTimeInSeconds();if(!this.lastTimestamp){this.lastTimestamp=e;return}let r=(e-
this.lastTimestamp)*this.fillRate;this.availableTokens=Math.min(this.maxCapacity,this.availableTokens+r),this.lastTimestamp=e}calculateTimeWindow(){this.timeWindow=
this.getPrecise(Math.pow(this.lastMaxRate*(1-this.beta)/this.scaleConstant,1/3))}cubicThrottle(e){return this.getPrecise(e*this.beta)}cubicSuccess(e){return this.
getPrecise(this.scaleConstant*Math.pow(e-this.lastThrottleTime-this.timeWindow,3)+this.lastMaxRate)}enableTokenBucket(){this.enabled=!0}updateTokenBucketRate(e){
this.refillTokenBucket(),this.fillRate=Math.max(e,this.minFillRate),this.maxCapacity=Math.max(e,this.minCapacity),this.availableTokens=Math.min(this.availableTokens,
this.maxCapacity)}updateMeasuredRate(){let e=this.getCurrentTimeInSeconds(),r=Math.floor(e*2)/2;if(this.requestCount++,r>this.lastTxRateBucket){let o=this.requestCount/
(r-this.lastTxRateBucket);this.measuredTxRate=this.getPrecise(o*this.smooth+this.measuredTxRate*(1-this.smooth)),this.requestCount=0,this.lastTxRateBucket=r}}getPrecise(e){
return parseFloat(e.toFixed(8))}}});var qt,oc=p(()=>{qt=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var nc,sw=p(()=>{oc();nc=class{x=qt.delay();computeNextBackoffDelay(e){let n=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(n)}setDelayBase(e){this.x=
e}}});var Hi,aw=p(()=>{Hi=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,n){this.delay=e,this.count=r,this.cost=o,this.longPoll=n}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var Wt,so,nt,Bi=p(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(Wt||(Wt={}));so=3,nt=Wt.STANDARD});var ic,qo,Qm=p(()=>{sw();aw();Bi();oc();ic={incompatible:1,attempts:2,capacity:3},qo=class{mode=Wt.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>so,this.baseDelay??=qt.delay(),this.retryBackoffStrategy??=
new nc}async acquireInitialRetryToken(e){return new Hi(qt.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
n=this.retryCode(e,r,o),i=n===0,s=e.isLongPoll?.();if(i||s){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?qt.throttlingDelay():this.
baseDelay);let c=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),l=c;if(r.retryAfterHint instanceof Date&&(l=Math.max(c,Math.min(r.retryAfterHint.
getTime()-Date.now(),c+5e3))),i){let u=this.getCapacityCost(a);this.capacity-=u;let d=new Hi(0,e.getRetryCount()+1,u,e.isLongPoll?.()??!1);return await new Promise(
m=>setTimeout(m,l)),d.$retryLog.acquisitionDelay=l,d}else{let u=n===ic.capacity&&s?l:0;u>0&&await new Promise(d=>setTimeout(d,u))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${so}`),so}}retryCode(e,r,o){let n=e.getRetryCount()+1,i=this.isRetryableError(r.errorType)?0:ic.incompatible,s=n<o?0:ic.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:ic.capacity;return i||s||a}getCapacityCost(e){return e===qt.modifiedCostType()?qt.throttlingCost():qt.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var sc,cw=p(()=>{iw();Qm();Bi();sc=class{mode=Wt.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new rc,
this.standardRetryStrategy=r?new qo({maxAttempts:typeof e=="number"?e:3,...r}):new qo(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var Zm,ef,Kt,Jt,pw,lw,Yt,uw=p(()=>{T();cw();Qm();Bi();oc();Zm="AWS_MAX_ATTEMPTS",ef="max_attempts",Kt={environmentVariableSelector:t=>{let e=t[Zm];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${Zm} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[ef];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${ef} mast be a number, got "${e}"`);return r},default:so},Jt=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:n=so,defaultBaseDelay:i=qt.delay()}=e??{},s=q(t.maxAttempts??n),a=r?Promise.resolve(r):void 0,c=async()=>{let l=await s();
return await q(o)()===Wt.ADAPTIVE?new sc(s,{maxAttempts:l,baseDelay:i}):new qo({maxAttempts:l,baseDelay:i})};return Object.assign(t,{maxAttempts:s,retryStrategy:()=>a??=
c()})},pw="AWS_RETRY_MODE",lw="retry_mode",Yt={environmentVariableSelector:t=>t[pw],configFileSelector:t=>t[lw],default:nt}});var qZ,pr,lt=p(()=>{H_();nw();Bi();uw();qZ=Xm(Jm),pr=ow(Jm)});async function dw(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&Cr(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let i=await e.
retryStrategy();if(typeof i.mode=="string")switch(i.mode){case Wt.ADAPTIVE:Cr(t,"RETRY_MODE_ADAPTIVE","F");break;case Wt.STANDARD:Cr(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let i=t.endpointV2;switch(String(i?.url?.hostname).match(W$)&&Cr(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":Cr(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":Cr(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":Cr(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let n=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(n?.$source){let i=n;i.accountId&&Cr(t,"RESOLVED_ACCOUNT_ID","T");for(let[s,a]of Object.
entries(i.$source??{}))Cr(t,s,a)}}var W$,mw=p(()=>{lt();Jy();W$=/\d{12}\.ddb/});var tf,ac,fw,gw,hw=p(()=>{tf="user-agent",ac="x-amz-user-agent",fw=/[^!$%&'*+\-.^_`|~\w]/g,gw=/[^!$%&'*+\-.^_`|~\w#]/g});function yw(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var Ew=p(()=>{});var Rw,cc,_w,Xt,ww=p(()=>{U();Km();mw();hw();Ew();Rw=t=>(e,r)=>async o=>{let{request:n}=o;if(!G.isInstance(n))return e(o);let{headers:i}=n,s=r?.userAgent?.map(cc)||
[],a=(await t.defaultUserAgentProvider()).map(cc);await dw(r,t,o);let c=r;a.push(`m/${yw(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(cc)||[],u=await t.userAgentAppId();u&&a.push(cc(["app",`${u}`]));let d=U_(),m=(d?[d]:[]).concat([...a,...s,...l]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(f&&(i[ac]=i[ac]?`${i[tf]} ${f}`:f),i[tf]=m):i[ac]=m,e({...o,request:n})},cc=t=>{
let e=t[0].split("/").map(s=>s.replace(fw,"-")).join("/"),r=t[1]?.replace(gw,"-"),o=e.indexOf("/"),n=e.substring(0,o),i=e.substring(o+1);return n==="api"&&(i=i.
toLowerCase()),[n,i,r].filter(s=>s&&s.length>0).reduce((s,a,c)=>{switch(c){case 0:return a;case 1:return`${s}/${a}`;default:return`${s}#${a}`}},"")},_w={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},Xt=t=>({applyToStack:e=>{e.add(Rw(t),_w)}})});var pc,Iw,Tw=p(()=>{pc=require("node:process"),Iw=()=>{let t=["deno","bun","llrt"];for(let e of t)if(pc.versions[e])return[`md/${e}`,pc.versions[e]];return["md/\
nodejs",pc.versions.node]}});var of,Cw=p(()=>{of={isCrtAvailable:!1}});var vw,Pw=p(()=>{Cw();vw=()=>of.isCrtAvailable?["md/crt-avail"]:null});var lc,nf,Qt,Aw=p(()=>{lc=require("node:os"),nf=require("node:process");Tw();Pw();Qt=({serviceId:t,clientVersion:e})=>{let r=Iw();return async o=>{let n=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,lc.platform)()}`,(0,lc.release)()],["lang/js"],r],i=vw();i&&n.push(i),t&&n.push([`api/${t}`,e]),nf.env.AWS_EXECUTION_ENV&&n.push(
[`exec-env/${nf.env.AWS_EXECUTION_ENV}`]);let s=await o?.userAgentAppId?.();return s?[...n,[`app/${s}`]]:[...n]}}});var bw,Ow,K$,Zt,Nw=p(()=>{Wm();bw="AWS_SDK_UA_APP_ID",Ow="sdk_ua_app_id",K$="sdk-ua-app-id",Zt={environmentVariableSelector:t=>t[bw],configFileSelector:t=>t[Ow]??
t[K$],default:Qa}});var Dw=p(()=>{W()});var sf,kw=p(()=>{W();Dw();sf=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!sf(r))return!1;return!0}return!(!Ar(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
Pn(t))}});var $w,Lw=p(()=>{$w=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,n,i,s,...a]=e;if(r!=="arn"||o===""||n===""||a.join(":")==="")return null;let c=a.map(
l=>l.split("/")).flat();return{partition:o,service:n,region:i,accountId:s,resourceId:c}}});var ut,Fw=p(()=>{W();kw();Lw();Km();ut={isVirtualHostableS3Bucket:sf,parseArn:$w,partition:F_};be.aws=ut});function af(t={}){return _({...Ae,async default(){return Uw.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...Ze,...t})}var Uw,Mw=p(()=>{k();Uw={silence:!1}});var er,tr,Hw=p(()=>{er=t=>({setRegion(e){t.region=e},region(){return t.region}}),tr=t=>({region:t.region()})});var M=p(()=>{Wy();Ky();Yy();p_();d_();x_();Wm();ww();Aw();Nw();Fw();Mw();Hw()});var uc,dc,Bw=p(()=>{U();uc=t=>Ke.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,dc=t=>Ke.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var Gi,Gw=p(()=>{Gi=t=>new Date(Date.now()+t)});var mc,zw=p(()=>{mc=(t,e,r,o)=>{if(o!==void 0)return e;let n=Date.parse(t);if(Number.isNaN(n))return e;let i=Date.now();return r!==void 0&&i-r>9e5?e:n-i}});var cf=p(()=>{Bw();Gw();zw()});var zi,J$,ji,ge,pf=p(()=>{U();Pr();cf();zi=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},J$=t=>t.context?.[yr]?.
eventStream?.output===!0,ji=async t=>{let e=zi("context",t.context),r=zi("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],i=await zi("signer",r.signer)(
o),s=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:i,signingRegion:s,signingRegionSet:a,signingName:c}},ge=class{async sign(e,r,o){
if(!G.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let n=await ji(o),{config:i,signer:s}=n,{signingRegion:a,
signingName:c}=n,l=o.context;if(l?.authSchemes?.length??!1){let[f,g]=l.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let u=await i.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=u;let d=u||J$(o);return o._skipClockSkewSampling=d,d||(o._preRequestSystemClockOffset=
i.systemClockOffset,o._requestSentAt=Date.now()),await s.sign(e,{signingDate:u?new Date:Gi(i.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let n=o.ServerTime??uc(o.$response);if(n){let i=zi("config",e.config),s=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=dc(o.$response),l=mc(n,i.systemClockOffset,a,c);i.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==s||s!==void 0&&s!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=uc(e);if(o){let n=zi("config",r.config),
i=r._requestSentAt,s=dc(e);n.systemClockOffset=mc(o,n.systemClockOffset,i,s)}}}});var ao,jw=p(()=>{U();cf();pf();ao=class extends ge{async sign(e,r,o){if(!G.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:n,signer:i,signingRegion:s,signingRegionSet:a,signingName:c}=await ji(o),u=(await n.sigv4aSigningRegionSet?.()??a??[s]).join(","),d=await n.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=d,d||(o._preRequestSystemClockOffset=n.systemClockOffset,o._requestSentAt=Date.now()),await i.
sign(e,{signingDate:d?new Date:Gi(n.systemClockOffset),signingRegion:u,signingService:c})}}});var lf,Vw=p(()=>{lf=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var qw,Ww=p(()=>{qw=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var Kw,Jw,dt,Yw=p(()=>{Vw();Ww();Kw="AWS_AUTH_SCHEME_PREFERENCE",Jw="auth_scheme_preference",dt={environmentVariableSelector:(t,e)=>{if(e?.signingName&&qw(e.signingName)in
t)return["httpBearerAuth"];if(Kw in t)return lf(t[Kw])},configFileSelector:t=>{if(Jw in t)return lf(t[Jw])},default:[]}});var fc,gc,Xw=p(()=>{ot();k();fc=t=>(t.sigv4aSigningRegionSet=xr(t.sigv4aSigningRegionSet),t),gc={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new Be("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new Be("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function Zw(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var hc,Qw,Y$,uf,eI=p(()=>{$();$();hc=class{format(e){let r=[];for(let i in e){
if(!b(e,i))continue;let s=se(i);r.push(Uint8Array.from([s.byteLength]),s,this.formatHeaderValue(e[i]))}let o=new Uint8Array(r.reduce((i,s)=>i+s.byteLength,0)),n=0;
for(let i of r)o.set(i,n),n+=i.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,
1),n;case"binary":let i=new DataView(new ArrayBuffer(3+e.value.byteLength));i.setUint8(0,6),i.setUint16(1,e.value.byteLength,!1);let s=new Uint8Array(i.buffer);
return s.set(e.value,3),s;case"string":let a=se(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
c.buffer);return l.set(a,3),l;case"timestamp":let u=new Uint8Array(9);return u[0]=8,u.set(uf.fromNumber(e.value.valueOf()).bytes,1),u;case"uuid":if(!Y$.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let d=new Uint8Array(17);return d[0]=9,d.set(_d(e.value.replace(/-/g,"")),1),d}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(Qw||(Qw={}));Y$=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,uf=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=
n;return e<0&&Zw(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&Zw(e),parseInt(It(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var tI,rI,df,oI,nI,mf,ff,gf,hf,X$,iI,sI,Vi,aI,cI,pI,lI,yc,uI,dI,mI,yf,fI,Wo=p(()=>{tI="X-Amz-Algorithm",rI="X-Amz-Credential",df="X-Amz-Date",oI="X-Amz-SignedHe\
aders",nI="X-Amz-Expires",mf="X-Amz-Signature",ff="X-Amz-Security-Token",gf="authorization",hf=df.toLowerCase(),X$="date",iI=[gf,hf,X$],sI=mf.toLowerCase(),Vi="\
x-amz-content-sha256",aI=ff.toLowerCase(),cI={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},pI=/^proxy-/,lI=/^sec-/,yc="AWS4-HMAC-SHA256",uI="AWS4-HMAC-SHA256-PAYL\
OAD",dI="UNSIGNED-PAYLOAD",mI=50,yf="aws4_request",fI=3600*24*7});var gI,hI=p(()=>{$();U();Wo();gI=({query:t={}})=>{let e=[],r={};for(let o in t){if(!b(t,o)||o.toLowerCase()===sI)continue;let n=Sr(o);e.push(n);let i=t[o];typeof i==
"string"?r[n]=`${n}=${Sr(i)}`:Array.isArray(i)&&(r[n]=i.slice(0).reduce((s,a)=>s.concat([`${n}=${Sr(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var yI,Q$,EI=p(()=>{yI=t=>Q$(t).toISOString().replace(/\.\d{3}Z$/,"Z"),Q$=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var Ec,SI=p(()=>{T();U();$();hI();EI();Ec=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:n,sha256:i,uriEscapePath:s=!0}){this.service=n,this.sha256=i,this.uriEscapePath=s,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
q(o),this.credentialProvider=q(r)}createCanonicalRequest(e,r,o){let n=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${gI(e)}
${n.map(i=>`${i}:${r[i]}`).join(`
`)}

${n.join(";")}
${o}`}async createStringToSign(e,r,o,n){let i=new this.sha256;i.update(Or(o));let s=await i.digest();return`${n}
${e}
${r}
${It(s)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let i of e.split("/"))i?.length!==0&&i!=="."&&(i===".."?r.pop():r.push(i));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return Sr(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=yI(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var Sc,Ef,xc,RI,xI,_I=p(()=>{$();Wo();Sc={},Ef=[],xc=(t,e,r)=>`${t}/${e}/${r}/${yf}`,RI=async(t,e,r,o,n)=>{let i=await xI(t,e.secretAccessKey,e.accessKeyId),s=`${r}\
:${o}:${n}:${It(i)}:${e.sessionToken}`;if(s in Sc)return Sc[s];for(Ef.push(s);Ef.length>mI;)delete Sc[Ef.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,n,yf])a=await xI(t,a,c);return Sc[s]=a},xI=(t,e,r)=>{let o=new t(e);return o.update(Or(r)),o.digest()}});var Sf,wI=p(()=>{$();Wo();Sf=({headers:t},e,r)=>{let o={};for(let n of Object.keys(t).sort()){if(t[n]==null)continue;let i=n.toLowerCase();(b(cI,i)||e?.has(i)||
pI.test(i)||lI.test(i))&&(!r||r&&!r.has(i))||(i==="__proto__"&&zr(o),o[i]=t[n].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var Rc,II=p(()=>{$();$();Wo();Rc=async({headers:t,body:e},r)=>{for(let o in t)if(b(t,o)&&o.toLowerCase()===Vi)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||fi(e)){let o=new r;return o.update(Or(e)),It(await o.digest())}return dI}});var TI,CI=p(()=>{$();TI=(t,e)=>{t=t.toLowerCase();for(let r in e)if(b(e,r)&&t===r.toLowerCase())return!0;return!1}});var vI,PI=p(()=>{$();U();vI=(t,e={})=>{let{headers:r,query:o={}}=G.clone(t);for(let n in r){if(!b(r,n))continue;let i=n.toLowerCase();(i.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(i)||e.hoistableHeaders?.has(i))&&(o[n]=r[n],delete r[n])}return{...t,headers:r,query:o}}});var xf,AI=p(()=>{$();U();Wo();xf=t=>{t=G.clone(t);for(let e in t.headers)b(t.headers,e)&&iI.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var co,bI=p(()=>{$();eI();SI();Wo();_I();wI();II();CI();PI();AI();co=class extends Ec{headerFormatter=new hc;constructor({applyChecksum:e,credentials:r,region:o,
service:n,sha256:i,uriEscapePath:s=!0}){super({applyChecksum:e,credentials:r,region:o,service:n,sha256:i,uriEscapePath:s})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:n=3600,unsignableHeaders:i,unhoistableHeaders:s,signableHeaders:a,hoistableHeaders:c,signingRegion:l,signingService:u}=r,d=await this.credentialProvider();
this.validateResolvedCredentials(d);let m=l??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(n>fI)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let E=xc(g,m,u??this.service),h=vI(xf(e),{unhoistableHeaders:s,hoistableHeaders:c});
d.sessionToken&&(h.query[ff]=d.sessionToken),h.query[tI]=yc,h.query[rI]=`${d.accessKeyId}/${E}`,h.query[df]=f,h.query[nI]=n.toString(10);let x=Sf(h,i,a);return h.
query[oI]=this.getCanonicalHeaderList(x),h.query[mf]=await this.getSignature(f,E,this.getSigningKey(d,m,g,u),this.createCanonicalRequest(h,x,await Rc(e,this.sha256))),
h}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:n,signingRegion:i,signingService:s,eventStreamCredentials:a}){let c=i??await this.regionProvider(),{
shortDate:l,longDate:u}=this.formatDate(o),d=xc(l,c,s??this.service),m=await Rc({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=It(await f.
digest()),E=[uI,u,d,n,g,m].join(`
`);return this.signString(E,{signingDate:o,signingRegion:c,signingService:s,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:n,eventStreamCredentials:i}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:n,priorSignature:e.priorSignature,eventStreamCredentials:i}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:n,eventStreamCredentials:i}={}){let s=i??await this.credentialProvider();this.validateResolvedCredentials(s);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(s,a,c,n));return l.update(Or(e)),It(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:n,signingRegion:i,signingService:s}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=i??await this.regionProvider(),l=xf(e),{longDate:u,shortDate:d}=this.formatDate(r),m=xc(d,c,s??this.service);l.headers[hf]=u,a.sessionToken&&(l.headers[aI]=
a.sessionToken);let f=await Rc(l,this.sha256);!TI(Vi,l.headers)&&this.applyChecksum&&(l.headers[Vi]=f);let g=Sf(l,n,o),E=await this.getSignature(u,m,this.getSigningKey(
a,c,d,s),this.createCanonicalRequest(l,g,f));return l.headers[gf]=`${yc} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${E}`,l}async getSignature(e,r,o,n){let i=await this.createStringToSign(e,r,n,yc),s=new this.sha256(await o);return s.update(Or(i)),It(await s.digest())}getSigningKey(e,r,o,n){
return RI(this.sha256,e,o,r,n||this.service)}}});var _c,OI=p(()=>{_c={SignatureV4a:null}});var wc=p(()=>{bI();OI()});function Z$(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=Xa(e,Ya,Mi):r?o=xr(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function eL(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var Rf,NI=p(()=>{M();
ot();wc();Rf=t=>e=>{let r=e.credentials,o=!!e.credentials,n;Object.defineProperty(e,"credentials",{set(u){u&&u!==r&&u!==n&&(o=!0),r=u;let d=Z$(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=eL(e,d);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;n=async g=>{let h=await m(g);return f&&
(!h.$source||Object.keys(h.$source).length===0)?H(h,"CREDENTIALS_CODE","e"):h},n.memoized=m.memoized,n.configBound=m.configBound,n.attributed=!0}else n=m},get(){
return n},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:i=!0,systemClockOffset:s=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
xr(e.signer):e.regionInfoProvider?c=()=>xr(e.region)().then(async u=>[await e.regionInfoProvider(u,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},u]).then(([u,d])=>{let{signingRegion:m,signingService:f}=u;e.signingRegion=e.signingRegion||m||d,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:i},E=e.signerConstructor||co;return new E(g)}):
c=async u=>{u=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await xr(e.region)(),properties:{}},u);let d=u.signingRegion,
m=u.signingName;e.signingRegion=e.signingRegion||d,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:i},g=e.signerConstructor||co;return new g(f)},Object.assign(e,{systemClockOffset:s,signingEscapePath:i,signer:c,disableClockSkewCorrection:xr(
e.disableClockSkewCorrection??t)})}});var _f=p(()=>{pf();jw();Yw();Xw();NI()});var rL,oL,DI,kI=p(()=>{k();rL="AWS_DISABLE_CLOCK_SKEW_CORRECTION",oL="disable_clock_skew_correction",DI={environmentVariableSelector:t=>vt(t,rL,Ye.ENV),configFileSelector:t=>vt(
t,oL,Ye.CONFIG),default:!1}});var $I,LI=p(()=>{k();kI();$I=_(DI)});var lr,Ie=p(()=>{_f();_f();LI();lr=Rf($I)});var qi,Wi,wf,If,Tf,Cf,Ic,zI=p(()=>{M();k();qi="AWS_ACCESS_KEY_ID",Wi="AWS_SECRET_ACCESS_KEY",wf="AWS_SESSION_TOKEN",If="AWS_CREDENTIAL_EXPIRATION",Tf="AWS_CREDE\
NTIAL_SCOPE",Cf="AWS_ACCOUNT_ID",Ic=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[qi],r=process.env[Wi],o=process.
env[wf],n=process.env[If],i=process.env[Tf],s=process.env[Cf];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...n&&{expiration:new Date(
n)},...i&&{credentialScope:i},...s&&{accountId:s}};return H(a,"CREDENTIALS_ENV_VARS","g"),a}throw new R("Unable to find environment variable credentials.",{logger:t?.
logger})}});var jI={};or(jI,{ENV_ACCOUNT_ID:()=>Cf,ENV_CREDENTIAL_SCOPE:()=>Tf,ENV_EXPIRATION:()=>If,ENV_KEY:()=>qi,ENV_SECRET:()=>Wi,ENV_SESSION:()=>wf,fromEnv:()=>Ic});var vf=p(
()=>{zI()});var Tc,Cc,Pf=p(()=>{Tc=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",Cc=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var VI,qI,$n,vc=p(()=>{VI=1e3,qI=0,$n=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var Af,WI=p(()=>{Af=Jr(require("node:http"))});function po(t){return new Promise((e,r)=>{let o=Af.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",n=>{r(Object.
assign(new Be("Unable to connect to instance metadata service"),n)),o.destroy()}),o.on("timeout",()=>{r(new Be("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",n=>{let{statusCode:i=400}=n;(i<200||300<=i)&&(r(Object.assign(new Be("Error response received from instance metadata service"),{statusCode:i})),
o.destroy());let s=[];n.on("data",a=>{s.push(a)}),n.on("end",()=>{e(Buffer.concat(s)),o.destroy()})}),o.end()})}var Pc=p(()=>{k();WI()});var Ki,bf=p(()=>{Ki=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var Ln,Ji,Ac,KI,sL,aL,cL,pL,lL,JI=p(()=>{k();Pf();vc();Pc();bf();Ln="AWS_CONTAINER_CREDENTIALS_FULL_URI",Ji="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",Ac="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",KI=(t={})=>{let{timeout:e,maxRetries:r}=$n(t);return()=>Ki(async()=>{let o=await lL({logger:t.logger}),n=JSON.parse(await sL(e,o));if(!Tc(
n))throw new R("Invalid response received from instance metadata service.",{logger:t.logger});return Cc(n)},r)},sL=async(t,e)=>(process.env[Ac]&&(e.headers={...e.
headers,Authorization:process.env[Ac]}),(await po({...e,timeout:t})).toString()),aL="169.254.170.2",cL=new Set(["localhost","127.0.0.1"]),pL=new Set(["http:","h\
ttps:"]),lL=async({logger:t})=>{if(process.env[Ji])return{hostname:aL,path:process.env[Ji]};if(process.env[Ln]){let e;try{e=new URL(process.env[Ln])}catch{throw new R(
`${process.env[Ln]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!cL.has(e.hostname))throw new R(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!pL.has(e.protocol))throw new R(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new R(`The container metadata credential provider cannot be used unless the ${Ji} or ${Ln} environment variable is set`,{tryNextLink:!1,logger:t})}});var bc,YI=p(()=>{k();bc=class t extends R{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var Ko,Of=p(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(Ko||(Ko={}))});var uL,dL,XI,QI=p(()=>{uL="AWS_EC2_METADATA_SERVICE_ENDPOINT",dL="ec2_metadata_service_endpoint",XI={environmentVariableSelector:t=>t[uL],configFileSelector:t=>t[dL],
default:void 0}});var lo,Nf=p(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(lo||(lo={}))});var mL,fL,ZI,eT=p(()=>{Nf();mL="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",fL="ec2_metadata_service_endpoint_mode",ZI={environmentVariableSelector:t=>t[mL],configFileSelector:t=>t[fL],
default:lo.IPv4}});var Oc,gL,hL,Df=p(()=>{k();U();Of();QI();Nf();eT();Oc=async()=>fe(await gL()||await hL()),gL=async()=>_(XI)(),hL=async()=>{let t=await _(ZI)();switch(t){case lo.
IPv4:return Ko.IPv4;case lo.IPv6:return Ko.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(lo)}`)}}});var yL,kf,tT=p(()=>{yL="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",kf=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+yL);let n=t.originalExpiration??t.expiration;return{...t,...n?{originalExpiration:n}:{},expiration:o}}});var rT,oT=p(()=>{tT();rT=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let n;try{n=await t(),n.expiration&&n.expiration.getTime()<Date.now()&&(n=kf(n,r))}catch(i){
if(o)r.warn("Credential renew failed: ",i),n=kf(o,r);else throw i}return o=n,n}}});var sT,EL,$f,nT,iT,aT,SL,xL,RL,_L,cT=p(()=>{k();YI();Pf();vc();Pc();bf();Df();oT();sT="/latest/meta-data/iam/security-credentials/",EL="/latest/api/token",$f="A\
WS_EC2_METADATA_V1_DISABLED",nT="ec2_metadata_v1_disabled",iT="x-aws-ec2-metadata-token",aT=(t={})=>rT(SL(t),{logger:t.logger}),SL=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:n,maxRetries:i}=$n(t),s=async(a,c)=>{if(e||c.headers?.[iT]==null){let d=!1,m=!1,f=await _({environmentVariableSelector:g=>{let E=g[$f];if(m=!!E&&E!=="f\
alse",E===void 0)throw new R(`${$f} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let E=g[nT];return d=!!E&&E!==
"false",d},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),d&&g.push(`config file profile (${nT})`),m&&g.push(`process environment variable (${$f})`),new bc(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let u=(await Ki(async()=>{let d;try{d=await RL(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return d},a)).trim();return Ki(async()=>{let d;try{d=await _L(u,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return d},a)};return async()=>{let a=await Oc();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),s(i,{...a,timeout:n});{let c;try{c=(await xL({...a,timeout:n})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),s(i,{...a,timeout:n})}return s(i,{...a,headers:{[iT]:c},timeout:n})}}},
xL=async t=>po({...t,path:EL,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),RL=async t=>(await po({...t,path:sT})).toString(),_L=async(t,e,r)=>{
let o=JSON.parse((await po({...e,path:sT+t})).toString());if(!Tc(o))throw new R("Invalid response received from instance metadata service.",{logger:r.logger});return Cc(
o)}});var Nc={};or(Nc,{DEFAULT_MAX_RETRIES:()=>qI,DEFAULT_TIMEOUT:()=>VI,ENV_CMDS_AUTH_TOKEN:()=>Ac,ENV_CMDS_FULL_URI:()=>Ln,ENV_CMDS_RELATIVE_URI:()=>Ji,Endpoint:()=>Ko,
fromContainerMetadata:()=>KI,fromInstanceMetadata:()=>aT,getInstanceMetadataEndpoint:()=>Oc,httpRequest:()=>po,providerConfigFromInit:()=>$n});var Dc=p(()=>{JI();
cT();vc();Pc();Df();Of()});function Lf(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let n=new Error("Request aborted");return n.name="AbortErr\
or",n.cause=e,n}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var pT=p(()=>{});var lT,uT=p(()=>{lT=["ECONNRESET","EPIPE","ETIMEDOUT"]});var dT,mT=p(()=>{$();dT=t=>{let e={};for(let r in t){if(!b(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var Fn,fT=p(()=>{Fn=Jr(require("node:https"))});var ae,Jo=p(()=>{ae={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var gT,hT,yT=p(()=>{Jo();gT=1e3,hT=(t,e,r=0)=>{if(!r)return-1;let o=n=>{let i=ae.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-n),s=a=>{a?.connecting?
a.on("connect",()=>{ae.clearTimeout(i)}):ae.clearTimeout(i)};t.socket?s(t.socket):t.on("socket",s)};return r<2e3?(o(0),0):ae.setTimeout(o.bind(null,gT),gT)}});var ET,ST=p(()=>{Jo();ET=(t,e,r=0,o,n)=>r?ae.setTimeout(()=>{let i=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let s=Object.assign(new Error(i),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(s),e(s)}else i+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",n?.warn?.(i)},r):-1});var wL,xT,RT=p(()=>{Jo();wL=3e3,xT=(t,{keepAlive:e,keepAliveMsecs:r},o=wL)=>{if(e!==!0)return-1;let n=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
i=>{i.setKeepAlive(e,r||0)})};return o===0?(n(),0):ae.setTimeout(n,o)}});var kc,_T=p(()=>{kc=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var IL,Ff,wT=p(()=>{Jo();IL=3e3,Ff=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let n;t.once("response",c=>n=c);let i=()=>{if(n?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});n?.destroy(c),t.destroy(),e(c)},s=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",s):(c.setTimeout(
r,i),t.on("close",()=>c.removeListener("timeout",i))):t.once("socket",s)};if(r<6e3){s();return}let a=ae.setTimeout(s,IL);t.once("close",()=>ae.clearTimeout(a))}});async function CT(t,e,r=IT,o=!1){let n=e.headers,i=n?n.Expect||n.expect:void 0,s=-1,a=!0;!o&&i==="100-continue"&&(a=await Promise.race([new Promise(c=>{s=Number(
ae.setTimeout(()=>c(!0),Math.max(IT,r)))}),new Promise(c=>{t.on("continue",()=>{ae.clearTimeout(s),c(!0)}),t.on("response",()=>{ae.clearTimeout(s),c(!1)}),t.on(
"error",()=>{ae.clearTimeout(s),c(!1)})})])),a&&TL(t,e.body)}function TL(t,e){if(e instanceof TT.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let n=e;if(typeof n=="object"&&n.buffer&&typeof n.byteOffset=="number"&&typeof n.byteLength=="nu\
mber"){t.end(Buffer.from(n.buffer,n.byteOffset,n.byteLength));return}t.end(Buffer.from(e));return}t.end()}var TT,IT,vT=p(()=>{TT=require("node:stream");Jo();IT=
6e3});var $c,PT,Ne,AT=p(()=>{$();U();pT();uT();mT();fT();yT();ST();RT();_T();wT();Jo();vT();Ne=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:n,requests:i,maxSockets:s}=e;
if(typeof s!="number"||s===1/0||Date.now()-15e3<r)return r;if(n&&i)for(let c in n){if(!b(n,c))continue;let l=n[c]?.length??0,u=i[c]?.length??0;if(l>=s&&u>=2*s)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${u} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(n=>{r(this.resolveDefaultConfig(n))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let n=this.config,i=n.logger,
s=e.protocol==="https:";return!s&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let l,u=-1,d=-1,m=-1,
f=-1,g=()=>{ae.clearTimeout(u),ae.clearTimeout(d),ae.clearTimeout(m),ae.clearTimeout(f)},E=async j=>{await l,g(),a(j)},h=async j=>{await l,g(),c(j)};if(r?.aborted){
let j=Lf(r);h(j);return}let x=e.headers,S=x?(x.Expect??x.expect)==="100-continue":!1,v=s?n.httpsAgent:n.httpAgent;S&&!this.externalAgent&&(v=new(s?Fn.default.Agent:
$c)({keepAlive:!1,maxSockets:1/0})),u=ae.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(v,this.socketWarningTimestamp,i)},n.socketAcquisitionWarningTimeout??
(n.requestTimeout??2e3)+(n.connectionTimeout??1e3));let A=e.query?vm(e.query):"",L;if(e.username!=null||e.password!=null){let j=e.username??"",mr=e.password??"";
L=`${j}:${mr}`}let Y=e.path;A&&(Y+=`?${A}`),e.fragment&&(Y+=`#${e.fragment}`);let ve=e.hostname??"";ve[0]==="["&&ve.endsWith("]")?ve=e.hostname.slice(1,-1):ve=e.
hostname;let rr={headers:e.headers,host:ve,method:e.method,path:Y,port:e.port,agent:v,auth:L},pe=(s?Fn.default.request:PT)(rr,j=>{let mr=new Ke({statusCode:j.statusCode||
-1,reason:j.statusMessage,headers:dT(j.headers),body:j});E({response:mr})});if(pe.on("error",j=>{lT.includes(j.code)?h(Object.assign(j,{name:"TimeoutError"})):h(
j)}),r){let j=()=>{pe.destroy();let mr=Lf(r);h(mr)};if(typeof r.addEventListener=="function"){let mr=r;mr.addEventListener("abort",j,{once:!0}),pe.once("close",
()=>mr.removeEventListener("abort",j))}else r.onabort=j}let Pe=o??n.requestTimeout;d=hT(pe,h,n.connectionTimeout),m=ET(pe,h,Pe,n.throwOnRequestTimeout,i??console);
let st=n.socketTimeout===void 0?kc(n):void 0;st?Ff(pe,h,st,!0):Ff(pe,h,n.socketTimeout);let We=rr.agent;typeof We=="object"&&"keepAlive"in We&&(f=xT(pe,{keepAlive:We.
keepAlive,keepAliveMsecs:We.keepAliveMsecs})),l=CT(pe,e,Pe,this.externalAgent).catch(j=>(g(),c(j)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=
this.configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocket\
Timeout",r=kc(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:n,
socketAcquisitionWarningTimeout:i,httpAgent:s,httpsAgent:a,throwOnRequestTimeout:c,logger:l}=e||{},u=!0,d=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:n,
defaultSocketTimeout:kc(e),socketAcquisitionWarningTimeout:i,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await Promise.resolve().then(()=>Jr(Jd())),
{Agent:g,request:E}=f.default??f;return PT=E,$c=g,s instanceof $c||typeof s?.destroy=="function"?(this.externalAgent=!0,s):new $c({keepAlive:u,maxSockets:d,...s})})(),
httpsAgent:a instanceof Fn.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new Fn.default.Agent({keepAlive:u,maxSockets:d,...a}),logger:l}}}});var uo=p(()=>{AT();$()});var CL,vL,PL,bT,OT=p(()=>{k();CL="169.254.170.2",vL="169.254.170.23",PL="[fd00:ec2::23]",bT=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===CL||t.hostname===vL||
t.hostname===PL)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=n=>{let i=parseInt(n,10);return 0<=i&&i<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new R(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function NT(t){return new G({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function DT(t,e){let o=await Di(t.body).transformToString();if(t.statusCode===200){let n=JSON.parse(o);if(typeof n.AccessKeyId!=
"string"||typeof n.SecretAccessKey!="string"||typeof n.Token!="string"||typeof n.Expiration!="string")throw new R("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:n.
AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.Token,expiration:ld(n.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let n={};try{n=JSON.parse(
o)}catch{}throw Object.assign(new R(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:n.Code,Message:n.Message})}throw new R(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var kT=p(()=>{k();U();$();$()});var $T,LT=p(()=>{$T=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(i=>setTimeout(i,r))}return await t()}});var UT,AL,bL,OL,NL,DL,MT,FT,HT=p(()=>{M();k();uo();UT=Jr(require("node:fs/promises"));OT();kT();LT();AL="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",bL="http://169.\
254.170.2",OL="AWS_CONTAINER_CREDENTIALS_FULL_URI",NL="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",DL="AWS_CONTAINER_AUTHORIZATION_TOKEN",MT=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[AL],o=t.awsContainerCredentialsFullUri??process.env[OL],
n=t.awsContainerAuthorizationToken??process.env[DL],i=t.awsContainerAuthorizationTokenFile??process.env[NL],s=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(s("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),s("awsContainerCredentialsRelativeUri will take precedence.")),n&&i&&(s("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),s("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${bL}${r}`;else if(o)e=o;else
throw new R(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);bT(a,t.logger);let c=Ne.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,u=$T(async()=>{let d=NT(a);i?d.headers.Authorization=FT((await UT.default.readFile(i)).toString()):n&&(d.headers.Authorization=FT(
n));try{let m=await c.handle(d,{requestTimeout:l});return DT(m.response).then(f=>H(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new R(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await u()}finally{c.destroy?.()}}},FT=t=>{if(t.includes(`\r
`))throw new R("Authorization token contains invalid \\r\\n sequence.");return t}});var Uf={};or(Uf,{fromHttp:()=>MT});var Mf=p(()=>{HT()});var Lc,Hf=p(()=>{Lc=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Un,Fc=p(()=>{Un="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function $L(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function LL(t){return{schemeId:"smithy.api#noAuth"}}var jT,VT,qT,Bf=p(()=>{Ie();T();jT=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});VT=t=>{let e=[];return t.operation==="CreateToken"?e.push(LL(t)):e.push($L(t)),
e},qT=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var WT,KT,Gf=p(()=>{WT=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
KT={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var mo,Yi=p(()=>{mo={name:"@aws-sdk/nested-clients",version:"3.998.5"}});var fo,Uc=p(()=>{T();X();fo=class{queryCompat;errorRegistry;constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,r){let o=r.getMemberSchemas(),n=Object.
values(o).find(i=>!!i.getMergedTraits().httpPayload);if(n){let i=n.getMergedTraits().mediaType;return i||(n.isStringSchema()?"text/plain":n.isBlobSchema()?"appl\
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(s=>{let{httpQuery:a,httpQueryParams:c,httpHeader:l,httpLabel:u,httpPrefixHeaders:d}=s.
getMergedTraits();return!a&&!c&&!l&&!u&&d===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,n,i,s){let a=e;e.includes("#")&&([,a]=e.split("#"));
let c={$metadata:i,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:s?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:c}}catch{n.message=n.message??n.Message??"UnknownError";let u=this.
errorRegistry,d=u.getBaseException();if(d){let g=u.getErrorCtor(d)??Error;throw this.decorateServiceException(Object.assign(new g({name:a}),c),n)}let m=n,f=m?.message??
m?.Message??m?.Error?.Message??m?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(f),{name:a},c),n)}}compose(e,r,o){let n=o;r.includes(
"#")&&([n]=r.split("#"));let i=Q.for(n),s=Q.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(i),e.copyFrom(s),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,n=Ia(e,r);o&&(n.message=o);let i=n.Error??{};i.Type=n.Error?.Type,i.Code=n.Error?.Code,i.Message=n.Error?.message??
n.Error?.Message??o,n.Error=i;let s=n.$metadata.requestId;return s&&(n.RequestId=s),n}return Ia(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[n,i]=o.split(";"),s=Object.keys(e),a={Code:n,Type:i};e.Code=n,e.Type=i;for(let c=0;c<s.length;c++){let l=s[c];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(n=>F.of(n).getMergedTraits().awsQueryError?.[0]===r)}}}});var Mc,JT=p(()=>{U();X();Uc();Mc=class extends Go{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:n,jsonCodec:i}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=i??new Vo({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!n,
this.mixin=new fo(this.awsQueryCompatible)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,o);return n.path.endsWith("/")||(n.path+="/"),n.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,n.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(n.headers["x-amzn-query-mode"]="true"),(Hr(e.input)==="unit"||!n.body)&&(n.body="{}"),n}getPayloadCodec(){return this.codec}async handleError(e,r,o,n,i){let{awsQueryCompatible:s}=this;
s&&this.mixin.setQueryCompatError(n,o);let a=Lm(o,n,s)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,n,i,s?this.mixin.findQueryCompatibleError:void 0),u=F.of(
c),d=n.message??n.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},E=this.codec.createDeserializer();for(let[h,x]of u.
structIterator())n[h]!=null&&(g[h]=E.readObject(x,n[h]));throw s&&this.mixin.queryCompatOutput(n,g),this.mixin.decorateServiceException(Object.assign(f,l,{$fault:u.
getMergedTraits().error,message:d},g),n)}}});var Yo,YT=p(()=>{JT();Yo=class extends Mc{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:i}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:i})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var jr,XT=p(()=>{U();X();Uc();jr=class extends $i{serializer;deserializer;codec;mixin=new fo;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let n={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new Vo(n),this.serializer=
new Fi(this.codec.createSerializer(),n),this.deserializer=new Li(this.codec.createDeserializer(),n)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,
o),i=F.of(e.input);if(!n.headers["content-type"]){let s=this.mixin.resolveRestContentType(this.getDefaultContentType(),i);s&&(n.headers["content-type"]=s)}return n.
body==null&&n.headers["content-type"]===this.getDefaultContentType()&&(n.body="{}"),n}async deserializeResponse(e,r,o){let n=await super.deserializeResponse(e,r,
o),i=F.of(e.output);for(let[s,a]of i.structIterator())a.getMemberTraits().httpPayload&&!(s in n)&&(n[s]=null);return n}async handleError(e,r,o,n,i){let s=$m(o,n)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,s,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
s,this.options.defaultNamespace,o,n,i),l=F.of(a),u=n.message??n.Message??"UnknownError",d=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new d({});await this.
deserializeHttpMessage(a,r,o,n);let f={},g=this.codec.createDeserializer();for(let[E,h]of l.structIterator()){let x=h.getMergedTraits().jsonName??E;f[E]=g.readObject(
h,n[x])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:l.getMergedTraits().error,message:u},f),n)}getDefaultContentType(){return"applicatio\
n/json"}}});function zf(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function Vf(t){return new jf(t).parse()}var jf,QT=p(
()=>{jf=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let n=r.x.slice(r.i,o);return r.i=o+e.length,n}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,n={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let u="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)u+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),u==="__proto__"&&zf(n),n[u]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?n:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let i=[],s=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,i.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,s.push(e.parseTag()));else{let u="";for(;e.i<e.z&&e.x[e.i]!=="<";)u+=e.x[e.i++];i.push(e.decodeEntities(u))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let c=e.readTo(">").trim();if(c!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${c}>.`);if(!o&&i.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let u=i.length===1?i[0]:i.join("");return u.trim()===""&&u.
includes(`
`)?{tag:r,value:""}:{tag:r,value:u}}let l={};for(let u of i)u.trim()===""&&u.includes(`
`)||(l["#text"]="#text"in l?l["#text"]+u:u);for(let u of s)u.tag==="__proto__"&&zf(l),u.tag in l?Array.isArray(l[u.tag])?l[u.tag].push(u.value):l[u.tag]=[l[u.tag],
u.value]:l[u.tag]=u.value;for(let[u,d]of Object.entries(n))u==="__proto__"&&zf(l),l[u]=d;return{tag:r,value:l}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,n,i)=>o?
String.fromCharCode(parseInt(o,16)):n?String.fromCharCode(parseInt(n,10)):t.ENTITIES[i]??"")}}});var ZT=p(()=>{QT()});var Mn,qf=p(()=>{Mn=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Hc,e0=p(()=>{Hc=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function t0(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var r0=p(()=>{});var Bc,o0=p(()=>{ZT();T();U();X();$();qf();e0();r0();Bc=class extends Mn{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new zo(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let n=F.of(e),i=n.getMemberSchemas();if(n.isStructSchema()&&
n.isMemberSchema()&&!!Object.values(i).find(l=>!!l.getMemberTraits().eventPayload)){let l={},u=Object.keys(i)[0];return i[u].isBlobSchema()?l[u]=r:l[u]=this.read(
i[u],r),l}let a=(this.serdeContext?.utf8Encoder??Z)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=F.of(e);if(o.isUnitSchema())return;
let n=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let i=!!n.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],l=a.getMergedTraits().xmlName??"member",u=i?r:(r[0]??r)[l];if(u==null)return c;let d=Array.isArray(u)?u:[u];for(let m of d)
c.push(this.readSchema(a,m));return c}let s={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),l;i?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let u=a.getMergedTraits().xmlName??"key",d=c.getMergedTraits().xmlName??"value";for(let m of l){let f=m[u],g=m[d];f==="__proto__"&&t0(s),s[f]=
this.readSchema(c,g)}return s}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new Hc(r,s));for(let[l,u]of o.structIterator()){let d=u.getMergedTraits(),m=d.
httpPayload?d.xmlName??u.getName():u.getMemberTraits().xmlName??l;a&&c.mark(m),r[m]!=null&&(s[l]=this.readSchema(u,r[m]))}return a&&c.writeUnknown(),s}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=Vf(e)}catch(s){throw s&&typeof s=="object"&&Object.defineProperty(s,"\
$responseBodyText",{value:e}),s}let o="#text",n=Object.keys(r)[0],i=r[n];return i[o]&&(i[n]=i[o],delete i[o]),Ta(i)}return{}}}});var Gc,n0=p(()=>{U();X();$();$();qf();Gc=class extends Mn{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let n=F.of(e);if(o&&!o.endsWith(".")&&(o+="."),n.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??me)(r)));else if(n.isBooleanSchema()||n.isNumericSchema()||n.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):n.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue(bn()));else if(n.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(n.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof _e?r.string:String(r)));else if(n.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),jo(n,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue($o(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
break}}else if(n.isDocumentSchema())Array.isArray(r)?this.write(79,r,o):r instanceof Date?this.write(4,r,o):r instanceof Uint8Array?this.write(21,r,o):r&&typeof r==
"object"?this.write(143,r,o):(this.writeKey(o),this.writeValue(String(r)));else if(n.isListSchema()){if(Array.isArray(r))if(r.length===0)this.settings.serializeEmptyLists&&
(this.writeKey(o),this.writeValue(""));else{let i=n.getValueSchema(),s=this.settings.flattenLists||n.getMergedTraits().xmlFlattened,a=1;for(let c of r){if(c==null)
continue;let l=i.getMergedTraits(),u=this.getKey("member",l.xmlName,l.ec2QueryName),d=s?`${o}${a}`:`${o}${u}.${a}`;this.write(i,c,d),++a}}}else if(n.isMapSchema()){
if(r&&typeof r=="object"){let i=n.getKeySchema(),s=n.getValueSchema(),a=n.getMergedTraits().xmlFlattened,c=1;for(let l in r){let u=r[l];if(u==null)continue;let d=i.
getMergedTraits(),m=this.getKey("key",d.xmlName,d.ec2QueryName),f=a?`${o}${c}.${m}`:`${o}entry.${c}.${m}`,g=s.getMergedTraits(),E=this.getKey("value",g.xmlName,
g.ec2QueryName),h=a?`${o}${c}.${E}`:`${o}entry.${c}.${E}`;this.write(i,l,f),this.write(s,u,h),++c}}}else if(n.isStructSchema()){if(r&&typeof r=="object"){let i=!1;
for(let[s,a]of n.structIterator()){if(r[s]==null&&!a.isIdempotencyToken())continue;let c=a.getMergedTraits(),l=this.getKey(s,c.xmlName,c.ec2QueryName,"struct"),
u=`${o}${l}`;this.write(a,r[s],u),i=!0}if(!i&&n.isUnionSchema()){let{$unknown:s}=r;if(Array.isArray(s)){let[a,c]=s,l=`${o}${a}`;this.write(15,c,l)}}}}else if(!n.
isUnitSchema())throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${n.getName(!0)}`)}flush(){if(this.buffer===void 0)throw new Error(
"@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");let e=this.buffer;return delete this.buffer,e}getKey(e,r,o,n){let{ec2:i,
capitalizeKeys:s}=this.settings;if(i&&o)return o;let a=r??e;return s&&n==="struct"?a[0].toUpperCase()+a.slice(1):a}writeKey(e){e.endsWith(".")&&(e=e.slice(0,e.length-
1)),this.buffer+=`&${Ho(e)}=`}writeValue(e){this.buffer+=Ho(e)}}});var Xi,i0=p(()=>{U();X();Uc();o0();n0();Xi=class extends Go{options;serializer;deserializer;mixin=new fo;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new Gc(r),this.deserializer=new Bc(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,r,o){
let n=await super.serializeRequest(e,r,o);n.path.endsWith("/")||(n.path+="/"),n.headers["content-type"]="application/x-www-form-urlencoded",(Hr(e.input)==="unit"||
!n.body)&&(n.body="");let i=e.name.split("#")[1]??e.name;return n.body=`Action=${i}&Version=${this.options.version}`+n.body,n.body.endsWith("&")&&(n.body=n.body.
slice(-1)),n}async deserializeResponse(e,r,o){let n=this.deserializer,i=F.of(e.output),s={};if(o.statusCode>=300){let u=await ze(o.body,r);u.byteLength>0&&Object.
assign(s,await n.read(15,u)),await this.handleError(e,r,o,s,this.deserializeMetadata(o))}for(let u in o.headers){let d=o.headers[u];delete o.headers[u],o.headers[u.
toLowerCase()]=d}let a=e.name.split("#")[1]??e.name,c=i.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,l=await ze(o.body,r);return l.byteLength>0&&Object.
assign(s,await n.read(i,l,c)),s.$metadata=this.deserializeMetadata(o),s}useNestedResult(){return!0}async handleError(e,r,o,n,i){let s=this.loadQueryErrorCode(o,
n)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,s,this.options.defaultNamespace);let a=this.loadQueryError(n)??{},c=this.loadQueryErrorMessage(n);a.
message=c,a.Error={Type:a.Type,Code:a.Code,Message:c};let{errorSchema:l,errorMetadata:u}=await this.mixin.getErrorSchemaOrThrowBaseException(s,this.options.defaultNamespace,
o,a,i,this.mixin.findQueryCompatibleError),d=F.of(l),m=this.compositeErrorRegistry.getErrorCtor(l)??Error,f=new m({}),g={Type:a.Error.Type,Code:a.Error.Code,Error:a.
Error};for(let[E,h]of d.structIterator()){let x=h.getMergedTraits().xmlName??E,S=a[x]??n[x];g[E]=this.deserializer.readSchema(h,S)}throw this.mixin.decorateServiceException(
Object.assign(f,u,{$fault:d.getMergedTraits().error,message:c},g),n)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var Xo=p(()=>{YT();XT();i0()});var zc,s0=p(()=>{zc=class{constructor(){throw new Error("not bundled: a JavaScript SHA-256, for a Node without crypto; Node's computes it here")}}});function ML(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,Qi.createHmac)("sha256",HL(this.secret)):(0,Qi.createHash)("sha256")}}}function HL(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var Qi,UL,mt,a0=p(()=>{Qi=require("node:crypto");s0();UL=(()=>{try{return(0,Qi.createHash)("sha256"),!0}catch{return!1}})(),
mt=UL?ML():zc});var Qo=p(()=>{a0()});var Zi,Zo,jc,c0,d0,Vc,Wf,p0,Kf,Hn,l0,u0,BL,ft,GL,m0,f0=p(()=>{W();Zi="ref",Zo=-1,jc=!0,c0="isSet",d0="PartitionResult",Vc="booleanEquals",Wf="getAttr",p0={[Zi]:"\
Endpoint"},Kf={[Zi]:d0},Hn={},l0=[{[Zi]:"Region"}],u0={conditions:[[c0,[p0]],[c0,l0],["aws.partition",l0,d0],[Vc,[{[Zi]:"UseFIPS"},jc]],[Vc,[{[Zi]:"UseDualStack"},
jc]],[Vc,[{fn:Wf,argv:[Kf,"supportsDualStack"]},jc]],[Vc,[{fn:Wf,argv:[Kf,"supportsFIPS"]},jc]],["stringEquals",[{fn:Wf,argv:[Kf,"name"]},"aws-us-gov"]]],results:[
[Zo],[Zo,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Zo,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[p0,
Hn],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Hn],[Zo,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",Hn],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",Hn],[Zo,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",Hn],[Zo,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",Hn],[Zo,"Invalid Configuration: Missing Region"]]},BL=2,ft=1e8,GL=new Int32Array([-1,1,-1,0,13,3,1,4,ft+12,2,5,ft+12,3,
8,6,4,7,ft+11,5,ft+9,ft+10,4,11,9,6,10,ft+8,7,ft+6,ft+7,5,12,ft+5,6,ft+4,ft+5,3,ft+1,14,4,ft+2,ft+3]),m0=et.from(GL,BL,u0.conditions,u0.results)});var zL,g0,h0=p(()=>{M();W();f0();zL=new tt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),g0=(t,e={})=>zL.get(t,()=>Ut(m0,{endpointParams:t,logger:e.
logger}));be.aws=ut});var Ce,qc=p(()=>{T();Ce=class t extends Qe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var es,ts,rs,os,ns,is,ss,as,cs,ps,ls,Jf=p(()=>{qc();es=class t extends Ce{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
on";$fault="client";error;reason;error_description;constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},ts=class t extends Ce{static shapeId="com.amazonaws.ssooidc#AuthorizationPe\
ndingException";name="AuthorizationPendingException";$fault="client";error;error_description;constructor(e){super({name:"AuthorizationPendingException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},rs=class t extends Ce{static shapeId="com\
.amazonaws.ssooidc#ExpiredTokenException";name="ExpiredTokenException";$fault="client";error;error_description;constructor(e){super({name:"ExpiredTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},os=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InternalServerException";name="InternalServerException";$fault="server";error;error_description;constructor(e){super({name:"InternalServer\
Exception",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ns=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InvalidClientException";name="InvalidClientException";$fault="client";error;error_description;constructor(e){super({name:"InvalidClientExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},is=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InvalidGrantException";name="InvalidGrantException";$fault="client";error;error_description;constructor(e){super({name:"InvalidGrantExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ss=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InvalidRequestException";name="InvalidRequestException";$fault="client";error;reason;error_description;constructor(e){super({name:"Invalid\
RequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},
as=class t extends Ce{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
cs=class t extends Ce{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ps=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ls=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var jL,VL,qL,WL,KL,JL,YL,XL,QL,ZL,e1,t1,r1,o1,n1,i1,s1,a1,c1,p1,kr,l1,u1,d1,m1,f1,de,g1,Rr,h1,y1,_r,E1,y0,E0,S1,S0,x1,R1,_1,he,x0,R0,ur,_0,w0,I0,T0,C0,v0,P0,A0,
b0,O0,N0,Yf,w1,I1,T1,C1,D0,k0,$0,Xf,Wc=p(()=>{X();Jf();qc();jL="AccessDeniedException",VL="AuthorizationPendingException",qL="AccessToken",WL="ClientSecret",KL=
"CreateToken",JL="CreateTokenRequest",YL="CreateTokenResponse",XL="CodeVerifier",QL="ExpiredTokenException",ZL="InvalidClientException",e1="InvalidGrantExceptio\
n",t1="InvalidRequestException",r1="InternalServerException",o1="InvalidScopeException",n1="IdToken",i1="RefreshToken",s1="SlowDownException",a1="UnauthorizedCl\
ientException",c1="UnsupportedGrantTypeException",p1="accessToken",kr="client",l1="clientId",u1="clientSecret",d1="codeVerifier",m1="code",f1="deviceCode",de="e\
rror",g1="expiresIn",Rr="error_description",h1="grantType",y1="http",_r="httpError",E1="idToken",y0="reason",E0="refreshToken",S1="redirectUri",S0="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",x1="scope",R1="server",_1="tokenType",he="com.amazonaws.ssooidc",x0=new Q(S0),R0=[-3,S0,"SSOOIDCServiceException",0,[],[]];x0.
registerError(R0,Ce);ur=new Q(he),_0=[-3,he,jL,{[de]:kr,[_r]:400},[de,y0,Rr],[0,0,0]];ur.registerError(_0,es);w0=[-3,he,VL,{[de]:kr,[_r]:400},[de,Rr],[0,0]];ur.
registerError(w0,ts);I0=[-3,he,QL,{[de]:kr,[_r]:400},[de,Rr],[0,0]];ur.registerError(I0,rs);T0=[-3,he,r1,{[de]:R1,[_r]:500},[de,Rr],[0,0]];ur.registerError(T0,os);
C0=[-3,he,ZL,{[de]:kr,[_r]:401},[de,Rr],[0,0]];ur.registerError(C0,ns);v0=[-3,he,e1,{[de]:kr,[_r]:400},[de,Rr],[0,0]];ur.registerError(v0,is);P0=[-3,he,t1,{[de]:kr,
[_r]:400},[de,y0,Rr],[0,0,0]];ur.registerError(P0,ss);A0=[-3,he,o1,{[de]:kr,[_r]:400},[de,Rr],[0,0]];ur.registerError(A0,as);b0=[-3,he,s1,{[de]:kr,[_r]:400},[de,
Rr],[0,0]];ur.registerError(b0,cs);O0=[-3,he,a1,{[de]:kr,[_r]:400},[de,Rr],[0,0]];ur.registerError(O0,ps);N0=[-3,he,c1,{[de]:kr,[_r]:400},[de,Rr],[0,0]];ur.registerError(
N0,ls);Yf=[x0,ur],w1=[0,he,qL,8,0],I1=[0,he,WL,8,0],T1=[0,he,XL,8,0],C1=[0,he,n1,8,0],D0=[0,he,i1,8,0],k0=[3,he,JL,0,[l1,u1,h1,f1,m1,E0,x1,S1,d1],[0,[()=>I1,0],
0,0,0,[()=>D0,0],64,0,[()=>T1,0]],3],$0=[3,he,YL,0,[p1,_1,g1,E0,E1],[[()=>w1,0],0,1,[()=>D0,0],[()=>C1,0]]],Xf=[9,he,KL,{[y1]:["POST","/token",200]},()=>k0,()=>$0]});var L0,F0=p(()=>{Ie();Xo();ot();Qo();T();U();$();Bf();h0();Wc();L0=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??g0,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
VT,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new rt}],logger:t?.logger??new we,protocol:t?.protocol??jr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:Yf,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??mt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??Z})});var U0,M0=p(()=>{Yi();M();Ie();T();k();lt();$();uo();F0();U0=t=>{Nt(process.version);let e=Ft(t),r=()=>e().then(Ot),o=L0(t);wt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(dt,n),bodyLengthChecker:t?.bodyLengthChecker??
Tt,defaultSocketTimeout:hr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Qt({serviceId:o.serviceId,clientVersion:mo.version}),maxAttempts:t?.
maxAttempts??_(Kt,t),region:t?.region??_(Ae,{...Ze,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Yt,default:async()=>(await r()).
retryMode||nt},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(At,n),userAgentAppId:t?.
userAgentAppId??_(Zt,n)}}});var H0,B0,G0=p(()=>{H0=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let i=e.findIndex(s=>s.schemeId===n.schemeId);
i===-1?e.push(n):e.splice(i,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},B0=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var z0,j0=p(()=>{M();T();U();G0();z0=(t,e)=>{let r=Object.assign(er(t),Dt(t),Mt(t),H0(t));return e.forEach(o=>o.configure(r)),Object.assign(t,tr(r),kt(r),Ht(r),
B0(r))}});var us,Qf=p(()=>{M();ot();T();k();W();U();lt();X();Bf();Gf();M0();j0();us=class extends Te{config;constructor(...[e]){let r=U0(e||{});super(r),this.initConfig=r;
let o=WT(r),n=Vt(o),i=Jt(n),s=Lt(i),a=s,c=ar(a),l=qT(c),u=z0(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(bt(this.config)),this.middlewareStack.use(
Xt(this.config)),this.middlewareStack.use(pr(this.config)),this.middlewareStack.use(Bt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.
use(zt(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(ct(this.config,{httpAuthSchemeParametersProvider:jT,identityProviderConfigProvider:async d=>new je(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(pt(this.config))}destroy(){super.destroy()}}});var V0,q0,W0,K0=p(()=>{T();W();Gf();V0=$t(KT,"AWSSSOOIDCService","SSOOIDCClient",cr),q0={},W0=(t,e,r,o)=>[]});var ds,Zf=p(()=>{K0();Wc();ds=class extends V0(q0,W0,"CreateToken",Xf){}});var v1,Kc,J0=p(()=>{T();Zf();Qf();v1={CreateTokenCommand:ds},Kc=class extends us{};Br(v1,Kc)});var Y0=p(()=>{Zf()});var P1,A1,X0=p(()=>{P1={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},A1={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var Q0=p(()=>{});var eg={};or(eg,{$Command:()=>sr,AccessDeniedException:()=>es,AccessDeniedException$:()=>_0,AccessDeniedExceptionReason:()=>P1,AuthorizationPendingException:()=>ts,
AuthorizationPendingException$:()=>w0,CreateToken$:()=>Xf,CreateTokenCommand:()=>ds,CreateTokenRequest$:()=>k0,CreateTokenResponse$:()=>$0,ExpiredTokenException:()=>rs,
ExpiredTokenException$:()=>I0,InternalServerException:()=>os,InternalServerException$:()=>T0,InvalidClientException:()=>ns,InvalidClientException$:()=>C0,InvalidGrantException:()=>is,
InvalidGrantException$:()=>v0,InvalidRequestException:()=>ss,InvalidRequestException$:()=>P0,InvalidRequestExceptionReason:()=>A1,InvalidScopeException:()=>as,InvalidScopeException$:()=>A0,
SSOOIDC:()=>Kc,SSOOIDCClient:()=>us,SSOOIDCServiceException:()=>Ce,SSOOIDCServiceException$:()=>R0,SlowDownException:()=>cs,SlowDownException$:()=>b0,UnauthorizedClientException:()=>ps,
UnauthorizedClientException$:()=>O0,UnsupportedGrantTypeException:()=>ls,UnsupportedGrantTypeException$:()=>N0,__Client:()=>Te,errorTypeRegistries:()=>Yf});var tg=p(
()=>{Qf();J0();Y0();T();Wc();X0();Jf();Q0();qc()});var Z0,eC=p(()=>{Z0=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(tg(),eg)),n=s=>e.clientConfig?.[s]??e.parentClientConfig?.[s]??r?.[s];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:n("logger"),userAgentAppId:n("userAgentAppId")}))}});var tC,rC=p(()=>{eC();tC=async(t,e,r={},o)=>{let{CreateTokenCommand:n}=await Promise.resolve().then(()=>(tg(),eg));return(await Z0(e,r,o)).send(new n({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var rg,oC=p(()=>{k();Fc();rg=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new Ct(`Token is expired. ${Un}`,!1)}});var go,nC=p(()=>{k();Fc();go=(t,e,r=!1)=>{if(typeof e>"u")throw new Ct(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${Un}`,!1)}});var iC,b1,sC,aC=p(()=>{k();iC=require("node:fs"),{writeFile:b1}=iC.promises,sC=(t,e)=>{let r=xi(t),o=JSON.stringify(e,null,2);return b1(r,o)}});var cC,Jc,og,pC=p(()=>{k();Fc();rC();oC();nC();aC();cC=new Map,Jc=new Map,og=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await Er(t),o=Xe({profile:t.profile??e?.profile}),n=r[o];if(n){if(!n.sso_session)throw new Ct(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new Ct(`Profile '${o}' could not be found in shared credentials file.`,!1);let i=n.sso_session,s=Jc.get(i);if(s)return await s;let c=(await Ci(
t))[i];if(!c)throw new Ct(`Sso session '${i}' could not be found in shared credentials file.`,!1);for(let S of["sso_start_url","sso_region"])if(!c[S])throw new Ct(
`Sso session '${i}' is missing required property '${S}'.`,!1);let l=c.sso_start_url,u=c.sso_region,d;try{d=await _i(i)}catch{throw new Ct(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${Un}`,!1)}go("accessToken",d.accessToken),go("expiresAt",d.expiresAt);let{accessToken:m,expiresAt:f}=d,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let E=Jc.get(i);if(E)return await E;let h=cC.get(i)??0;if(Date.now()-h<30*1e3)
return rg(g),g;go("clientId",d.clientId,!0),go("clientSecret",d.clientSecret,!0),go("refreshToken",d.refreshToken,!0);let x=(async()=>{try{cC.set(i,Date.now());
let S=await tC(d,u,t,e);go("accessToken",S.accessToken),go("expiresIn",S.expiresIn);let v=new Date(Date.now()+S.expiresIn*1e3);try{await sC(i,{...d,accessToken:S.
accessToken,expiresAt:v.toISOString(),refreshToken:S.refreshToken})}catch{}return{token:S.accessToken,expiration:v}}catch{return rg(g),g}})();Jc.set(i,x);try{return await x}finally{
Jc.delete(i)}}});var lC=p(()=>{pC()});function N1(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function D1(t){return{schemeId:"smithy.api#noAuth"}}var uC,dC,mC,ng=p(()=>{Ie();T();uC=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});dC=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
D1(t)):e.push(N1(t)),e},mC=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var fC,gC,ig=p(()=>{fC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),gC={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var ms,en,Yc,hC,xC,Xc,sg,yC,ag,Bn,EC,SC,k1,gt,$1,RC,_C=p(()=>{W();ms="ref",en=-1,Yc=!0,hC="isSet",xC="PartitionResult",Xc="booleanEquals",sg="getAttr",yC={[ms]:"\
Endpoint"},ag={[ms]:xC},Bn={},EC=[{[ms]:"Region"}],SC={conditions:[[hC,[yC]],[hC,EC],["aws.partition",EC,xC],[Xc,[{[ms]:"UseFIPS"},Yc]],[Xc,[{[ms]:"UseDualStack"},
Yc]],[Xc,[{fn:sg,argv:[ag,"supportsDualStack"]},Yc]],[Xc,[{fn:sg,argv:[ag,"supportsFIPS"]},Yc]],["stringEquals",[{fn:sg,argv:[ag,"name"]},"aws-us-gov"]]],results:[
[en],[en,"Invalid Configuration: FIPS and custom endpoint are not supported"],[en,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[yC,
Bn],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Bn],[en,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",Bn],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",Bn],[en,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",Bn],[en,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",Bn],[en,"Invalid Configuration: Missing Region"]]},k1=2,gt=1e8,$1=new Int32Array([-1,1,
-1,0,13,3,1,4,gt+12,2,5,gt+12,3,8,6,4,7,gt+11,5,gt+9,gt+10,4,11,9,6,10,gt+8,7,gt+6,gt+7,5,12,gt+5,6,gt+4,gt+5,3,gt+1,14,4,gt+2,gt+3]),RC=et.from($1,k1,SC.conditions,
SC.results)});var L1,wC,IC=p(()=>{M();W();_C();L1=new tt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),wC=(t,e={})=>L1.get(t,()=>Ut(RC,{endpointParams:t,logger:e.
logger}));be.aws=ut});var Vr,cg=p(()=>{T();Vr=class t extends Qe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Qc,Zc,ep,tp,pg=p(()=>{cg();Qc=class t extends Vr{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zc=class t extends Vr{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},ep=class t extends Vr{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},tp=class t extends Vr{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var F1,U1,M1,H1,B1,G1,z1,j1,V1,q1,W1,K1,J1,Y1,X1,rp,op,Q1,Z1,np,eF,TC,ip,tF,rF,oF,CC,nF,iF,sF,dr,vC,aF,fs,cF,pF,lF,uF,PC,dF,mF,fF,gF,hF,yF,AC,sp=p(()=>{X();pg();
cg();F1="AccessTokenType",U1="GetRoleCredentials",M1="GetRoleCredentialsRequest",H1="GetRoleCredentialsResponse",B1="InvalidRequestException",G1="RoleCredential\
s",z1="ResourceNotFoundException",j1="SecretAccessKeyType",V1="SessionTokenType",q1="TooManyRequestsException",W1="UnauthorizedException",K1="accountId",J1="acc\
essKeyId",Y1="accessToken",X1="account_id",rp="client",op="error",Q1="expiration",Z1="http",np="httpError",eF="httpHeader",TC="httpQuery",ip="message",tF="roleC\
redentials",rF="roleName",oF="role_name",CC="smithy.ts.sdk.synthetic.com.amazonaws.sso",nF="secretAccessKey",iF="sessionToken",sF="x-amz-sso_bearer_token",dr="c\
om.amazonaws.sso",vC=new Q(CC),aF=[-3,CC,"SSOServiceException",0,[],[]];vC.registerError(aF,Vr);fs=new Q(dr),cF=[-3,dr,B1,{[op]:rp,[np]:400},[ip],[0]];fs.registerError(
cF,Qc);pF=[-3,dr,z1,{[op]:rp,[np]:404},[ip],[0]];fs.registerError(pF,Zc);lF=[-3,dr,q1,{[op]:rp,[np]:429},[ip],[0]];fs.registerError(lF,ep);uF=[-3,dr,W1,{[op]:rp,
[np]:401},[ip],[0]];fs.registerError(uF,tp);PC=[vC,fs],dF=[0,dr,F1,8,0],mF=[0,dr,j1,8,0],fF=[0,dr,V1,8,0],gF=[3,dr,M1,0,[rF,K1,Y1],[[0,{[TC]:oF}],[0,{[TC]:X1}],
[()=>dF,{[eF]:sF}]],3],hF=[3,dr,H1,0,[tF],[[()=>yF,0]]],yF=[3,dr,G1,0,[J1,nF,iF,Q1],[0,[()=>mF,0],[()=>fF,0],1]],AC=[9,dr,U1,{[Z1]:["GET","/federation/credentia\
ls",200]},()=>gF,()=>hF]});var bC,OC=p(()=>{Ie();Xo();ot();Qo();T();U();$();ng();IC();sp();bC=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??wC,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
dC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new rt}],logger:t?.logger??new we,protocol:t?.protocol??jr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:PC,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??mt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??Z})});var NC,DC=p(()=>{Yi();M();Ie();T();k();lt();$();uo();OC();NC=t=>{Nt(process.version);let e=Ft(t),r=()=>e().then(Ot),o=bC(t);wt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(dt,n),bodyLengthChecker:t?.bodyLengthChecker??
Tt,defaultSocketTimeout:hr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Qt({serviceId:o.serviceId,clientVersion:mo.version}),maxAttempts:t?.
maxAttempts??_(Kt,t),region:t?.region??_(Ae,{...Ze,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Yt,default:async()=>(await r()).
retryMode||nt},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(At,n),userAgentAppId:t?.
userAgentAppId??_(Zt,n)}}});var kC,$C,LC=p(()=>{kC=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let i=e.findIndex(s=>s.schemeId===n.schemeId);
i===-1?e.push(n):e.splice(i,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},$C=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var FC,UC=p(()=>{M();T();U();LC();FC=(t,e)=>{let r=Object.assign(er(t),Dt(t),Mt(t),kC(t));return e.forEach(o=>o.configure(r)),Object.assign(t,tr(r),kt(r),Ht(r),
$C(r))}});var Gn,lg=p(()=>{M();ot();T();k();W();U();lt();X();ng();ig();DC();UC();Gn=class extends Te{config;constructor(...[e]){let r=NC(e||{});super(r),this.initConfig=r;
let o=fC(r),n=Vt(o),i=Jt(n),s=Lt(i),a=s,c=ar(a),l=mC(c),u=FC(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(bt(this.config)),this.middlewareStack.use(
Xt(this.config)),this.middlewareStack.use(pr(this.config)),this.middlewareStack.use(Bt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.
use(zt(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(ct(this.config,{httpAuthSchemeParametersProvider:uC,identityProviderConfigProvider:async d=>new je(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(pt(this.config))}destroy(){super.destroy()}}});var MC,HC,BC,GC=p(()=>{T();W();ig();MC=$t(gC,"SWBPortalService","SSOClient",cr),HC={},BC=(t,e,r,o)=>[]});var zn,ug=p(()=>{GC();sp();zn=class extends MC(HC,BC,"GetRoleCredentials",AC){}});var EF,dg,zC=p(()=>{T();ug();lg();EF={GetRoleCredentialsCommand:zn},dg=class extends Gn{};Br(EF,dg)});var jC=p(()=>{ug()});var VC=p(()=>{});var qC=p(()=>{lg();zC();jC();sp();pg();VC()});var WC={};or(WC,{GetRoleCredentialsCommand:()=>zn,SSOClient:()=>Gn});var KC=p(()=>{qC()});var gs,mg,JC=p(()=>{M();lC();k();gs=!1,mg=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:n,ssoClient:i,clientConfig:s,parentClientConfig:a,
callerClientConfig:c,profile:l,filepath:u,configFilepath:d,ignoreCache:m,logger:f})=>{let g,E="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let st=await og({profile:l,filepath:u,configFilepath:d,ignoreCache:m,clientConfig:s,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:st.token,expiresAt:new Date(st.expiration).toISOString()}}catch(st){throw new R(st.message,{tryNextLink:gs,logger:f})}else try{g=await _i(t)}catch{
throw new R(`The SSO session associated with this profile is invalid. ${E}`,{tryNextLink:gs,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new R(
`The SSO session associated with this profile has expired. ${E}`,{tryNextLink:gs,logger:f});let{accessToken:h}=g,{SSOClient:x,GetRoleCredentialsCommand:S}=await Promise.resolve().then(()=>(KC(),WC)),
v=i||new x(Object.assign({},s??{},{logger:s?.logger??c?.logger??a?.logger,region:s?.region??o,userAgentAppId:s?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
A;try{A=await v.send(new S({accountId:r,roleName:n,accessToken:h}))}catch(st){throw new R(st,{tryNextLink:gs,logger:f})}let{roleCredentials:{accessKeyId:L,secretAccessKey:Y,
sessionToken:ve,expiration:rr,credentialScope:Tr,accountId:pe}={}}=A;if(!L||!Y||!ve||!rr)throw new R("SSO returns an invalid temporary credential.",{tryNextLink:gs,
logger:f});let Pe={accessKeyId:L,secretAccessKey:Y,sessionToken:ve,expiration:new Date(rr),...Tr&&{credentialScope:Tr},...pe&&{accountId:pe}};return e?H(Pe,"CRE\
DENTIALS_SSO","s"):H(Pe,"CREDENTIALS_SSO_LEGACY","u"),Pe}});var ap,fg=p(()=>{k();ap=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:n,sso_role_name:i}=t;if(!r||!o||!n||!i)throw new R(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var YC,XC=p(()=>{k();Hf();JC();fg();YC=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:n,ssoRoleName:i,ssoSession:s}=t,{ssoClient:a}=t,c=Xe({profile:t.profile??e?.profile});if(!r&&!o&&!n&&!i&&!s){let u=(await Er(t))[c];if(!u)
throw new R(`Profile ${c} was not found.`,{logger:t.logger});if(!Lc(u))throw new R(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(u?.
sso_session){let x=(await Ci(t))[u.sso_session],S=` configurations in profile ${c} and sso-session ${u.sso_session}`;if(n&&n!==x.sso_region)throw new R("Conflic\
ting SSO region"+S,{tryNextLink:!1,logger:t.logger});if(r&&r!==x.sso_start_url)throw new R("Conflicting SSO start_url"+S,{tryNextLink:!1,logger:t.logger});u.sso_region=
x.sso_region,u.sso_start_url=x.sso_start_url}let{sso_start_url:d,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:E}=ap(u,t.logger);return mg({ssoStartUrl:d,
ssoSession:E,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!n||!i)throw new R('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return mg({ssoStartUrl:r,
ssoSession:s,ssoAccountId:o,ssoRegion:n,ssoRoleName:i,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var gg={};or(gg,{fromSSO:()=>YC,isSsoProfile:()=>Lc,validateSsoProfile:()=>ap});var hg=p(()=>{XC();Hf();fg()});var QC,yg,ZC=p(()=>{M();k();QC=(t,e,r)=>{let o={EcsContainer:async n=>{let{fromHttp:i}=await Promise.resolve().then(()=>(Mf(),Uf)),{fromContainerMetadata:s}=await Promise.resolve().then(()=>(Dc(),Nc));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>Lo(i(n??{}),s(n))().then(yg)},Ec2InstanceMetadata:async n=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:i}=await Promise.resolve().then(()=>(Dc(),Nc));return async()=>i(
n)().then(yg)},Environment:async n=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:i}=await Promise.resolve().then(()=>(vf(),jI));
return async()=>i(n)().then(yg)}};if(t in o)return o[t];throw new R(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},yg=t=>H(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var hs,ev=p(()=>{hs={CrtSignerV4:null}});function rv(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function ov(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var Eg,tv,cp,nv=p(()=>{wc();Eg="X-Amz-S3session-Token",tv=Eg.toLowerCase(),cp=class extends co{async signWithCredentials(e,r,o){
let n=rv(r);e.headers[tv]=r.sessionToken;let i=this;return ov(i,n),i.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let n=rv(r);return delete e.headers[tv],
e.headers[Eg]=r.sessionToken,e.query=e.query??{},e.query[Eg]=r.sessionToken,ov(this,n),this.presign(e,o)}}});var tn,iv=p(()=>{wc();ev();nv();tn=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof hs.CrtSignerV4=="function"?"crt":typeof _c.
SignatureV4a=="function"?"js":"none"}constructor(e){this.sigv4Signer=new cp(e),this.signerOptions=e}async sign(e,r={}){return r.signingRegion==="*"?this.getSigv4aSigner().
sign(e,r):this.sigv4Signer.sign(e,r)}async signWithCredentials(e,r,o={}){if(o.signingRegion==="*"){let n=this.getSigv4aSigner(),i=hs.CrtSignerV4;if(i&&n instanceof
i)return n.signWithCredentials(e,r,o);throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signa\
ture-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require(\
"@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-\
sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.signWithCredentials(e,r,o)}async presign(e,r={}){if(r.signingRegion==="*"){let o=this.
getSigv4aSigner(),n=hs.CrtSignerV4;if(n&&o instanceof n)return o.presign(e,r);throw new Error(`presign with signingRegion '*' is only supported when using the C\
RT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the \
package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to\
 https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.presign(e,r)}async presignWithCredentials(e,r,o={}){
if(o.signingRegion==="*")throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");return this.sigv4Signer.presignWithCredentials(
e,r,o)}getSigv4aSigner(){if(!this.sigv4aSigner){let e=hs.CrtSignerV4,r=_c.SignatureV4a;if(this.signerOptions.runtime==="node"){if(!e&&!r)throw new Error("Neithe\
r CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https\
://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");if(e&&typeof e=="function")this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1});else if(r&&
typeof r=="function")this.sigv4aSigner=new r({...this.signerOptions});else throw new Error("Available SigV4a implementation is not a valid constructor. Please e\
nsure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functi\
onality-requiring-aws-common-runtime-crt")}else{if(!r||typeof r!="function")throw new Error("JS SigV4a implementation is not available or not a valid constructo\
r. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also re\
gister the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please \
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var Sg=p(()=>{iv()});var Vn,rn,ys,sv,fv,Es,De,xg,av,cv,pv,lv,uv,ke,Rg,jn,dv,mv,SF,V,xF,gv,hv=p(()=>{W();Vn="ref",rn=-1,ys=!0,sv="isSet",fv="PartitionResult",Es="booleanEquals",De="s\
tringEquals",xg="getAttr",av="us-east-1",cv="sigv4",pv="sts",lv="https://sts.{Region}.{PartitionResult#dnsSuffix}",uv={[Vn]:"Endpoint"},ke={[Vn]:"Region"},Rg={[Vn]:fv},
jn={},dv=[ke],mv={conditions:[[sv,[uv]],[sv,dv],["aws.partition",dv,fv],[Es,[{[Vn]:"UseFIPS"},ys]],[Es,[{[Vn]:"UseDualStack"},ys]],[De,[ke,"aws-global"]],[Es,[{
[Vn]:"UseGlobalEndpoint"},ys]],[De,[ke,"eu-central-1"]],[Es,[{fn:xg,argv:[Rg,"supportsDualStack"]},ys]],[Es,[{fn:xg,argv:[Rg,"supportsFIPS"]},ys]],[De,[ke,"ap-s\
outh-1"]],[De,[ke,"eu-north-1"]],[De,[ke,"eu-west-1"]],[De,[ke,"eu-west-2"]],[De,[ke,"eu-west-3"]],[De,[ke,"sa-east-1"]],[De,[ke,av]],[De,[ke,"us-east-2"]],[De,
[ke,"us-west-2"]],[De,[ke,"us-west-1"]],[De,[ke,"ca-central-1"]],[De,[ke,"ap-southeast-1"]],[De,[ke,"ap-northeast-1"]],[De,[ke,"ap-southeast-2"]],[De,[{fn:xg,argv:[
Rg,"name"]},"aws-us-gov"]]],results:[[rn],["https://sts.amazonaws.com",{authSchemes:[{name:cv,signingName:pv,signingRegion:av}]}],[lv,{authSchemes:[{name:cv,signingName:pv,
signingRegion:"{Region}"}]}],[rn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[rn,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[uv,jn],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",jn],[rn,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",jn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",jn],[rn,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",jn],[rn,"DualStack is enabled but this partition does not support D\
ualStack"],[lv,jn],[rn,"Invalid Configuration: Missing Region"]]},SF=2,V=1e8,xF=new Int32Array([-1,1,-1,0,30,3,1,4,V+14,2,5,V+14,3,25,6,4,24,7,5,V+1,8,6,9,V+13,
7,V+1,10,10,V+1,11,11,V+1,12,12,V+1,13,13,V+1,14,14,V+1,15,15,V+1,16,16,V+1,17,17,V+1,18,18,V+1,19,19,V+1,20,20,V+1,21,21,V+1,22,22,V+1,23,23,V+1,V+2,8,V+11,V+12,
4,28,26,9,27,V+10,24,V+8,V+9,8,29,V+7,9,V+6,V+7,3,V+3,31,4,V+4,V+5]),gv=et.from(xF,SF,mv.conditions,mv.results)});var RF,pp,_g=p(()=>{M();W();hv();RF=new tt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),pp=(t,e={})=>RF.get(t,()=>Ut(gv,
{endpointParams:t,logger:e.logger}));be.aws=ut});function Ev(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function wg(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Sv(t){return{schemeId:"smithy.api#noAuth"}}var _F,wF,yv,IF,TF,xv,Rv,Ig=p(()=>{Ie();Sg();T();W();_g();_F=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),i=ee(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!i)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let s=await Aa(o,{getEndpointParameterInstructions:i},e);return Object.
assign(n,s)},wF=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()}),yv=_F(wF);IF=(t,e,r)=>n=>{let s=t(n).properties?.authSchemes;if(!s)return e(n);let a=[];for(let c of s){let{name:l,properties:u={},...d}=c,m=l.toLowerCase();
l!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=s.find(x=>{let S=x.
name.toLowerCase();return S!=="sigv4a"&&S.startsWith("sigv4")});if(tn.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let E=g(n);E.schemeId=f,E.signingProperties={...E.signingProperties||{},...d,...u},a.push(E)}return a},TF=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(Sv(t)),e.push(wg(t))):(e.push(Ev(t)),e.push(wg(t))),e},xv=IF(pp,TF,{"aws.auth#sigv4":Ev,"aws.auth#sigv4a":wg,"smithy.api#noA\
uth":Sv}),Rv=t=>{let e=lr(t),r=fc(e);return Object.assign(r,{authSchemePreference:q(t.authSchemePreference??[])})}});var _v,wv,Tg=p(()=>{_v=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),wv={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var it,lp=p(()=>{T();it=class t extends Qe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Ss,xs,Rs,_s,ws,Is,Ts,Cs,Cg=p(()=>{lp();Ss=class t extends it{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="c\
lient";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xs=class t extends it{static shapeId="\
com.amazonaws.sts#InvalidContextAssertionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionE\
xception",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Rs=class t extends it{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentExcept\
ion";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},_s=class t extends it{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){
super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ws=class t extends it{static shapeId="com.amazonaws\
.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Is=class t extends it{static shapeId="com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="c\
lient";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ts=class t extends it{static shapeId="\
com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Cs=class t extends it{static shapeId="com.amazonaws.sts#IDPCommunicationErrorException";name="I\
DPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}}});var CF,vF,PF,AF,bF,OF,vg,NF,DF,kF,$F,Pg,LF,Iv,FF,UF,MF,HF,BF,GF,zF,jF,VF,qF,WF,KF,Tv,Cv,vv,Pv,JF,YF,XF,QF,ZF,eU,Av,tU,rU,bv,oU,Ov,nU,iU,sU,Ag,aU,cU,Nv,Dv,pU,lU,
uU,kv,$v,dU,mU,fU,gU,hU,yU,ho,yo,EU,Eo,So,xo,SU,xU,RU,_U,Lv,wU,IU,TU,z,Fv,Uv,qr,Mv,Hv,Bv,Gv,zv,jv,Vv,qv,bg,CU,vU,PU,AU,bU,OU,Og,Wv,Kv,Jv,Yv,Ng,Xv,Qv,Zv,eP,tP,rP,
oP,NU,DU,kU,Dg,kg,vs=p(()=>{X();Cg();lp();CF="Arn",vF="AccessKeyId",PF="AssumeRole",AF="AssumedRoleId",bF="AssumeRoleRequest",OF="AssumeRoleResponse",vg="Assume\
dRoleUser",NF="AssumeRoleWithWebIdentity",DF="AssumeRoleWithWebIdentityRequest",kF="AssumeRoleWithWebIdentityResponse",$F="Audience",Pg="Credentials",LF="Contex\
tAssertion",Iv="DurationSeconds",FF="Expiration",UF="ExternalId",MF="ExpiredTokenException",HF="FederatedProviderArn",BF="Issuer",GF="InvalidContextAssertionExc\
eption",zF="IDPCommunicationErrorException",jF="IDPRejectedClaimException",VF="InvalidIdentityTokenException",qF="IdentityProvider",WF="Key",KF="MalformedPolicy\
DocumentException",Tv="MinimumSessionTokenSize",Cv="OriginIdentity",vv="Policy",Pv="PolicyArns",JF="ProviderArn",YF="ProvidedContexts",XF="ProvidedContextsListT\
ype",QF="ProvidedContext",ZF="PolicyDescriptorType",eU="ProviderId",Av="PackedPolicySize",tU="PackedPolicyTooLargeException",rU="Provider",bv="RoleArn",oU="Regi\
onDisabledException",Ov="RoleSessionName",nU="Subject",iU="SecretAccessKey",sU="SubjectFromWebIdentityToken",Ag="SourceIdentity",aU="SerialNumber",cU="SessionTo\
ken",Nv="SessionTokenSize",Dv="SessionTokenUtilization",pU="SubjectType",lU="Tags",uU="TokenCode",kv="TransactionContext",$v="TrustedIdentityPropagationContext",
dU="TransitiveTagKeys",mU="Tag",fU="Value",gU="WebIdentityToken",hU="arn",yU="accessKeySecretType",ho="awsQueryError",yo="client",EU="clientTokenType",Eo="error",
So="httpError",xo="message",SU="originIdentityIssuerType",xU="originIdentitySubjectType",RU="originIdentitySubjectTypeType",_U="policyDescriptorListType",Lv="sm\
ithy.ts.sdk.synthetic.com.amazonaws.sts",wU="transactionContextIdentityProviderMapType",IU="transactionContextValueType",TU="tagListType",z="com.amazonaws.sts",
Fv=new Q(Lv),Uv=[-3,Lv,"STSServiceException",0,[],[]];Fv.registerError(Uv,it);qr=new Q(z),Mv=[-3,z,MF,{[ho]:["ExpiredTokenException",400],[Eo]:yo,[So]:400},[xo],
[0]];qr.registerError(Mv,Ss);Hv=[-3,z,zF,{[ho]:["IDPCommunicationError",400],[Eo]:yo,[So]:400},[xo],[0]];qr.registerError(Hv,Cs);Bv=[-3,z,jF,{[ho]:["IDPRejected\
Claim",403],[Eo]:yo,[So]:403},[xo],[0]];qr.registerError(Bv,Is);Gv=[-3,z,GF,{[ho]:["InvalidContextAssertion",400],[Eo]:yo,[So]:400},[xo],[0]];qr.registerError(Gv,
xs);zv=[-3,z,VF,{[ho]:["InvalidIdentityToken",400],[Eo]:yo,[So]:400},[xo],[0]];qr.registerError(zv,Ts);jv=[-3,z,KF,{[ho]:["MalformedPolicyDocument",400],[Eo]:yo,
[So]:400},[xo],[0]];qr.registerError(jv,Rs);Vv=[-3,z,tU,{[ho]:["PackedPolicyTooLarge",400],[Eo]:yo,[So]:400},[xo],[0]];qr.registerError(Vv,_s);qv=[-3,z,oU,{[ho]:[
"RegionDisabledException",403],[Eo]:yo,[So]:403},[xo],[0]];qr.registerError(qv,ws);bg=[Fv,qr],CU=[0,z,yU,8,0],vU=[0,z,EU,8,0],PU=[0,z,SU,8,0],AU=[0,z,xU,8,0],bU=
[0,z,RU,8,0],OU=[0,z,IU,8,0],Og=[3,z,vg,0,[AF,CF],[0,0],2],Wv=[3,z,bF,0,[bv,Ov,Pv,vv,Iv,lU,dU,UF,aU,uU,Ag,YF,Tv],[0,0,()=>oP,0,1,()=>DU,64,0,0,0,0,()=>NU,1],2],
Kv=[3,z,OF,0,[Pg,vg,Av,Ag,Dv,Nv],[[()=>Ng,0],()=>Og,1,0,1,1]],Jv=[3,z,DF,0,[bv,Ov,gU,eU,Pv,vv,Iv,Tv],[0,0,[()=>vU,0],0,()=>oP,0,1,1],3],Yv=[3,z,kF,0,[Pg,sU,vg,Av,
rU,$F,Ag,Dv,Nv,$v],[[()=>Ng,0],0,()=>Og,1,0,0,0,1,1,[()=>rP,0]]],Ng=[3,z,Pg,0,[vF,iU,cU,FF],[0,[()=>CU,0],0,4],4],Xv=[3,z,Cv,0,[nU,pU,BF,HF],[[()=>AU,0],[()=>bU,
0],[()=>PU,0],0]],Qv=[3,z,ZF,0,[hU],[0]],Zv=[3,z,QF,0,[JF,LF],[0,0]],eP=[3,z,mU,0,[WF,fU],[0,0],2],tP=[3,z,kv,0,[qF],[[()=>kU,0]]],rP=[3,z,$v,8,[Cv,kv],[[()=>Xv,
0],[()=>tP,0]]],oP=[1,z,_U,0,()=>Qv],NU=[1,z,XF,0,()=>Zv],DU=[1,z,TU,0,()=>eP],kU=[2,z,wU,0,[0,0],[()=>OU,0]],Dg=[9,z,PF,0,()=>Wv,()=>Kv],kg=[9,z,NF,0,()=>Jv,()=>Yv]});var nP,iP=p(()=>{Ie();Xo();Sg();ot();Qo();T();U();$();Ig();_g();vs();nP=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??pp,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
xv,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new ao},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new rt}],logger:t?.logger??new we,protocol:t?.protocol??Xi,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:bg,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??mt,signerConstructor:t?.signerConstructor??tn,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,
utf8Encoder:t?.utf8Encoder??Z})});var sP,aP=p(()=>{Yi();M();Ie();ot();T();k();lt();$();uo();iP();sP=t=>{Nt(process.version);let e=Ft(t),r=()=>e().then(Ot),o=nP(t);wt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(dt,n),bodyLengthChecker:t?.bodyLengthChecker??
Tt,defaultSocketTimeout:hr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Qt({serviceId:o.serviceId,clientVersion:mo.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:i=>i.getIdentityProvider("aws.auth#sigv4")||(async s=>await t.credentialDefaultProvider(s?.__config||
{})()),signer:new ge},{schemeId:"aws.auth#sigv4a",identityProvider:i=>i.getIdentityProvider("aws.auth#sigv4a"),signer:new ao},{schemeId:"smithy.api#noAuth",identityProvider:i=>i.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new rt}],maxAttempts:t?.maxAttempts??_(Kt,t),region:t?.region??_(Ae,{...Ze,...n}),requestHandler:Ne.
create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Yt,default:async()=>(await r()).retryMode||nt},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??_(
gc,n),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(At,n),userAgentAppId:t?.
userAgentAppId??_(Zt,n)}}});var cP,pP,lP=p(()=>{cP=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let i=e.findIndex(s=>s.schemeId===n.schemeId);
i===-1?e.push(n):e.splice(i,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},pP=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var uP,dP=p(()=>{M();T();U();lP();uP=(t,e)=>{let r=Object.assign(er(t),Dt(t),Mt(t),cP(t));return e.forEach(o=>o.configure(r)),Object.assign(t,tr(r),kt(r),Ht(r),
pP(r))}});var Ro,up=p(()=>{M();ot();T();k();W();U();lt();X();Ig();Tg();aP();dP();Ro=class extends Te{config;constructor(...[e]){let r=sP(e||{});super(r),this.initConfig=r;
let o=_v(r),n=Vt(o),i=Jt(n),s=Lt(i),a=s,c=ar(a),l=Rv(c),u=uP(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(bt(this.config)),this.middlewareStack.use(
Xt(this.config)),this.middlewareStack.use(pr(this.config)),this.middlewareStack.use(Bt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.
use(zt(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(ct(this.config,{httpAuthSchemeParametersProvider:yv,identityProviderConfigProvider:async d=>new je(
{"aws.auth#sigv4":d.credentials,"aws.auth#sigv4a":d.credentials})})),this.middlewareStack.use(pt(this.config))}destroy(){super.destroy()}}});var dp,mp,fp,$g=p(()=>{T();W();Tg();dp=$t(wv,"AWSSecurityTokenServiceV20110615","STSClient",cr),mp={},fp=(t,e,r,o)=>[]});var on,gp=p(()=>{$g();vs();on=class extends dp(mp,fp,"AssumeRole",Dg){}});var nn,hp=p(()=>{$g();vs();nn=class extends dp(mp,fp,"AssumeRoleWithWebIdentity",kg){}});var $U,yp,mP=p(()=>{T();gp();hp();up();$U={AssumeRoleCommand:on,AssumeRoleWithWebIdentityCommand:nn},yp=class extends Ro{};Br($U,yp)});var fP=p(()=>{gp();hp()});var gP=p(()=>{});var hP,yP,EP,SP,xP,RP=p(()=>{M();gp();hp();hP=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},yP=async(t,e,r,o={})=>{
let n=typeof t=="function"?await t():t,i=typeof e=="function"?await e():e,s="",a=n??i??(s=await af(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${n} (credential provider clientConfig)`,`${i} (contextual client)`,`${s} (STS default: AWS_REGION, profile region, or us-east-1)`),a},EP=
(t,e)=>{let r,o;return async(n,i)=>{if(o=n,!r){let{logger:u=t?.parentClientConfig?.logger,profile:d=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:E=t?.parentClientConfig?.userAgentAppId}=t,h=await yP(m,t?.parentClientConfig?.region,
g,{logger:u,profile:d}),x=!xP(f);r=new e({...t,userAgentAppId:E,profile:d,credentialDefaultProvider:()=>async()=>o,region:h,requestHandler:x?f:void 0,logger:u})}
let{Credentials:s,AssumedRoleUser:a}=await r.send(new on(i));if(!s||!s.AccessKeyId||!s.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${i.RoleArn}`);let c=hP(a),l={accessKeyId:s.AccessKeyId,secretAccessKey:s.SecretAccessKey,sessionToken:s.SessionToken,expiration:s.Expiration,...s.CredentialScope&&
{credentialScope:s.CredentialScope},...c&&{accountId:c}};return H(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},SP=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:u,requestHandler:d=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await yP(u,t?.parentClientConfig?.region,m,{logger:c,profile:l}),E=!xP(d);r=new e({...t,userAgentAppId:f,profile:l,region:g,
requestHandler:E?d:void 0,logger:c})}let{Credentials:n,AssumedRoleUser:i}=await r.send(new nn(o));if(!n||!n.AccessKeyId||!n.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let s=hP(i),a={accessKeyId:n.AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.
SessionToken,expiration:n.Expiration,...n.CredentialScope&&{credentialScope:n.CredentialScope},...s&&{accountId:s}};return s&&H(a,"RESOLVED_ACCOUNT_ID","T"),H(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},xP=t=>t?.metadata?.handlerProtocol==="h2"});var _P,wP,IP,LU,TP=p(()=>{RP();up();_P=(t,e)=>e?class extends t{constructor(o){super(o);for(let n of e)this.middlewareStack.use(n)}}:t,wP=(t={},e)=>EP(t,_P(Ro,e)),
IP=(t={},e)=>SP(t,_P(Ro,e)),LU=t=>e=>t({roleAssumer:wP(e),roleAssumerWithWebIdentity:IP(e),...e})});var Lg={};or(Lg,{$Command:()=>sr,AssumeRole$:()=>Dg,AssumeRoleCommand:()=>on,AssumeRoleRequest$:()=>Wv,AssumeRoleResponse$:()=>Kv,AssumeRoleWithWebIdentity$:()=>kg,
AssumeRoleWithWebIdentityCommand:()=>nn,AssumeRoleWithWebIdentityRequest$:()=>Jv,AssumeRoleWithWebIdentityResponse$:()=>Yv,AssumedRoleUser$:()=>Og,Credentials$:()=>Ng,
ExpiredTokenException:()=>Ss,ExpiredTokenException$:()=>Mv,IDPCommunicationErrorException:()=>Cs,IDPCommunicationErrorException$:()=>Hv,IDPRejectedClaimException:()=>Is,
IDPRejectedClaimException$:()=>Bv,InvalidContextAssertionException:()=>xs,InvalidContextAssertionException$:()=>Gv,InvalidIdentityTokenException:()=>Ts,InvalidIdentityTokenException$:()=>zv,
MalformedPolicyDocumentException:()=>Rs,MalformedPolicyDocumentException$:()=>jv,OriginIdentity$:()=>Xv,PackedPolicyTooLargeException:()=>_s,PackedPolicyTooLargeException$:()=>Vv,
PolicyDescriptorType$:()=>Qv,ProvidedContext$:()=>Zv,RegionDisabledException:()=>ws,RegionDisabledException$:()=>qv,STS:()=>yp,STSClient:()=>Ro,STSServiceException:()=>it,
STSServiceException$:()=>Uv,Tag$:()=>eP,TransactionContext$:()=>tP,TrustedIdentityPropagationContext$:()=>rP,__Client:()=>Te,decorateDefaultCredentialProvider:()=>LU,
errorTypeRegistries:()=>bg,getDefaultRoleAssumer:()=>wP,getDefaultRoleAssumerWithWebIdentity:()=>IP});var Fg=p(()=>{up();mP();fP();T();vs();Cg();gP();TP();lp()});var vP,FU,UU,PP,CP,AP=p(()=>{M();k();ZC();vP=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(FU(t,{
profile:e,logger:r})||UU(t,{profile:e,logger:r})),FU=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},UU=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},PP=async(t,e,r,o,n={},i)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let s=e[t],{source_profile:a,region:c}=s;if(!r.roleAssumer){let{getDefaultRoleAssumer:u}=await Promise.resolve().then(()=>(Fg(),Lg));
r.roleAssumer=u({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in n)throw new R(`Detected a cycle attempting to resolve credentials for profile ${Xe(r)}. Profiles visited: `+Object.keys(
n).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?i(a,e,r,o,{...n,[a]:!0},CP(e[a]??{})):(await QC(s.credential_source,t,r.logger)(r))();if(CP(s))return l.then(u=>H(u,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let u={RoleArn:s.role_arn,RoleSessionName:s.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:s.external_id,DurationSeconds:parseInt(s.duration_seconds||
"3600",10)},{mfa_serial:d}=s;if(d){if(!r.mfaCodeProvider)throw new R(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});u.SerialNumber=d,u.TokenCode=await r.mfaCodeProvider(d)}let m=await l;return r.roleAssumer(m,u).then(f=>H(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},CP=t=>!t.role_arn&&!!t.credential_source});function MU(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function HU(t){return{schemeId:"smithy.api#noAuth"}}var bP,OP,NP,Ug=p(()=>{Ie();T();bP=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});OP=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(HU(t)):e.push(MU(
t)),e},NP=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var DP,kP,Mg=p(()=>{DP=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),kP=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Io,_o,$P,qn,LP,Wn,FP,Bg,Wr,Hg,UP,MP,wo,zP,HP,Ep,Ve,BP,GP,BU,B,GU,jP,VP=p(()=>{W();Io="ref",_o=-1,$P=!1,qn=!0,LP="isSet",Wn="booleanEquals",FP="coalesce",Bg=
"PartitionResult",Wr="stringEquals",Hg="getAttr",UP="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",MP={[Io]:"Endpoint"},wo={fn:Hg,argv:[{[Io]:Bg},
"name"]},zP={[Io]:"Region"},HP={[Io]:Bg},Ep={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},Ve={},BP=[zP],GP={conditions:[[LP,BP],[
Wn,[{fn:FP,argv:[{[Io]:"IsControlPlane"},$P]},qn]],[LP,[MP]],["aws.partition",BP,Bg],[Wn,[{[Io]:"UseFIPS"},qn]],[Wr,[wo,"aws"]],[Wn,[{fn:FP,argv:[{[Io]:"IsOAuth\
Endpoint"},$P]},qn]],[Wn,[{[Io]:"UseDualStack"},qn]],[Wr,[wo,"aws-cn"]],[Wr,[zP,"us-gov-west-1"]],[Wr,[wo,"aws-us-gov"]],[Wn,[{fn:Hg,argv:[HP,"supportsFIPS"]},qn]],
[Wr,[wo,"aws-iso"]],[Wr,[wo,"aws-iso-b"]],[Wr,[wo,"aws-iso-f"]],[Wr,[wo,"aws-iso-e"]],[Wr,[wo,"aws-eusc"]],[Wn,[{fn:Hg,argv:[HP,"supportsDualStack"]},qn]]],results:[
[_o],["https://signin.{Region}.api.aws",Ep],["https://signin.{Region}.api.amazonwebservices.com.cn",Ep],[UP,Ep],[_o,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",Ep],["https://{Region}.signin.aws.amazon.com",Ve],["https://{Regio\
n}.signin.amazonaws.cn",Ve],["https://{Region}.signin.amazonaws-us-gov.com",Ve],["https://{Region}.signin.c2shome.ic.gov",Ve],["https://{Region}.signin.sc2shome\
.sgov.gov",Ve],["https://{Region}.signin.csphome.hci.ic.gov",Ve],["https://{Region}.signin.csphome.adc-e.uk",Ve],["https://{Region}.signin.amazonaws-eusc.eu",Ve],
["https://signin-fips.amazonaws-us-gov.com",Ve],["https://{Region}.signin-fips.amazonaws-us-gov.com",Ve],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
Ve],[_o,"Invalid Configuration: FIPS and custom endpoint are not supported"],[_o,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[MP,Ve],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Ve],[_o,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",Ve],[_o,"FIPS is enabled but this partition does not support FIPS"],[UP,Ve],[_o,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",Ve],[_o,"Invalid Configuration: Missing Region"]]},BU=2,
B=1e8,GU=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,B+27,6,B+4,B+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,B+7,13,10,B+8,14,12,B+9,15,13,B+10,16,14,B+11,17,
15,B+12,18,16,B+13,B+16,6,B+5,20,7,21,B+6,17,B+24,B+25,6,B+4,23,7,27,24,9,B+14,25,10,B+15,26,11,B+22,B+23,11,28,B+21,17,B+20,B+21,2,35,30,3,39,31,4,32,B+27,6,B+
4,33,7,B+27,34,9,B+14,B+27,3,39,36,4,38,37,7,B+18,B+19,6,B+4,B+17,5,B+1,40,8,B+2,B+3]),jP=et.from(GU,BU,GP.conditions,GP.results)});var zU,qP,WP=p(()=>{M();W();VP();zU=new tt({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),qP=(t,e={})=>zU.get(
t,()=>Ut(jP,{endpointParams:t,logger:e.logger}));be.aws=ut});var wr,Sp=p(()=>{T();wr=class t extends Qe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Ps,As,bs,Os,Gg=p(()=>{Sp();Ps=class t extends wr{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},As=class t extends wr{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},bs=class t extends wr{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},Os=class t extends wr{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var jU,VU,qU,WU,KU,JU,YU,XU,QU,ZU,eM,tM,rM,oM,nM,KP,zg,iM,Wg,JP,YP,sM,To,jg,aM,Vg,cM,tA,Kg,XP,$e,Rp,pM,xp,QP,rA,ZP,eA,lM,uM,dM,qg,mM,qe,oA,nA,Ns,iA,sA,aA,cA,Jg,
fM,pA,lA,uA,dA,mA,fA,gA,hA,Yg,Xg,Ds=p(()=>{X();Gg();Sp();jU="AccessDeniedException",VU="AccessToken",qU="CreateOAuth2Token",WU="CreateOAuth2TokenRequest",KU="Cr\
eateOAuth2TokenRequestBody",JU="CreateOAuth2TokenResponseBody",YU="CreateOAuth2TokenResponse",XU="CreateOAuth2TokenWithIAM",QU="CreateOAuth2TokenWithIAMRequest",
ZU="CreateOAuth2TokenWithIAMResponse",eM="InternalServerException",tM="OAuthAccessToken",rM="RefreshToken",oM="TooManyRequestsError",nM="ValidationException",KP=
"accessKeyId",zg="accessToken",iM="access_token",Wg="client",JP="clientId",YP="codeVerifier",sM="code",To="error",jg="expiresIn",aM="expires_in",Vg="grantType",
cM="grant_type",tA="http",Kg="httpError",XP="idToken",$e="jsonName",Rp="message",pM="resource",xp="refreshToken",QP="redirectUri",rA="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",ZP="secretAccessKey",eA="sessionToken",lM="server",uM="tokenInput",dM="tokenOutput",qg="tokenType",mM="token_type",qe="com.amazonaws.signin",
oA=new Q(rA),nA=[-3,rA,"SigninServiceException",0,[],[]];oA.registerError(nA,wr);Ns=new Q(qe),iA=[-3,qe,jU,{[To]:Wg},[To,Rp],[0,0],2];Ns.registerError(iA,Ps);sA=
[-3,qe,eM,{[To]:lM,[Kg]:500},[To,Rp],[0,0],2];Ns.registerError(sA,As);aA=[-3,qe,oM,{[To]:Wg,[Kg]:429},[To,Rp],[0,0],2];Ns.registerError(aA,bs);cA=[-3,qe,nM,{[To]:Wg,
[Kg]:400},[To,Rp],[0,0],2];Ns.registerError(cA,Os);Jg=[oA,Ns],fM=[0,qe,tM,8,0],pA=[0,qe,rM,8,0],lA=[3,qe,VU,8,[KP,ZP,eA],[[0,{[$e]:KP}],[0,{[$e]:ZP}],[0,{[$e]:eA}]],
3],uA=[3,qe,WU,0,[uM],[[()=>dA,16]],1],dA=[3,qe,KU,0,[JP,Vg,sM,QP,YP,xp],[[0,{[$e]:JP}],[0,{[$e]:Vg}],0,[0,{[$e]:QP}],[0,{[$e]:YP}],[()=>pA,{[$e]:xp}]],2],mA=[3,
qe,YU,0,[dM],[[()=>fA,16]],1],fA=[3,qe,JU,0,[zg,qg,jg,xp,XP],[[()=>lA,{[$e]:zg}],[0,{[$e]:qg}],[1,{[$e]:jg}],[()=>pA,{[$e]:xp}],[0,{[$e]:XP}]],4],gA=[3,qe,QU,0,
[Vg,pM],[[0,{[$e]:cM}],0],2],hA=[3,qe,ZU,0,[zg,qg,jg],[[()=>fM,{[$e]:iM}],[0,{[$e]:mM}],[1,{[$e]:aM}]],3],Yg=[9,qe,qU,{[tA]:["POST","/v1/token",200]},()=>uA,()=>mA],
Xg=[9,qe,XU,{[tA]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>gA,()=>hA]});var yA,EA=p(()=>{Ie();Xo();ot();Qo();T();U();$();Ug();WP();Ds();yA=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??qP,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
OP,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new rt}],logger:t?.logger??new we,protocol:t?.protocol??jr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:Jg,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??mt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??Z})});var SA,xA=p(()=>{Yi();M();Ie();T();k();lt();$();uo();EA();SA=t=>{Nt(process.version);let e=Ft(t),r=()=>e().then(Ot),o=yA(t);wt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(dt,n),bodyLengthChecker:t?.bodyLengthChecker??
Tt,defaultSocketTimeout:hr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Qt({serviceId:o.serviceId,clientVersion:mo.version}),maxAttempts:t?.
maxAttempts??_(Kt,t),region:t?.region??_(Ae,{...Ze,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Yt,default:async()=>(await r()).
retryMode||nt},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(At,n),userAgentAppId:t?.
userAgentAppId??_(Zt,n)}}});var RA,_A,wA=p(()=>{RA=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let i=e.findIndex(s=>s.schemeId===n.schemeId);
i===-1?e.push(n):e.splice(i,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},_A=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var IA,TA=p(()=>{M();T();U();wA();IA=(t,e)=>{let r=Object.assign(er(t),Dt(t),Mt(t),RA(t));return e.forEach(o=>o.configure(r)),Object.assign(t,tr(r),kt(r),Ht(r),
_A(r))}});var ks,Qg=p(()=>{M();ot();T();k();W();U();lt();X();Ug();Mg();xA();TA();ks=class extends Te{config;constructor(...[e]){let r=SA(e||{});super(r),this.initConfig=r;
let o=DP(r),n=Vt(o),i=Jt(n),s=Lt(i),a=s,c=ar(a),l=NP(c),u=IA(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(bt(this.config)),this.middlewareStack.use(
Xt(this.config)),this.middlewareStack.use(pr(this.config)),this.middlewareStack.use(Bt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.
use(zt(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(ct(this.config,{httpAuthSchemeParametersProvider:bP,identityProviderConfigProvider:async d=>new je(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(pt(this.config))}destroy(){super.destroy()}}});var _p,CA,vA,wp,Zg=p(()=>{T();W();Mg();_p=$t(kP,"Signin","SigninClient",cr),CA={IsControlPlane:{type:"staticContextParams",value:!1}},vA={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},wp=(t,e,r,o)=>[]});var $s,eh=p(()=>{Zg();Ds();$s=class extends _p(CA,wp,"CreateOAuth2Token",Yg){}});var Ls,th=p(()=>{Zg();Ds();Ls=class extends _p(vA,wp,"CreateOAuth2TokenWithIAM",Xg){}});var gM,Ip,PA=p(()=>{T();eh();th();Qg();gM={CreateOAuth2TokenCommand:$s,CreateOAuth2TokenWithIAMCommand:Ls},Ip=class extends ks{};Br(gM,Ip)});var AA=p(()=>{eh();th()});var hM,bA=p(()=>{hM={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_CLIENT:"invalid_client",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"\
invalid_target",OAUTH_RATE_EXCEEDED:"rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"\
RESOURCE_NOT_FOUND",SERVER_ERROR:"server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CRE\
DENTIALS_CHANGED"}});var OA=p(()=>{});var NA={};or(NA,{$Command:()=>sr,AccessDeniedException:()=>Ps,AccessDeniedException$:()=>iA,AccessToken$:()=>lA,CreateOAuth2Token$:()=>Yg,CreateOAuth2TokenCommand:()=>$s,
CreateOAuth2TokenRequest$:()=>uA,CreateOAuth2TokenRequestBody$:()=>dA,CreateOAuth2TokenResponse$:()=>mA,CreateOAuth2TokenResponseBody$:()=>fA,CreateOAuth2TokenWithIAM$:()=>Xg,
CreateOAuth2TokenWithIAMCommand:()=>Ls,CreateOAuth2TokenWithIAMRequest$:()=>gA,CreateOAuth2TokenWithIAMResponse$:()=>hA,InternalServerException:()=>As,InternalServerException$:()=>sA,
OAuth2ErrorCode:()=>hM,Signin:()=>Ip,SigninClient:()=>ks,SigninServiceException:()=>wr,SigninServiceException$:()=>nA,TooManyRequestsError:()=>bs,TooManyRequestsError$:()=>aA,
ValidationException:()=>Os,ValidationException$:()=>cA,__Client:()=>Te,errorTypeRegistries:()=>Jg});var DA=p(()=>{Qg();PA();AA();T();Ds();bA();Gg();OA();Sp()});var Co,Tp,kA,Fs,Cp,$A=p(()=>{k();U();Co=require("node:crypto"),Tp=require("node:fs"),kA=require("node:os"),Fs=require("node:path"),Cp=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new R(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),n=new Date(r.accessToken.expiresAt).getTime(),i=new Date(
e.accessToken.expiresAt).getTime(),s=n<=o&&i>o?e:r;if(new Date(s.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(s.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(DA(),NA)),{logger:u,userAgentAppId:d}=this.callerClientConfig??{},f=(S=>S?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof s.signInRegion=="string"&&s.signInRegion.
length>0?s.signInRegion:void 0,E=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,h=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:E,requestHandler:f,logger:u,userAgentAppId:d,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(h.middlewareStack);
let x={tokenInput:{clientId:s.clientId,refreshToken:s.refreshToken,grantType:"refresh_token"}};try{let S=await h.send(new l(x)),{accessKeyId:v,secretAccessKey:A,
sessionToken:L}=S.tokenOutput?.accessToken??{},{refreshToken:Y,expiresIn:ve}=S.tokenOutput??{};if(!v||!A||!L||!Y)throw new R("Token refresh response missing req\
uired fields",{logger:this.logger,tryNextLink:!1});let rr=(ve??900)*1e3,Tr=new Date(Date.now()+rr),pe={...s,accessToken:{...s.accessToken,accessKeyId:v,secretAccessKey:A,
sessionToken:L,expiresAt:Tr.toISOString()},refreshToken:Y};return await this.saveToken(pe),this.toCredentials(pe.accessToken)}catch(S){if(S.name==="AccessDenied\
Exception"){let A=S.error,L;switch(A){case"TOKEN_EXPIRED":L="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":L="Unable to\
 refresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":L="Unable to refr\
esh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:L=`Failed to refresh token: ${String(
S)}. Please re-authenticate using \`aws login\``}throw new R(L,{logger:this.logger,tryNextLink:!1})}if(new Date(s.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(S)}. Using existing token until expiry.`),this.toCredentials(s.accessToken);throw new R(`Failed to refresh tok\
en: ${String(S)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await Tp.promises.readFile(
e,"utf8"),o=JSON.parse(r),n=["accessToken","clientId","refreshToken","dpopKey"].filter(i=>!o[i]);if(o.accessToken?.accountId||n.push("accountId"),n.length>0)throw new R(
`Token validation failed, missing fields: ${n.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new R(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,Fs.dirname)(r);try{await Tp.promises.mkdir(o,{recursive:!0})}catch{}
await Tp.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,Fs.join)((0,kA.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,Co.createHash)("sha256").update(r).digest("hex");return(0,Fs.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],n=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let i=e[r++],s=e.subarray(r,r+i);n=n[0]===0?n.subarray(1):n,s=s[0]===0?s.subarray(1):s;let a=Buffer.concat([Buffer.alloc(32-n.length),n]),c=Buffer.concat([Buffer.
alloc(32-s.length),s]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(G.isInstance(o.request)){let n=o.request,i=`${n.protocol}//${n.
hostname}${n.port?`:${n.port}`:""}${n.path}`,s=await this.generateDpop(n.method,i);n.headers={...n.headers,DPoP:s}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let n=(0,Co.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),s=(0,Co.createPublicKey)(n).export({format:"der",type:"spki"}),a=-1;for(let S=0;S<s.length;S++)if(s[S]===4){a=S;break}let c=s.slice(a+1,a+33),l=s.slice(a+33,
a+65),u={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:l.toString("base64url")}},d={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(u)).toString("base64url"),f=Buffer.from(JSON.stringify(d)).toString("base64url"),g=`${m}.${f}`,E=(0,Co.sign)(
"sha256",Buffer.from(g),n),x=this.derToRawSignature(E).toString("base64url");return`${g}.${x}`}catch(n){throw new R(`Failed to generate Dpop proof: ${n instanceof
Error?n.message:String(n)}`,{logger:this.logger,tryNextLink:!1})}}}});var LA,FA=p(()=>{M();k();$A();LA=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await Er(
t||{}),o=Xe({profile:t?.profile??e?.profile}),n=r[o];if(!n?.login_session)throw new R(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let s=await new Cp(n,t,e).loadCredentials();return H(s,"CREDENTIALS_LOGIN","AD")}});var UA={};or(UA,{fromLoginCredentials:()=>LA});var MA=p(()=>{FA()});var HA,BA,GA=p(()=>{M();HA=t=>!!(t&&t.login_session),BA=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(MA(),UA)),n=await o({...e,profile:t})(
{callerClientConfig:r});return H(n,"CREDENTIALS_PROFILE_LOGIN","AC")}});var zA,jA=p(()=>{M();zA=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let i=new Date;if(new Date(e.Expiration)<i)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let n={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return H(n,"CREDENTIALS_PROCESS","w"),n}});var VA,qA,WA,KA=p(()=>{k();VA=require("node:child_process"),qA=require("node:util");jA();WA=async(t,e,r)=>{let o=e[t];if(e[t]){let n=o.credential_process;if(n!==
void 0){let i=(0,qA.promisify)(vi?.getTokenRecord?.().exec??VA.exec);try{let{stdout:s}=await i(n),a;try{a=JSON.parse(s.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return zA(t,a,e)}catch(s){throw new R(s.message,{logger:r})}}else throw new R(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new R(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var JA,YA=p(()=>{k();KA();JA=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await Er(t);
return WA(Xe({profile:t.profile??e?.profile}),r,t.logger)}});var rh={};or(rh,{fromProcess:()=>JA});var oh=p(()=>{YA()});var XA,QA,ZA=p(()=>{M();XA=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",QA=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(oh(),rh)),
o=await r({...t,profile:e})();return H(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var eb,tb,rb=p(()=>{M();eb=async(t,e,r={},o)=>{let{fromSSO:n}=await Promise.resolve().then(()=>(hg(),gg));return n({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(i=>e.sso_session?H(i,"CREDENTIALS_PROFILE_SSO","r"):H(i,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},tb=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var nh,ih,ob=p(()=>{M();nh=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,ih=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return H(r,"CREDENTIALS_PROFILE","n")}});var Kn,sh=p(()=>{Kn=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:n,
providerId:i,policyArns:s,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:u}=await Promise.resolve().then(()=>(Fg(),Lg));
l=u({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:n,ProviderId:i,PolicyArns:s,Policy:a,DurationSeconds:c})}});var ib,nb,yM,EM,sb,ab=p(()=>{M();k();ib=require("node:fs");sh();nb="AWS_WEB_IDENTITY_TOKEN_FILE",yM="AWS_ROLE_ARN",EM="AWS_ROLE_SESSION_NAME",sb=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[nb],o=t?.roleArn??process.env[yM],n=t?.roleSessionName??
process.env[EM];if(!r||!o)throw new R("Web identity configuration not specified",{logger:t.logger});let i=await Kn({...t,webIdentityToken:vi?.getTokenRecord?.()[r]??
(0,ib.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:n})(e);return r===process.env[nb]&&H(i,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),i}});var ah={};or(ah,{fromTokenFile:()=>sb,fromWebToken:()=>Kn});var vp=p(()=>{ab();sh()});var cb,pb,lb=p(()=>{M();cb=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,pb=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>(vp(),ah)),n=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return H(n,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var ch,ub=p(()=>{k();AP();GA();ZA();rb();ob();lb();ch=async(t,e,r,o,n={},i=!1)=>{let s=e[t];if(Object.keys(n).length>0&&nh(s))return ih(s,r);if(i||vP(s,{profile:t,
logger:r.logger}))return PP(t,e,r,o,n,ch);if(nh(s))return ih(s,r);if(cb(s))return pb(s,r,o);if(XA(s))return QA(r,t);if(tb(s))return await eb(t,s,r,o);if(HA(s))return BA(
t,r,o);throw new R(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var db,mb=p(()=>{k();ub();db=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await Er(t);return ch(
Xe({profile:t.profile??e?.profile}),r,t,e)}});var fb={};or(fb,{fromIni:()=>db});var gb=p(()=>{mb()});var GN=require("node:fs");var w=class extends Error{constructor(r,o,n){super(`${r}: ${li(o)} ${n}`);this.option=r;this.rule=n;this.name="InputError"}option;rule;exitCode=2},Rt=class extends Error{constructor(r,o,n){
super(r,n);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},xe=class extends Rt{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},fr=class extends Rt{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},le=class extends Rt{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},Yr=class extends Rt{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},pi=class extends Rt{constructor(e,r){
super(e,r),this.name="ScanGateError"}},gr=class extends Rt{constructor(e){super(e,"check HTTPS_PROXY / HTTP_PROXY (host, port, and the user:password in the URL \
if the proxy wants one), or list the host in NO_PROXY to reach it directly"),this.name="ProxyError"}},Zs=class extends Rt{exitCode;constructor(e,r){super(`cance\
lled by ${e}${r.length?` while running ${r.join(", ")}`:""}`),this.name="CancelledError",this.exitCode=128+(e==="SIGINT"?2:15)}},_t=class extends Rt{constructor(e,r){
super(e,r),this.name="DockerError"}},wD=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;function li(t,e=80){let r=Array.
from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(wD,n=>`\\u${n.charCodeAt(0).toString(16).padStart(
4,"0")}`)}function un(t){return t instanceof w?{message:t.message,exitCode:2}:t instanceof Rt?{message:t.message,hint:t.hint,exitCode:t.exitCode}:{message:t instanceof
Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var Yh=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`,Xh=t=>`ECR_DELIVERED_${t.toUpperCase().replace(/-/g,"_")}`;var Lr=[{name:"registry",description:"Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"\
Repository URI, `<registry>/<repository>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"\
Digest (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",
type:"list",description:"Tags applied, comma-separated, the SHA first."},{name:"pushed",type:"boolean",description:"`true`, or `false` when nothing was uploaded\
 (skip-existing hit, immutable SHA already there, or push: false)."},{name:"scan-findings",description:'With `scan-wait`: counts by severity as JSON, e.g. `{"CR\
ITICAL":0,"HIGH":2}`; empty without a scan.'}];function bo(t,e){let r=t[e];return Array.isArray(r)?r.join(","):String(r)}function Qh(t){return Object.fromEntries(
Lr.map(({name:e})=>[e,bo(t,e)]))}var Ty=require("node:child_process"),Cy=require("node:fs");var cy=require("node:fs");var ey=require("node:crypto");var Zh=128,ID=/^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/,
TD=/^refs\/(?:tags\/(.+)|heads\/(.+)|pull\/(\d{1,9})\/(?:merge|head))$/;function zu(t){let e=TD.exec(t);if(e)return e[1]!==void 0?{tag:e[1]}:e[2]!==void 0?{branch:e[2]}:
{pullRequest:Number(e[3])}}function ty(t,e={}){let r=e.pull_request?.number;if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")&&Number.isInteger(r))return{
pullRequest:r};let o=t.GITHUB_REF?zu(t.GITHUB_REF):void 0;return o||(t.GITHUB_REF_TYPE==="tag"&&t.GITHUB_REF_NAME?{tag:t.GITHUB_REF_NAME}:t.GITHUB_REF_TYPE==="b\
ranch"&&t.GITHUB_REF_NAME?{branch:t.GITHUB_REF_NAME}:{})}function ry(t){if(t.CIRCLE_TAG)return{tag:t.CIRCLE_TAG};if(t.CIRCLE_PR_NUMBER&&/^\d{1,9}$/.test(t.CIRCLE_PR_NUMBER))
return{pullRequest:Number(t.CIRCLE_PR_NUMBER)};let e=/\/pull\/(\d{1,9})\/?$/.exec(t.CIRCLE_PULL_REQUEST??"")?.[1];return{...t.CIRCLE_BRANCH?{branch:t.CIRCLE_BRANCH}:
{},...e?{pullRequest:Number(e)}:{}}}function CD(t){let e=ID.exec(t);if(!e)return;let[,r,o,n,i,s]=e,a=t.replace(/^v/,"");if(i!==void 0||s!==void 0)return{tags:[a.
replace("+","_")],version:a};let c=[`${r}.${o}.${n}`,`${r}.${o}`];return r!=="0"&&c.push(r),{tags:c,version:a}}function oy(t){let e=t.toLowerCase().replace(/[^a-z0-9_.-]+/g,
"-").replace(/^[.-]+/,"").replace(/-+$/,""),r=(0,ey.createHash)("sha256").update(t).digest("hex").slice(0,7);return e?e.length<=Zh?e:`${e.slice(0,Zh-r.length-1).
replace(/[.-]+$/,"")}-${r}`:`branch-${r}`}function ny(t,e){let r=[],o;if(e.semverTags&&t.tag!==void 0){let n=CD(t.tag);n&&(r.push(...n.tags),o=n.version)}return e.
branchTag&&(t.branch!==void 0&&r.push(oy(t.branch)),t.pullRequest!==void 0&&r.push(`pr-${t.pullRequest}`)),{tags:[...new Set(r)],version:o}}function iy(t,e){let r=t.
length||e.tags.length?[...t]:["latest"];for(let o of e.tags)o.includes(".")&&e.version!==void 0?r.push("*.*"):/^pr-\d+$/.test(o)?r.push("pr-*"):r.push(o);return[
...new Set(r)]}var ju=5;function sy(t,e,r){for(let o of t.tags){let n=r(o);if(!n)continue;let i=o===`pr-${e.pullRequest}`||e.branch!==void 0&&o===oy(e.branch)?"\
branch-tag":"semver-tags";throw new w(i,o,`${n} (derived from the git ref)`)}}var dn=require("node:fs");var re=(t,e)=>r=>t.test(r)?void 0:e;function mn(t,e,r){if(r)throw new w(t,e,r)}var ie=(t,e=r=>r)=>({type:"string",parse:(r,o)=>{let n=e(r);return t&&mn(o,n,t(n)),
n}}),at={type:"boolean",parse:(t,e)=>{if(/^(true|1)$/i.test(t))return!0;if(/^(false|0)$/i.test(t))return!1;throw new w(e,t,"is not a boolean: use true or false")}},
ea=(t,e)=>({type:"integer",parse:(r,o)=>{let n=/^\d{1,6}$/.test(r)?Number(r):NaN;if(!(n>=t&&n<=e))throw new w(o,r,`is not a whole number from ${t} to ${e}`);return n}}),
Xr=(...t)=>({type:"enum",values:t,parse:(e,r)=>{let o=t.find(n=>n.toUpperCase()===e.toUpperCase());if(o===void 0)throw new w(r,e,`is not one of ${t.join(", ")}`);
return o}}),Oo=(t,{commas:e=!1,max:r=1/0}={})=>({type:"list",parse:(o,n)=>{let i=o.split(e?/[\n,]/:/\n/).map(s=>s.replace(/\r$/,"").trim()).filter(s=>s!=="");for(let s of i)
mn(n,s,t(s));if(i.length>r)throw new w(n,o,`lists more than ${r} entries`);return[...new Set(i)]}}),fn=t=>({type:"path",parse:(e,r)=>(t?.(r,e),e)});function No(t,e){
if(!(0,dn.existsSync)(e)||!(0,dn.statSync)(e).isFile())throw new w(t,e,"is not a readable file")}function Vu(t,e){No(t,e);try{JSON.parse((0,dn.readFileSync)(e,"\
utf8"))}catch{throw new w(t,e,"does not contain valid JSON")}}var vD=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,PD=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,AD=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,bD=/^[\w+=,.@-]{2,64}$/,
OD=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,ND=/^[0-9a-f]{40}$/,DD=/^\d{12}$/,kD=/^[\x21-\x7e]{1,256}$/,Me={repository:t=>t.length>=2&&t.length<=256&&vD.test(t)?
void 0:"is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:re(AD,"is not \
an AWS region name like `eu-west-1`"),tag:re(PD,"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`"),commitSha:re(ND,"is not a full commit SHA (40 h\
ex characters)"),sessionName:re(bD,"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"),account:re(DD,"is not an AWS account id (12 digits)"),
audience:re(kD,"is not a valid audience: 1\u2013256 printable characters, no spaces")},py=t=>t.split(",").every(e=>OD.test(e.trim()))?void 0:"is not a comma-sep\
arated list of `os/arch[/variant]`",ay=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/,qu="public.ecr.aws/",ly={type:"list",parse:(t,e)=>Oo(re(ay,"is not an \
ECR registry id (12 digits) or `ID@REGION`"),{commas:!0}).parse(t,e).map(r=>{let[,o,n]=ay.exec(r);return n?{id:o,region:n}:{id:o}})},ta=t=>({type:"string",parse:(e,r)=>{
let o=e.startsWith("file://")?e.slice(7):void 0;o!==void 0&&No(r,o);let n=o!==void 0?(0,cy.readFileSync)(o,"utf8"):e;if(n.length>t)throw new w(r,e,`is longer th\
an ECR Public's limit of ${t} characters`);return n}}),uy={type:"string",parse:(t,e)=>{let r=zu(t);if(!r)throw new w(e,t,"is not a git ref: `refs/tags/NAME`, `r\
efs/heads/NAME` or `refs/pull/N/merge`");return r}},Wu=t=>t.startsWith(qu),dy=t=>/^[a-z0-9][a-z0-9-]{1,49}\//.test(t.slice(qu.length))?void 0:"is not `public.ec\
r.aws/<alias>/<name>`";function Fr(t){return Wu(t)?t.slice(qu.length).split("/").slice(1).join("/"):t}var my="[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",fy="[A-Za-z0-9.\
_-]{1,100}",$D=new RegExp(`^${my}/${fy}$`),LD=new RegExp(`^${my}@\\d{1,20}/${fy}@\\d{1,20}$`),gy=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,hy=/^[^\x00-\x1f\x7f:]{1,255}$/,
Ku=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,yy=/^[A-Za-z0-9._/+@*#-]{1,255}$/,Ey=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/,
Sy=/^[a-z0-9*][a-z0-9._/*-]{0,255}$/,FD=/^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i,xy=t=>$D.test(t)||LD.test(t)?void 0:"is not a GitHub repository \
like `octo-org/octo-repo`, or `octo-org@123456/octo-repo@456789` with the immutable ids",Ry=re(gy,"is not a git branch name"),_y=re(gy,"is not a git tag name"),
wy=t=>t.length>=2&&t.length<=30&&!Me.repository(t)?void 0:"is not a pull-through cache prefix (2\u201330 characters, ECR's repository naming rule)",Iy={type:"st\
ring",parse:(t,e)=>(mn(e,t,FD.test(t)?void 0:"is not an OIDC issuer like `ghe.example.com/_services/token`"),t.replace(/^https:\/\//,"").replace(/\/+$/,""))},Ju={
type:"string",parse:t=>!/^(false|0)$/i.test(t)};function UD(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function gn(t,e=process.env,r="deliver"){let o=UD(e),n=r==="logi\
n"?"":zD(t,e);return{ci:o,region:Xu(t.awsRegion,e),commitSha:n,sessionName:t.roleSessionName??jD(e),sourceUrl:VD(e),release:r==="login"?{tags:[]}:MD(t,e,o,n)}}function MD(t,e,r,o){
if(!t.semverTags&&!t.branchTag)return{tags:[]};let n=t.gitRef??HD(r,e,o),i=ny(n,t);return sy(i,n,Me.tag),i}function HD(t,e,r){if(t==="github")return ty(e,vy(e));
if(t==="circleci")return ry(e);let o=Yu(["describe","--tags","--exact-match",r]);if(o)return{tag:o};let n=Yu(["symbolic-ref","--short","-q","HEAD"]);return n?{branch:n}:
{}}function Yu(t){try{return(0,Ty.execFileSync)("git",t,{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()||void 0}catch{return}}function vy(t){if(!t.GITHUB_EVENT_PATH)
return{};try{return JSON.parse((0,Cy.readFileSync)(t.GITHUB_EVENT_PATH,"utf8"))}catch{return{}}}function Xu(t,e){let r=t??(e.AWS_REGION||e.AWS_DEFAULT_REGION);if(!r)
throw new w("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=Me.region(r);if(o)throw new w("aws-region",r,o);return r}function Qr(t){
return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function BD(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")){let e=vy(
t).pull_request?.head?.sha;if(e)return e}return t.GITHUB_SHA}var GD=()=>Yu(["rev-parse","HEAD"]);function zD(t,e){let r=(t.commitSha??BD(e)??e.CIRCLE_SHA1??GD())?.
toLowerCase();if(!r)throw new w("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HEAD` has no answer");let o=Me.commitSha(r);if(o)throw new w(
"commit-sha",r,o);return r}function jD(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??
String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function VD(t){if(t.GITHUB_REPOSITORY)return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;
let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var nr=require("node:fs"),oa=require("node:os"),Zr=require("node:path"),qD=["auths","credHelpers","credsStore","currentContext","proxies"],WD=["buildx","cli-plu\
gins","contexts"];function Qu(t){return t.DOCKER_CONFIG||(0,Zr.join)(t.HOME||(0,oa.homedir)(),".docker")}var ra=class t{constructor(e){this.dir=e;process.once("\
exit",this.onExit)}dir;removed=!1;onExit=()=>this.remove();static create(e){let r=new t((0,nr.mkdtempSync)((0,Zr.join)((0,oa.tmpdir)(),"ecr-deliver-docker-"))),
o=Qu(e);(0,nr.writeFileSync)((0,Zr.join)(r.dir,"config.json"),JSON.stringify(KD((0,Zr.join)(o,"config.json")),null,2),{mode:384});for(let n of WD)(0,nr.existsSync)(
(0,Zr.join)(o,n))&&(0,nr.symlinkSync)((0,Zr.join)(o,n),(0,Zr.join)(r.dir,n));return r}remove(){this.removed||(this.removed=!0,process.off("exit",this.onExit),(0,nr.rmSync)(
this.dir,{recursive:!0,force:!0}))}};function KD(t){let e;try{e=JSON.parse((0,nr.readFileSync)(t,"utf8"))}catch{return{}}let r=Object.fromEntries(qD.filter(o=>e[o]!==
void 0).map(o=>[o,e[o]]));return typeof e.credsStore=="string"&&e.credsStore?JD(r,e.credsStore):r}function JD(t,e){let{credsStore:r,...o}=t,n=t.auths??{},i={};for(let[
s,a]of Object.entries(n))a?.auth||(i[s]=e);return{...o,credHelpers:{...i,...t.credHelpers}}}var YD=[/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,/^ACTIONS_RUNTIME_TOKEN$/,/^CIRCLE_OIDC_TOKEN/,/^INPUT_/];function hn(t,e){let r=Object.fromEntries(Object.entries(
t).filter(([o])=>!YD.some(n=>n.test(o))));return e?{...r,...XD(t),DOCKER_CONFIG:e}:r}function XD(t){return t.DOCKER_CERT_PATH||!(t.DOCKER_TLS_VERIFY||t.DOCKER_TLS)?
{}:{DOCKER_CERT_PATH:Qu(t)}}var QD=3e3,yn=class{constructor(e,r){this.seconds=e;this.lifetime=r;this.expired=new Promise((o,n)=>{this.fail=n}),this.expired.catch(()=>{})}seconds;lifetime;controller=new AbortController;waiting=[];timer;fail;ending=!1;expired;onCancel=()=>this.
end(new Zs(this.lifetime?.cancelled?.reason,this.stillWaiting()));get ms(){return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){this.
timer=setTimeout(()=>this.end(new Yr(this.seconds,this.stillWaiting())),this.ms);let r=this.lifetime?.cancelled;r?.aborted&&this.onCancel(),r?.addEventListener(
"abort",this.onCancel);try{let o=e().catch(n=>this.ending?this.expired:Promise.reject(n));return await Promise.race([o,this.expired])}finally{clearTimeout(this.
timer),r?.removeEventListener("abort",this.onCancel)}}async watch(e,r){this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{
this.waiting.splice(this.waiting.indexOf(e),1)}}stillWaiting(){return[...new Set(this.waiting)]}end(e){if(this.ending)return;this.ending=!0,clearTimeout(this.timer),
this.controller.abort(),(this.lifetime?.stopChildren(QD)??Promise.resolve()).then(()=>this.fail(e))}};function En(t,e,r){return t?t.watch(e,r):r()}var Sn=require("node:fs"),Vy=require("node:os"),rd=require("node:path");var Do=require("node:fs");var ZD=/^[A-Za-z0-9_.-]{1,128}$/,ek=/^[A-Za-z_][A-Za-z0-9_]*$/,tk=/^[A-Za-z_][A-Za-z0-9_]*=/,rk=/^(PATH|HOME|DOCKER_\w*|BUILDX_\w*|BUILDKIT_\w*|ECR_DELIVER_\w*)$/,
ok=t=>`ECR_DELIVER_BUILD_SECRET_${t}`,ui=t=>t.split(`
`).map(e=>e.replace(/\r$/,"").trim()).filter(Boolean),Py=t=>t.includes("=")?`${t.split("=")[0]}=***`:"***";function Zu(t,e,r){let o=e.slice(0,Math.max(0,e.indexOf(
"=")));if(!o||!ZD.test(o))throw new w(t,Py(e),"is not `id=\u2026` with an id of letters, digits, `_`, `.` or `-`");if(r?.has(o))throw new w(t,Py(e),"repeats a s\
ecret id");return r?.add(o),o}var Ay={type:"list",parse:(t,e)=>{let r=new Set;return ui(t).map(o=>{let n=Zu(e,o,r),i=o.slice(n.length+1),s=/^env:(.*)$/.exec(i)?.[1];
if(s!==void 0&&!ek.test(s))throw new w(e,`${n}=env:${s}`,"names no valid environment variable");if(s===void 0&&i==="")throw new w(e,`${n}=`,"has an empty value");
return s!==void 0?{id:n,env:s}:{id:n,value:i}})}},by={type:"list",parse:(t,e)=>{let r=new Set;return ui(t).map(o=>{let n=Zu(e,o,r),i=o.slice(n.length+1);if(!(0,Do.existsSync)(
i)||!(0,Do.statSync)(i).isFile())throw new w(e,`${n}=${i}`,"does not name a readable file");return{id:n,path:i}})}},Oy={type:"list",parse:(t,e)=>ui(t).map(r=>{if(!r.
includes("=")){if(r!=="default")throw new w(e,r,"is not `default` or `id=PATH`");return{id:r}}let o=Zu(e,r),n=r.slice(o.length+1);if(!(0,Do.existsSync)(n))throw new w(
e,r,"names no existing key file or agent socket");return{id:o,path:n}})},Ny={type:"list",parse:(t,e)=>{let r=ui(t);for(let o of r){let n=o.split("=")[0];if(!tk.
test(o))throw new w(e,o.includes("=")?`${n.slice(0,40)}=***`:"***","is not `KEY=VALUE` with KEY made of letters, digits and `_`");if(rk.test(n))throw new w(e,`${n}\
=***`,"is a name the docker CLI reads from its own environment (PATH, HOME, DOCKER_*, BUILDX_*, BUILDKIT_*)")}return[...new Set(r)]}};function di(t){return{inline:t.
secrets,files:t.secretFiles,ssh:t.ssh}}var na=t=>t.inline.length?"secrets":t.files.length?"secret-files":t.ssh.length?"ssh":void 0;function Dy(t,e){let r=new Set(
t.inline.map(o=>o.id));for(let o of t.files)if(r.has(o.id))throw new w("secret-files",`${o.id}=${o.path}`,"repeats an id of `secrets`");for(let o of t.inline)if(o.
env&&e[o.env]===void 0)throw new w("secrets",`${o.id}=env:${o.env}`,"names an environment variable that is not set");for(let o of t.ssh)if(!o.path&&!e.SSH_AUTH_SOCK)
throw new w("ssh",o.id,"needs an SSH agent (SSH_AUTH_SOCK is not set), or use `id=PATH` with a key file")}function ky(t,e){let r=[];for(let o of t.inline){let n=o.
value??e[o.env];n&&r.push(n)}for(let o of t.files){let n=(0,Do.readFileSync)(o.path,"utf8");n.length<=65536&&r.push(n.trim(),...ui(n).filter(i=>i.length>=4))}return[
...new Set(r.filter(Boolean))]}function $y(t){let e=[],r={};t.inline.forEach((o,n)=>{let i=o.env??ok(n);o.value!==void 0&&(r[i]=o.value),e.push("--secret",`id=${o.
id},env=${i}`)});for(let o of t.files)e.push("--secret",`id=${o.id},src=${o.path}`);for(let o of t.ssh)e.push("--ssh",o.path?`${o.id}=${o.path}`:o.id);return{argv:e,
env:r}}var Ly={buildx:"buildx (docker buildx build)",buildkit:"the daemon's embedded BuildKit (DOCKER_BUILDKIT=1 docker build)",classic:"the classic builder (DOCKER_BU\
ILDKIT=0 docker build)"};function mi(t){let e=t.DOCKER_BUILDKIT;if(e!==void 0){if(/^(1|t|true)$/i.test(e))return!0;if(/^(0|f|false)$/i.test(e))return!1}}async function Fy(t,e,r={}){
let o=mi(e),n=r.buildx??r.buildkit;if(o===!1){if(n)throw new xe(`${n} needs BuildKit, but DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} selects the classic builder`,"uns\
et DOCKER_BUILDKIT (or set it to 1), or drop the option");return"classic"}let[i,s]=await Promise.all([t.buildx(),t.embeddedBuildkit()]);if(i)return"buildx";if(r.
buildx)throw new xe(`${r.buildx} needs docker buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-action; CircleCI\
: the machine executor has it), or drop the option");if(s)return"buildkit";let a="install the buildx plugin (GitHub: docker/setup-buildx-action), or use a docke\
r CLI older than 23 with the daemon's embedded BuildKit";if(r.buildkit)throw new xe(`${r.buildkit} needs BuildKit, but this docker CLI cannot build with BuildKi\
t without the buildx plugin`,a);if(o===!0)throw new xe(`DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} asks for BuildKit, but this docker CLI cannot build with BuildKit w\
ithout the buildx plugin`,a);return"classic"}function Uy(t){let e=o=>new RegExp(`^${o}:\\s*(\\S+)`,"m").exec(t)?.[1],r={name:e("Name"),driver:e("Driver")};return r.
driver==="docker"&&/^Labels:/m.test(t)&&(r.containerdStore=/^\s*org\.mobyproject\.buildkit\.worker\.snapshotter:/m.test(t)),r}function My(t){try{return(JSON.parse(
t)??[]).some(([r,o])=>r==="driver-type"&&o.startsWith("io.containerd.snapshotter"))}catch{return}}function Hy(t){return t?.driver==="docker"&&t.containerdStore?
["--output","type=image,push="]:["--push"]}function By(t){if(t.driver)return t.driver!=="docker"?!0:t.containerdStore}var nk='turn on the containerd image store\
 ({"features":{"containerd-snapshotter":true}} in daemon.json), use a buildx builder of another driver (docker buildx create --use --driver docker-container), o\
r build one platform per job';function ed(t,e){return new xe(`platform ${t} needs a builder that builds several platforms: ${e}`,nk)}var Gy=3,ik=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
zy=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,jy=t=>t.startsWith(
"-")?`./${t}`:t;function qy(t,e){let r={};return t.platform?.includes(",")?r.buildx="platform":t.provenance?r.buildx="provenance":t.builder&&(r.buildx=`builder ${t.
builder}`),r.buildkit=na(e),r}function sk({name:t,setup:e}){return t?e?.driver==="docker"?["--context",t,"buildx","build"]:["buildx","build","--builder",t]:["bu\
ildx","build"]}function ak(t,e,r={}){let o=e==="buildx",n=o?sk(r):["build"],i=o?{}:{DOCKER_BUILDKIT:e==="buildkit"?"1":"0"};n.push("--file",jy(t.dockerfile)),e===
"classic"&&n.push("--force-rm");for(let s of t.tags)n.push("--tag",s);for(let[s,a]of Object.entries(t.labels))n.push("--label",`${s}=${a}`);for(let s of t.buildArgs){
let a=s.indexOf("=");i[s.slice(0,a)]=s.slice(a+1),n.push("--build-arg",s.slice(0,a))}if(t.target&&n.push("--target",t.target),t.platform&&n.push("--platform",t.
platform),e!=="classic"){let s=$y(t.secrets);n.push(...s.argv),Object.assign(i,s.env)}return t.cache&&(o&&n.push("--cache-to","type=inline"),e==="buildkit"&&n.push(
"--build-arg","BUILDKIT_INLINE_CACHE=1"),t.cache.from&&n.push("--cache-from",o?`type=registry,ref=${t.cache.from}`:t.cache.from)),o&&(n.push("--provenance",t.provenance?
"mode=max":"false"),t.provenance&&n.push("--sbom","true"),n.push(...t.pushFromBuilder?Hy(r.setup):["--load"]),r.metadataFile&&n.push("--metadata-file",r.metadataFile)),
n.push(jy(t.context)),{argv:n,env:i}}function ck(t){return/digest: (sha256:[a-f0-9]{64})/.exec(t)?.[1]}var td=1e4,eo=class{constructor(e,r,o,n=process.env,i){this.
runner=e;this.reporter=r;this.deadline=o;this.env=n;this.builderName=i}runner;reporter;deadline;env;builderName;run(e,r,o){let n=r.indexOf("buildx");return En(this.
deadline,`docker ${n>=0?`buildx ${r[n+1]}`:r[0]}`,()=>this.runner(e,r,{...o,env:o?.env?{...this.env,...o.env}:this.env}))}async check(){let e;try{e=await this.run(
"docker",["version","--format","{{.Server.Version}}"],{silent:!0,timeoutMs:td})}catch{throw new xe("docker is not installed: no `docker` command on PATH","use a\
 runner or executor with Docker (CircleCI: the machine executor, or a docker image with setup_remote_docker)")}if(e.timedOut)throw new xe(`the docker daemon did\
 not answer within ${td/1e3} s (docker version)`,"the daemon is hung or overloaded: restart the docker engine (or check DOCKER_HOST / the docker context)");if(e.
code!==0){let r=e.stderr.trim().split(`
`).pop()??"";throw new xe(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;embedded;chosen;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.
buildx}drivesEmbeddedBuildkit(){return this.embedded??=this.run("docker",["build","--help"],{silent:!0,env:{DOCKER_BUILDKIT:"1"}}).then(e=>e.code===0,()=>!1),this.
embedded}builder(e){return this.chosen??=this.choose(e),this.chosen}async choose(e){this.hasBuildx().then(s=>s&&mi(this.env)!==!1?this.inspectBuildx():void 0).catch(
()=>{});let o=await Fy({buildx:()=>this.hasBuildx(),embeddedBuildkit:()=>this.drivesEmbeddedBuildkit()},this.env,e),n=o==="buildx"?await this.inspectBuildx():void 0,
i=n?.name?`: builder ${n.name}, ${n.driver??"unknown"} driver`:"";return this.reporter.info(`Builder: ${Ly[o]}${i}`),o}inspected;async buildxSetup(){return await this.
builder()==="buildx"?this.inspectBuildx():void 0}inspectBuildx(){return this.inspected??=(async()=>{let e=this.builderName,r=await this.probe(["buildx","inspect",
...e?[e]:[]]);if(r?.code!==0){if(!e)return;throw new xe(`builder ${e}: buildx has no such builder (${r?ir(r):"docker buildx inspect did not run"})`,"name one th\
at `docker buildx ls` lists (docker/setup-buildx-action: its `name` output; every docker context is one), or leave builder unset for buildx's current builder")}
let o=Uy(r.stdout);if(o.driver==="docker"&&o.containerdStore===void 0&&!e){let n=await this.probe(["info","--format","{{json .DriverStatus}}"]);o.containerdStore=
n?.code===0?My(n.stdout):void 0}return o})(),this.inspected}probe(e){return this.run("docker",e,{silent:!0,timeoutMs:td}).then(r=>r.timedOut?void 0:r,()=>{})}logins=Promise.
resolve();login(e){let r=this.logins.then(()=>this.loginNow(e));return this.logins=r.catch(()=>{}),r}async loginNow(e){this.reporter.secret(e.password),this.reporter.
secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--username",e.username,"--password-stdin",e.host],
{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new _t(`docker login to ${e.host} failed: ${ir(r)}`)}async logout(e){await this.
run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=r==="buildx"?(0,Sn.mkdtempSync)((0,rd.join)((0,Vy.tmpdir)(),"ecr-deliver-")):void 0,
n=o?(0,rd.join)(o,"metadata.json"):void 0;try{let i={name:this.builderName,setup:await this.buildxSetup(),metadataFile:n},s=await this.runBuild(e,r,i);if(s.code!==
0&&e.cache&&uk.test(ir(s))&&(this.reporter.warning(`the build failed on the layer cache (${ir(s)}); building again without it`),s=await this.runBuild({...e,cache:void 0},
r,i)),s.code!==0&&e.platform&&/Multi-platform build is not supported/i.test(s.stderr))throw ed(e.platform,ir(s).replace(/^ERROR: /,""));if(s.code!==0)throw new _t(
`docker ${r==="buildx"?"buildx build":"build"} failed (exit ${s.code}): ${ir(s)}`);return!n||!e.pushFromBuilder?void 0:JSON.parse((0,Sn.readFileSync)(n,"utf8"))["\
containerimage.digest"]}finally{o&&(0,Sn.rmSync)(o,{recursive:!0,force:!0})}}runBuild(e,r,o){let{argv:n,env:i}=ak(e,r,o);return this.run("docker",n,{output:this.
reporter.output,env:i})}async pullCache(e){let r=await this.run("docker",["pull","--quiet",e],{output:this.reporter.output});return r.code!==0&&this.reporter.warning(
`no layer cache: docker pull ${e} failed (${ir(r)}); building without it`),r.code===0}async tag(e,r){let o=await this.run("docker",["tag",e,r],{output:this.reporter.
output});if(o.code!==0)throw new _t(`docker tag ${e} ${r} failed: ${ir(o)}`)}async push(e,r){let o=!1;for(let n=1;;n++){let i=await this.run("docker",["push",e],
{output:this.reporter.output}),s=`${i.stdout}
${i.stderr}`;if(i.code===0){let a=ck(s);if(!a)throw new _t(`docker push ${e} printed no digest`);return a}if(zy.test(s)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${ir(i)}); logging in again`),await r();continue}if(zy.test(s))throw new _t(`docker push ${e} was refused after a fresh login: ${ir(
i)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!ik.test(
s)||n>=Gy)throw new _t(`docker push ${e} failed after ${n} attempt(s): ${ir(i)}`);this.reporter.warning(`docker push failed (${ir(i)}); retrying (${n}/${Gy-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(n-1)))}}async checkPlatforms(e){if(!e?.includes(","))return;let r=await this.buildxSetup();if(r&&By(r)===!1)throw ed(e,
`buildx's builder ${r.name??"(current)"} uses the docker driver, and the daemon the classic image store`)}},pk=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/,
lk=/^(failed to solve\b|error\b|Error response from daemon:)/i,uk=/(import|export)(ing)? (to |from )?(the )?cache|cache (import|export)|inline cache|cache-(from|to)/i;
function ir(t){let e=n=>n.split(`
`).map(i=>i.trim()).filter(i=>i&&!pk.test(i)),r=e(t.stdout),o=e(t.stderr);return o.filter(n=>n.startsWith("ERROR: ")).pop()??o.filter(n=>lk.test(n)).pop()??o.pop()??
[...r].reverse().find(n=>/error|denied|fail|unauthorized/i.test(n))??r.pop()??`exit ${t.code}`}var AO=require("node:fs");var PO=require("node:fs");M();ot();T();k();W();U();lt();X();Ie();T();var FI=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function nL(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var UI=t=>{let e=[];switch(t.operation){default:e.push(nL(t))}return e},MI=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??
[])})};var HI=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),BI={UseFIPS:{type:"b\
uiltInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInPar\
ams",name:"useDualstackEndpoint"}};var GI={name:"@aws-sdk/client-ecr",version:"3.1169.0"};M();Ie();vf();k();k();var BT="AWS_EC2_METADATA_DISABLED",GT=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:n}=await Promise.resolve().then(()=>(Dc(),Nc));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:i}=await Promise.resolve().then(()=>(Mf(),Uf));
return Lo(i(t),o(t))}return process.env[BT]&&process.env[BT]!=="false"?async()=>{throw new R("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),n(t))};function zT(t,e){let r=kL(t),o,n,i,s,a=async c=>{if(c?.forceRefresh)return s||(s=r(c).then(l=>{i=l}).finally(()=>{s=void 0})),await s,i;if(i?.expiration&&i?.expiration?.
getTime()<Date.now()&&(i=void 0),o)await o;else if(!i||e?.(i))if(i)n||(n=r(c).then(l=>{i=l}).catch(()=>{}).finally(()=>{n=void 0}));else return o=r(c).then(l=>{
i=l}).finally(()=>{o=void 0}),a(c);return i};return a}var kL=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(n){if(r=n,n?.tryNextLink)continue;throw n}
throw r};var hb=!1,Us=(t={})=>zT([async()=>{if(t.profile??process.env[ga])throw process.env[qi]&&process.env[Wi]&&(hb||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),hb=!0)),new R("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),Ic(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:n,
ssoRoleName:i,ssoSession:s}=t;if(!r&&!o&&!n&&!i&&!s)throw new R("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(hg(),gg));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(gb(),fb));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(oh(),rh));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>(vp(),ah));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await GT(t))()),async()=>{throw new R("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
yb);var yb=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;T();k();lt();$();uo();Ie();Xo();Qo();T();U();$();M();W();W();var Jn="ref",sn=-1,Pp=!0,Eb="isSet",lh="PartitionResult",vo="stringEquals",Ap="booleanEquals",ph="getAttr",Sb={[Jn]:"Endpoint"},Po={fn:ph,argv:[{[Jn]:lh},"n\
ame"]},xb={[Jn]:lh},an={},Rb=[{[Jn]:"Region"}],_b={conditions:[[Eb,[Sb]],[Eb,Rb],["aws.partition",Rb,lh],[vo,[Po,"aws-eusc"]],[vo,[Po,"aws-iso-f"]],[vo,[Po,"aws\
-iso-e"]],[vo,[Po,"aws-iso-b"]],[vo,[Po,"aws-iso"]],[vo,[Po,"aws-cn"]],[vo,[Po,"aws-us-gov"]],[vo,[Po,"aws"]],[Ap,[{[Jn]:"UseFIPS"},Pp]],[Ap,[{fn:ph,argv:[xb,"s\
upportsFIPS"]},Pp]],[Ap,[{[Jn]:"UseDualStack"},Pp]],[Ap,[{fn:ph,argv:[xb,"supportsDualStack"]},Pp]]],results:[[sn],[sn,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[sn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Sb,an],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",an],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",an],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",an],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",an],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",an],[sn,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[sn,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",an],[sn,"DualStack is enabled but this partition does not support DualStack"],[sn,"Invalid Configuration: Missing Region"]]},SM=2,Le=1e8,
xM=new Int32Array([-1,1,-1,0,23,3,1,4,Le+13,2,5,Le+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,Le+4,14,Le+11,Le+12,12,18,17,13,
Le+9,Le+10,13,19,Le+6,14,Le+8,Le+9,11,22,21,13,Le+5,Le+4,13,Le+7,Le+6,11,Le+1,24,13,Le+2,Le+3]),wb=et.from(xM,SM,_b.conditions,_b.results);var RM=new tt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),Ib=(t,e={})=>RM.get(t,()=>Ut(wb,{endpointParams:t,logger:e.logger}));be.aws=ut;X();T();var C=class t extends Qe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var bp=class t extends C{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Op=class t extends C{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Np=class t extends C{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Dp=class t extends C{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},kp=class t extends C{static shapeId="\
com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamIma\
geException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},$p=class t extends C{static shapeId="com.amazonaws.ecr#ValidationException";name="\
ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Lp=class t extends C{static shapeId="\
com.amazonaws.ecr#EmptyUploadException";name="EmptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Fp=class t extends C{static shapeId="com.amazonaws.ecr#InvalidLayerException";name="InvalidLayerException";$fault="client";constructor(e){
super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Up=class t extends C{static shapeId="com.amazonaws.ecr#KmsE\
xception";name="KmsException";$fault="client";kmsError;constructor(e){super({name:"KmsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.kmsError=e.kmsError}},Mp=class t extends C{static shapeId="com.amazonaws.ecr#LayerAlreadyExistsException";name="LayerAlreadyExistsException";$fault="client";constructor(e){
super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Hp=class t extends C{static shapeId="com.amazonaws.ec\
r#LayerPartTooSmallException";name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Bp=class t extends C{static shapeId="com.amazonaws.ecr#UploadNotFoundException";name="UploadNotFoundException";$fault="client";constructor(e){
super({name:"UploadNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Gp=class t extends C{static shapeId="com.amazonaws.ecr#Pu\
llThroughCacheRuleAlreadyExistsException";name="PullThroughCacheRuleAlreadyExistsException";$fault="client";constructor(e){super({name:"PullThroughCacheRuleAlre\
adyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},zp=class t extends C{static shapeId="com.amazonaws.ecr#SecretNotFoundExcept\
ion";name="SecretNotFoundException";$fault="client";constructor(e){super({name:"SecretNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
jp=class t extends C{static shapeId="com.amazonaws.ecr#UnableToAccessSecretException";name="UnableToAccessSecretException";$fault="client";constructor(e){super(
{name:"UnableToAccessSecretException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vp=class t extends C{static shapeId="com.amazonaws.ecr#Un\
ableToDecryptSecretValueException";name="UnableToDecryptSecretValueException";$fault="client";constructor(e){super({name:"UnableToDecryptSecretValueException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},qp=class t extends C{static shapeId="com.amazonaws.ecr#UnsupportedUpstreamRegistryException";name="Unsu\
pportedUpstreamRegistryException";$fault="client";constructor(e){super({name:"UnsupportedUpstreamRegistryException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Wp=class t extends C{static shapeId="com.amazonaws.ecr#InvalidTagParameterException";name="InvalidTagParameterException";$fault="client";constructor(e){
super({name:"InvalidTagParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Kp=class t extends C{static shapeId="com.amazonaws.e\
cr#RepositoryAlreadyExistsException";name="RepositoryAlreadyExistsException";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Jp=class t extends C{static shapeId="com.amazonaws.ecr#TooManyTagsException";name="TooManyTagsException";$fault="\
client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yp=class t extends C{static shapeId="\
com.amazonaws.ecr#TemplateAlreadyExistsException";name="TemplateAlreadyExistsException";$fault="client";constructor(e){super({name:"TemplateAlreadyExistsExcepti\
on",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Xp=class t extends C{static shapeId="com.amazonaws.ecr#LifecyclePolicyNotFoundException";name="\
LifecyclePolicyNotFoundException";$fault="client";constructor(e){super({name:"LifecyclePolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Qp=class t extends C{static shapeId="com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";name="PullThroughCacheRuleNotFoundException";$fault="\
client";constructor(e){super({name:"PullThroughCacheRuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zp=class t extends C{static shapeId="\
com.amazonaws.ecr#RegistryPolicyNotFoundException";name="RegistryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RegistryPolicyNotFoundExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},el=class t extends C{static shapeId="com.amazonaws.ecr#RepositoryNotEmptyException";name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
tl=class t extends C{static shapeId="com.amazonaws.ecr#TemplateNotFoundException";name="TemplateNotFoundException";$fault="client";constructor(e){super({name:"T\
emplateNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},rl=class t extends C{static shapeId="com.amazonaws.ecr#RepositoryPoli\
cyNotFoundException";name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},ol=class t extends C{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurati\
onNotFoundException";$fault="client";constructor(e){super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
nl=class t extends C{static shapeId="com.amazonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"\
ExclusionNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},il=class t extends C{static shapeId="com.amazonaws.ecr#ImageNotFoun\
dException";name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},sl=class t extends C{static shapeId="com.amazonaws.ecr#ScanNotFoundException";name="ScanNotFoundException";$fault="client";constructor(e){super({
name:"ScanNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},al=class t extends C{static shapeId="com.amazonaws.ecr#Replication\
BackfillNotFoundException";name="ReplicationBackfillNotFoundException";$fault="client";constructor(e){super({name:"ReplicationBackfillNotFoundException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},cl=class t extends C{static shapeId="com.amazonaws.ecr#LayerInaccessibleException";name="LayerInaccessi\
bleException";$fault="client";constructor(e){super({name:"LayerInaccessibleException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pl=class t extends C{static shapeId="\
com.amazonaws.ecr#LayersNotFoundException";name="LayersNotFoundException";$fault="client";constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},ll=class t extends C{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamLayerException";name="UnableToGetUpstreamLay\
erException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ul=class t extends C{static shapeId="\
com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";name="LifecyclePolicyPreviewNotFoundException";$fault="client";constructor(e){super({name:"LifecycleP\
olicyPreviewNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},dl=class t extends C{static shapeId="com.amazonaws.ecr#UnableToL\
istUpstreamImageReferrersException";name="UnableToListUpstreamImageReferrersException";$fault="client";constructor(e){super({name:"UnableToListUpstreamImageRefe\
rrersException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ml=class t extends C{static shapeId="com.amazonaws.ecr#ImageAlreadyExistsExcept\
ion";name="ImageAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},fl=class t extends C{static shapeId="com.amazonaws.ecr#ImageDigestDoesNotMatchException";name="ImageDigestDoesNotMatchException";$fault="client";constructor(e){
super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},gl=class t extends C{static shapeId="com.amazona\
ws.ecr#ImageTagAlreadyExistsException";name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},hl=class t extends C{static shapeId="com.amazonaws.ecr#ReferencedImagesNotFoundException";name="Referen\
cedImagesNotFoundException";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
yl=class t extends C{static shapeId="com.amazonaws.ecr#BlockedByOrganizationPolicyException";name="BlockedByOrganizationPolicyException";$fault="client";constructor(e){
super({name:"BlockedByOrganizationPolicyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},El=class t extends C{static shapeId="com.ama\
zonaws.ecr#ExclusionAlreadyExistsException";name="ExclusionAlreadyExistsException";$fault="client";constructor(e){super({name:"ExclusionAlreadyExistsException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Sl=class t extends C{static shapeId="com.amazonaws.ecr#ImageArchivedException";name="ImageArchi\
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xl=class t extends C{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Rl=class t extends C{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},_l=class t extends C{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
wl=class t extends C{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Il=class t extends C{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Tl=class t extends C{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var _M="Attribute",wM="AuthorizationData",IM="AuthorizationDataList",TM="AwsEcrContainerImageDetails",CM="AttributeList",vM="BlockedByOrganizationPolicyExceptio\
n";var PM="BatchGetImage",AM="BatchGetImageRequest",bM="BatchGetImageResponse";var OM="CreateRepository";var NM="CreateRepositoryRequest",DM="CreateRepositoryResponse",kM="CvssScore",$M="CvssScoreAdjustment",LM="CvssScoreAdjustmentList",FM="CvssScoreDetails",UM="Cv\
ssScoreList",MM="DescribeImages",HM="DescribeImagesFilter",BM="DescribeImagesRequest";var GM="DescribeImagesResponse",zM="DescribeImageScanFindings",jM="DescribeImageScanFindingsRequest",VM="DescribeImageScanFindingsResponse";var qM="DescribeRepositoriesRequest",WM="DescribeRepositoriesResponse";var KM="DescribeRepositories";var JM="ExclusionAlreadyExistsException",YM="EncryptionConfiguration";var XM="EnhancedImageScanFinding",QM="EnhancedImageScanFindingList",ZM="ExclusionNotFoundException",eH="EmptyUploadException";var tH="GetAuthorizationToken",rH="GetAuthorizationTokenRequest",oH="GetAuthorizationTokenResponse";var nH="Image",iH="ImageArchivedException",sH="ImageAlreadyExistsException",aH="ImageDetail",cH="ImageDigestDoesNotMatchException",pH="ImageDetailList",lH="Imag\
eFailure",uH="ImageFailureList",dH="ImageIdentifier",mH="ImageIdentifierList",fH="ImageList",gH="InvalidLayerException",hH="InvalidLayerPartException";var yH="ImageNotFoundException",EH="InvalidParameterException";var SH="ImageScanningConfiguration",xH="ImageStorageClassUpdateNotSupportedException",RH="ImageScanFinding",_H="ImageScanFindingList",wH="ImageScanFindingsSumma\
ry",IH="ImageScanFindings",TH="ImageScanStatus";var CH="ImageTagAlreadyExistsException",vH="ImageTagMutabilityExclusionFilter",PH="ImageTagMutabilityExclusionFilters",AH="InvalidTagParameterException",bH="Key",
OH="KmsException";var NH="LayerAlreadyExistsException",DH="LimitExceededException";var kH="LayerInaccessibleException";var $H="LayersNotFoundException",LH="LifecyclePolicyNotFoundException";var FH="LifecyclePolicyPreviewInProgressException",UH="LifecyclePolicyPreviewNotFoundException";var MH="LayerPartTooSmallException";var HH="PutImage",BH="PutImageRequest",GH="PutImageResponse";var zH="PutLifecyclePolicy",jH="PutLifecyclePolicyRequest",VH="PutLifecyclePolicyResponse";var qH="PullThroughCacheRuleAlreadyExistsException";var WH="PullThroughCacheRuleNotFoundException",KH="PackageVulnerabilityDetails",JH="Recommendation",YH="RepositoryAlreadyExistsException",XH="ReplicationBackfil\
lInProgressException",QH="ReplicationBackfillInvalidStatusException",ZH="ReplicationBackfillNotFoundException";var eB="ResourceDetails";var tB="ReferencedImagesNotFoundException",rB="RepositoryList",oB="ResourceList",nB="RepositoryNotEmptyException",iB="RepositoryNotFoundException",sB="RegistryP\
olicyNotFoundException",aB="RepositoryPolicyNotFoundException";var cB="Remediation",pB="Repository",lB="Resource";var uB="SigningConfigurationNotFoundException",dB="ScoreDetails",mB="ServerException";var fB="StartImageScan",gB="StartImageScanRequest",hB="StartImageScanResponse";var yB="ScanNotFoundException",EB="SecretNotFoundException";var SB="SetRepositoryPolicy",xB="SetRepositoryPolicyRequest",RB="SetRepositoryPolicyResponse",_B="Tag",wB="TemplateAlreadyExistsException";var IB="TagList",TB="TooManyTagsException",CB="TemplateNotFoundException";var vB="UnsupportedImageTypeException";var PB="UploadNotFoundException";var AB="UnableToAccessSecretException",bB="UnableToDecryptSecretValueException",OB="UnableToGetUpstreamImageException",NB="UnableToGetUpstreamLayerException",DB="\
UnableToListUpstreamImageReferrersException",kB="UnsupportedUpstreamRegistryException",$B="Value",LB="ValidationException",FB="VulnerablePackage",UB="Vulnerable\
PackagesList";var MB="architecture",HB="awsAccountId",BB="authorizationData",GB="awsEcrContainerImage";var zB="acceptedMediaTypes",jB="artifactMediaType";var VB="authorizationToken";var qB="adjustments";var WB="arch",KB="attributes",JB="author";var YB="baseScore",D="client";var XB="createdAt";var Tb="cvss",uh="description";var QB="details";var O="error",ZB="expiresAt";var e2="exploitAvailable",Cb="encryptionConfiguration",t2="enhancedFindings";var r2="encryptionType",o2="epoch",n2="failures",i2="findingArn",s2="fixAvailable",a2="failureCode";var c2="fixedInVersion",p2="firstObservedAt",l2="filePath",u2="failureReason";var vb="findingSeverityCounts",d2="filterType";var Pb="filter",m2="findings",f2="force",g2="httpError",h2="images",y2="imageDetails",dh="imageDigest",E2="imageHash",Ab="imageIds",Yn="imageId",bb="imageManife\
st",mh="imageManifestMediaType",S2="imagePushedAt",Ob="imageStatus",Nb="imageScanningConfiguration",Db="imageScanCompletedAt",x2="imageScanFindings",R2="imageSc\
anFindingsSummary",_2="imageSizeInBytes",fh="imageScanStatus",kb="imageTags";var $b="imageTagMutability",Lb="imageTagMutabilityExclusionFilters",Fb="imageTag",w2="inUseCount";var I2="id",T2="image",C2="key",v2="kmsError",P2="kmsKey";var A2="lastArchivedAt",b2="lastActivatedAt";var O2="lastInUseAt",N2="lastObservedAt";var Ub="lifecyclePolicyText",D2="lastRecordedPullTime";var k2="lastValidByteReceived",N="message",gh="maxResults";var $2="metric",Mb="name",Xn="nextToken",L2="platform",F2="pushedAt";var U2="proxyEndpoint";var M2="packageManager";var Hb="policyText";var H2="packageVulnerabilityDetails";var B2="registry";var G2="repositoryArn";var Fe="registryId",z2="registryIds",Ue="repositoryName",j2="repositoryNames";var V2="referenceUrls",q2="repositoryUri",W2="relatedVulnerabilities",K2="repository",J2="reason",Y2="recommendation";var X2="release",Q2="remediation",Z2="repositories";var e3="resources";var Bb="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var t3="scoreDetails";var r3="sourceLayerHash",o3="subjectManifestDigest",n3="scanOnPush";var i3="scoreSource";var s3="sourceUrl",Gb="scoringVector",zb="score",a3="server",jb="severity";var Vb="source",qb="status";var Wb="tags";var c3="tagStatus";var p3="text",l3="title",Kb="type",u3="uri",d3="updatedAt",m3="uploadId";var f3="url",g3="value",h3="vendorCreatedAt",y3="vulnerabilityId",E3="vulnerablePackages",S3="vendorSeverity",Jb="vulnerabilitySourceUpdatedAt",x3="vendorUpdate\
dAt",hh="version",y="com.amazonaws.ecr",Yb=new Q(Bb),R3=[-3,Bb,"ECRServiceException",0,[],[]];Yb.registerError(R3,C);var P=new Q(y),_3=[-3,y,vM,{[O]:D},[N],[0]];
P.registerError(_3,yl);var w3=[-3,y,eH,{[O]:D},[N],[0]];P.registerError(w3,Lp);var I3=[-3,y,JM,{[O]:D},[N],[0]];P.registerError(I3,El);var T3=[-3,y,ZM,{[O]:D},[
N],[0]];P.registerError(T3,nl);var C3=[-3,y,sH,{[O]:D},[N],[0]];P.registerError(C3,ml);var v3=[-3,y,iH,{[O]:D},[N],[0]];P.registerError(v3,Sl);var P3=[-3,y,cH,{
[O]:D},[N],[0]];P.registerError(P3,fl);var A3=[-3,y,yH,{[O]:D},[N],[0]];P.registerError(A3,il);var b3=[-3,y,xH,{[O]:D},[N],[0]];P.registerError(b3,Il);var O3=[-3,
y,CH,{[O]:D},[N],[0]];P.registerError(O3,gl);var N3=[-3,y,gH,{[O]:D},[N],[0]];P.registerError(N3,Fp);var D3=[-3,y,hH,{[O]:D},[Fe,Ue,m3,k2,N],[0,0,0,1,0]];P.registerError(
D3,Tl);var k3=[-3,y,EH,{[O]:D},[N],[0]];P.registerError(k3,bp);var $3=[-3,y,AH,{[O]:D},[N],[0]];P.registerError($3,Wp);var L3=[-3,y,OH,{[O]:D},[N,v2],[0,0]];P.registerError(
L3,Up);var F3=[-3,y,NH,{[O]:D},[N],[0]];P.registerError(F3,Mp);var U3=[-3,y,kH,{[O]:D},[N],[0]];P.registerError(U3,cl);var M3=[-3,y,MH,{[O]:D},[N],[0]];P.registerError(
M3,Hp);var H3=[-3,y,$H,{[O]:D},[N],[0]];P.registerError(H3,pl);var B3=[-3,y,LH,{[O]:D},[N],[0]];P.registerError(B3,Xp);var G3=[-3,y,FH,{[O]:D},[N],[0]];P.registerError(
G3,Rl);var z3=[-3,y,UH,{[O]:D},[N],[0]];P.registerError(z3,ul);var j3=[-3,y,DH,{[O]:D},[N],[0]];P.registerError(j3,Dp);var V3=[-3,y,qH,{[O]:D},[N],[0]];P.registerError(
V3,Gp);var q3=[-3,y,WH,{[O]:D},[N],[0]];P.registerError(q3,Qp);var W3=[-3,y,tB,{[O]:D},[N],[0]];P.registerError(W3,hl);var K3=[-3,y,sB,{[O]:D},[N],[0]];P.registerError(
K3,Zp);var J3=[-3,y,XH,{[O]:D},[N],[0]];P.registerError(J3,_l);var Y3=[-3,y,QH,{[O]:D},[N],[0]];P.registerError(Y3,wl);var X3=[-3,y,ZH,{[O]:D},[N],[0]];P.registerError(
X3,al);var Q3=[-3,y,YH,{[O]:D},[N],[0]];P.registerError(Q3,Kp);var Z3=[-3,y,nB,{[O]:D},[N],[0]];P.registerError(Z3,el);var eG=[-3,y,iB,{[O]:D},[N],[0]];P.registerError(
eG,Op);var tG=[-3,y,aB,{[O]:D},[N],[0]];P.registerError(tG,rl);var rG=[-3,y,yB,{[O]:D},[N],[0]];P.registerError(rG,sl);var oG=[-3,y,EB,{[O]:D},[N],[0]];P.registerError(
oG,zp);var nG=[-3,y,mB,{[O]:a3},[N],[0]];P.registerError(nG,Np);var iG=[-3,y,uB,{[O]:D},[N],[0]];P.registerError(iG,ol);var sG=[-3,y,wB,{[O]:D},[N],[0]];P.registerError(
sG,Yp);var aG=[-3,y,CB,{[O]:D},[N],[0]];P.registerError(aG,tl);var cG=[-3,y,TB,{[O]:D},[N],[0]];P.registerError(cG,Jp);var pG=[-3,y,AB,{[O]:D},[N],[0]];P.registerError(
pG,jp);var lG=[-3,y,bB,{[O]:D},[N],[0]];P.registerError(lG,Vp);var uG=[-3,y,OB,{[O]:D},[N],[0]];P.registerError(uG,kp);var dG=[-3,y,NB,{[O]:D},[N],[0]];P.registerError(
dG,ll);var mG=[-3,y,DB,{[O]:D},[N],[0]];P.registerError(mG,dl);var fG=[-3,y,vB,{[O]:D},[N],[0]];P.registerError(fG,xl);var gG=[-3,y,kB,{[O]:D},[N],[0]];P.registerError(
gG,qp);var hG=[-3,y,PB,{[O]:D},[N],[0]];P.registerError(hG,Bp);var yG=[-3,y,LB,{[O]:D,[g2]:400},[N],[0]];P.registerError(yG,$p);var Xb=[Yb,P],EG=[3,y,_M,0,[C2,g3],
[0,0],1],SG=[3,y,wM,0,[VB,ZB,U2],[0,4,0]],xG=[3,y,TM,0,[MB,JB,E2,kb,L2,F2,O2,w2,B2,Ue],[0,0,0,64,0,4,4,1,0,0]];var RG=[3,y,AM,0,[Ue,Ab,Fe,zB],[0,()=>rO,0,64],2],_G=[3,y,bM,0,[h2,n2],[()=>m4,()=>d4]];var wG=[3,y,NM,0,[Ue,Fe,Wb,$b,Lb,Nb,Cb],[0,0,()=>y4,0,()=>oO,()=>eO,()=>Qb],1],IG=[3,y,DM,0,[K2],[()=>tO]],TG=[3,y,kM,0,[YB,Gb,Vb,hh],[1,0,0,0]],CG=[3,y,$M,0,[$2,
J2],[0,0]],vG=[3,y,FM,0,[qB,zb,i3,Gb,hh],[()=>c4,1,0,0,0]];var PG=[3,y,jM,0,[Ue,Yn,Fe,Xn,gh],[0,()=>cn,0,0,1],2],AG=[3,y,VM,0,[Fe,Ue,Yn,fh,x2,Xn],[0,0,()=>cn,()=>yh,()=>BG,0]],bG=[3,y,HM,0,[c3,Ob],[0,0]];var OG=[3,y,BM,0,[Ue,Fe,Ab,Xn,gh,Pb],[0,0,()=>rO,0,1,()=>bG],1],NG=[3,y,GM,0,[y2,Xn],[()=>u4,0]];var DG=[3,y,qM,0,[Fe,j2,Xn,gh],[0,64,0,1]],kG=[3,y,WM,0,[Z2,Xn],[()=>g4,0]];var Qb=[3,y,YM,0,[r2,P2],[0,0],1];var $G=[3,y,XM,0,[HB,uh,i2,p2,N2,H2,Q2,e3,zb,t3,jb,qb,l3,Kb,d3,s2,e2],[0,0,0,4,4,()=>jG,()=>YG,()=>h4,1,()=>ZG,0,0,0,0,4,0,0]];var LG=[3,y,rH,0,[z2],[64]],FG=[3,y,oH,0,[BB],[()=>a4]];var Zb=[3,y,nH,0,[Fe,Ue,Yn,bb,mh],[0,0,()=>cn,0,0]],UG=[3,y,aH,0,[Fe,Ue,dh,kb,_2,S2,fh,R2,mh,jB,D2,o3,Ob,A2,b2],[0,0,0,64,1,4,()=>yh,()=>GG,0,0,4,0,0,4,4]],MG=[
3,y,lH,0,[Yn,a2,u2],[()=>cn,0,0]],cn=[3,y,dH,0,[dh,Fb],[0,0]];var HG=[3,y,RH,0,[Mb,uh,u3,jb,KB],[0,0,0,0,()=>s4]],BG=[3,y,IH,0,[Db,Jb,vb,m2,t2],[4,4,129,()=>f4,()=>l4]],GG=[3,y,wH,0,[Db,Jb,vb],[4,4,129]],eO=[3,y,SH,0,[n3],
[2]],yh=[3,y,TH,0,[qb,uh],[0,0]];var zG=[3,y,vH,0,[d2,Pb],[0,0],2];var jG=[3,y,KH,0,[Tb,V2,W2,Vb,s3,h3,S3,x3,y3,E3],[()=>p4,64,64,0,0,4,0,4,0,()=>E4]];var VG=[3,y,BH,0,[Ue,bb,Fe,mh,Fb,dh],[0,0,0,0,0,0],2],qG=[3,y,GH,0,[T2],[()=>Zb]];var WG=[3,y,jH,0,[Ue,Ub,Fe],[0,0,0],2],KG=[3,y,VH,0,[Fe,Ue,Ub],[0,0,0]];var JG=[3,y,JH,0,[f3,p3],[0,0]];var YG=[3,y,cB,0,[Y2],[()=>JG]];var tO=[3,y,pB,0,[G2,Fe,Ue,q2,XB,$b,Lb,Nb,Cb],[0,0,0,0,4,0,()=>oO,()=>eO,()=>Qb]];var XG=[3,y,lB,0,[QB,I2,Wb,Kb],[()=>QG,0,128,0]],QG=[3,y,eB,0,[GB],[()=>xG]];var ZG=[3,y,dB,0,[Tb],[()=>vG]],e4=[3,y,xB,0,[Ue,Hb,Fe,f2],[0,0,0,2],2],t4=[3,y,RB,0,[Fe,Ue,Hb],[0,0,0]];var r4=[3,y,gB,0,[Ue,Yn,Fe],[0,()=>cn,0],2],o4=[3,y,hB,0,[Fe,Ue,Yn,fh],[0,0,()=>cn,()=>yh]];var n4=[3,y,_B,0,[bH,$B],[0,0],2];var i4=[3,y,FB,0,[WB,o2,l2,Mb,M2,X2,r3,hh,c2],[0,1,0,0,0,0,0,0,0]];var s4=[1,y,CM,0,()=>EG],a4=[1,y,IM,0,()=>SG];var c4=[1,y,LM,0,()=>CG],p4=[1,y,UM,0,()=>TG],l4=[1,y,QM,0,()=>$G];var u4=[1,y,pH,0,()=>UG],d4=[1,y,uH,0,()=>MG],rO=[1,y,mH,0,()=>cn],m4=[1,y,fH,0,()=>Zb];var f4=[1,y,_H,0,()=>HG];var oO=[1,y,PH,0,()=>zG];var g4=[1,y,rB,0,()=>tO];var h4=[1,y,oB,0,()=>XG];var y4=[1,y,IB,0,()=>n4];var E4=[1,y,UB,0,()=>i4];var nO=[9,y,PM,0,()=>RG,()=>_G];var iO=[9,y,OM,0,()=>wG,()=>IG];var sO=[9,y,MM,0,()=>OG,()=>NG],aO=[9,y,zM,0,()=>PG,()=>AG];var cO=[9,y,KM,0,()=>DG,()=>kG];var pO=[9,y,tH,0,()=>LG,()=>FG];var lO=[9,y,HH,0,()=>VG,()=>qG];var uO=[9,y,zH,0,()=>WG,()=>KG];var dO=[9,y,SB,0,()=>e4,()=>t4],mO=[9,y,fB,0,()=>r4,()=>o4];var fO=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??Ib,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??UI,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge}],logger:t?.logger??new we,protocol:t?.protocol??Yo,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:Xb,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??mt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??
Z});var gO=t=>{Nt(process.version);let e=Ft(t),r=()=>e().then(Ot),o=fO(t);wt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(dt,n),bodyLengthChecker:t?.bodyLengthChecker??Tt,credentialDefaultProvider:t?.credentialDefaultProvider??
Us,defaultSocketTimeout:hr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Qt({serviceId:o.serviceId,clientVersion:GI.version}),maxAttempts:t?.
maxAttempts??_(Kt,t),region:t?.region??_(Ae,{...Ze,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Yt,default:async()=>(await r()).
retryMode||nt},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(At,n),userAgentAppId:t?.
userAgentAppId??_(Zt,n)}};M();T();U();var hO=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let i=e.findIndex(s=>s.schemeId===n.schemeId);i===-1?e.
push(n):e.splice(i,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
yO=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var EO=(t,e)=>{let r=Object.assign(er(t),Dt(t),Mt(t),hO(t));return e.forEach(o=>o.configure(r)),Object.assign(t,tr(r),kt(r),Ht(r),yO(r))};var Cl=class extends Te{config;constructor(...[e]){let r=gO(e||{});super(r),this.initConfig=r;let o=HI(r),n=Vt(o),i=Jt(n),s=Lt(i),a=s,c=ar(a),l=MI(c),u=EO(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(bt(this.config)),this.middlewareStack.use(Xt(this.config)),this.middlewareStack.use(pr(this.config)),this.
middlewareStack.use(Bt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(jt(this.config)),
this.middlewareStack.use(ct(this.config,{httpAuthSchemeParametersProvider:FI,identityProviderConfigProvider:async d=>new je({"aws.auth#sigv4":d.credentials})})),
this.middlewareStack.use(pt(this.config))}destroy(){super.destroy()}};T();W();var ye=$t(BI,"AmazonEC2ContainerRegistry_V20150921","ECRClient",cr),Ee={},Se=(t,e,r,o)=>[];var vl=class extends ye(Ee,Se,"BatchGetImage",nO){};var Pl=class extends ye(Ee,Se,"CreateRepository",iO){};var Al=class extends ye(Ee,Se,"DescribeImageScanFindings",aO){};var bl=class extends ye(Ee,Se,"DescribeImages",sO){};var Ol=class extends ye(Ee,Se,"DescribeRepositories",cO){};var Ms=class extends ye(Ee,Se,"GetAuthorizationToken",pO){};var Nl=class extends ye(Ee,Se,"PutImage",lO){};var Dl=class extends ye(Ee,Se,"PutLifecyclePolicy",uO){};var kl=class extends ye(Ee,Se,"SetRepositoryPolicy",dO){};var $l=class extends ye(Ee,Se,"StartImageScan",mO){};var Ll=Jr(require("node:http")),Eh=Jr(require("node:https")),SO=require("node:net"),xO=require("node:tls");var RO=t=>(e,r)=>t?.(e,r);function xh(t,e){let r=t.protocol==="https:"?"https":"http",o=(e[`${r}_proxy`]||e[`${r.toUpperCase()}_PROXY`]||"").trim();if(!o||S4(t,
e.no_proxy??e.NO_PROXY??""))return;let n;try{n=new URL(o.includes("://")?o:`http://${o}`)}catch{throw new gr(`${r.toUpperCase()}_PROXY is not a URL like http://\
proxy.example.com:3128`)}if(n.protocol!=="http:")throw new gr(`${r.toUpperCase()}_PROXY: only http:// proxies are supported, not ${n.protocol}//${n.host}`);return n}
function S4(t,e){let r=t.hostname.replace(/^\[|\]$/g,"").toLowerCase(),o=t.port||(t.protocol==="https:"?"443":"80");return e.split(/[\s,]+/).filter(Boolean).some(
n=>{if(n==="*")return!0;let i=/^\[([^\]]+)\](?::(\d+))?$/.exec(n)??/^([^:]+)(?::(\d+))?$/.exec(n)??[n,n],s=i[1].replace(/^\*?\./,"").toLowerCase();return i[2]&&
i[2]!==o?!1:r===s||r.endsWith(`.${s}`)})}var x4=t=>`${t.protocol}//${t.host}`;function _O(t){if(!t.username)return;let e=`${decodeURIComponent(t.username)}:${decodeURIComponent(
t.password)}`;return`Basic ${Buffer.from(e).toString("base64")}`}function Rh(t,e,r){return new gr(`the proxy ${x4(t)} (for ${e}) ${r}`)}function wO(t,e,r){let o=(0,SO.connect)(
{host:t.hostname.replace(/^\[|\]$/g,""),port:Number(t.port||80)}),n=i=>r(Rh(t,e,`could not be reached: ${i.code??i.message}`));return o.once("error",n),o.once("\
connect",()=>{o.off("error",n),r(null,o)}),o}var Sh=(t,e)=>({host:t.hostname??t.host??"localhost",port:Number(t.port||e)}),Fl=class extends Ll.Agent{constructor(r,o){
super(o);this.env=r}env;proxy(r){return xh(new URL(`http://${r.host.includes(":")?`[${r.host}]`:r.host}:${r.port}`),this.env)}addRequest(r,o){let n=Sh(o,80),i=this.
proxy(n);if(i){r.path=`http://${n.host.includes(":")?`[${n.host}]`:n.host}:${n.port}${r.path}`;let s=_O(i);s&&r.setHeader("proxy-authorization",s);let a=r.emit.
bind(r);r.emit=((c,...l)=>{let u=l[0];return c!=="response"||u.statusCode!==407?a(c,...l):(u.resume(),r.destroy(Rh(i,`${n.host}:${n.port}`,"refused the request:\
 407 Proxy Authentication Required (check the credentials in HTTP_PROXY)")),!0)})}Ll.Agent.prototype.addRequest.call(this,r,o)}createConnection(r,o){let n=Sh(r,
80),i=this.proxy(n);if(!i)return Ll.Agent.prototype.createConnection.call(this,r,o);wO(i,`${n.host}:${n.port}`,RO(o))}},Ul=class extends Eh.Agent{constructor(r,o){
super(o);this.env=r}env;createConnection(r,o){let n=RO(o),i=Sh(r,443),s=`${i.host.includes(":")?`[${i.host}]`:i.host}:${i.port}`,a=xh(new URL(`https://${s}`),this.
env);if(!a)return Eh.Agent.prototype.createConnection.call(this,r);wO(a,s,(c,l)=>{if(c||!l)return n(c);let u=_O(a);l.write(`CONNECT ${s} HTTP/1.1\r
Host: ${s}\r
${u?`Proxy-Authorization: ${u}\r
`:""}\r
`);let d=Buffer.alloc(0),m=h=>{l.destroy(),n(Rh(a,s,h))},f=h=>{if(d=Buffer.concat([d,h]),d.indexOf(`\r
\r
`)<0)return;l.off("data",f),l.off("error",g),l.off("end",E);let S=/^HTTP\/1\.[01] (\d{3})([^\r\n]*)/.exec(d.toString("latin1"));if(S?.[1]!=="200")return m(`refu\
sed the tunnel: ${S?`${S[1]}${S[2]}`:"no HTTP answer"}${S?.[1]==="407"?" (check the credentials in HTTPS_PROXY)":""}`);let v=r.servername??(/^[\d.]+$|:/.test(i.
host)?void 0:i.host);n(null,(0,xO.connect)({...r,socket:l,servername:v}))},g=h=>m(`dropped the tunnel: ${h.message}`),E=()=>m("closed the connection before answ\
ering CONNECT");l.on("data",f),l.once("error",g),l.once("end",E)})}};function IO(t){return["http_proxy","HTTP_PROXY","https_proxy","HTTPS_PROXY"].some(e=>t[e]?.
trim())?{httpAgent:new Fl(t,{keepAlive:!0}),httpsAgent:new Ul(t,{keepAlive:!0})}:{}}function TO(t,e){if(xh(t,e))return t.protocol==="https:"?new Ul(e,{keepAlive:!1}):
new Fl(e,{keepAlive:!1})}var CO=5,R4=5e3,_4=3e4;function w4(t=1/0){let e=Math.max(1e3,Math.min(_4,Math.floor(t/3)));return{connectionTimeout:Math.min(R4,e),requestTimeout:e}}function Qn(t,e,r){
return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:CO,requestHandler:{...w4(r?.ms),throwOnRequestTimeout:!0,...IO(process.env)}}}function Ml(t){let e=t??
{},r=e.name??"",o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,n=o||!!e.$retryable||(e.$metadata?.httpStatusCode??
0)>=500||/Timeout/.test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.test(e.code??"");return{attempts:e.$metadata?.
attempts??1,transient:n,throttled:o}}function Hl(t,e){return e?`AWS kept throttling ${t} for longer than ${CO} attempts with backoff: re-run later, spread out c\
oncurrent deliveries, or raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: check the runner's access to AWS (proxy, firew\
all, VPC endpoint, AWS_ENDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var Zn=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],I4=new Set(["RepositoryNotFoundException","RepositoryAlreadyExistsException","ImageAlreadyExistsException","I\
mageTagAlreadyExistsException","ScanNotFoundException","LayersNotFoundException"]),ht=t=>t?.name??"";async function Bl(t,e,r,o){try{return await En(r,`${t.label}\
 ${e}`,o)}catch(n){throw T4(t,e,n)}}function T4(t,e,r){let o=ht(r);if(r instanceof Rt||I4.has(o))return r;let n=`${t.label} ${e}`,i=`${o}: ${r.message}`;if(o===
"CredentialsProviderError")return new le(`no AWS credentials for ${n}: ${r.message}`,"set role-to-assume to use the CI's OIDC token, or provide credentials (AWS\
_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",{cause:r});let s=Ml(r);if(s.transient)return new le(`${n} failed after ${s.attempts} attempt\
(s): ${i}`,Hl("ECR",s.throttled),{cause:r});if(/ExpiredToken/.test(o))return new le(`${n} failed: the AWS credentials have expired (${i})`,"with role-to-assume \
they are refreshed before they expire; ambient credentials must outlive the run (or raise role-duration-seconds for the role that issued them)",{cause:r});let a=/AccessDenied|UnrecognizedClient|InvalidSignature/.
test(o);return new le(`${n} failed: ${i}`,a?t.permissionHint(e):void 0,{cause:r})}var C4=4;function Hs(t,e=t?.proxyEndpoint){if(!t?.authorizationToken||!e)throw new le("ECR returned no authorization data");let r=Buffer.from(t.authorizationToken,
"base64").toString("utf8"),o=r.indexOf(":");return{host:e.replace(/^https?:\/\//,"").replace(/\/+$/,""),username:r.slice(0,o),password:r.slice(o+1)}}function v4(t){
return new RegExp(`^${t.split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(".*")}$`)}function _h(t,e){let r=t.exclusionFilters.some(o=>v4(o).test(e));
switch(t.mutability){case"IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"MUTABLE_WITH_EXCLUSION":return r;default:return!1}}async function vO(t,e,r,o){
let n=[...o],i=async()=>{for(let s=n.shift();s!==void 0;s=n.shift())await t.putTag(e,r,s)};await Promise.all(Array.from({length:Math.min(C4,n.length)},i))}var P4=5,wh=100,A4={label:"ECR",permissionHint:t=>`the credentials need ecr:${t} on this repository (\`ecr-deliver iam-policy\` prints the policy)`},ei=class{constructor(e,r,o,n){
this.registryId=o;this.deadline=n;this.ecr=new Cl(Qn(e,r,n)),this.sendOptions={abortSignal:n?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}async login(){
let e=await this.send("GetAuthorizationToken",new Ms(this.registryId?{registryIds:[this.registryId]}:{}));return Hs(e.authorizationData?.[0])}async logins(e){return((await this.
send("GetAuthorizationToken",new Ms({registryIds:e}))).authorizationData??[]).map(o=>Hs(o))}async findRepository(e){let r=await this.describe(e);return r&&Ih(r,
!1)}async ensureRepository(e,r){let o=await this.findRepository(e.repository);if(o)return o;if(!e.createRepository)throw new le(`repository ${e.repository} does\
 not exist`,"create it, or set create-repository: true");let n=b4(e,r);try{let i=await this.send("CreateRepository",new Pl({registryId:this.registryId,repositoryName:e.
repository,imageTagMutability:e.imageTagMutability,imageTagMutabilityExclusionFilters:n,imageScanningConfiguration:{scanOnPush:e.scanOnPush},encryptionConfiguration:{
encryptionType:e.encryptionType,kmsKey:e.kmsKey}}));return Ih(i.repository,!0)}catch(i){if(ht(i)!=="RepositoryAlreadyExistsException")throw i;let s=await this.describe(
e.repository);if(!s)throw i;return Ih(s,!1)}}async applyPolicies(e){let r={registryId:this.registryId,repositoryName:e.repository},o=s=>s?(0,PO.readFileSync)(s,
"utf8"):void 0,[n,i]=[o(e.lifecyclePolicy),o(e.repositoryPolicy)];await Promise.all([n&&this.send("PutLifecyclePolicy",new Dl({...r,lifecyclePolicyText:n})),i&&
this.send("SetRepositoryPolicy",new kl({...r,policyText:i}))])}async images(e,r){let o=new Map,n=Array.from({length:Math.ceil(r.length/wh)},(s,a)=>r.slice(a*wh,
(a+1)*wh)),i;try{i=await Promise.all(n.map(s=>this.send("BatchGetImage",new vl({registryId:this.registryId,repositoryName:e,imageIds:s.map(a=>({imageTag:a})),acceptedMediaTypes:Zn}))))}catch(s){
if(ht(s)==="RepositoryNotFoundException")return o;throw s}for(let s of i.flatMap(a=>a.images??[])){let a=s.imageId?.imageTag;a&&s.imageId?.imageDigest&&s.imageManifest&&
o.set(a,{digest:s.imageId.imageDigest,manifest:s.imageManifest,mediaType:s.imageManifestMediaType??""})}return o}async latestImage(e){let r,o;for(let n=0;n<P4;n++){
let i;try{i=await this.send("DescribeImages",new bl({registryId:this.registryId,repositoryName:e,filter:{tagStatus:"TAGGED"},maxResults:1e3,nextToken:o}))}catch(s){
if(ht(s)==="RepositoryNotFoundException")return;throw s}for(let s of i.imageDetails??[]){let a=s.imagePushedAt?.getTime()??0;s.imageDigest&&!s.artifactMediaType?.
includes("artifact")&&Zn.includes(s.imageManifestMediaType??Zn[0])&&a>=(r?.at??-1)&&(r={digest:s.imageDigest,at:a})}if(o=i.nextToken,!o)break}return r?.digest}async putTag(e,r,o){
try{await this.send("PutImage",new Nl({registryId:this.registryId,repositoryName:e,imageManifest:r.manifest,imageManifestMediaType:r.mediaType||void 0,imageDigest:r.
digest,imageTag:o}))}catch(n){if(ht(n)==="ImageAlreadyExistsException")return;throw ht(n)==="ImageTagAlreadyExistsException"?new le(`tag ${o} already exists in \
the immutable repository ${e} at another image`,"immutable tags cannot move: drop the tag from `tags`, or use a new one",{cause:n}):n}}async scanFindings(e,r,o){
try{return await this.send("DescribeImageScanFindings",new Al({registryId:this.registryId,repositoryName:e,imageId:{imageDigest:r},nextToken:o,maxResults:1e3}))}catch(n){
if(ht(n)==="ScanNotFoundException")return;throw n}}async startScan(e,r){await this.send("StartImageScan",new $l({registryId:this.registryId,repositoryName:e,imageId:{
imageDigest:r}}))}async describe(e){try{return(await this.send("DescribeRepositories",new Ol({registryId:this.registryId,repositoryNames:[e]}))).repositories?.[0]}catch(r){
if(ht(r)==="RepositoryNotFoundException")return;throw r}}send(e,r){return Bl(A4,e,this.deadline,()=>this.ecr.send(r,this.sendOptions))}};function Ih(t,e){return{
name:t.repositoryName,uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.imageTagMutability??"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??
[]).map(r=>r.filter??"").filter(Boolean),scanOnPush:t.imageScanningConfiguration?.scanOnPush??!1,created:e}}function b4(t,e){if(t.imageTagMutability==="IMMUTABL\
E_WITH_EXCLUSION"){if(e.length>ju)throw new le(`an IMMUTABLE_WITH_EXCLUSION repository takes at most ${ju} exclusion filters; keeping this run's extra tags mova\
ble needs ${e.length}: ${e.join(", ")}`,"use fewer extra tags, create the repository yourself with wildcard filters, or use MUTABLE");return e.map(r=>({filterType:"\
WILDCARD",filter:r}))}}async function Gl(t,e,r,o){let n=new Map;for(let s of t)n.set(s.region??e,[...n.get(s.region??e)??[],s.id]);return(await Promise.all([...n].map(async([s,a])=>{let c=new ei(
s,r,void 0,o);try{return await c.logins(a)}finally{c.close()}}))).flat()}var O4=/unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b|may require 'docker login'/i,
N4=/^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;function Th(t){let e;try{e=(0,AO.readFileSync)(t,"utf8")}catch{return[]}let r=new Set;for(let o of e.
matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)){let n=o[1].split("/")[0];o[1].includes("/")&&(/[.:]/.test(n)||n==="localhost")&&r.add(n)}return[...r]}function bO(t,e,r,o){
if(!O4.test(t))return;let n=Th(e).filter(s=>!r.includes(s));return n.length?`the Dockerfile pulls from ${n.map(s=>{let a=N4.exec(s);return a?`${s} (pull-registr\
ies: ${a[2]===o?a[1]:`${a[1]}@${a[2]}`})`:s}).join(", ")}, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries`:void 0}var kO=require("node:child_process"),$O=require("node:fs"),LO=require("node:util");vp();var D4=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,k4=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
$4=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,L4=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
F4=100,U4=/^[A-Za-z_][A-Za-z0-9_]{0,255}$/,M4=/^[A-Za-z0-9][A-Za-z0-9._/-]{0,255}=/,H4=/^[A-Za-z0-9][A-Za-z0-9_.+-]{0,127}$/,Bs="sts.amazonaws.com",pn=["CRITICA\
L","HIGH","MEDIUM","LOW"],OO=[{name:"repository",field:"repository",...ie(Me.repository),required:!0,description:"ECR repository name, e.g. `team/api`. Validate\
d against ECR's naming rule before any AWS call.",iamPolicy:{value:"NAME",description:"ECR repository the role delivers to."}},{name:"aws-region",field:"awsRegi\
on",...ie(Me.region),defaultText:"`AWS_REGION`, then `AWS_DEFAULT_REGION`",description:"Region of the registry.",iamPolicy:{value:"REGION"}},{name:"role-to-assu\
me",field:"roleToAssume",...ie(re(D4,"is not an IAM role ARN like `arn:aws:iam::123456789012:role/name`")),defaultText:"none: the ambient AWS credential chain",
description:"IAM role ARN, assumed with `AssumeRoleWithWebIdentity` using the CI's OIDC token."},{name:"audience",field:"audience",...ie(Me.audience),default:Bs,
description:"Audience asked for the GitHub OIDC token (CircleCI tokens are used as issued).",iamPolicy:{value:"AUD",description:"Pinned `aud` of the trust polic\
y.",default:void 0,defaultText:"sts.amazonaws.com on GitHub, the org id on CircleCI"}},{name:"web-identity-token-file",field:"webIdentityTokenFile",...fn(No),defaultText:"\
`AWS_WEB_IDENTITY_TOKEN_FILE`",description:"OIDC token file, for CIs other than GitHub and CircleCI."},{name:"role-session-name",field:"roleSessionName",...ie(Me.
sessionName),defaultText:"derived from the CI run, e.g. `ecr-deliver-<run id>`",description:"STS session name (STS's charset `[\\w+=,.@-]`, 2\u201364 characters)."},
{name:"role-duration-seconds",field:"roleDurationSeconds",...ea(900,43200),default:"3600",description:"Lifetime of the assumed role's credentials, 900\u201343200."},
{name:"registry-id",field:"registryId",...ie(Me.account),defaultText:"the caller's account",description:"Account id (12 digits) that owns the registry, for cros\
s-account pushes.",iamPolicy:{value:"ID",defaultText:"`account-id`"}},{name:"create-repository",field:"createRepository",...at,default:"true",description:"Creat\
e the repository when it is missing.",iamPolicy:{value:"true|false",description:"The delivery may create the repository."}},{name:"image-tag-mutability",field:"\
imageTagMutability",...Xr("MUTABLE","IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"),default:"MUTABLE",description:"Tag mutability of a created repository: MUTABLE, IMMU\
TABLE or IMMUTABLE_WITH_EXCLUSION (the extra `tags` stay mutable)."},{name:"scan-on-push",field:"scanOnPush",...at,default:"true",description:"Scan on push, for\
 a created repository."},{name:"encryption-type",field:"encryptionType",...Xr("AES256","KMS"),default:"AES256",description:"Encryption of a created repository: \
AES256 or KMS (`kms-key` with KMS).",iamPolicy:{value:"AES256|KMS",description:"Encryption of a created repository; KMS adds the KMS grants ECR needs."}},{name:"\
kms-key",field:"kmsKey",...ie(re(k4,"is not a KMS key ARN, key id or `alias/\u2026`")),description:"KMS key ARN, id or alias, with `encryption-type: KMS`.",iamPolicy:{
value:"ARN",description:"KMS key ARN of a created repository.",defaultText:"any key of the account",...ie(re(Ey,"is not a KMS key or alias ARN like `arn:aws:kms\
:eu-west-1:123456789012:key/\u2026`"))}},{name:"lifecycle-policy",field:"lifecyclePolicy",...fn(Vu),description:"Path to a lifecycle policy JSON file, applied t\
o the repository.",iamPolicy:{value:"FILE|true",description:"The delivery applies a lifecycle policy.",default:"false",...Ju}},{name:"repository-policy",field:"\
repositoryPolicy",...fn(Vu),description:"Path to a repository policy JSON file, applied to the repository.",iamPolicy:{value:"FILE|true",description:"The delive\
ry applies a repository policy.",default:"false",...Ju}},{name:"context",field:"context",...fn(),default:".",description:"Build context directory."},{name:"dock\
erfile",field:"dockerfile",...fn(),defaultText:"`Dockerfile` in the context",description:"Dockerfile path."},{name:"build-args",field:"buildArgs",...Ny,description:"\
Build arguments, newline-separated `KEY=VALUE`; values are never printed (names only) and reach docker through its environment, not argv."},{name:"target",field:"\
target",...ie(re($4,"is not a build stage name")),description:"Build stage to build."},{name:"platform",field:"platform",...ie(py),description:"Target platforms\
, e.g. `linux/amd64,linux/arm64` (needs buildx)."},{name:"builder",field:"builder",...ie(re(H4,"is not a buildx builder name (letters, digits, `_`, `.`, `+`, `-\
`)")),defaultText:"buildx's current builder",description:"The buildx builder to build with (as `docker/setup-buildx-action` leaves one; each docker context is o\
ne too); a builder of a driver other than `docker` pushes the image itself, without loading it into the daemon."},{name:"cache",field:"cache",...at,default:"tru\
e",description:"Reuse the layers of the latest image in the repository on a fresh runner (inline cache on BuildKit, a pull and `--cache-from` on the classic bui\
lder); works in IMMUTABLE repositories, and a missing or failing cache never fails a delivery.",iamPolicy:{value:"true|false",description:"The delivery uses the\
 layer cache."}},{name:"provenance",field:"provenance",...at,default:"false",description:"BuildKit provenance/SBOM attestations (needs buildx). Off by default: \
the attestation index shows up as untagged images in ECR and breaks Lambda deploys."},{name:"image",field:"image",...ie(re(L4,"is not a local image reference li\
ke `name:tag` or an image id")),description:"Push this existing local image instead of building."},{name:"commit-sha",field:"commitSha",...ie(Me.commitSha,t=>t.
toLowerCase()),defaultText:"`GITHUB_SHA` (the PR head on `pull_request`), `CIRCLE_SHA1`, else `git rev-parse HEAD`",description:"Commit SHA the image is tagged \
with (40 hex characters)."},{name:"tags",field:"tags",...Oo(Me.tag,{commas:!0,max:F4}),description:"Extra tags, newline- or comma-separated; the commit SHA tag \
is always applied."},{name:"skip-existing",field:"skipExisting",...at,default:"false",description:"When the SHA tag already exists in ECR: no build, no layer up\
load; extra tags are added to the existing image by manifest copy."},{name:"push",field:"push",...at,default:"true",description:"Push to ECR; `false` builds and\
 tags only (pull-request builds).",iamPolicy:{value:"true|false",description:"The delivery pushes; `false`: build-only runs that just look the repository up."}},
{name:"web-identity-token-env",field:"webIdentityTokenEnv",...ie(re(U4,"is not an environment variable name (letters, digits, `_`)")),description:"Name of an en\
vironment variable that holds the OIDC token, for CIs other than GitHub and CircleCI (no token file needed)."},{name:"pull-registries",field:"pullRegistries",...ly,
description:"Other ECR registries docker is logged in to before the build, so `FROM` and cache pulls can read them: account ids (12 digits), or `ID@REGION` for \
another region, comma- or newline-separated.",iamPolicy:{value:"IDS",description:"Base-image registries the build pulls from: account ids or `ID@REGION`, comma-\
separated (as given to the delivery)."}},{name:"registry-type",field:"registryType",...Xr("private","public"),default:"private",description:"`private`, or `publ\
ic` for ECR Public (`public.ecr.aws`; also chosen by a repository given as `public.ecr.aws/<alias>/<name>`).",iamPolicy:{value:"private|public",description:"`pu\
blic`: the ECR Public actions instead.",defaultText:"private, or public for a public.ecr.aws/ repository"}},{name:"catalog-description",field:"catalogDescriptio\
n",...ta(1024),description:"ECR Public: short description of a created repository (text, or `file://PATH`)."},{name:"catalog-about",field:"catalogAbout",...ta(25600),
description:'ECR Public: "About" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"catalog-usage",field:"catalogUsage",...ta(25600),description:'\
ECR Public: "Usage" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"mode",field:"mode",...Xr("deliver","login"),default:"deliver",githubOnly:!0,
description:"GitHub Action only: `deliver`, or `login`: credentials and docker login to the registry and every `pull-registries` id, in the job's docker config,\
 for later docker steps (like the orb's `ecr/login` and the CLI's `login`)."},{name:"docker-credentials-output",field:"dockerCredentialsOutput",...at,default:"f\
alse",githubOnly:!0,description:"GitHub Action, `login` mode: set masked outputs `docker-username` and `docker-password` for a later job's `services:` credentia\
ls (they are secrets: see the README)."},{name:"skip-logout",field:"skipLogout",...at,default:"false",githubOnly:!0,description:"GitHub Action, `login` mode: ke\
ep the docker login after the job (the post step does not log out; shared self-hosted runners)."},{name:"timeout-seconds",field:"timeoutSeconds",...ea(1,86400),
default:"3600",description:"Upper bound on the whole run (AWS calls, build, push), 1\u201386400; a hung endpoint fails the step instead of the CI job's own timeout. \
Each AWS call also gives up after 5 attempts of at most 30 s."},{name:"secrets",field:"secrets",...Ay,description:"Build secrets, lines `id=VALUE` or `id=env:NA\
ME`, for `RUN --mount=type=secret,id=\u2026` (BuildKit); masked, never in argv, layers or history."},{name:"secret-files",field:"secretFiles",...by,description:"\
Build secrets from files, lines `id=PATH` (BuildKit)."},{name:"ssh",field:"ssh",...Oy,description:"SSH agent or keys for `RUN --mount=type=ssh` (BuildKit): `def\
ault` (the agent at `SSH_AUTH_SOCK`) or lines `id=PATH`."},{name:"semver-tags",field:"semverTags",...at,default:"false",description:"On a semantic-version git t\
ag (`v1.2.3` or `1.2.3`): also tag `1.2.3`, `1.2` and `1` (pre-releases only their own tag, `0.y.z` no `0`). `latest` only when listed in `tags`."},{name:"branc\
h-tag",field:"branchTag",...at,default:"false",description:"Also tag the branch name made a valid tag (`feature/Login` \u2192 `feature-login`, cut to 128 characters \
with a hash suffix), and `pr-<number>` on pull requests."},{name:"git-ref",field:"gitRef",...uy,defaultText:"`GITHUB_REF`; `CIRCLE_TAG`, `CIRCLE_BRANCH`, `CIRCL\
E_PULL_REQUEST`; else `git describe --tags --exact-match` and the checked-out branch",description:"The git ref `semver-tags` and `branch-tag` read: `refs/tags/N\
AME`, `refs/heads/NAME` or `refs/pull/N/merge`."},{name:"labels",field:"labels",...Oo(re(M4,"is not `key=value` with a key of letters, digits, `.`, `_`, `-` and\
 `/`")),description:"Extra OCI labels, lines `key=value`, added to the ones always set (revision, source, created; version from a semver tag); a key given here \
wins."},{name:"scan-wait",field:"scanWait",...at,default:"false",description:"After the push, wait for ECR's scan of the pushed digest (basic or enhanced scanni\
ng) and report the findings (`scan-findings`, the summary).",iamPolicy:{value:"true|false",description:"The delivery waits for the image scan."}},{name:"scan-st\
art",field:"scanStart",...at,default:"false",description:"With `scan-wait`: start a basic scan (`StartImageScan`) when the repository did not scan the image on \
push.",iamPolicy:{value:"true|false",description:"With `--scan-wait`: the delivery may start a scan."}},{name:"scan-timeout-seconds",field:"scanTimeoutSeconds",
...ea(1,86400),default:"600",description:"How long `scan-wait` waits for the scan, 1\u201386400 (also bounded by `timeout-seconds`)."},{name:"fail-on-severity",
field:"failOnSeverity",...Xr(...pn,"none"),default:"none",description:"With `scan-wait`: exit 1 when findings at or above CRITICAL, HIGH, MEDIUM or LOW exist, o\
r when the scan cannot be had (after all outputs are set; the image stays pushed). `none` only reports."},{name:"account-id",field:"accountId",...ie(Me.account),
required:!0,iamPolicyOnly:!0,iamPolicy:{value:"ID"},description:"AWS account id (12 digits) of the role and its OIDC provider."},{name:"provider",field:"provide\
r",...Xr("github","circleci","none"),iamPolicyOnly:!0,iamPolicy:{value:"github|circleci|none",defaultText:"github with `--repo`, circleci with `--org-id`"},description:"\
Whose OIDC tokens the role trusts; `none` prints the permissions policy only."},{name:"repo",field:"repo",...ie(xy),iamPolicyOnly:!0,iamPolicy:{value:"OWNER/REP\
O"},description:"GitHub repository, or its immutable form OWNER@ID/REPO@ID when its OIDC subject carries ids."},{name:"branch",field:"branch",...ie(Ry,t=>t.replace(
/^refs\/heads\//,"")),iamPolicyOnly:!0,iamPolicy:{value:"BRANCH",defaultText:"`main`"},description:"GitHub branch allowed to deliver (`*` patterns allowed)."},{
name:"tag",field:"tag",...ie(_y,t=>t.replace(/^refs\/tags\//,"")),iamPolicyOnly:!0,iamPolicy:{value:"TAG"},description:"GitHub tag allowed to deliver, for relea\
se workflows on tag pushes (`v*` patterns allowed; instead of `--branch`)."},{name:"environment",field:"environment",...ie(re(hy,"is not a GitHub environment na\
me (1\u2013255 characters, no `:`)")),iamPolicyOnly:!0,iamPolicy:{value:"NAME"},description:"GitHub environment allowed to deliver, for jobs that use `environme\
nt:` (instead of `--branch`)."},{name:"pull-request",field:"pullRequest",...at,default:"false",iamPolicyOnly:!0,iamPolicy:{value:"true|false"},description:"Trus\
t runs on `pull_request` events of the repository instead of a branch (pair it with `--push false`)."},{name:"github-issuer",field:"githubIssuer",...Iy,iamPolicyOnly:!0,
iamPolicy:{value:"HOST",defaultText:"token.actions.githubusercontent.com"},description:"GitHub Enterprise Server's OIDC issuer, `HOST/_services/token`."},{name:"\
org-id",field:"orgId",...ie(re(Ku,"is not a CircleCI organization id (a lowercase UUID)")),iamPolicyOnly:!0,iamPolicy:{value:"UUID"},description:"CircleCI organ\
ization id (Organization Settings > Overview)."},{name:"project-id",field:"projectId",...ie(re(Ku,"is not a CircleCI project id (a lowercase UUID)")),iamPolicyOnly:!0,
iamPolicy:{value:"UUID"},description:"CircleCI project id allowed to deliver (required with `--org-id`: without it every project of the org, with any context, c\
ould deliver)."},{name:"vcs-ref",field:"vcsRef",...ie(re(yy,"is not a git ref like `refs/heads/main`")),iamPolicyOnly:!0,iamPolicy:{value:"REF"},description:"Ci\
rcleCI: pin the git ref too, e.g. `refs/heads/main` (matched in the sub of `CIRCLE_OIDC_TOKEN_V2`, which the orb uses; `*` patterns allowed)."},{name:"pull-repo\
sitories",field:"pullRepositories",...Oo(re(Sy,"is not a repository name pattern (lowercase name, `*` wildcards)"),{commas:!0}),iamPolicyOnly:!0,iamPolicy:{value:"\
PATTERNS",defaultText:"every repository, `*`"},description:"Repositories of the `--pull-registries` the build pulls, name patterns, comma-separated."},{name:"pu\
ll-through",field:"pullThrough",...Oo(wy,{commas:!0}),iamPolicyOnly:!0,iamPolicy:{value:"PREFIXES"},description:"Pull-through cache prefixes of the target regis\
try the build pulls from (adds `ecr:BatchImportUpstreamImage` and `ecr:CreateRepository` on `PREFIX/*`)."},{name:"only",field:"only",...Xr("permissions","trust"),
iamPolicyOnly:!0,iamPolicy:{value:"permissions|trust"},description:"Print just that one policy document, ready for `aws iam \u2026 file://`."}],B4=t=>!t.iamPolicyOnly,
Gs=OO.filter(B4),zl=["aws-region","role-to-assume","audience","web-identity-token-file","role-session-name","role-duration-seconds","registry-id","web-identity-\
token-env","pull-registries","registry-type"];function G4(t,e){let r="default"in e?e.default:t.default,o=e.defaultText??(r!==void 0?`\`${r}\``:t.defaultText),n=`${e.
description??t.description}${t.required?" Required.":""}${o?` Default: ${o}.`:""}`;return{name:t.name,field:t.field,value:e.value,description:n,type:e.type??t.type,
parse:e.parse??t.parse,default:r,required:t.required}}var ti=OO.flatMap(t=>t.iamPolicy?[G4(t,t.iamPolicy)]:[]).sort((t,e)=>+!!e.required-+!!t.required);async function Ch(t){if(t.tokenEnv){let r=t.env[t.tokenEnv]?.trim();if(!r)throw new xe(`web-identity-token-env names ${t.tokenEnv}, which is not set or empty`);
return{token:r,source:`environment variable ${t.tokenEnv}`}}if(t.tokenFile)return{token:NO(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{
token:await z4(t),source:"GitHub OIDC"};if(t.ci==="circleci")return j4(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:NO(e),source:`file ${e}`};throw new xe(
"role-to-assume is set but no OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_W\
EB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env")}function NO(t){let e=(0,$O.readFileSync)(t,"utf8").trim();if(!e)throw new xe(
`the OIDC token file ${t} is empty`);return e}async function z4(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)
throw new xe("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add `permissions: id-token: write` (and `contents: read`) t\
o the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw e instanceof gr?e:new fr(`could not get the GitHub OIDC token: ${e.message}`,
"check `permissions: id-token: write`; tokens are not issued to pull requests from forks")}}async function j4(t){let e=t.env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN,
r=e&&{token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};if(r&&!t.renew)return r;try{let o=["run","oidc","get"];t.audience!==
Bs&&o.push("--claims",JSON.stringify({aud:t.audience}));let{stdout:n}=await(0,LO.promisify)(kO.execFile)("circleci",o,{encoding:"utf8",env:t.env}),i=n.trim();if(i)
return{token:i,source:"circleci run oidc get"}}catch{}if(r)return r;throw new xe("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V2 or CIRCL\
E_OIDC_TOKEN)","run the job with a context (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function V4(t){try{let e=JSON.
parse(Buffer.from(t.split(".")[1]??"","base64url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),sub:r(e.sub),
aud:r(e.aud)}}catch{return{}}}async function vh(t,e,r,o){r.secret(e);let n=Kn({roleArn:t.roleArn,roleSessionName:t.sessionName,webIdentityToken:e,durationSeconds:t.
durationSeconds,clientConfig:Qn(t.region,void 0,o)});try{let i=await En(o,"STS AssumeRoleWithWebIdentity",()=>n());return W4({accessKeyId:i.accessKeyId,secretAccessKey:i.
secretAccessKey,sessionToken:i.sessionToken,expiration:i.expiration},r)}catch(i){throw K4(i,t,e)}}function FO(t,e){let r={credentials:t,margin:DO(t)},o;return()=>{
let n=r.credentials.expiration?.getTime();return n===void 0||n-Date.now()>r.margin?Promise.resolve(r.credentials):(o??=e().then(i=>(r={credentials:i,margin:DO(i)},
i)).finally(()=>{o=void 0}),o)}}var q4=300*1e3;function DO(t){let e=t.expiration?t.expiration.getTime()-Date.now():1/0;return Math.min(q4,e/2)}function W4(t,e){
for(let r of[t.accessKeyId,t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}function K4(t,e,r){if(t instanceof fr||t instanceof gr)return t;let o=t,n=V4(
r),i=`token iss=${n.iss??"?"} sub=${n.sub??"?"} aud=${n.aud??"?"}`,s=Ml(t);if(s.transient){let c=`STS AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${s.
attempts} attempt(s) (${o.name}: ${o.message}); ${i}`;return new fr(c,Hl("STS",s.throttled),{cause:t})}let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn}\
 (${o.name}: ${o.message}); ${i}`;switch(o.name){case"AccessDenied":case"AccessDeniedException":return new fr(a,"the role's trust policy must allow this token: \
Federated principal for the issuer, `aud` and `sub` conditions matching the values above (`ecr-deliver iam-policy` prints one)",{cause:t});case"InvalidIdentityT\
oken":case"InvalidIdentityTokenException":return new fr(a,"the account needs an IAM OIDC identity provider for this issuer, with the audience above as a client \
id",{cause:t});case"ExpiredTokenException":return new fr(a,"the OIDC token expired before it was used; request a fresh one",{cause:t});case"IDPCommunicationErro\
r":case"IDPCommunicationErrorException":return new fr(a,"STS could not reach the token issuer; retry the job",{cause:t});default:return new fr(a,void 0,{cause:t})}}var IN=require("node:fs");M();ot();T();k();W();U();lt();X();Ie();T();var UO=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function J4(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr-public",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{
config:e,context:r}})}}var MO=t=>{let e=[];switch(t.operation){default:e.push(J4(t))}return e},HO=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:q(
t.authSchemePreference??[])})};var BO=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr-public"}),GO={UseFIPS:{
type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"bui\
ltInParams",name:"useDualstackEndpoint"}};var zO={name:"@aws-sdk/client-ecr-public",version:"3.1108.0"};M();Ie();T();k();lt();$();uo();Ie();Xo();Qo();T();U();$();M();W();W();var zs="ref",ln=-1,jl=!0,jO="isSet",KO="PartitionResult",Vl="booleanEquals",Ph="getAttr",VO={[zs]:"Endpoint"},Ah={[zs]:KO},ri={},qO=[{[zs]:"Region"}],WO={conditions:[
[jO,[VO]],[jO,qO],["aws.partition",qO,KO],[Vl,[{[zs]:"UseFIPS"},jl]],[Vl,[{[zs]:"UseDualStack"},jl]],[Vl,[{fn:Ph,argv:[Ah,"supportsDualStack"]},jl]],[Vl,[{fn:Ph,
argv:[Ah,"supportsFIPS"]},jl]],["stringEquals",[{fn:Ph,argv:[Ah,"name"]},"aws"]]],results:[[ln],[ln,"Invalid Configuration: FIPS and custom endpoint are not sup\
ported"],[ln,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[VO,ri],["https://api.ecr-public-fips.{Region}.{PartitionResult#dualStack\
DnsSuffix}",ri],[ln,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://api.ecr-public-fips.{Region}.{PartitionResult#d\
nsSuffix}",ri],[ln,"FIPS is enabled but this partition does not support FIPS"],["https://ecr-public.{Region}.api.aws",ri],["https://api.ecr-public.{Region}.{Par\
titionResult#dualStackDnsSuffix}",ri],[ln,"DualStack is enabled but this partition does not support DualStack"],["https://api.ecr-public.{Region}.{PartitionResu\
lt#dnsSuffix}",ri],[ln,"Invalid Configuration: Missing Region"]]},X4=2,yt=1e8,Q4=new Int32Array([-1,1,-1,0,13,3,1,4,yt+12,2,5,yt+12,3,9,6,4,7,yt+11,5,8,yt+10,7,
yt+8,yt+9,4,11,10,6,yt+6,yt+7,5,12,yt+5,6,yt+4,yt+5,3,yt+1,14,4,yt+2,yt+3]),JO=et.from(Q4,X4,WO.conditions,WO.results);var Z4=new tt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),YO=(t,e={})=>Z4.get(t,()=>Ut(JO,{endpointParams:t,logger:e.logger}));be.aws=ut;X();T();var K=class t extends Qe{constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var ql=class t extends K{name="InvalidParameterException";$fault="client";constructor(e){super({name:"InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Wl=class t extends K{name="RegistryNotFoundException";$fault="client";constructor(e){super({name:"RegistryNotFoundException",$fault:"client",
...e}),Object.setPrototypeOf(this,t.prototype)}},Kl=class t extends K{name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryN\
otFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Jl=class t extends K{name="ServerException";$fault="server";constructor(e){super(
{name:"ServerException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Yl=class t extends K{name="UnsupportedCommandException";$fault="client";constructor(e){
super({name:"UnsupportedCommandException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Xl=class t extends K{name="EmptyUploadException";$fault="\
client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ql=class t extends K{name="InvalidLay\
erException";$fault="client";constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zl=class t extends K{name="\
LayerAlreadyExistsException";$fault="client";constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
eu=class t extends K{name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},tu=class t extends K{name="UploadNotFoundException";$fault="client";constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},ru=class t extends K{name="InvalidTagParameterException";$fault="client";constructor(e){super({name:"InvalidTagParamet\
erException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ou=class t extends K{name="LimitExceededException";$fault="client";constructor(e){
super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},nu=class t extends K{name="RepositoryAlreadyExistsExceptio\
n";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},iu=class t extends K{name="\
TooManyTagsException";$fault="client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},su=class t extends K{name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
au=class t extends K{name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},cu=class t extends K{name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pu=class t extends K{name="RepositoryCatalogDataNotFoundException";$fault="client";constructor(e){
super({name:"RepositoryCatalogDataNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},lu=class t extends K{name="ImageAlreadyExi\
stsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},uu=class t extends K{name="\
ImageDigestDoesNotMatchException";$fault="client";constructor(e){super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},du=class t extends K{name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"cl\
ient",...e}),Object.setPrototypeOf(this,t.prototype)}},mu=class t extends K{name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){
super({name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}},fu=class t extends K{name="LayersNotFoundException";$fault="client";constructor(e){
super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},gu=class t extends K{name="ReferencedImagesNotFoundExcept\
ion";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var ez="AuthorizationData";var tz="CreateRepository",rz="CreateRepositoryRequest",oz="CreateRepositoryResponse";var nz="DescribeImageTags",iz="DescribeImageTagsRequest",sz="DescribeImageTagsResponse";var az="DescribeRegistriesRequest",cz="DescribeRegistriesResponse",pz="DescribeRepositoriesRequest",lz="DescribeRepositoriesResponse",uz="DescribeRegistries",dz="\
DescribeRepositories",mz="EmptyUploadException",fz="GetAuthorizationToken",gz="GetAuthorizationTokenRequest",hz="GetAuthorizationTokenResponse";var yz="Image",Ez="ImageAlreadyExistsException";var Sz="ImageDigestDoesNotMatchException";var xz="ImageIdentifier";var Rz="InvalidLayerException",_z="InvalidLayerPartException";var wz="ImageNotFoundException",Iz="InvalidParameterException",Tz="ImageTagAlreadyExistsException",Cz="ImageTagDetail",vz="ImageTagDetailList",Pz="InvalidTagPar\
ameterException",Az="Key";var bz="LayerAlreadyExistsException",Oz="LimitExceededException";var Nz="LayersNotFoundException",Dz="LayerPartTooSmallException";var kz="PutImage",$z="PutImageRequest",Lz="PutImageResponse";var Fz="Registry",Uz="RegistryAlias",Mz="RepositoryAlreadyExistsException",Hz="RegistryAliasList";var Bz="RepositoryCatalogDataInput",Gz="RepositoryCatalogDataNotFoundException",zz="RepositoryCatalogData",jz="ReferencedImageDetail",Vz="ReferencedImagesNotFou\
ndException",qz="RegistryList",Wz="RepositoryList",Kz="RepositoryNotEmptyException",Jz="RegistryNotFoundException",Yz="RepositoryNotFoundException",Xz="Reposito\
ryPolicyNotFoundException",Qz="Repository",Zz="ServerException",ej="SetRepositoryPolicy",tj="SetRepositoryPolicyRequest",rj="SetRepositoryPolicyResponse",oj="Ta\
g",nj="TagList",ij="TooManyTagsException";var sj="UnsupportedCommandException";var aj="UploadNotFoundException";var cj="Value",pj="aliases",lj="authorizationData",uj="artifactMediaType",dj="authorizationToken",XO="aboutText",QO="architectures",ce="client",ZO="createdAt",eN="\
catalogData",tN="description";var mj="defaultRegistryAlias",oe="error",fj="expiresAt";var gj="force",hj="image";var bh="imageDigest",yj="imageDetail";var Ej="imageId",rN="imageManifest",Oh="imageManifestMediaType",Sj="imagePushedAt",xj="imageSizeInBytes";var Rj="imageTagDetails",Nh="imageTag";var _j="logoImageBlob";var wj="logoUrl",Ij="lastValidByteReceived",ne="message",Tj="marketplaceCertified",Dh="maxResults";var Cj="name",oi="nextToken",oN="operatingSystems";var vj="primaryRegistryAlias";var nN="policyText",Pj="repository";var Aj="registryArn",bj="repositoryArn";var Kr="registryId",Ao="repositoryName",Oj="repositoryNames",Nj="registryUri",Dj="repositoryUri",kj="registries",$j="repositories",iN="smithy.ts.sdk.synthetic.c\
om.amazonaws.ecrpublic",Lj="server",Fj="status",Uj="tags";var Mj="uploadId",sN="usageText",Hj="verified",I="com.amazonaws.ecrpublic",aN=Q.for(iN),Bj=[-3,iN,"ECRPUBLICServiceException",0,[],[]];aN.registerError(Bj,K);var te=Q.
for(I),Gj=[-3,I,mz,{[oe]:ce},[ne],[0]];te.registerError(Gj,Xl);var zj=[-3,I,Ez,{[oe]:ce},[ne],[0]];te.registerError(zj,lu);var jj=[-3,I,Sz,{[oe]:ce},[ne],[0]];te.
registerError(jj,uu);var Vj=[-3,I,wz,{[oe]:ce},[ne],[0]];te.registerError(Vj,cu);var qj=[-3,I,Tz,{[oe]:ce},[ne],[0]];te.registerError(qj,du);var Wj=[-3,I,Rz,{[oe]:ce},
[ne],[0]];te.registerError(Wj,Ql);var Kj=[-3,I,_z,{[oe]:ce},[Kr,Ao,Mj,Ij,ne],[0,0,0,1,0]];te.registerError(Kj,mu);var Jj=[-3,I,Iz,{[oe]:ce},[ne],[0]];te.registerError(
Jj,ql);var Yj=[-3,I,Pz,{[oe]:ce},[ne],[0]];te.registerError(Yj,ru);var Xj=[-3,I,bz,{[oe]:ce},[ne],[0]];te.registerError(Xj,Zl);var Qj=[-3,I,Dz,{[oe]:ce},[ne],[0]];
te.registerError(Qj,eu);var Zj=[-3,I,Nz,{[oe]:ce},[ne],[0]];te.registerError(Zj,fu);var eV=[-3,I,Oz,{[oe]:ce},[ne],[0]];te.registerError(eV,ou);var tV=[-3,I,Vz,
{[oe]:ce},[ne],[0]];te.registerError(tV,gu);var rV=[-3,I,Jz,{[oe]:ce},[ne],[0]];te.registerError(rV,Wl);var oV=[-3,I,Mz,{[oe]:ce},[ne],[0]];te.registerError(oV,
nu);var nV=[-3,I,Gz,{[oe]:ce},[ne],[0]];te.registerError(nV,pu);var iV=[-3,I,Kz,{[oe]:ce},[ne],[0]];te.registerError(iV,su);var sV=[-3,I,Yz,{[oe]:ce},[ne],[0]];
te.registerError(sV,Kl);var aV=[-3,I,Xz,{[oe]:ce},[ne],[0]];te.registerError(aV,au);var cV=[-3,I,Zz,{[oe]:Lj},[ne],[0]];te.registerError(cV,Jl);var pV=[-3,I,ij,
{[oe]:ce},[ne],[0]];te.registerError(pV,iu);var lV=[-3,I,sj,{[oe]:ce},[ne],[0]];te.registerError(lV,Yl);var uV=[-3,I,aj,{[oe]:ce},[ne],[0]];te.registerError(uV,
tu);var cN=[aN,te],dV=[3,I,ez,0,[dj,fj],[0,4]];var mV=[3,I,rz,0,[Ao,eN,Uj],[0,()=>NV,()=>HV],1],fV=[3,I,oz,0,[Pj,eN],[()=>pN,()=>OV]];var gV=[3,I,iz,0,[Ao,Kr,oi,Dh],[0,0,0,1],1],hV=[3,I,sz,0,[Rj,oi],[()=>LV,0]],yV=[3,I,az,0,[oi,Dh],[0,1]],EV=[3,I,cz,0,[kj,oi],[()=>UV,0],1],SV=[3,I,pz,0,[Kr,Oj,
oi,Dh],[0,64,0,1]],xV=[3,I,lz,0,[$j,oi],[()=>MV,0]],RV=[3,I,gz,0,[],[]],_V=[3,I,hz,0,[lj],[()=>dV]];var wV=[3,I,yz,0,[Kr,Ao,Ej,rN,Oh],[0,0,()=>IV,0,0]];var IV=[3,I,xz,0,[bh,Nh],[0,0]],TV=[3,I,Cz,0,[Nh,ZO,yj],[0,4,()=>PV]];var CV=[3,I,$z,0,[Ao,rN,Kr,Oh,Nh,bh],[0,0,0,0,0,0],2],vV=[3,I,Lz,0,[hj],[()=>wV]];var PV=[3,I,jz,0,[bh,xj,Sj,Oh,uj],[0,1,4,0,0]],AV=[3,I,Fz,0,[Kr,Aj,Nj,Hj,pj],[0,0,0,2,()=>FV],5],bV=[3,I,Uz,0,[Cj,Fj,vj,mj],[0,0,2,2],4];var pN=[3,I,Qz,0,[bj,Kr,Ao,Dj,ZO],[0,0,0,0,4]],OV=[3,I,zz,0,[tN,QO,oN,wj,XO,sN,Tj],[0,64,64,0,0,0,2]],NV=[3,I,Bz,0,[tN,QO,oN,_j,XO,sN],[0,64,64,21,0,0]],DV=[3,I,
tj,0,[Ao,nN,Kr,gj],[0,0,0,2],2],kV=[3,I,rj,0,[Kr,Ao,nN],[0,0,0]],$V=[3,I,oj,0,[Az,cj],[0,0]];var LV=[1,I,vz,0,()=>TV];var FV=[1,I,Hz,0,()=>bV],UV=[1,I,qz,0,()=>AV],MV=[1,I,Wz,0,()=>pN];var HV=[1,I,nj,0,()=>$V];var lN=[9,I,tz,0,()=>mV,()=>fV];var uN=[9,I,nz,0,()=>gV,()=>hV],dN=[9,I,uz,0,()=>yV,()=>EV],mN=[9,I,dz,0,()=>SV,()=>xV],fN=[9,I,fz,0,()=>RV,()=>_V];var gN=[9,I,kz,0,()=>CV,()=>vV];var hN=[9,I,ej,0,()=>DV,()=>kV];var yN=t=>({apiVersion:"2020-10-30",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??YO,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??MO,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge}],logger:t?.logger??new we,protocol:t?.protocol??Yo,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecrpublic",errorTypeRegistries:cN,xmlNamespace:"http://ecr-public.amazonaws.com/doc/2020-12-02/",version:"2020-10-30",serviceTarget:"\
SpencerFrontendService"},serviceId:t?.serviceId??"ECR PUBLIC",sha256:t?.sha256??mt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??
Z});var EN=t=>{Nt(process.version);let e=Ft(t),r=()=>e().then(Ot),o=yN(t);wt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(dt,n),bodyLengthChecker:t?.bodyLengthChecker??Tt,credentialDefaultProvider:t?.credentialDefaultProvider??
Us,defaultUserAgentProvider:t?.defaultUserAgentProvider??Qt({serviceId:o.serviceId,clientVersion:zO.version}),maxAttempts:t?.maxAttempts??_(Kt,t),region:t?.region??
_(Ae,{...Ze,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Yt,default:async()=>(await r()).retryMode||nt},t),streamCollector:t?.
streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(At,n),userAgentAppId:t?.userAgentAppId??_(Zt,n)}};M();T();U();var SN=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let i=e.findIndex(s=>s.schemeId===n.schemeId);i===-1?e.
push(n):e.splice(i,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
xN=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var RN=(t,e)=>{let r=Object.assign(er(t),Dt(t),Mt(t),SN(t));return e.forEach(o=>o.configure(r)),Object.assign(t,tr(r),kt(r),Ht(r),xN(r))};var hu=class extends Te{config;constructor(...[e]){let r=EN(e||{});super(r),this.initConfig=r;let o=BO(r),n=Vt(o),i=Jt(n),s=Lt(i),a=s,c=ar(a),l=HO(c),u=RN(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(bt(this.config)),this.middlewareStack.use(Xt(this.config)),this.middlewareStack.use(pr(this.config)),this.
middlewareStack.use(Bt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(jt(this.config)),
this.middlewareStack.use(ct(this.config,{httpAuthSchemeParametersProvider:UO,identityProviderConfigProvider:async d=>new je({"aws.auth#sigv4":d.credentials})})),
this.middlewareStack.use(pt(this.config))}destroy(){super.destroy()}};T();W();var Et=$t(GO,"SpencerFrontendService","ECRPUBLICClient",cr),St={},xt=(t,e,r,o)=>[];var yu=class extends Et(St,xt,"CreateRepository",lN){};var Eu=class extends Et(St,xt,"DescribeImageTags",uN){};var Su=class extends Et(St,xt,"DescribeRegistries",dN){};var xu=class extends Et(St,xt,"DescribeRepositories",mN){};var Ru=class extends Et(St,xt,"GetAuthorizationToken",fN){};var _u=class extends Et(St,xt,"PutImage",gN){};var wu=class extends Et(St,xt,"SetRepositoryPolicy",hN){};function js(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((n,i)=>{let s=TO(r,process.env)??
!1,a=o(r,{method:e.method??"GET",headers:e.headers,agent:s,signal:e.signal,timeout:e.timeoutMs},c=>{let l=[];c.on("data",u=>l.push(u)),c.on("error",i),c.on("end",
()=>n({status:c.statusCode??0,text:Buffer.concat(l).toString("utf8"),headers:c.headers}))});if(e.connectTimeoutMs!==void 0){let c=e.connectTimeoutMs;a.on("socke\
t",l=>{if(!l.connecting)return;let u=setTimeout(()=>a.destroy(new Error(`no connection within ${c} ms`)),c);l.once("connect",()=>clearTimeout(u)),l.once("close",
()=>clearTimeout(u))})}a.on("timeout",()=>a.destroy(new Error(`no answer within ${e.timeoutMs} ms`))),a.on("error",i),a.end(e.body)})}var _N=3e4,BV=t=>/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(t)?"http":"https";function GV(t){let e=/^(\w+)\s*(.*)$/.exec(t??"");if(!e)return;let r={};
for(let o of e[2].matchAll(/(\w+)="([^"]*)"/g))r[o[1]]=o[2];return{kind:e[1].toLowerCase(),params:r}}async function wN(t,e,r,o,n){let i=`${BV(t.host)}://${t.host}\
/v2/${e}/manifests/${encodeURIComponent(r)}`,s=`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`,a=u=>js(i,{headers:{accept:o.join(", "),
...u?{authorization:u}:{}},timeoutMs:_N,signal:n}),c=await a();if(c.status===401){let u=GV(c.headers["www-authenticate"]);if(u?.kind==="bearer"&&u.params.realm){
let d=new URL(u.params.realm);u.params.service&&d.searchParams.set("service",u.params.service),d.searchParams.set("scope",u.params.scope??`repository:${e}:pull`);
let m=await js(d,{headers:{authorization:s},timeoutMs:_N,signal:n}),f=JSON.parse(m.text);c=await a(`Bearer ${f.token??f.access_token}`)}else c=await a(s)}if(c.status!==
200)throw new Error(`the registry answered ${c.status} for ${e}:${r}`);let l=JSON.parse(c.text).mediaType;return{manifest:c.text,mediaType:l??String(c.headers["\
content-type"]??"").split(";")[0]}}var zV="us-east-1",jV={label:"ECR Public",permissionHint:t=>`the credentials need ecr-public:${t}${t==="GetAuthorizationToken"?" and sts:GetServiceBearerToken":
""} (\`ecr-deliver iam-policy --registry-type public\` prints the policy)`};function VV(t){let e={description:t.catalogDescription,aboutText:t.catalogAbout,usageText:t.
catalogUsage};return Object.values(e).some(r=>r!==void 0)?e:void 0}var Iu=class{constructor(e,r,o){this.registryId=r;this.deadline=o;this.client=new hu(Qn(zV,e,
o))}registryId;deadline;client;registryUri;loginData;close(){this.client.destroy()}send(e,r){return Bl(jV,e,this.deadline,()=>this.client.send(r,{abortSignal:this.
deadline?.signal}))}async login(){let[e,r]=await Promise.all([this.send("GetAuthorizationToken",new Ru({})),this.registryUri??this.describeRegistryUri()]);return Hs(
e.authorizationData,r.split("/")[0])}async describeRegistryUri(){let e=await this.send("DescribeRegistries",new Su({})),r=e.registries?.find(o=>!this.registryId||
o.registryId===this.registryId)??e.registries?.[0];if(!r?.registryUri)throw new le("ECR Public returned no registry","create the public registry (its alias) in \
the ECR Public console first");return this.registryUri=r.registryUri,r.registryUri}async findRepository(e){try{let o=(await this.send("DescribeRepositories",new xu(
{registryId:this.registryId,repositoryNames:[Fr(e)]}))).repositories?.[0];return o&&this.info(o,!1)}catch(r){if(ht(r)==="RepositoryNotFoundException")return;throw r}}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new le(`repository ${e.repository} does not exist in ECR Public`,"creat\
e it, or set create-repository: true");try{let o=await this.send("CreateRepository",new yu({repositoryName:Fr(e.repository),catalogData:VV(e)}));return this.info(
o.repository,!0)}catch(o){if(ht(o)!=="RepositoryAlreadyExistsException")throw o;let n=await this.findRepository(e.repository);if(!n)throw o;return n}}async applyPolicies(e){
e.repositoryPolicy&&await this.send("SetRepositoryPolicy",new wu({registryId:this.registryId,repositoryName:Fr(e.repository),policyText:(0,IN.readFileSync)(e.repositoryPolicy,
"utf8")}))}async images(e,r){let o=new Map,n;try{do{let i=await this.send("DescribeImageTags",new Eu({registryId:this.registryId,repositoryName:Fr(e),nextToken:n}));
for(let s of i.imageTagDetails??[])s.imageTag&&r.includes(s.imageTag)&&s.imageDetail?.imageDigest&&o.set(s.imageTag,{digest:s.imageDetail.imageDigest,manifest:"",
mediaType:s.imageDetail.imageManifestMediaType??""});n=i.nextToken}while(n&&o.size<r.length)}catch(i){if(ht(i)==="RepositoryNotFoundException")return o;throw i}
return o}async putTag(e,r,o){let{manifest:n,mediaType:i}=r;if(!n){this.loginData??=this.login();let s=await this.loginData,a=`${(this.registryUri??"").split("/").
slice(1).join("/")}/${Fr(e)}`.replace(/^\//,"");({manifest:n,mediaType:i}=await wN(s,a,r.digest,Zn,this.deadline?.signal))}try{await this.send("PutImage",new _u(
{registryId:this.registryId,repositoryName:Fr(e),imageManifest:n,imageManifestMediaType:i||void 0,imageDigest:r.digest,imageTag:o}))}catch(s){if(ht(s)==="ImageA\
lreadyExistsException")return;throw s}}info(e,r){return this.registryUri??=e.repositoryUri.slice(0,e.repositoryUri.length-e.repositoryName.length-1),{name:e.repositoryName,
uri:e.repositoryUri,arn:e.repositoryArn,mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:r}}};var qV=(t,e,r,o)=>new ei(t,e,r,o),WV=(t,e,r,o)=>new Iu(e,r,o);function Tu(t,e,r){return(t.openRegistry??(t.options.registryType==="public"?WV:qV))(t.context.region,
e,t.options.registryId,r)}function Cu(t){if(t.options.roleToAssume)return Ch(TN(t)).catch(e=>e)}function TN({options:t,context:e,platformToken:r,env:o}){return{
ci:e.ci,audience:t.audience,tokenFile:t.webIdentityTokenFile,tokenEnv:t.webIdentityTokenEnv,platformToken:r,env:o}}async function vu(t,e,r){let{options:o,context:n,
reporter:i}=t;if(!o.roleToAssume||!e){i.info("No role-to-assume: using the ambient AWS credential chain");return}let s=await e;if(s instanceof Error)throw s;i.info(
`Assuming ${o.roleToAssume} as ${n.sessionName} with the OIDC token from ${s.source}`);let a={roleArn:o.roleToAssume,sessionName:n.sessionName,durationSeconds:o.
roleDurationSeconds,region:n.region},c=await vh(a,s.token,i,r);return FO(c,async()=>{let l=await Ch({...TN(t),renew:!0});return i.info(`Renewing the credentials\
 of ${o.roleToAssume} before they expire, with a new OIDC token from ${l.source}`),vh(a,l.token,i,r)})}function Pu(t){let e=new yn(t.options.timeoutSeconds,t.lifetime);return e.bound(()=>KV(t,e))}async function KV(t,e){let r=new eo(t.run,t.reporter,e,hn(t.env)),o=r.
check(),n=Cu(t);await o;let i=await t.reporter.phase("Credentials",()=>vu(t,n,e)),s=Tu(t,i,e);try{return await t.reporter.phase("Login",async()=>{let[a,c]=await Promise.
all([s.login(),Gl(t.options.pullRegistries,t.context.region,i,e)]),l=[a,...c.filter(u=>u.host!==a.host)];for(let u of l)t.onLogin?.(u.host),await r.login(u);return{
registry:a.host,registries:l.map(u=>u.host),login:a}})}finally{s.close()}}var Au=require("node:fs");function CN(t,e){if(t.kmsKey!==void 0&&t.encryptionType!=="KMS")throw new w("kms-key",t.kmsKey,"needs `encryption-type: KMS`");let r={registryType:kh(t)},o={...t,
...r};return JV(o),$h(t.mode,t.dockerCredentialsOutput),YV(o),e==="deliver"&&XV(o),r}function kh(t){return Wu(t.repository)?(mn("repository",t.repository,dy(t.repository)??
Me.repository(Fr(t.repository))),"public"):t.registryType}function JV(t){if(t.registryType==="public"&&t.lifecyclePolicy!==void 0)throw new w("lifecycle-policy",
t.lifecyclePolicy,"does not apply to ECR Public, which has no lifecycle policies");if(t.registryType==="private"){for(let[e,r]of[["catalog-description",t.catalogDescription],
["catalog-about",t.catalogAbout],["catalog-usage",t.catalogUsage]])if(r!==void 0)throw new w(e,r,"applies to ECR Public only: set `registry-type: public`")}}function $h(t,e){
if(t==="deliver"&&e)throw new w("docker-credentials-output","true","applies to `mode: login` only")}function YV(t){if(t.scanWait&&t.registryType==="public")throw new w(
"scan-wait","true","does not apply to ECR Public, which does not scan images");if(!t.scanWait){if(t.scanStart)throw new w("scan-start","true","needs `scan-wait:\
 true` (a started scan is only useful when the run waits for it)");if(t.failOnSeverity!=="none")throw new w("fail-on-severity",t.failOnSeverity,"needs `scan-wai\
t: true`: the gate reads the scan the run waits for")}}function XV(t){if(t.image!==void 0){let e=[["dockerfile",t.dockerfile],["target",t.target],["platform",t.
platform],["builder",t.builder],["build-args",t.buildArgs.map(o=>`${o.split("=")[0]}=***`).join(`
`)||void 0],["labels",t.labels.join(`
`)||void 0]];for(let[o,n]of e)if(n!==void 0)throw new w(o,n,"cannot be combined with `image` (nothing is built)");let r=na(di(t));if(r)throw new w(r,"***","cann\
ot be combined with `image` (nothing is built)");return}t.skipExisting||Lh(t)}function Lh(t){if(!(0,Au.existsSync)(t.context)||!(0,Au.statSync)(t.context).isDirectory())
throw new w("context",t.context,"is not a directory");No("dockerfile",Vs(t))}function Vs(t){return t.dockerfile??`${t.context.replace(/\/+$/,"")}/Dockerfile`}var QV=4096,ZV=65536;function bu(t,e){if(e===void 0||e.trim()==="")return;let r=t.type==="list",o=r?e:e.trim(),n=r?ZV:QV;if(o.length>n)throw new w(t.name,o,`is \
longer than ${n} characters`);if((r?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(o))throw new w(t.name,o,"contains control characters");return o}function Fh(t,e){
let r=Gs.find(n=>n.name===t),o=bu(r,e)??r.default;return o===void 0?void 0:r.parse(o,t)}function ni(t,e="deliver"){let r={};for(let n of Gs){let i=bu(n,t(n.name))??
n.default;if(i!==void 0)r[n.field]=n.parse(i,n.name);else if(n.type==="list")r[n.field]=[];else if(n.required&&e==="login")r[n.field]="";else if(n.required)throw new w(
n.name,"","is required")}let o=r;return{...o,...CN(o,e)}}function vN(t){let e=Fh("mode",t("mode")),r=Fh("docker-credentials-output",t("docker-credentials-output"));
return $h(e,r),{mode:e,skipLogout:Fh("skip-logout",t("skip-logout")),dockerCredentialsOutput:r}}function PN(t,e){let[r,...o]=e.tags,n=e.existing.get(r),i=n&&(t.skipExisting||_h(e.repository,r))?n:void 0;tq(e,i);let s=t.push?["policies",...o.length?["copy-t\
ags"]:[],"verify"]:[];if(i)return{steps:s,reuse:i,localTags:[],pushed:!1};let a=t.push&&e.builder==="buildx"&&(eq(t,e.driver)||!!t.builder),c=[];return e.baseFromTarget&&
!t.image||a?c.push("login-before-build"):t.push&&c.push("login"),t.pullRegistries.length&&!t.image&&c.push("pull-registry-logins"),t.cache&&!t.image&&e.cacheSource&&
c.push("cache"),t.image?c.push("tag-local"):c.push("build"),t.push&&c.push(a?"builder-push":"push"),{steps:[...c,...s],localTags:a?[r]:e.tags,pushed:t.push}}function eq(t,e){
return!!t.platform?.includes(",")||t.provenance||e!==void 0&&e!=="docker"}function tq({tags:t,repository:e,existing:r},o){for(let n of t){let i=r.get(n);if(!(!i||
!_h(e,n)||o&&i.digest===o.digest))throw new le(`tag ${n} already exists in the immutable repository ${e.name} at ${i.digest}, which is not the image being deliv\
ered`,"immutable tags cannot move: remove the tag from `tags` (use a new one), or make the repository MUTABLE")}}var Ir=[...pn,"INFORMATIONAL","UNDEFINED"],rq=10,oq=1e3,nq=15e3,iq=2e4,sq=new Set(["COMPLETE","ACTIVE"]),aq=new Set(["IN_PROGRESS","PENDING"]),cq=t=>new Promise(
e=>setTimeout(e,t));async function bN(t,e){try{return await pq(t,e)}catch(r){if(r instanceof Yr)throw r;let o=un(r);return Ou(e,"failed",`could not read ECR's s\
can of ${e.digest}: ${o.message}`,o.hint??"check the role's permissions for the scan (`ecr-deliver iam-policy \u2026 --scan-wait true`)")}}async function pq(t,e){
let r=e.sleep??cq,o=e.now??Date.now,n=o(),i=n+e.timeoutSeconds*1e3,s=oq,a=!1,c="no scan yet";for(;;){let l=await t.scanFindings(e.repository,e.digest);if(!l&&e.
start&&!a){e.info(`No scan of ${e.digest} yet: starting one (StartImageScan)`),await t.startScan(e.repository,e.digest),a=!0;continue}let u=l?.imageScanStatus?.
status??"";if(l&&sq.has(u))return dq(e,await uq(t,e,l));if(l&&!aq.has(u))return Ou(e,"failed",`ECR's scan of ${e.digest} ended ${u||"without a status"}${l.imageScanStatus?.
description?`: ${l.imageScanStatus.description}`:""}`,"ECR scans images whose OS packages it knows; see the scan status in the ECR console");c=l?`scan ${u}`:"no\
 scan yet";let m=(!l&&!a?Math.min(i,n+iq):i)-o();if(!l&&!a&&m<=0)return lq(e,o()-n);if(m<=0)return Ou(e,"timeout",`ECR's scan of ${e.digest} did not complete wi\
thin ${e.timeoutSeconds} s (scan-timeout-seconds; last seen: ${c})`,"raise scan-timeout-seconds; enhanced scanning of a new image can take several minutes");await r(
Math.min(s,m)),s=Math.min(s*2,nq)}}function lq(t,e){let r=t.scanOnPush?"although the repository is set to scan on push":"the repository does not scan on push";return Ou(
t,"not-found",`ECR has no scan of ${t.digest} after ${Math.round(e/1e3)} s: ${r}`,"turn scan on push on (scan-on-push for a repository the run creates, `aws ecr\
 put-image-scanning-configuration`, or a registry scanning rule), or set scan-start: true")}async function uq(t,e,r){let o=[r];for(let n=r.nextToken;n;n=o[o.length-
1].nextToken){let i=await t.scanFindings(e.repository,e.digest,n);if(!i)break;o.push(i)}return o}function dq(t,e){let r=e[0].imageScanFindings?.findingSeverityCounts??
{},o=Object.fromEntries(Ir.map(a=>[a,r[a]??0])),n=e.flatMap(a=>[...(a.imageScanFindings?.findings??[]).map(fq),...(a.imageScanFindings?.enhancedFindings??[]).map(
gq)]),i=a=>{let c=Ir.indexOf(a.severity);return c<0?Ir.length:c},s=n.map((a,c)=>({f:a,i:c})).sort((a,c)=>i(a.f)-i(c.f)||a.i-c.i).slice(0,rq).map(({f:a})=>a);return{
outcome:"complete",counts:o,top:s,threshold:t.threshold,gate:mq(o,t.threshold)}}function Ou(t,e,r,o){return{outcome:e,counts:{},top:[],problem:r,hint:o,threshold:t.
threshold,gate:t.threshold==="none"?"off":"failed"}}function mq(t,e){return e==="none"?"off":pn.slice(0,pn.indexOf(e)+1).some(o=>(t[o]??0)>0)?"failed":"passed"}
function ON(t){return t?.outcome==="complete"?JSON.stringify(t.counts):""}function Nu(t,e){if(!t)return{};if(t.gate==="failed"&&t.outcome!=="complete")return{failure:new pi(
`fail-on-severity ${t.threshold}: ${t.problem}; the image is pushed (${e}) but could not be judged`,t.hint)};if(t.gate==="failed"){let r=pn.slice(0,pn.indexOf(t.
threshold)+1).filter(o=>t.counts[o]>0);return{failure:new pi(`fail-on-severity ${t.threshold}: ECR's scan found ${r.map(o=>`${t.counts[o]} ${o}`).join(", ")}; t\
he image is pushed (${e}) but should not be deployed`,"fix or upgrade the packages listed in the summary and deliver again, or raise fail-on-severity")}}return t.
outcome!=="complete"?{warning:`scan-wait: ${t.problem}`}:{}}var AN=(t,e)=>t.attributes?.find(r=>r.key===e)?.value;function fq(t){let e=[AN(t,"package_name"),AN(
t,"package_version")].filter(Boolean).join(" ");return{name:t.name??"",severity:t.severity??"UNDEFINED",package:e,link:t.uri??""}}function gq(t){let e=t.packageVulnerabilityDetails,
r=(e?.vulnerablePackages??[]).map(o=>[o.name,o.version].filter(Boolean).join(" ")).join(", ");return{name:e?.vulnerabilityId??t.title??"",severity:t.severity??"\
UNDEFINED",package:r,link:e?.sourceUrl??e?.referenceUrls?.[0]??""}}function Du(t){let e=new yn(t.options.timeoutSeconds,t.lifetime),r=ra.create(t.env);return e.bound(()=>hq(t,e,hn(t.env,r.dir))).finally(()=>r.remove())}async function hq(t,e,r){
let{options:o,context:n,reporter:i}=t,s=new eo(t.run,i,e,r,o.builder),a=di(o);if(!o.image){for(let E of ky(a,t.env))i.secret(E);Dy(a,t.env)}let c=o.image?{}:qy(
o,a),l=!o.image&&(c.buildx||c.buildkit||mi(t.env)!==void 0),u=s.check().then(()=>l?s.builder(c):void 0),d=Cu(t);await u,o.image||await s.checkPlatforms(o.platform),
o.image||s.builder().catch(()=>{});let m=await i.phase("Credentials",()=>vu(t,d,e)),f=Tu(t,m,e),g=()=>Gl(o.pullRegistries,n.region,m,e);try{return await new Uh(
t,s,f,g).run()}finally{f.close()}}var Uh=class{constructor(e,r,o,n=async()=>[]){this.req=e;this.docker=r;this.ecr=o;this.pullLogins=n;this.o=e.options,this.sha=
e.context.commitSha,this.tags=[...new Set([this.sha,...this.o.tags,...e.context.release.tags])]}req;docker;ecr;pullLogins;o;sha;tags;repo;loggedIn=[];background=[];async run(){
try{let e=await this.steps(),r=await this.scan(e);return{outputs:{...e,"scan-findings":ON(r)},scan:r}}catch(e){throw await Promise.allSettled(this.background),e}}async steps(){
let{reporter:e}=this.req,[r,o]=await e.phase("Repository",()=>Promise.all([this.o.push?this.ecr.ensureRepository(this.o,iy(this.o.tags,this.req.context.release)):
this.lookUpRepository(),this.ecr.images(this.o.repository,this.tags)]));this.repo=r,r.created&&e.info(`Created repository ${r.uri} (${r.mutability})`);let n=PN(
this.o,{tags:this.tags,repository:r,existing:o,builder:this.o.image?void 0:await this.docker.builder(),driver:this.o.image?void 0:(await this.docker.buildxSetup())?.
driver,cacheSource:this.ecr.latestImage!==void 0,baseFromTarget:!this.o.image&&Th(Vs(this.o)).includes(r.uri.split("/")[0])});return this.execute(n,r,o)}async execute(e,r,o){
let{reporter:n}=this.req,i=f=>e.steps.includes(f),s=i("policies")?this.inBackground(this.ecr.applyPolicies(this.o)):Promise.resolve();if(e.reuse){let f=e.reuse;
return n.info(`${r.uri}:${this.sha} already exists (${f.digest}): nothing to build or upload`),i("verify")?(await s,i("copy-tags")&&await n.phase("Tag",()=>this.
copyTags(r,f,o)),this.verified(r,f.digest,!1)):this.outputs(r,f.digest,!1)}let a=i("login")||i("login-before-build")?this.inBackground(n.track("Login",()=>this.
login())):void 0,c=i("pull-registry-logins")?this.inBackground(this.loginPullRegistries()):void 0,l=i("cache")?this.cacheSource(r,()=>a??this.login()):void 0;i(
"login-before-build")&&await a,await c;let u=e.localTags.map(f=>`${r.uri}:${f}`),d=i("tag-local")?await n.phase("Tag",()=>this.tagLocal(u)):await n.phase("Build",
()=>this.build(u,r,i("builder-push"),l));if(!e.pushed)return this.outputs(r,"",!1);await Promise.all([a,s]);let m=i("builder-push")?d:await n.phase("Push",()=>this.
docker.push(`${r.uri}:${this.sha}`,()=>this.login()));return i("copy-tags")&&await n.phase("Tag",async()=>{let f=(await this.ecr.images(this.o.repository,[this.
sha])).get(this.sha);if(!f||f.digest!==m)throw new le(`ECR does not show ${this.sha} at the pushed digest ${m}`);await this.copyTags(r,f,o)}),this.verified(r,m,
!0)}async cacheSource(e,r){try{let o=await this.ecr.latestImage(e.name);if(!o){this.req.reporter.info("No layer cache yet: the repository has no image to reuse \
layers from");return}let n=`${e.uri}@${o}`;return await r(),await this.docker.builder()==="classic"&&!await this.docker.pullCache(n)?void 0:(this.req.reporter.info(
`Layer cache: ${n}`),n)}catch(o){if(o instanceof Yr)throw o;this.req.reporter.warning(`no layer cache: ${o.message}`);return}}async scan(e){if(!this.o.scanWait||
!this.repo)return;if(!e.digest){this.req.reporter.info("scan-wait: nothing was pushed (push: false), so there is no scan to wait for");return}let{reporter:r}=this.
req,o=this.repo,n=this.ecr;if(!n.scanFindings||!n.startScan)throw new le("scan-wait: this registry does not scan images","ECR Public has no image scanning: drop\
 scan-wait");return r.phase("Scan",()=>bN(n,{repository:this.o.repository,digest:e.digest,timeoutSeconds:this.o.scanTimeoutSeconds,start:this.o.scanStart,threshold:this.
o.failOnSeverity,scanOnPush:o.scanOnPush,info:i=>r.info(i)}))}inBackground(e){return e.catch(()=>{}),this.background.push(e),e}async lookUpRepository(){let e=await this.
ecr.findRepository(this.o.repository);if(e)return e;let{host:r}=await this.ecr.login();return{name:this.o.repository,uri:`${r}/${this.o.repository}`,arn:"",mutability:"\
MUTABLE",exclusionFilters:[],scanOnPush:!1,created:!1}}async login(){let e=await this.ecr.login();await this.docker.login(e),this.loggedIn.push(e.host)}async loginPullRegistries(){
let e=await this.req.reporter.phase("Login to pull registries",()=>this.pullLogins());for(let r of e)await this.docker.login(r),this.loggedIn.push(r.host)}async tagLocal(e){
for(let r of e)await this.docker.tag(this.o.image,r)}async build(e,r,o,n){Lh(this.o);let s=await this.docker.build({context:this.o.context,dockerfile:Vs(this.o),
tags:e,labels:this.labels(),buildArgs:this.o.buildArgs,target:this.o.target,platform:this.o.platform,cache:n?{from:await n}:void 0,secrets:di(this.o),provenance:this.
o.provenance,pushFromBuilder:o},await this.docker.builder()).catch(a=>{let c=a instanceof _t&&bO(a.message,Vs(this.o),[...this.loggedIn,r.uri.split("/")[0]],this.
req.context.region);throw c?new _t(a.message,c):a});if(o&&!s)throw new _t("buildx pushed but reported no digest");return s}labels(){let e=this.req.context,r={"o\
rg.opencontainers.image.revision":this.sha,"org.opencontainers.image.created":new Date().toISOString()};e.sourceUrl&&(r["org.opencontainers.image.source"]=e.sourceUrl),
e.release.version&&(r["org.opencontainers.image.version"]=e.release.version);for(let o of this.o.labels){let n=o.indexOf("=");r[o.slice(0,n)]=o.slice(n+1)}return r}async copyTags(e,r,o){
let n=this.tags.slice(1).filter(i=>o.get(i)?.digest!==r.digest);await vO(this.ecr,e.name,r,n)}async verified(e,r,o){let n=await this.ecr.images(this.o.repository,
this.tags),i=this.tags.filter(s=>n.get(s)?.digest!==r);if(i.length)throw new le(`after delivery, tag(s) ${i.join(", ")} do not point at ${r} in ECR`,"another de\
livery may have moved them at the same time; re-run to deliver again");return this.outputs(e,r,o)}outputs(e,r,o){return{registry:e.uri.split("/")[0],"repository\
-uri":e.uri,image:`${e.uri}:${this.sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:"",tags:this.tags,pushed:o,"scan-findings":""}}};var qs=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{let n=Date.now();this.timings.push({title:e,seconds:(n-
o)/1e3,start:(o-this.started)/1e3,end:(n-this.started)/1e3})}}get byStart(){return[...this.timings].sort((e,r)=>e.start-r.start)}get totalSeconds(){return(Date.
now()-this.started)/1e3}describe(){let e=this.byStart.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.totalSeconds.
toFixed(1)} s`}},Ws=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new qs;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}track(e,r){return this.clock.time(e,r)}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),n=await this.clock.time(e,r);return this.info(`\u2714 ${e}\
 (${((Date.now()-o)/1e3).toFixed(1)} s)`),n}};var NN=t=>Math.round(t*1e3),DN=t=>t.replace(/[:#;]/g," ").trim()||"phase";function kN(t){let e=["```mermaid","gantt","  title ecr-deliver phases (seconds since \
start)","  dateFormat x","  axisFormat %M:%S"];return t.forEach((r,o)=>{let n=NN(r.start),i=Math.max(NN(r.end),n+1);e.push(`  section ${DN(r.title)}`,`  ${DN(r.
title)} ${r.seconds.toFixed(1)} s :p${o}, ${n}, ${i}`)}),e.push("```"),e.join(`
`)}function $N(t,e=40){if(t.length===0)return[];let r=Math.max(...t.map(n=>n.end),.001),o=Math.max(...t.map(n=>n.title.length));return t.map(n=>{let i=Math.min(
e-1,Math.floor(n.start/r*e)),s=Math.max(i+1,Math.min(e,Math.round(n.end/r*e))),a="\xB7".repeat(i)+"\u2588".repeat(s-i)+"\xB7".repeat(e-s);return`${n.title.padEnd(
o)}  ${a}  ${n.start.toFixed(1)}\u2013${n.end.toFixed(1)} s`})}var LN=require("node:child_process"),ku=new Set,ii=(t,e,r={})=>new Promise((o,n)=>{let i=r.silent?void 0:r.output??process.stdout;i?.write(`[command]${[t,...e].
join(" ")}
`);let s=(0,LN.spawn)(t,e,{stdio:"pipe",env:r.env??process.env});ku.add(s);let a=!1,c=r.timeoutMs===void 0?void 0:setTimeout(()=>{a=!0,s.kill("SIGKILL")},r.timeoutMs),
l=[],u=[];s.stdout.on("data",d=>{l.push(d),i?.write(d)}),s.stderr.on("data",d=>{u.push(d),i?.write(d)}),s.stdin.on("error",()=>{}),s.stdin.end(r.input),s.on("er\
ror",d=>{ku.delete(s),clearTimeout(c),n(d)}),s.on("close",(d,m)=>{ku.delete(s),clearTimeout(c),o({code:d??(m?128:1),stdout:Buffer.concat(l).toString(),stderr:Buffer.
concat(u).toString(),...a?{timedOut:a}:{}})})});async function FN(t){let e=[...ku];if(!e.length)return;let r=s=>new Promise(a=>{s.exitCode!==null||s.signalCode!==
null?a():s.once("close",()=>a())}),o=Promise.all(e.map(r));for(let s of e)s.kill("SIGTERM");let n,i=new Promise(s=>{n=setTimeout(()=>s("grace"),t)});if(await Promise.
race([o,i])==="grace"){for(let s of e)s.exitCode===null&&s.signalCode===null&&s.kill("SIGKILL");await o}clearTimeout(n)}var UN=["SIGINT","SIGTERM"],yq=2e3;function Ks(){let t=new AbortController,e=!1,r=o=>t.abort(o);for(let o of UN)process.on(o,r);return{cancelled:t.signal,stopChildren:o=>(e=
!0,FN(o)),end:()=>{for(let o of UN)process.off(o,r);e&&setTimeout(()=>process.exit(process.exitCode||1),yq).unref()}}}var Ys=t=>e=>t[Yh(e)];function Js(t){let e=un(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function $u(t,e){let r=new Ws(process.stderr),o=Ks();try{let n=ni(t),i=gn(n),{outputs:s,scan:a}=await Du({options:n,context:i,reporter:r,run:ii,
env:process.env,lifetime:o});r.info(Sq(s,r.clock,a)),e(s);let c=Nu(a,s["image-ref"]);return c.warning&&r.warning(c.warning),c.failure?Js(c.failure):0}catch(n){return Js(
n)}finally{o.end()}}async function Lu(t,e){let r=new Ws(process.stderr),o=Ks();try{let n=ni(t,"login"),i=gn(n,process.env,"login"),{registry:s}=await Pu({options:n,
context:i,reporter:r,run:ii,env:process.env,lifetime:o});return r.info(MN(`logged in to ${s}`,[["registry",s]],r.clock)),e(s),0}catch(n){return Js(n)}finally{o.
end()}}function Eq(t){return t.pushed?"true":t.digest?"false (the SHA tag was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged \
locally only)"}function Sq(t,e,r){let o=t.pushed?`delivered ${t.image}`:t.digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,n=Lr.filter(({name:s})=>s!==
"scan-findings"||r).map(({name:s})=>[s,s==="pushed"?Eq(t):bo(t,s)||"-"]),i=$N(e.byStart).map(s=>`    ${s}`);return[MN(o,n,e),"  timeline",...i,...r?xq(r):[]].join(
`
`)}function xq(t){if(t.outcome!=="complete")return["  scan",`    ${t.problem}`];let e=Ir.map(n=>Math.max(n.length,String(t.counts[n]).length)),r=["  scan",`    ${Ir.
map((n,i)=>n.padStart(e[i])).join("  ")}`,`    ${Ir.map((n,i)=>String(t.counts[n]).padStart(e[i])).join("  ")}`];t.gate!=="off"&&r.push(`    fail-on-severity ${t.
threshold}: ${t.gate}`);let o=n=>n.replace(/[\x00-\x1f\x7f-\x9f]+/g," ");for(let n of t.top)r.push(o(`    ${n.severity.padEnd(13)} ${n.name}  ${n.package||"-"} \
 ${n.link}`).trimEnd());return r}function MN(t,e,r){let o=[...e,["time",r.describe()]],n=Math.max(...o.map(([i])=>i.length));return[`\u2500\u2500 ecr-deliver: ${t}\
 \u2500\u2500`,...o.map(([i,s])=>`  ${i.padEnd(n)}  ${s}`)].join(`
`)}var Rq=["deliver","login"],HN="ECR_DELIVER_COMMAND",_q=t=>`'${t.replace(/'/g,"'\\''")}'`,zN=(t,e)=>`export ${Xh(t)}=${_q(e)}
`;function wq(t){return Lr.map(({name:e})=>zN(e,bo(t,e))).join("")}function BN(t,e){t.BASH_ENV?(0,GN.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warning\
: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function jN(t=process.env){let e=t[HN]||"deliver";e==="login"?process.exitCode=await Lu(Ys(t),r=>BN(t,zN("registry",r))):e==="deliver"?process.exitCode=
await $u(Ys(t),r=>BN(t,wq(r))):(process.stderr.write(`ecr-deliver: ${HN}: ${li(e)} is not one of ${Rq.join(", ")}
`),process.exitCode=2)}var ZN=require("node:util");var JN=require("node:util");var Iq=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],Mh=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"];function Tq(t){let e=new Set(["ecr:DescribeRepositories","ecr:BatchGetImage"]),r=o=>{for(let n of o)
e.add(n)};return t.push&&(r(Iq),t.createRepository&&e.add("ecr:CreateRepository"),t.lifecyclePolicy&&e.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&e.add("\
ecr:SetRepositoryPolicy")),t.cache&&r(["ecr:DescribeImages",...Mh]),t.scanWait&&e.add("ecr:DescribeImageScanFindings"),t.scanWait&&t.scanStart&&e.add("ecr:Start\
ImageScan"),[...e].sort()}function Cq(t){return`arn:${Qr(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${t.repository}`}function Hh(t){if(t.
registryType==="public")return Aq(t);let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:GetAuthorizationToken",Resource:"*"},{Sid:"EcrDeliver",Effect:"Allow",Action:Tq(
t),Resource:Cq(t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.test(t.kmsKey)?t.kmsKey:`arn:${Qr(
t.region)}:kms:${t.region}:${t.registryId??t.accountId}:key/*`,o={"kms:ViaService":`ecr.${t.region}.amazonaws.com${Qr(t.region)==="aws-cn"?".cn":""}`};e.push({Sid:"\
KmsGrantForNewRepository",Effect:"Allow",Action:"kms:CreateGrant",Resource:r,Condition:{StringEquals:o,Bool:{"kms:GrantIsForAWSResource":"true"}}},{Sid:"KmsForN\
ewRepository",Effect:"Allow",Action:["kms:DescribeKey","kms:RetireGrant"],Resource:r,Condition:{StringEquals:o}})}return e.push(...qN(t)),{Version:"2012-10-17",
Statement:e}}function qN(t){let e=[],r=t.pullRepositories?.length?t.pullRepositories:["*"],o=(t.pullRegistries??[]).flatMap(i=>r.map(s=>`arn:${Qr(i.region??t.region)}\
:ecr:${i.region??t.region}:${i.id}:repository/${s}`));o.length&&e.push({Sid:"EcrPullBaseImages",Effect:"Allow",Action:Mh.slice().sort(),Resource:o.length===1?o[0]:
o});let n=(t.pullThrough??[]).map(i=>`arn:${Qr(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${i}/*`);return n.length&&e.push({Sid:"EcrPull\
ThroughCache",Effect:"Allow",Action:[...vq,...Mh].sort(),Resource:n.length===1?n[0]:n}),e}function WN(t){return!t.pullRegistries?.length||t.pullRepositories?.length?
[]:[`--pull-repositories not given: the role may pull every repository of ${t.pullRegistries.map(e=>e.id).join(", ")}; pass name patterns to narrow it`]}var vq=[
"ecr:BatchImportUpstreamImage","ecr:CreateRepository"],VN=["ecr-public:GetAuthorizationToken","sts:GetServiceBearerToken"],Pq=["ecr-public:BatchCheckLayerAvaila\
bility","ecr-public:InitiateLayerUpload","ecr-public:UploadLayerPart","ecr-public:CompleteLayerUpload","ecr-public:PutImage"];function Aq(t){let e=t.push?VN:[...VN,
"ecr-public:DescribeRegistries"],r=new Set(["ecr-public:DescribeRepositories","ecr-public:DescribeImageTags"]);if(t.push){for(let n of Pq)r.add(n);t.createRepository&&
r.add("ecr-public:CreateRepository"),t.repositoryPolicy&&r.add("ecr-public:SetRepositoryPolicy")}let o=t.repository.replace(/^public\.ecr\.aws\/[^/]+\//,"");return{
Version:"2012-10-17",Statement:[{Sid:"EcrPublicLogin",Effect:"Allow",Action:e,Resource:"*"},{Sid:"EcrPublicDeliver",Effect:"Allow",Action:[...r].sort(),Resource:`\
arn:aws:ecr-public::${t.registryId??t.accountId}:repository/${o}`},...qN(t)]}}var bq="token.actions.githubusercontent.com",Oq="oidc.circleci.com/org";function Nq(t){let e=t.pullRequest?"pull_request":t.environment!==void 0?`environment:${t.
environment}`:t.tag!==void 0?`ref:refs/tags/${t.tag}`:`ref:refs/heads/${t.branch??"main"}`;return`repo:${t.repo}:${e}`}function KN(t){let e=Qr(t.region),r,o,n;if(t.
provider==="github")r=t.githubIssuer??bq,o=t.audience??Bs,n=Nq(t);else if(t.provider==="circleci")r=`${Oq}/${t.orgId}`,o=t.audience??t.orgId,n=`org/${t.orgId}/p\
roject/${t.projectId}/user/*${t.vcsRef?`/vcs-origin/*/vcs-ref/${t.vcsRef}`:""}`;else return;let i=/[*?]/.test(n),s={StringEquals:{[`${r}:aud`]:o}};return i?s.StringLike=
{[`${r}:sub`]:n}:s.StringEquals[`${r}:sub`]=n,{Version:"2012-10-17",Statement:[{Effect:"Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},
Action:"sts:AssumeRoleWithWebIdentity",Condition:s}]}}var Dq=["repo","branch","tag","environment","pull-request","github-issuer"],kq=["org-id","project-id","vcs-ref"];function YN(t,e=process.env){let r=$q(t),o=Lq(r),
n=Fq(o.provider,r);if(o.kmsKey!==void 0&&o.encryptionType!=="KMS")throw new w("kms-key",o.kmsKey,"needs --encryption-type KMS");if(o.pullRepositories?.length&&!o.
pullRegistries?.length)throw new w("pull-repositories",r.get("pull-repositories"),"needs --pull-registries");if(o.only==="trust"&&n==="none")throw new w("only",
o.only,"needs a --provider: `none` has no trust policy");return{request:{repository:o.repository,region:Xu(o.awsRegion,e),accountId:o.accountId,registryId:o.registryId,
provider:n,audience:o.audience,createRepository:o.createRepository,lifecyclePolicy:o.lifecyclePolicy,repositoryPolicy:o.repositoryPolicy,cache:o.cache,push:o.push,
encryptionType:o.encryptionType,kmsKey:o.kmsKey,scanWait:o.scanWait,scanStart:o.scanStart,pullRegistries:o.pullRegistries,pullRepositories:o.pullRepositories,pullThrough:o.
pullThrough,registryType:kh({repository:o.repository,registryType:o.registryType}),...n==="github"?Uq(o):n==="circleci"?Mq(o):{}},only:o.only}}function $q(t){let{
values:e,positionals:r}=(0,JN.parseArgs)({args:t,options:Object.fromEntries(ti.map(n=>[n.name,{type:"string"}])),strict:!0,allowPositionals:!0});if(r.length)throw new w(
"iam-policy",r[0],"is not a flag: every value follows its --flag (see `ecr-deliver iam-policy --help`)");let o=new Map;for(let n of ti){let i=bu(n,e[n.name]);i!==
void 0&&o.set(n.name,i)}return o}function Lq(t){let e={};for(let r of ti){let o=t.get(r.name)??r.default;if(o!==void 0)e[r.field]=r.parse(o,r.name);else if(r.required)
throw new w(r.name,"","is required")}return e}function Fq(t,e){let r=Dq.filter(s=>e.has(s)),o=kq.filter(s=>e.has(s)),n=t??(r.length?"github":o.length?"circleci":
void 0);if(!n)throw new w("provider","","is required: github (with --repo), circleci (with --org-id), or none");let i=n==="github"?o:n==="circleci"?r:[...r,...o];
if(i.length)throw new w(i[0],e.get(i[0]),`does not apply to --provider ${n}`);return n}function Uq(t){if(t.repo===void 0)throw new w("repo","","is required: the\
 GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");let{branch:e,tag:r,environment:o,pullRequest:n}=t;if(e!==void 0&&o!==void 0)throw new w("branch",e,"can\
not be combined with --environment: a job with an environment gets `environment:NAME` as its OIDC subject");if(n&&(e!==void 0||o!==void 0))throw new w("pull-req\
uest","true","cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`");if(r!==void 0&&(e!==void 0||
o!==void 0||n))throw new w("tag",r,"cannot be combined with --branch, --environment or --pull-request: a tag push's OIDC subject is `repo:OWNER/REPO:ref:refs/ta\
gs/TAG`");let i=o===void 0&&!n&&r===void 0;return{repo:t.repo,environment:o,pullRequest:n,tag:r,branch:i?e??"main":void 0,githubIssuer:t.githubIssuer}}function Mq(t){
if(t.orgId===void 0)throw new w("org-id","","is required: the CircleCI organization id (a UUID, Organization Settings > Overview)");if(t.projectId===void 0)throw new w(
"project-id","","is required: the CircleCI project id (a UUID, Project Settings > Overview): without it every project of the org could deliver");return{orgId:t.
orgId,projectId:t.projectId,vcsRef:t.vcsRef}}function Hq(t){let e=KN(t);return e?{permissionsPolicy:Hh(t),trustPolicy:e}:{permissionsPolicy:Hh(t)}}function XN(t,e){
let r=Hq(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,null,2)}
`}var QN="0.1.0";var Bh=Gs.filter(t=>!t.githubOnly),eD=["iam-policy","login"];function Gh(t,e,r=100){let o=[],n="";for(let i of t.split(/\s+/).filter(Boolean))n&&e.length+n.length+
1+i.length>r?(o.push(n),n=i):n=n?`${n} ${i}`:i;return n&&o.push(n),o.map(i=>e+i).join(`
`)}function Gq(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver iam-policy --help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: O\
IDC credentials, ECR login, repository, build,","commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DEL\
IVER_ROLE_TO_ASSUME); a flag wins over the environment.","","Options:",...Bh.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default:\
 ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name} <value>
${Gh(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${Lr.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function zq(){return["Usage: ecr-deliver login [--option value \u2026] [--json]","","Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR \
registry, nothing else;",'later docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"Unlike a delivery (which logs in to a\
 private docker config removed when it ends), login writes","the registry password to your docker config (DOCKER_CONFIG, else ~/.docker) by design, where it","s\
tays for 12 hours: run `docker logout <registry>` when done on a shared host.","","Options (also as ECR_DELIVER_<OPTION>):",...Bh.filter(e=>zl.includes(e.name)).
map(e=>`  --${e.name} <value>
${Gh(e.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 logged in, 1 failed, 2 bad input."].join(`
`)}function jq(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --e\
nvironment NAME]     (GitHub)","         --org-id UUID --project-id UUID [--vcs-ref REF]               (CircleCI)","         [the delivery options the role must\
 allow, e.g. --cache false]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the re\
pository with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...ti.map(t=>`  --${t.name} ${t.value}
${Gh(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function tD(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],n=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${n})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${n})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let i=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${li(i)} is not a command or flag: use ${eD.join(", ")} or --flags \
(${n})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${n})`}}function Vq(t,e,r){try{let o=Object.fromEntries(e.map(n=>[n,{type:"string"}]));return(0,ZN.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${tD(o,r)}
`),process.exitCode=2;return}}function qq(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${jq()}
`),0;try{let{request:e,only:r}=YN(t.filter(o=>o!=="--json"));process.stdout.write(XN(e,r));for(let o of WN(e))process.stderr.write(`note: ${o}
`);return 0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.stderr.write(`ecr-deliver: ${tD(e,"iam-policy")}
`),2):Js(e)}}async function rD(t){let e=eD.find(s=>s===t[0])??"";if(e==="iam-policy"){process.exitCode=qq(t.slice(1));return}let r=e?t.slice(1):t,o=Vq(r,e==="lo\
gin"?zl:Bh.map(s=>s.name),e);if(!o)return;if(o.help)return void process.stdout.write(`${e==="login"?zq():Gq()}
`);if(o.version)return void process.stdout.write(`${QN}
`);let n=Ys(process.env);if(e==="login"){let s=a=>zl.includes(a)?o[a]??n(a):void 0;process.exitCode=await Lu(s,a=>{o.json&&process.stdout.write(`${JSON.stringify(
{registry:a})}
`)});return}let i=s=>o[s]??n(s);process.exitCode=await $u(i,s=>{o.json&&process.stdout.write(`${JSON.stringify(Qh(s))}
`)})}var zh=require("node:fs"),$r=require("node:os"),oD=require("node:stream");var Wq=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A"),si,nD=!0;function Xs(t){t.length&&(process.stdout.write(t),nD=typeof t=="string"?t.endsWith(
`
`):t[t.length-1]===10)}var jh=()=>nD?"":$r.EOL,iD=new oD.Writable({write(t,e,r){si||(si=crypto.randomUUID().replace(/-/g,""),Xs(`${jh()}::stop-commands::${si}${$r.EOL}`)),
Xs(t),r()}});function Qs(t,e=""){si&&(Xs(`${jh()}::${si}::${$r.EOL}`),si=void 0),Xs(`::${t}::${Wq(e)}${$r.EOL}`)}function Fu(t){return(process.env[`INPUT_${t.replace(
/ /g,"_").toUpperCase()}`]??"").trim()}function sD(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set: not running in a GitHu\
b Actions step`);let n=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(n)||r.includes(n))throw new Error(`value of ${e} contains the delimiter`);(0,zh.appendFileSync)(
o,`${e}<<${n}${$r.EOL}${r}${$r.EOL}${n}${$r.EOL}`,"utf8")}var ai=(t,e)=>sD("OUTPUT",t,e),Uu=(t,e)=>sD("STATE",t,e),Vh=t=>process.env[`STATE_${t}`]??"",Mu=t=>Qs(
"add-mask",t),Hu=t=>Xs(`${jh()}${t}${$r.EOL}`),qh=t=>Qs("warning",t),Kq=t=>Qs("error",t);function aD(t){process.exitCode=1,Kq(t)}async function cD(t,e){Qs("grou\
p",t);try{return await e()}finally{Qs("endgroup")}}function Wh(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,zh.appendFileSync)(e,`${t}${$r.EOL}`,"utf8")}var Jq=4,
Yq=1e4;async function pD(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||!r)throw new Error("ACTIONS_ID_TO\
KEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let n=1;;n++){let i;try{let s=await js(o,{headers:{
Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:Yq});if(s.status===200){let a=Xq(s.text);if(!a)throw new Error("the token service answered with\
out a token");return Mu(a),a}if(i=`HTTP ${s.status}`,s.status<500&&s.status!==429)throw new Error(`the token service answered ${i}`)}catch(s){if(s.message.startsWith(
"the token service")||s instanceof gr)throw s;i=s.message}if(n>=Jq)throw new Error(`the token service did not answer after ${n} attempts (${i})`);await new Promise(
s=>setTimeout(s,500*2**(n-1)))}}function Xq(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var ci=t=>t.replace(/[\r\n]+/g," ").replace(/[|\\`*_~<>[\]]/g,e=>`\\${e}`),Kh=t=>`\`${t.replace(/`/g,"'")}\``;function lD(t,e,r){let o=t.pushed?"delivered":t.digest?
"already delivered":"built, not pushed",n=[["image",Kh(t.image)],["digest",t.digest?Kh(t.digest):"(not pushed)"],["tags",t.tags.map(Kh).join(" ")],["pushed",String(
t.pushed)],["timings",ci(e.describe())]],i=[`### ecr-deliver: ${o}`,"","| | |","|---|---|",...n.map(([s,a])=>`| ${s} | ${a} |`),"","#### Timeline","",kN(e.byStart),
""];return r&&i.push(...Zq(r),""),i.join(`
`)}function Zq(t){let e=["#### Vulnerability scan",""];if(t.outcome!=="complete")return e.push("> [!WARNING]",`> ${ci(t.problem??"no scan")}`),t.gate==="failed"&&
e.push(">",`> fail-on-severity ${t.threshold}: **failed** (the image is pushed, but could not be judged)`),e;if(e.push(`| ${Ir.join(" | ")} |`,`|${Ir.map(()=>"-\
--:").join("|")}|`,`| ${Ir.map(r=>t.counts[r]).join(" | ")} |`,""),t.gate!=="off"&&e.push(t.gate==="failed"?`**fail-on-severity ${t.threshold}: failed.** The im\
age is pushed, but should not be deployed.`:`fail-on-severity ${t.threshold}: passed.`,""),t.top.length){e.push("| finding | severity | package |","|---|---|---\
|");for(let r of t.top){let o=/^https?:\/\/[^\s()<>]+$/.test(r.link)?`[${ci(r.name)}](${r.link})`:ci(r.name);e.push(`| ${o} | ${ci(r.severity)} | ${ci(r.package)||
"\u2014"} |`)}}else e.push("No findings.");return e}var uD="isPost",dD="registries",mD="skipLogout",Bu=class{clock=new qs;output=iD;info=e=>Hu(e);warning=e=>qh(e);secret=e=>Mu(e);phase(e,r){return cD(e,()=>this.clock.
time(e,r))}track(e,r){return this.clock.time(e,r)}},fD=t=>t[`STATE_${uD}`]==="true";async function gD(){Uu(uD,"true");let t=new Bu,e=new Set,r=i=>{e.add(i),Uu(dD,
JSON.stringify([...e]))},o=Ks(),n={reporter:t,run:ii,env:process.env,platformToken:i=>pD(i),lifetime:o};try{let i=vN(d=>Fu(d));if(i.mode==="login")return await eW(
n,r,i);let s=ni(d=>Fu(d)),a=gn(s),{outputs:c,scan:l}=await Du({options:s,context:a,...n});for(let{name:d}of Lr)ai(d,bo(c,d));Wh(lD(c,t.clock,l));let u=Nu(l,c["i\
mage-ref"]);if(u.warning&&qh(u.warning),u.failure)throw u.failure}catch(i){let s=un(i);aD(s.hint?`${s.message}
Hint: ${s.hint}`:s.message)}finally{o.end()}}async function eW(t,e,r){r.skipLogout&&Uu(mD,"true");let o=ni(s=>Fu(s),"login"),n=gn(o,process.env,"login"),i=await Pu(
{options:o,context:n,...t,onLogin:e});ai("registry",i.registry),ai("registries",i.registries.join(",")),r.dockerCredentialsOutput&&(Mu(i.login.password),ai("doc\
ker-username",i.login.username),ai("docker-password",i.login.password)),Hu(`Logged in to ${i.registries.join(", ")}${r.skipLogout?" (kept after the job: skip-lo\
gout)":"; the post step logs out"}`),Wh(["### ecr-deliver login","",...i.registries.map(s=>`- \`${s}\``),"",`timings: ${t.reporter.clock.describe()}`,""].join(`\

`))}async function hD(){let t=JSON.parse(Vh(dD)||"[]");if(Vh(mD)==="true"){Hu(`skip-logout: docker stays logged in to ${t.join(", ")||"nothing"}`);return}let e=new eo(
ii,new Bu,void 0,hn(process.env));for(let r of t)await e.logout(r)}async function tW(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?fD(
t)?hD():gD():e.length===0&&t.CIRCLECI==="true"?jN():rD(e)}tW();
