#!/usr/bin/env node
"use strict";var Rk=Object.create;var Tu=Object.defineProperty;var _k=Object.getOwnPropertyDescriptor;var wk=Object.getOwnPropertyNames;var Ik=Object.getPrototypeOf,Tk=Object.prototype.hasOwnProperty;var p=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var cr=(t,e)=>{for(var r in e)Tu(t,r,{get:e[r],enumerable:!0})},vk=(t,e,r,o)=>{if(e&&typeof e=="object"||typeof e=="function")for(let s of wk(e))!Tk.call(t,s)&&
s!==r&&Tu(t,s,{get:()=>e[s],enumerable:!(o=_k(e,s))||o.enumerable});return t};var Ur=(t,e,r)=>(r=t!=null?Rk(Ik(t)):{},vk(e||!t||!t.__esModule?Tu(r,"default",{value:t,enumerable:!0}):r,t));var $a,ut,CE=p(()=>{$a={warningEmitted:!1},ut=t=>{if(t&&!$a.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){$a.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&($a.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function B(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var AE=p(()=>{});function Hr(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var bE=p(()=>{});var E$,lr,PE=p(()=>{E$=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",lr=(t,e)=>{if(E$()&&typeof t?.handle!="functi\
on")return e}});var Fn,Gu=p(()=>{Fn=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var Fs,La,Ms=p(()=>{Gu();Fs=(t,e=0,r=t.byteLength-e)=>{if(!Fn(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},La=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var S$,Ee,OE=p(()=>{Ms();S$=/^[A-Za-z0-9+/]*={0,2}$/,Ee=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!S$.exec(t))throw new TypeError(
"Invalid base64 string.");let e=La(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var re,Ua=p(()=>{Ms();re=t=>{let e=La(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var pe,DE=p(()=>{Ms();Ua();pe=t=>{let e;if(typeof t=="string"?e=re(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return Fs(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function NE(t,e,r,o){return class Fa extends Uint8Array{static fromString(n,i="utf-8"){if(typeof n=="string")return i==="base64"?Fa.mutate(o(n)):Fa.mutate(e(n));
throw new Error(`Unsupported conversion from ${typeof n} to Uint8ArrayBlobAdapter.`)}static mutate(n){return Object.setPrototypeOf(n,Fa.prototype),n}transformToString(n="\
utf-8"){return n==="base64"?r(this):t(this)}}}var kE=p(()=>{});var Z,$E=p(()=>{Ms();Z=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@\
smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return Fs(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function LE(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,Xe[e[0]]+Xe[e[1]]+Xe[e[2]]+Xe[e[3]]+"-"+Xe[e[4]]+Xe[e[5]]+"-"+Xe[e[6]]+Xe[e[7]]+"-"+Xe[e[8]]+Xe[e[9]]+"-"+Xe[e[10]]+Xe[e[11]]+Xe[e[12]]+Xe[e[13]]+
Xe[e[14]]+Xe[e[15]]}}var Xe,UE=p(()=>{Xe=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var qo,FE=p(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(qo||(qo={}))});var Zr,ME=p(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Zr||(Zr={}))});var HE=p(()=>{ME()});var Ar,BE=p(()=>{Ar="__smithy_context"});var Br,GE=p(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(Br||(Br={}))});var Gr=p(()=>{FE();HE();BE();GE()});var te,zE=p(()=>{Gr();te=t=>t[Ar]||(t[Ar]={})});function b(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var zu=p(()=>{});function x$(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var z,jE=p(()=>{z=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=x$(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var mt,VE=p(()=>{mt=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var R$,zr,WE=p(()=>{R$=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),zr=(t,e=!1)=>{if(!e)return R$.test(t);let r=t.split(".");for(let o of r)if(!zr(o))return!1;
return!0}});function ju(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var qE=p(()=>{});var V,KE=p(()=>{V=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function JE(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,s=null]=r.split("=");o=decodeURIComponent(o),s&&(s=decodeURIComponent(s)),o in
e?Array.isArray(e[o])?e[o].push(s):e[o]=[e[o],s]:e[o]=s}return e}var XE=p(()=>{});var fe,Vu=p(()=>{XE();fe=t=>{if(typeof t=="string")return fe(new URL(t));let{hostname:e,pathname:r,port:o,protocol:s,search:n}=t,i;return n&&(i=JE(n)),{hostname:e,
port:o?parseInt(o):void 0,protocol:s,path:r,query:i}}});var mo,YE=p(()=>{zu();Vu();mo=t=>{if(typeof t=="object"){if("url"in t){let e=fe(t.url);if(t.headers){e.headers={};for(let r in t.headers)b(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return fe(t)}});var Y=p(()=>{zE();zu();jE();VE();WE();qE();KE();Vu();YE()});var Wu,_$,QE,w$,ZE,eS,tS,I$,rS,oS,T$,Ma,Hs,sS,v$,C$,nS=p(()=>{Wu=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&C$.warn(v$(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
_$=Math.ceil(2**127*(2-2**-23)),QE=t=>{let e=Wu(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>_$)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},w$=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},ZE=
t=>tS(t,16),eS=t=>tS(t,8),tS=(t,e)=>{let r=w$(t);if(r!==void 0&&I$(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},I$=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},rS=t=>Wu(typeof t=="string"?Ma(t):t),oS=t=>QE(typeof t=="string"?
Ma(t):t),T$=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,Ma=t=>{let e=t.match(T$);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},Hs=t=>ZE(typeof t=="string"?Ma(t):t),sS=t=>eS(typeof t=="string"?Ma(t):t),v$=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),C$={warn:console.warn}});function Ko(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),s=t.getUTCDate(),n=t.getUTCHours(),i=t.getUTCMinutes(),a=t.getUTCSeconds(),c=s<10?`0${s}`:
`${s}`,l=n<10?`0${n}`:`${n}`,d=i<10?`0${i}`:`${i}`,u=a<10?`0${a}`:`${a}`;return`${A$[o]}, ${c} ${Ku[r]} ${e} ${l}:${d}:${u} GMT`}var A$,Ku,b$,Ju,P$,Xu,O$,D$,N$,
Hn,Yu,Mn,k$,$$,L$,qu,U$,F$,M$,jr,H$,B$,Bs,iS=p(()=>{nS();A$=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],Ku=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];b$=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),Ju=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=b$.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,s,n,i,a,c,l]=e,d=Hs(Bs(
o)),u=jr(s,"month",1,12),m=jr(n,"day",1,31);return Mn(d,u,m,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})},P$=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
Xu=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=P$.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,s,n,i,a,c,l,d]=e,u=Hs(Bs(o)),m=jr(s,"month",1,12),f=jr(n,"day",1,31),g=Mn(u,m,f,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l});
return d.toUpperCase()!="Z"&&g.setTime(g.getTime()-B$(d)),g},O$=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
D$=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
N$=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
Hn=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=O$.exec(t);if(e){let[r,o,s,n,i,a,c,
l]=e;return Mn(Hs(Bs(n)),qu(s),jr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})}if(e=D$.exec(t),e){let[r,o,s,n,i,a,c,l]=e;return L$(Mn(k$(
n),qu(s),jr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l}))}if(e=N$.exec(t),e){let[r,o,s,n,i,a,c,l]=e;return Mn(Hs(Bs(l)),qu(o),jr(s.trimLeft(),
"day",1,31),{hours:n,minutes:i,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},Yu=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=rS(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},Mn=(t,e,r,o)=>{let s=e-1;return F$(t,s,r),new Date(Date.UTC(t,s,r,jr(o.hours,"hour",0,23),jr(o.minutes,"\
minute",0,59),jr(o.seconds,"seconds",0,60),H$(o.fractionalMilliseconds)))},k$=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+Hs(Bs(t));return r<e?
r+100:r},$$=50*365*24*60*60*1e3,L$=t=>t.getTime()-new Date().getTime()>$$?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,qu=t=>{let e=Ku.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},U$=[31,28,
31,30,31,30,31,31,30,31,30,31],F$=(t,e,r)=>{let o=U$[e];if(e===1&&M$(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${Ku[e]} in ${t}: ${r}`)},M$=t=>t%4===0&&
(t%100!==0||t%400===0),jr=(t,e,r,o)=>{let s=sS(Bs(t));if(s<r||s>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return s},H$=t=>t==null?0:
oS("0."+t)*1e3,B$=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),s=Number(t.substring(4,6));return r*(o*60+s)*60*1e3},Bs=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var ft,aS=p(()=>{ft=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};ft.from=t=>t&&typeof t=="object"&&(t instanceof ft||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?ft(String(t)):
ft(JSON.stringify(t));ft.fromObject=ft.from});function Qu(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var cS=p(()=>{});function eo(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var Zu,em,tm,pS,lS,G$,z$,j$,V$,W$,q$,rm,om,sm,dS=p(()=>{Zu=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",em="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",tm="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",pS="(\
\\d?\\d)",lS="(\\d{4})",G$=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),z$=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
j$=new RegExp(`^${Zu}, ${pS} ${em} ${lS} ${tm} GMT$`),V$=new RegExp(`^${Zu}, ${pS}-${em}-(\\d\\d) ${tm} GMT$`),W$=new RegExp(`^${Zu} ${em} ( [1-9]|\\d\\d) ${tm}\
 ${lS}$`),q$=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],rm=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},om=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=G$.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,s,n,i,a,,c,l]=e;eo(o,1,12),eo(s,1,31),eo(n,0,23),eo(i,0,59),eo(a,0,60);let d=new Date(Date.UTC(Number(r),Number(o)-1,Number(s),Number(n),
Number(i),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(d.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,u,m,f]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],g=u==="-"?1:-1;d.setTime(d.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return d},sm=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(z$.test(t))return new Date(t);let e,r,o,s,n,i,a,c;if((c=j$.exec(t))?[,e,r,o,s,n,i,a]=c:(c=V$.exec(t))?([,e,r,o,s,n,i,a]=
c,o=(Number(o)+1900).toString()):(c=W$.exec(t))&&([,r,e,s,n,i,a,o]=c),o&&i){let l=Date.UTC(Number(o),q$.indexOf(r),Number(e),Number(s),Number(n),Number(i),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);eo(e,1,31),eo(s,0,23),eo(n,0,59),eo(i,0,60);let d=new Date(l);return d.setUTCFullYear(Number(o)),d}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function nm(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let s=[],
n="";for(let i=0;i<o.length;i++)n===""?n=o[i]:n+=e+o[i],(i+1)%r===0&&(s.push(n),n="");return n!==""&&s.push(n),s}var uS=p(()=>{});var Bn,mS=p(()=>{Bn=t=>{let e=t.length,r=[],o=!1,s=!1,n=0;for(let i=0;i<e;++i){let a=t[i];switch(a){case'"':s||(o=!o);break;case",":o||(r.push(t.slice(n,i)),n=i+
1);break;default:}s=a==="\\"&&!s}return r.push(t.slice(n)),r.map(i=>{i=i.trim();let a=i.length;return a<2?i:i[0]==='"'&&i[a-1]==='"'?(i=i.slice(1,a-1),i.replace(
/\\(["\\])/g,"$1")):i.replace(/\\"/g,'"')})}});var fS,Ie,gS=p(()=>{fS=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,Ie=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!fS.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&fS.test(r.string)}}});function Gn(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in im)e[r/2]=im[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function le(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=hS[t[r]];return e}var hS,im,am=p(()=>{hS={},im={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),hS[t]=e,im[e]=t}});var Gs,gt,yS=p(()=>{Gs=require("node:fs"),gt=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof Gs.ReadStream){if(t.path!=null)
return(0,Gs.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,Gs.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var dr,ES=p(()=>{Ua();dr=t=>t instanceof Uint8Array?t:typeof t=="string"?re(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function Ha(t,e){if(e===void 0){e=0;for(let s of t)e+=s.byteLength}let r=new Uint8Array(e),o=0;for(let s of t)r.set(s,o),o+=s.byteLength;return r}var cm=p(()=>{});var Ye,zn=p(()=>{Ye=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,s=!0;typeof r=="boolean"?(o=void 0,s=r):r!=null&&typeof r==
"object"&&(o=r.logger,s=r.tryNextLink??!0),super(e),this.tryNextLink=s,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${s?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var w,Ba=p(()=>{zn();w=class t extends Ye{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var ur,SS=p(()=>{zn();ur=class t extends Ye{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Jo,pm=p(()=>{zn();Jo=(...t)=>async()=>{if(t.length===0)throw new Ye("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var xS,RS=p(()=>{xS=t=>()=>Promise.resolve(t)});var Ga,lm=p(()=>{Ga=(t,e,r)=>{let o,s,n,i=!1,a=async()=>{s||(s=t());try{o=await s,n=!0,i=!1}finally{s=void 0}return o};return e===void 0?async c=>((!n||c?.forceRefresh)&&
(o=await a()),o):async c=>((!n||c?.forceRefresh)&&(o=await a()),i?o:r&&!r(o)?(i=!0,o):(e(o)&&await a(),o))}});var mr,za=p(()=>{mr=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var ht,ja=p(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(ht||(ht={}))});var _S,wS,dm,K$,fo,jn=p(()=>{_S=require("node:os"),wS=require("node:path"),dm={},K$=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",fo=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${wS.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let s=K$();return dm[s]||(dm[s]=(0,_S.homedir)()),
dm[s]}});var Va,IS,yt,um=p(()=>{Va="AWS_PROFILE",IS="default",yt=t=>t.profile||process.env[Va]||IS});var TS,vS,Vn,mm=p(()=>{TS=require("node:crypto"),vS=require("node:path");jn();Vn=t=>{let r=(0,TS.createHash)("sha1").update(t).digest("hex");return(0,vS.join)(fo(),
".aws","sso","cache",`${r}.json`)}});var CS,Wn,qn,fm=p(()=>{CS=require("node:fs/promises");mm();Wn={},qn=async t=>{if(Wn[t])return Wn[t];let e=Vn(t),r=await(0,CS.readFile)(e,"utf8");return JSON.parse(
r)}});var AS,bS=p(()=>{Gr();AS=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(Br).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let s=r.indexOf("."),n=r.substring(0,s)===Br.PROFILE?r.substring(s+1):r;return e[n]=o,e},{...t.default&&{default:t.default}})});var PS,J$,Wa,gm=p(()=>{PS=require("node:path");jn();J$="AWS_CONFIG_FILE",Wa=()=>process.env[J$]||(0,PS.join)(fo(),".aws","config")});var OS,X$,DS,NS=p(()=>{OS=require("node:path");jn();X$="AWS_SHARED_CREDENTIALS_FILE",DS=()=>process.env[X$]||(0,OS.join)(fo(),".aws","credentials")});var Y$,Q$,Kn,hm=p(()=>{Gr();Y$=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,Q$=["__proto__","profile __proto__"],Kn=t=>{let e={},r,o;for(let s of t.split(/\r?\n/)){let n=s.
split(/(^|\s)[;#]/)[0].trim();if(n[0]==="["&&n[n.length-1]==="]"){r=void 0,o=void 0;let a=n.substring(1,n.length-1),c=Y$.exec(a);if(c){let[,l,,d]=c;Object.values(
Br).includes(l)&&(r=[l,d].join("."))}else r=a;if(Q$.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=n.indexOf("=");if(![0,-1].
includes(a)){let[c,l]=[n.substring(0,a).trim(),n.substring(a+1).trim()];if(l==="")o=c;else{o&&s.trimStart()===s&&(o=void 0),e[r]=e[r]||{};let d=o?[o,c].join("."):
c;e[r][d]=l}}}}return e}});var kS,ym,Jn,Xn,qa=p(()=>{kS=require("node:fs/promises"),ym={},Jn={},Xn=(t,e)=>Jn[t]!==void 0?Jn[t]:((!ym[t]||e?.ignoreCache)&&(ym[t]=(0,kS.readFile)(t,"utf8")),
ym[t])});var Em,$S,Ka,Sm=p(()=>{Em=require("node:path");bS();gm();NS();jn();hm();qa();$S=()=>({}),Ka=async(t={})=>{let{filepath:e=DS(),configFilepath:r=Wa()}=t,o=fo(),s="\
~/",n=e;e.startsWith(s)&&(n=(0,Em.join)(o,e.slice(2)));let i=r;r.startsWith(s)&&(i=(0,Em.join)(o,r.slice(2)));let a=await Promise.all([Xn(i,{ignoreCache:t.ignoreCache}).
then(Kn).then(AS).catch($S),Xn(n,{ignoreCache:t.ignoreCache}).then(Kn).catch($S)]);return{configFile:a[0],credentialsFile:a[1]}}});var LS,US=p(()=>{Gr();LS=t=>Object.entries(t).filter(([e])=>e.startsWith(Br.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var Z$,Yn,FS=p(()=>{gm();US();hm();qa();Z$=()=>({}),Yn=async(t={})=>Xn(t.configFilepath??Wa()).then(Kn).then(LS).catch(Z$)});var MS,HS=p(()=>{MS=(...t)=>{let e={};for(let r of t)for(let[o,s]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],s):e[o]=s;return e}});var br,BS=p(()=>{Sm();HS();br=async t=>{let e=await Ka(t);return MS(e.configFile,e.credentialsFile)}});var Qn,GS=p(()=>{fm();qa();Qn={getFileRecord(){return Jn},interceptFile(t,e){Jn[t]=Promise.resolve(e)},getTokenRecord(){return Wn},interceptToken(t,e){Wn[t]=e}}});function Ja(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var xm=p(()=>{});var zS,jS=p(()=>{Ba();xm();zS=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new w(r.message||`Not found in E\
NV: ${Ja(t.toString())}`,{logger:e?.logger})}}});var VS,WS=p(()=>{Ba();um();Sm();xm();VS=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=yt(r),{configFile:s,credentialsFile:n}=await Ka(r),i=n[o]||{},a=s[o]||
{},c=e==="config"?{...i,...a}:{...a,...i};try{let d=t(c,e==="config"?s:n);if(d===void 0)throw new Error;return d}catch(l){throw new w(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${Ja(t.toString())}`,{logger:r.logger})}}});var e1,qS,KS=p(()=>{RS();e1=t=>typeof t=="function",qS=t=>e1(t)?async()=>await t():xS(t)});var _,Rm=p(()=>{pm();lm();jS();WS();KS();_=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:s,logger:n}=o;return Ga(Jo(zS(
t,{signingName:s,logger:n}),VS(e,o),qS(r)))}});var JS,XS,Et,YS=p(()=>{za();ja();JS="AWS_USE_DUALSTACK_ENDPOINT",XS="use_dualstack_endpoint",Et={environmentVariableSelector:t=>mr(t,JS,ht.ENV),configFileSelector:t=>mr(
t,XS,ht.CONFIG),default:!1}});var QS,ZS,St,ex=p(()=>{za();ja();QS="AWS_USE_FIPS_ENDPOINT",ZS="use_fips_endpoint",St={environmentVariableSelector:t=>mr(t,QS,ht.ENV),configFileSelector:t=>mr(t,
ZS,ht.CONFIG),default:!1}});var Yo,go,zs,tx,rx,_m=p(()=>{Yo=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},go=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,zs=()=>{let t=[],e=[],r=!1,o=new Set,s=u=>u.sort((m,f)=>tx[f.step]-tx[m.step]||rx[f.priority||"normal"]-rx[m.priority||"normal"]),n=u=>{let m=!1,
f=g=>{let y=Yo(g.name,g.aliases);if(y.includes(u)){m=!0;for(let h of y)o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},i=u=>{let m=!1,f=g=>{
if(g.middleware===u){m=!0;for(let y of Yo(g.name,g.aliases))o.delete(y);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=u=>(t.forEach(m=>{u.add(m.middleware,
{...m})}),e.forEach(m=>{u.addRelativeTo(m.middleware,{...m})}),u.identifyOnResolve?.(d.identifyOnResolve()),u),c=u=>{let m=[];return u.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(u),u.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},l=(u=!1)=>{let m=[],f=[],g={};return t.forEach(h=>{let E={...h,before:[],after:[]};for(let S of Yo(E.name,E.aliases))g[S]=E;m.push(E)}),e.forEach(h=>{let E={
...h,before:[],after:[]};for(let S of Yo(E.name,E.aliases))g[S]=E;f.push(E)}),f.forEach(h=>{if(h.toMiddleware){let E=g[h.toMiddleware];if(E===void 0){if(u)return;
throw new Error(`${h.toMiddleware} is not found when adding ${go(h.name,h.aliases)} middleware ${h.relation} ${h.toMiddleware}`)}h.relation==="after"&&E.after.push(
h),h.relation==="before"&&E.before.push(h)}}),s(m).map(c).reduce((h,E)=>(h.push(...E),h),[])},d={add:(u,m={})=>{let{name:f,override:g,aliases:y}=m,h={step:"init\
ialize",priority:"normal",middleware:u,...m},E=Yo(f,y);if(E.length>0){if(E.some(S=>o.has(S))){if(!g)throw new Error(`Duplicate middleware name '${go(f,y)}'`);for(let S of E){
let I=t.findIndex(T=>T.name===S||T.aliases?.some(M=>M===S));if(I===-1)continue;let R=t[I];if(R.step!==h.step||h.priority!==R.priority)throw new Error(`"${go(R.name,
R.aliases)}" middleware with ${R.priority} priority in ${R.step} step cannot be overridden by "${go(f,y)}" middleware with ${h.priority} priority in ${h.step} s\
tep.`);t.splice(I,1)}}for(let S of E)o.add(S)}t.push(h)},addRelativeTo:(u,m)=>{let{name:f,override:g,aliases:y}=m,h={middleware:u,...m},E=Yo(f,y);if(E.length>0){
if(E.some(S=>o.has(S))){if(!g)throw new Error(`Duplicate middleware name '${go(f,y)}'`);for(let S of E){let I=e.findIndex(T=>T.name===S||T.aliases?.some(M=>M===
S));if(I===-1)continue;let R=e[I];if(R.toMiddleware!==h.toMiddleware||R.relation!==h.relation)throw new Error(`"${go(R.name,R.aliases)}" middleware ${R.relation}\
 "${R.toMiddleware}" middleware cannot be overridden by "${go(f,y)}" middleware ${h.relation} "${h.toMiddleware}" middleware.`);e.splice(I,1)}}for(let S of E)o.
add(S)}e.push(h)},clone:()=>a(zs()),use:u=>{u.applyToStack(d)},remove:u=>typeof u=="string"?n(u):i(u),removeByTag:u=>{let m=!1,f=g=>{let{tags:y,name:h,aliases:E}=g;
if(y&&y.includes(u)){let S=Yo(h,E);for(let I of S)o.delete(I);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:u=>{let m=a(zs());return m.use(
u),m.identifyOnResolve(r||m.identifyOnResolve()||(u.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>l(!0).map(u=>{let m=u.step??u.relation+" "+u.toMiddleware;
return go(u.name,u.aliases)+" - "+m}),identifyOnResolve(u){return typeof u=="boolean"&&(r=u),r},resolve:(u,m)=>{for(let f of l().map(g=>g.middleware).reverse())
u=f(u,m);return r&&console.log(d.identify()),u}};return d},tx={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},rx={high:3,normal:2,low:1}});var Re,ox=p(()=>{_m();Re=class{config;middlewareStack=zs();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let s=typeof r!="function"?r:void 0,n=typeof r=="function"?r:o,i=s===void 0&&this.config.cacheMiddleware===!0,a;if(i){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
s),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,s);if(n)a(e).then(c=>n(null,c.output),c=>n(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var to,wm=p(()=>{to=t=>typeof t=="function"?t():t});var Xa,Im=p(()=>{Xa=(t,e,r,o,s)=>({name:e,namespace:t,traits:r,input:o,output:s})});var sx,Tm,nx=p(()=>{Y();Im();sx=t=>(e,r)=>async o=>{let{response:s}=await e(o),{operationSchema:n}=te(r),[,i,a,c,l,d]=n??[];try{let u=await t.protocol.deserializeResponse(
Xa(i,a,c,l,d),{...t,...r},s);return{response:s,output:u}}catch(u){if(Object.defineProperty(u,"$response",{value:s,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in u)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{u.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof u.$responseBodyText<"u"&&u.$response&&(u.$response.
body=u.$responseBodyText);try{if(mt.isInstance(s)){let{headers:f={},statusCode:g}=s,y=Object.entries(f);u.$metadata={httpStatusCode:g,requestId:Tm(/^x-[\w-]+-request-?id$/,
y),extendedRequestId:Tm(/^x-[\w-]+-id-2$/,y),cfId:Tm(/^x-[\w-]+-cf-id$/,y)}}}catch{}}throw u}},Tm=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var ix,ax=p(()=>{Y();Im();ix=t=>(e,r)=>async o=>{let{operationSchema:s}=te(r),[,n,i,a,c,l]=s??[],d=r.endpointV2?async()=>mo(r.endpointV2):t.endpoint,u=await t.protocol.
serializeRequest(Xa(n,i,a,c,l),o.input,{...t,...r,endpoint:d});return e({...o,request:u})}});function xt(t){return{applyToStack:e=>{e.add(ix(t),px),e.add(sx(t),cx),t.protocol.setSerdeContext(t)}}}var cx,px,lx=p(()=>{nx();ax();cx={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},px={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function ho(t){if(typeof t=="object")return t;if(t=t|0,Ya[t])return Ya[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return Ya[t]=e}var Ya,vm=p(()=>{Ya=[]});function ei(t,e){if(t instanceof H)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=H;return new r(t,e)}var Zn,Qa,Za,H,Cm,dx,ux=p(()=>{wm();vm();
Zn={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},Qa=[],Za={},H=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],s=e,n=e;for(this._isMemberSchema=!1;Cm(s);)o.push(s[1]),s=s[0],n=to(s),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let i=o.length-1;i>=0;--i){let a=o[i];Object.assign(this.memberTraits,ho(a))}}else this.memberTraits=0;if(n instanceof t){let i=this.memberTraits;Object.
assign(this,n),this.memberTraits=Object.assign({},i,n.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??n.memberName;return}
if(this.schema=to(n),dx(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(n),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(Qa[e])return Qa[e]}else if(typeof e=="string"){if(Za[e])return Za[e]}else if(r&&e[Zn.ns])return e[Zn.ns];let o=to(e);if(o instanceof
t)return o;if(Cm(o)){let[n,i]=o;if(n instanceof t)return Object.assign(n.getMergedTraits(),ho(i)),n;throw new Error(`@smithy/core/schema - may not init unwrappe\
d member schema=${JSON.stringify(e,null,2)}.`)}let s=new t(o);return r?e[Zn.ns]=s:typeof o=="string"?Za[o]=s:typeof o=="number"?Qa[o]=s:s}getSchema(){let e=this.
schema;return Array.isArray(e)&&e[0]===0?e[4]:e}getName(e=!1){let{name:r}=this;return!e&&r&&r.includes("#")?r.split("#")[1]:r||void 0}getMemberName(){return this.
memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let e=this.getSchema();return typeof e=="number"?e>=64&&e<128:e[0]===1}isMapSchema(){let e=this.
getSchema();return typeof e=="number"?e>=128&&e<=255:e[0]===2}isStructSchema(){let e=this.getSchema();if(typeof e!="object")return!1;let r=e[0];return r===3||r===
-3||r===4}isUnionSchema(){let e=this.getSchema();return typeof e!="object"?!1:e[0]===4}isBlobSchema(){let e=this.getSchema();return e===21||e===42}isTimestampSchema(){
let e=this.getSchema();return typeof e=="number"&&e>=4&&e<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){
return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===
17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming:e}=this.getMergedTraits();return!!e||this.getSchema()===42}isIdempotencyToken(){
return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){
return ho(this.memberTraits)}getOwnTraits(){return ho(this.traits)}getKeySchema(){let[e,r]=[this.isDocumentSchema(),this.isMapSchema()];if(!e&&!r)throw new Error(
`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let o=this.getSchema(),s=e?15:o[4]??0;return ei([s,0],"key")}getValueSchema(){let e=this.
getSchema(),[r,o,s]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],n=typeof e=="number"?63&e:e&&typeof e=="object"&&(o||s)?e[3+e[0]]:r?15:void 0;
if(n!=null)return ei([n,0],o?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){let r=this.getSchema();
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),s=r[5][o];return ei(Cm(s)?s:[s,0],e)}if(this.isDocumentSchema())return ei([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[Zn.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let s=0;s<r;++s){let n=e[4][s],i=ei([e[5][s],0],n);yield o[s]=[n,i]}e[Zn.it]=o}};Cm=t=>Array.isArray(t)&&t.length===
2,dx=t=>Array.isArray(t)&&t.length>=5});var K,mx=p(()=>{K=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[s,n]of e.
schemas)r.has(s)||r.set(s,n);for(let[s,n]of e.exceptions)o.has(s)||o.set(s,n)}register(e,r){let o=this.normalizeShapeId(e);for(let s of[this,t.for(o.split("#")[0])])
s.schemas.has(o)||s.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,s=[];for(let[n,i]of this.
schemas.entries())n.endsWith(o)&&s.push(i);if(s.length===1)return s[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,s=o[1],n=s+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=n);for(let i of[this,t.for(s)])!i.schemas.has(n)&&!i.exceptions.has(
o)&&(i.schemas.set(n,o),i.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,s=r+"#"+o;if(s.startsWith("smithy.ts.sdk.synthetic.")&&s.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var Q=p(()=>{wm();lx();ux();vm();mx()});function js(t,e){if(e==null)return e;let r=H.of(t);if(r.getMergedTraits().sensitive)return Am;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return Am;if(Array.isArray(e))return e.map(s=>js(o,s))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return Am;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([s,n])=>[s,js(o,n)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,s={};for(let[n,i]of r.structIterator())o[n]!=null&&(s[n]=js(i,o[n]));return s}return e}var Am,fx=p(()=>{Q();Am="***SensitiveInformat\
ion***"});var gx,xr,bm,Pm=p(()=>{Gr();_m();fx();Q();gx=Symbol.for("@smithy/op-event-stream"),xr=class{middlewareStack=zs();schema;static classBuilder(){return new bm}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:s,clientName:n,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:l,additionalContext:d,CommandCtor:u}){for(let T of s.
bind(this)(u,e,r,o))this.middlewareStack.use(T);let m=e.concat(this.middlewareStack),{logger:f}=r,g=d[Ar],y={logger:f,clientName:n,commandName:i,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...d,[Ar]:{...g,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:h}=r,E=o??{};E.metricsRecorder&&(E={...E},delete E.metricsRecorder);let S,I=this.schema,R=I?.[gx];if(R!==void 0)
S=R;else if(I&&Array.isArray(I)&&I[0]===9){let[,,,,T,M]=I;S=I[gx]=!!(H.of(T).getEventStreamMember()||H.of(M).getEventStreamMember())}return S&&(E={isEventStream:S,
...E}),m.resolve(T=>h.handle(T.request,E),y)}},bm=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends xr{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,s,n){let i=e._operationSchema,a=i?.[4]??i?.input,c=i?.[5]??i?.output;return this.resolveMiddlewareWithContext(o,s,
n,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?js.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?js.bind(null,c):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var ro,hx=p(()=>{ro=(t,e,r)=>{for(let[n,i]of Object.entries(t)){let a=async function(l,d,u){let m=new i(l);if(typeof d=="function")this.send(m,d);else if(typeof u==
"function"){if(typeof d!="object")throw new Error(`Expected http options but got ${typeof d}`);this.send(m,d||{},u)}else return this.send(m,d)},c=(n[0].toLowerCase()+
n.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:s={}}=r??{};for(let[n,i]of Object.entries(o))e.prototype[n]===void 0&&(e.prototype[n]=
function(a={},c,...l){return i({...c,client:this},a,...l)});for(let[n,i]of Object.entries(s))e.prototype[n]===void 0&&(e.prototype[n]=async function(a={},c,...l){
let d=c;return typeof c=="number"&&(d={maxWaitTime:c}),i({...d,client:this},a,...l)})}});var Le,ec,yx=p(()=>{Le=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,s=!1;if(o){let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(s=!0,c===o))return!0;i=Object.getPrototypeOf(i)}}if(o&&s)return!1;let n=this.name;if(n&&n.length>=6){if(r.
name===n)return!0;let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor?.name;if(a&&a!=="Error"&&a===n)return!0;i=Object.getPrototypeOf(
i)}}}return!1}},ec=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,s])=>{(t[o]==null||t[o]==="")&&(t[o]=s)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var Rt,Ex=p(()=>{Rt=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var Sx,_t,xx=p(()=>{Sx=!1,_t=t=>{t&&!Sx&&parseInt(t.substring(1,t.indexOf(".")))<16&&(Sx=!0)}});var Rx,_x,wx,Ix=p(()=>{Y();Gr();Rx=Object.values(Zr),_x=t=>{let e=[];for(let r in Zr){if(!b(Zr,r))continue;let o=Zr[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),s=r.checksumConstructor();Rx.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=s:t.checksumAlgorithms[o]=
s,e.push(r)},checksumAlgorithms(){return e}}},wx=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();Rx.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var Tx,vx,Cx=p(()=>{Tx=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),vx=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var wt,It,Ax=p(()=>{Ix();Cx();wt=t=>Object.assign(_x(t),Tx(t)),It=t=>Object.assign(wx(t),vx(t))});var tc,bx=p(()=>{Y();tc=t=>{let e="#text";for(let r in t)b(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=tc(t[r])));return t}});var Se,Px=p(()=>{Se=class{trace(){}debug(){}info(){}warn(){}error(){}}});function Tt(t,e,r,o){return function(n,i,a,c,l={}){let d=Object.assign({},t,n);return xr.classBuilder().ep(d).m(function(u,m,f,g){let y=i.call(this,u,m,f,g);return y.
unshift(o(f,u.getEndpointParameterInstructions())),y}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var Ox=p(()=>{Pm()});var v=p(()=>{Y();Y();ox();Pm();hx();Ex();xx();yx();Ax();bx();Px();Ox()});var Dx,Om,Dm,Nx,kx,$x,Lx,Ux,Fx,Nm=p(()=>{Dx="AWS_EXECUTION_ENV",Om="AWS_REGION",Dm="AWS_DEFAULT_REGION",Nx="AWS_EC2_METADATA_DISABLED",kx=["in-region","cross-re\
gion","mobile","standard","legacy"],$x="/latest/meta-data/placement/region",Lx="/latest/api/token",Ux="x-aws-ec2-metadata-token",Fx="x-aws-ec2-metadata-token-tt\
l-seconds"});var Mx,t1,Gx,rc,Hx,r1,Bx,km=p(()=>{Nm();Mx=1e3,t1=6e4,Gx=0,rc=async()=>{if(!process.env[Nx]&&!(Date.now()<Gx))try{let t=r1(),e=(await Bx({...t,path:Lx,method:"P\
UT",headers:{[Fx]:"21600"}})).toString();return(await Bx({...t,path:$x,method:"GET",headers:{[Ux]:e}})).toString().trim()||Hx()}catch{return Hx()}},Hx=()=>{Gx=Date.
now()+t1},r1=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},Bx=async t=>{let{request:e}=await import("node:http");
return new Promise((r,o)=>{let s=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:Mx,signal:AbortSignal.timeout(Mx)});s.
on("error",n=>{o(n),s.destroy()}),s.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),s.destroy()}),s.on("response",n=>{let{statusCode:i=400}=n;
if(i<200||i>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:i})),s.destroy();return}let a=[];n.on("data",c=>a.
push(c)),n.on("end",()=>{r(Buffer.concat(a)),s.destroy()})}),s.end()})}});var zx,jx,Te,Ue,$m=p(()=>{km();zx="AWS_REGION",jx="region",Te={environmentVariableSelector:t=>t[zx],configFileSelector:t=>t[jx],default:async()=>{let t=await rc();
if(t)return t;throw new Error("Region is missing")}},Ue={preferredFile:"credentials"}});var Vx,Wx,qx=p(()=>{Y();Vx=new Set,Wx=(t,e=zr)=>{if(!Vx.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else Vx.add(t)}});var oc,Lm=p(()=>{oc=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var Kx,Jx=p(()=>{Lm();Kx=t=>oc(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var vt,Xx=p(()=>{qx();Jx();Lm();vt=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,s=Kx(o);return Wx(s),s},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return oc(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var o1,s1,Yx,Qx=p(()=>{o1="AWS_DEFAULTS_MODE",s1="defaults_mode",Yx={environmentVariableSelector:t=>t[o1],configFileSelector:t=>t[s1],default:"legacy"}});var Ct,n1,i1,Zx=p(()=>{$m();km();Rm();lm();Nm();Qx();Ct=({region:t=_(Te),defaultsMode:e=_(Yx)}={})=>Ga(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return n1(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${kx.join(", ")}, got ${r}`)}}),n1=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await i1();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},i1=async()=>process.env[Dx]&&(process.env[Om]||process.
env[Dm])?process.env[Om]??process.env[Dm]:rc()});var L=p(()=>{zn();Ba();SS();pm();za();ja();um();mm();fm();FS();BS();GS();Rm();YS();ex();$m();Xx();Zx()});var eR,tR,rR,oR=p(()=>{eR="AWS_ENDPOINT_URL",tR="endpoint_url",rR=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(n=>n.toUpperCase()),o=e[[eR,...r].
join("_")];if(o)return o;let s=e[eR];if(s)return s},configFileSelector:(e,r)=>{if(e.services){let s=["services",e.services].join(".");if(!r||!r[s])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let n=r[s],i=t.split(" ").map(c=>c.toLowerCase()),
a=n[[i.join("_"),tR].join(".")];if(a)return a}let o=e[tR];if(o)return o},default:void 0})});var a1,c1,sR,nR=p(()=>{L();a1="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",c1="ignore_configured_endpoint_urls",sR={environmentVariableSelector:t=>mr(t,a1,ht.ENV),configFileSelector:t=>mr(
t,c1,ht.CONFIG),default:!1}});var ti,iR=p(()=>{L();oR();nR();ti=async t=>{if(!await _(sR)())return _(rR(t??""))()}});var Um,p1,l1,d1,aR,cR,pR=p(()=>{Um=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),cR(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!aR(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},p1=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,l1=/(\d+\.){3}\d+/,d1=/\.\./,aR=t=>p1.test(t)&&!l1.test(t)&&!d1.test(t),cR=t=>{let[e,r,o,,,s]=t.split(":"),n=e===
"arn"&&t.split(":").length>=6,i=!!(n&&r&&o&&s);if(n&&!i)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return i}});var lR=p(()=>{pR()});var dR,uR=p(()=>{dR=(t,e,r,o=!1)=>{let s=async()=>{let n;return o?n=r.clientContextParams?.[t]??r[t]??r[e]:n=r[t]??r[e],typeof n=="function"?n():n};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let n=typeof r.credentials=="function"?await r.credentials():r.credentials;return n?.credentialScope??n?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let n=typeof r.credentials=="function"?await r.credentials():r.credentials;return n?.accountId??n?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let n=await s();if(n&&typeof n=="object"){if("url"in n)return n.url.href;if("hostname"in n){
let{protocol:i,hostname:a,port:c,path:l}=n;return`${i}//${a}${c?":"+c:""}${l}`}}return n}:s}});var Fm=p(()=>{Y()});function sc(t){return async(e,r,o,s)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(mo(a)),o.isCustomEndpoint=!0,s?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let n=await Vs(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let i=o.endpointProvider(n,s);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){i.headers??={};for(let[c,l]of Object.entries(a.headers))i.headers[c]=Array.isArray(l)?l:[l]}}
return i}}var Vs,nc=p(()=>{lR();uR();Fm();Vs=async(t,e,r)=>{let o={},s=e?.getEndpointParameterInstructions?.()||{};for(let[n,i]of Object.entries(s))switch(i.type){case"\
staticContextParams":o[n]=i.value;break;case"contextParams":o[n]=t[i.name];break;case"clientContextParams":case"builtInParams":o[n]=await dR(i.name,n,r,i.type!==
"builtInParams")();break;case"operationContextParams":o[n]=i.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
i))}return Object.keys(s).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await Um(o),o}});function u1(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function ic(t){let e=sc(t);return({config:r,instructions:o})=>(s,n)=>async i=>{r.isCustomEndpoint&&u1(n,"ENDPOINT_OVERRIDE","N");let a=await e(i.input,{getEndpointParameterInstructions(){
return o}},{...r},n);n.endpointV2=a,n.authSchemes=a.properties?.authSchemes;let c=n.authSchemes?.[0];if(c){n.signing_region=c.signingRegion,n.signing_service=c.
signingName;let d=te(n)?.selectedHttpAuthScheme?.httpAuthOption;d&&(d.signingProperties=Object.assign(d.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return s({...i})}}var Mm=p(()=>{Y();nc()});function mR(t){let e=ic(t);return(r,o)=>({applyToStack:s=>{s.addRelativeTo(e({config:r,instructions:o}),f1)}})}var m1,f1,fR=p(()=>{Mm();m1={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},f1={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:m1.name}});function gR(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:s,useFipsEndpoint:n}=e,i=o!=null?async()=>mo(await V(o)()):void 0,c=Object.assign(e,{
endpoint:i,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:V(s??!1),useFipsEndpoint:V(n??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),l;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),c}}var hR=p(()=>{Y();Fm()});var Fe,yR=p(()=>{Fe=class t{nodes;root;conditions;results;constructor(e,r,o,s){this.nodes=e,this.root=r,this.conditions=o,this.results=s}static from(e,r,o,s){return new t(
e,r,o,s)}}});var Me,ER=p(()=>{Me=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let s=this.data.keys(),n=0;for(;;){let{value:i,done:a}=s.next();if(this.data.delete(
i),a||++n>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let s of o){
let n=e[s],i=n==null?"\0":String(n);if(i.includes("|;"))return!1;r+=i+"|;"}return r}}});var ge,SR=p(()=>{ge=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var oo=p(()=>{SR()});var Hm,xR=p(()=>{Hm="endpoints"});function Ws(t){return typeof t!="object"||t==null?t:"ref"in t?`$${Ws(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(Ws).join(", ")})`:JSON.stringify(t,null,2)}var RR=p(
()=>{});var _R=p(()=>{xR();RR()});var ve,Bm=p(()=>{ve={}});var Gm,wR=p(()=>{Gm=(t,e)=>t===e});function zm(...t){for(let e of t)if(e!=null)return e}var IR=p(()=>{});var TR,vR=p(()=>{oo();TR=t=>{let e=t.split("."),r=[];for(let o of e){let s=o.indexOf("[");if(s!==-1){if(o.indexOf("]")!==o.length-1)throw new ge(`Path: '${t}' d\
oes not end with ']'`);let n=o.slice(s+1,-1);if(Number.isNaN(parseInt(n)))throw new ge(`Invalid array index: '${n}' in path: '${t}'`);s!==0&&r.push(o.slice(0,s)),
r.push(n)}else r.push(o)}return r}});var ri,CR=p(()=>{oo();vR();ri=(t,e)=>TR(e).reduce((r,o)=>{if(typeof r!="object")throw new ge(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let s=parseInt(o);return r[s<0?r.length+s:s]}return r[o]},t)});var jm,AR=p(()=>{jm=t=>t!=null});function Vm(t,e,r){return t?e:r}var bR=p(()=>{});var Wm,PR=p(()=>{Wm=t=>!t});var g1,qs,qm=p(()=>{g1=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),qs=t=>g1.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var Km,Jm,OR=p(()=>{Gr();qm();Km={[qo.HTTP]:80,[qo.HTTPS]:443},Jm=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:y="",query:h={}}=t,E=new URL(`${g}//${m}${f?`:${f}`:""}${y}`);return E.search=Object.entries(h).map(([S,I])=>`${S}=${I}`).join("&"),E}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:s,
pathname:n,protocol:i,search:a}=e;if(a)return null;let c=i.slice(0,-1);if(!Object.values(qo).includes(c))return null;let l=qs(s),d=r.includes(`${o}:${Km[c]}`)||
typeof t=="string"&&t.includes(`${o}:${Km[c]}`),u=`${o}${d?`:${Km[c]}`:""}`;return{scheme:c,authority:u,path:n,normalizedPath:n.endsWith("/")?n:`${n}/`,isIp:l}}});function Xm(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var DR=p(()=>{});var Ym,NR=p(()=>{Ym=(t,e)=>t===e});var Qm,kR=p(()=>{Qm=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var Zm,$R=p(()=>{Zm=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var ef=p(()=>{wR();IR();CR();AR();Y();bR();PR();OR();DR();NR();kR();$R()});var LR,UR=p(()=>{ef();LR={booleanEquals:Gm,coalesce:zm,getAttr:ri,isSet:jm,isValidHostLabel:zr,ite:Vm,not:Wm,parseURL:Jm,split:Xm,stringEquals:Ym,substring:Qm,uriEncode:Zm}});var ac,tf=p(()=>{ef();ac=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:s}=e,n=0;for(;n<t.length;){let i=t.indexOf("{",n);if(i===-1){r.push(t.slice(n));break}
r.push(t.slice(n,i));let a=t.indexOf("}",i);if(a===-1){r.push(t.slice(i));break}t[i+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(i+1,a)),n=a+2);let c=t.substring(i+1,
a);if(c.includes("#")){let[l,d]=c.split("#");r.push(ri(o[l]??s[l],d))}else r.push(o[c]??s[c]);n=a+1}return r.join("")}});var FR,MR=p(()=>{FR=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var Qo,cc,HR,oi=p(()=>{oo();Bm();UR();tf();MR();Qo=(t,e,r)=>{if(typeof t=="string")return ac(t,r);if(t.fn)return HR.callFunction(t,r);if(t.ref)return FR(t,r);throw new ge(
`'${e}': ${String(t)} is not a string, function or reference.`)},cc=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let i=0;i<o.length;++i){let a=e[i];typeof a=="\
boolean"||typeof a=="number"?o[i]=a:o[i]=HR.evaluateExpression(a,"arg",r)}let s=t.indexOf(".");if(s!==-1){let a=ve[t.slice(0,s)]?.[t.slice(s+1)];if(typeof a=="f\
unction")return a(...o)}let n=LR[t];if(typeof n=="function")return n(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},HR={evaluateExpression:Qo,
callFunction:cc}});var BR=p(()=>{oi()});var GR,zR=p(()=>{_R();oo();BR();GR=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new ge(`'${r}' is already defined in Reference Record.`);let o=cc(
t,e);e.logger?.debug?.(`${Hm} evaluateCondition: ${Ws(t)} = ${Ws(o)}`);let s=o===""?!0:!!o;return r!=null?{result:s,toAssign:{name:r,value:o}}:{result:s}}});var jR,VR=p(()=>{oo();oi();jR=(t,e)=>Object.entries(t??{}).reduce((r,[o,s])=>(r[o]=s.map(n=>{let i=Qo(n,"Header value entry",e);if(typeof i!="string")throw new ge(
`Header '${o}' value '${i}' is not a string`);return i}),r),{})});var rf,WR,qR,KR=p(()=>{oo();tf();rf=(t,e)=>Object.entries(t).reduce((r,[o,s])=>(r[o]=qR.getEndpointProperty(s,e),r),{}),WR=(t,e)=>{if(Array.isArray(t))return t.
map(r=>WR(r,e));switch(typeof t){case"string":return ac(t,e);case"object":if(t===null)throw new ge(`Unexpected endpoint property: ${t}`);return qR.getEndpointProperties(
t,e);case"boolean":return t;default:throw new ge(`Unexpected endpoint property type: ${typeof t}`)}},qR={getEndpointProperty:WR,getEndpointProperties:rf}});var JR,XR=p(()=>{oo();oi();JR=(t,e)=>{let r=Qo(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new ge(`Endpoint URL must be a string, got ${typeof r}`)}});var of,At,YR=p(()=>{oo();zR();oi();VR();KR();XR();of=1e8,At=(t,e)=>{let{nodes:r,root:o,results:s,conditions:n}=t,i=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;i!==1&&i!==-1&&i<of;){let l=3*(Math.abs(i)-1),[d,u,m]=[r[l],r[l+1],r[l+2]],[f,g,y]=n[d],h=GR({fn:f,assign:y,argv:g},c);if(h.
toAssign){let{name:E,value:S}=h.toAssign;a[E]=S}i=i>=0===h.result?u:m}if(i>=of){let l=s[i-of];if(l[0]===-1){let[,f]=l;throw new ge(Qo(f,"Error",c))}let[d,u,m]=l;
return{url:JR(d,c),properties:rf(u,c),headers:jR(m??{},c)}}throw new ge("No matching endpoint.")}});var xJ,Yt,RJ,Qt,j=p(()=>{iR();nc();Mm();fR();hR();yR();ER();YR();qm();Y();Bm();nc();xJ=sc(ti),Yt=gR(ti),RJ=ic(ti),Qt=mR(ti)});var si,pc,lc=p(()=>{si=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),pc=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});var QR,ZR=p(()=>{QR=t=>new TextEncoder().encode(t)});var e_,DJ,t_,dc,sf,r_,o_=p(()=>{e_="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",DJ=Object.entries(e_).reduce((t,[e,r])=>(t[r]=Number(e),t),
{}),t_=e_.split(""),dc=6,sf=8,r_=63});function s_(t){let e;typeof t=="string"?e=QR(t):e=t;let r=typeof e=="object"&&typeof e.length=="number",o=typeof e=="object"&&typeof e.byteOffset=="number"&&typeof e.
byteLength=="number";if(!r&&!o)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");let s="";for(let n=0;n<e.length;n+=
3){let i=0,a=0;for(let l=n,d=Math.min(n+3,e.length);l<d;l++)i|=e[l]<<(d-l-1)*sf,a+=sf;let c=Math.ceil(a/dc);i<<=c*dc-a;for(let l=1;l<=c;l++){let d=(c-l)*dc;s+=t_[(i&
r_<<d)>>d]}s+="==".slice(0,4-c)}return s}var n_=p(()=>{ZR();o_()});var i_,a_=p(()=>{i_=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@smi\
thy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return new TextDecoder("utf-8").decode(t)}});async function nf(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function af(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:s,value:n}=await r.read();
if(n&&(e.push(n),o+=n.length),s)break}return Ha(e,o)}var c_,cf=p(()=>{cm();lc();c_=async t=>pc(t)?nf(t):af(t)});var p_,d_,l_,u_=p(()=>{n_();am();a_();cf();lc();p_="The stream has already been transformed.",d_=t=>{if(!l_(t)&&!si(t)){let s=t?.__proto__?.constructor?.name||t;
throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${s}`)}let e=!1,r=async()=>{if(e)throw new Error(p_);return e=!0,await c_(
t)},o=s=>{if(typeof s.stream!="function")throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);return s.stream()};return Object.
assign(t,{transformToByteArray:r,transformToString:async s=>{let n=await r();if(s==="base64")return s_(n);if(s==="hex")return le(n);if(s===void 0||s==="utf8"||s===
"utf-8")return i_(n);if(typeof TextDecoder=="function")return new TextDecoder(s).decode(n);throw new Error("TextDecoder is not available, please make sure polyf\
ill is provided.")},transformToWebStream:()=>{if(e)throw new Error(p_);if(e=!0,l_(t))return o(t);if(si(t))return t;throw new Error(`Cannot transform payload to \
web stream, got ${t}`)}})},l_=t=>typeof Blob=="function"&&t instanceof Blob});var m_,be,pf,lf=p(()=>{m_=require("node:stream");cm();cf();lc();be=t=>pc(t)?nf(t):si(t)?af(t):new Promise((e,r)=>{let o=new pf,s=t;s.pipe(o),s.on("error",n=>{o.
end(),r(n)}),o.on("error",r),o.on("finish",function(){let n=Ha(this.bufferedBytes);e(n)})}),pf=class extends m_.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var uc,f_,ni,g_=p(()=>{uc=require("node:stream");Ms();u_();lf();f_="The stream has already been transformed.",ni=t=>{if(!(t instanceof uc.Readable))try{return d_(
t)}catch{let s=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${s}`)}let e=!1,r=async()=>{
if(e)throw new Error(f_);return e=!0,await be(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let s=await r();return o===void 0||
Buffer.isEncoding(o)?Fs(s.buffer,s.byteOffset,s.byteLength).toString(o):new TextDecoder(o).decode(s)},transformToWebStream:()=>{if(e)throw new Error(f_);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof uc.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,uc.Readable.toWeb(t)}})}});function so(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var h_=p(()=>{});var y_,Ks,h1,df,Js,O=p(()=>{y_=require("node:crypto");OE();DE();kE();Ua();$E();UE();iS();aS();cS();dS();uS();mS();gS();am();yS();ES();Gu();g_();lf();Y();h_();Ks=
class extends NE(Z,re,pe,Ee){},h1=y_.getRandomValues,df=LE(h1),Js=df});var Qe,Xs=p(()=>{O();Qe=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return Ks.mutate(t);if(!t)return Ks.mutate(new Uint8Array);let r=e.streamCollector(
t);return Ks.mutate(await r)}});function Zo(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var uf=p(
()=>{});var S_,He,y1,E1,S1,x1,mc,E_,es=p(()=>{Q();O();S_=Symbol.for("@smithy/schema-x"),He=class t extends H{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=H.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
s=typeof o=="object"&&o!==null?o:r;return s[S_]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let s=this.getSchema(),n=typeof s=="number"?s&255:this.isListSchema()?
64:255,i=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||n===42?this.isStructSchema()?2:1:0,l=n>=4&&n<=7?
i>=6?2:i>0&&i<4?1:0:0,d=n|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof s!="object"?1:0)<<18,u=n&192,m=i&
2&&(u===64||!o&&i&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return d|=(i>=6&&(f===4||f===6)?1:0)<<16,[this,d,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?x1:this.bindings??=y1(this)}},y1=t=>{let e=[],r=[],o=[],s=[],n=[],i={},a={},c=[],l={headers:a,prefixHeaders:c},d={request:{memberBindings:n,byName:i},
response:{bodyMemberNames:e,bindings:l}},{request:u,response:m}=d;for(let[f,g]of t.structIterator()){let y=He.of(g),h=y.getMergedTraits(),E=y.getHttpBindingLocation(
h),S=h.httpHeader?.toLowerCase()??h.httpPrefixHeaders?.toLowerCase()??h.httpQuery,I=y.getHttpBindingValue(E,h),R=[f,I,E,S];f==="__proto__"&&so(i),i[f]=R,I[1]>>10&
1&&(u.hasIdempotency=!0),n.push(R);let T=E&7;if(T===0&&(o.push(f),s.push(g)),(T&4)===0)e.push(f),r.push(g);else if((T&6)===4)if(T&1)l.statusCode=R;else{l.payload=
R;let M=I[1]&255;u.contentTypeInstruction=h.mediaType??(M===0?"text/plain":M===21||M===42?"application/octet-stream":null)}else T&1?(u.hasPrefixHeaders=!0,c.push(
R)):(S==="__proto__"&&so(a),a[S]=R)}return u.contentTypeInstruction===void 0&&o.length&&(u.contentTypeInstruction=null),u.syntheticBodySchema=E_(t,o,s),m.syntheticBodySchema=
E_(t,e,r),d},E1=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},S1=t=>{let{http:e,endpoint:r}=ho(t.traits??{}),[o,s]=e?.[1].split("?")??[];return[
e?.[0],o,s?[...new URLSearchParams(s)]:[],o?E1(o):void 0,r?.[0]]},x1={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
mc=t=>t[S_]??=S1(t),E_=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),s=[3,o[1],o[2],t.getMergedTraits(),e,r],n=o[6],i=n&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
n?1:0),0);return i&&(s[6]=i),s}});var Vr,ii=p(()=>{Vr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var x_,mf,fc,R_=p(()=>{x_=new Uint32Array(256);for(let t=0;t<256;++t){let e=t;for(let r=0;r<8;++r)e=e&1?3988292384^e>>>1:e>>>1;x_[t]=e>>>0}mf=4294967295,fc=class{digestLength=4;checksum=mf;update(e){
for(let r=0;r<e.length;++r)this.checksum=this.checksum>>>8^x_[(this.checksum^e[r])&255]}digestSync(){return(this.checksum^mf)>>>0}async digest(){let e=this.digestSync(),
r=new Uint8Array(4);return new DataView(r.buffer).setUint32(0,e,!1),r}reset(){this.checksum=mf}}});function R1(t){return class{digestLength=4;value=0;update(r){this.value=t(r,this.value)}digestSync(){return this.value>>>0}async digest(){let r=new Uint8Array(4);
return new DataView(r.buffer).setUint32(0,this.digestSync(),!1),r}reset(){this.value=0}}}var ff,__,Ys,w_=p(()=>{ff=Ur(require("node:zlib"));R_();__=typeof ff.crc32==
"function"?ff.crc32:void 0,Ys=__?R1(__):fc});var Be,I_,_1,gc,T_,w1,v_=p(()=>{O();Be=64,I_=32,_1=2**53-1,gc=class t{digestLength=I_;state=Int32Array.from(T_);w;buffer=new Uint8Array(64);bufferLength=0;bytesHashed=0;finished=!1;inner;outer;constructor(e){
if(e){let r=t.normalizeKey(e);this.inner=new t,this.outer=new t;let{inner:o,outer:s}=this,n=new Uint8Array(Be*2);for(let i=0;i<Be;++i)n[i]=54^r[i],n[i+Be]=92^r[i];
o.update(n.subarray(0,Be)),s.update(n.subarray(Be))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.");if(this.inner){
this.inner.update(e);return}let r=dr(e),o=0,{byteLength:s}=r;if(this.bytesHashed+=s,this.bytesHashed*8>_1)throw new Error("Cannot hash more than 2^53 - 1 bits");
for(;s>0;)this.buffer[this.bufferLength++]=r[o++],s--,this.bufferLength===Be&&(this.hashBuffer(),this.bufferLength=0)}async digest(){let{inner:e,outer:r}=this;if(e&&
r){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.");this.finished=!0;let o=e.digestSync();return r.update(o),r.digestSync()}return this.
digestSync()}reset(){this.state=Int32Array.from(T_),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){let e=this.state.slice(),
r=this.buffer.slice(),o=this.bufferLength,s=this.bytesHashed*8,n=new DataView(r.buffer,r.byteOffset,r.byteLength);if(n.setUint8(o++,128),(o-1)%Be>=Be-8){for(let a=o;a<
Be;++a)n.setUint8(a,0);this.hashBufferWith(e,r),o=0}for(let a=o;a<Be-8;++a)n.setUint8(a,0);n.setUint32(Be-8,Math.floor(s/4294967296),!1),n.setUint32(Be-4,s,!1),
this.hashBufferWith(e,r);let i=new Uint8Array(I_);for(let a=0;a<8;++a)i[a*4]=e[a]>>>24&255,i[a*4+1]=e[a]>>>16&255,i[a*4+2]=e[a]>>>8&255,i[a*4+3]=e[a]>>>0&255;return i}static normalizeKey(e){
let r=dr(e);if(r.byteLength>Be){let o=new t;o.update(r);let s=o.digestSync(),n=new Uint8Array(Be);return n.set(s),n}if(r.byteLength<Be){let o=new Uint8Array(Be);
return o.set(r),o}return r}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,r){let o=this.w??=new Int32Array(64),s=e[0],n=e[1],i=e[2],a=e[3],
c=e[4],l=e[5],d=e[6],u=e[7];for(let m=0;m<Be;++m){if(m<16)o[m]=(r[m*4]&255)<<24|(r[m*4+1]&255)<<16|(r[m*4+2]&255)<<8|r[m*4+3]&255;else{let y=o[m-2],h=(y>>>17|y<<
15)^(y>>>19|y<<13)^y>>>10;y=o[m-15];let E=(y>>>7|y<<25)^(y>>>18|y<<14)^y>>>3;o[m]=(h+o[m-7]|0)+(E+o[m-16]|0)}let f=(((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+
(c&l^~c&d)|0)+(u+(w1[m]+o[m]|0)|0)|0,g=((s>>>2|s<<30)^(s>>>13|s<<19)^(s>>>22|s<<10))+(s&n^s&i^n&i)|0;u=d,d=l,l=c,c=a+f|0,a=i,i=n,n=s,s=f+g|0}e[0]+=s,e[1]+=n,e[2]+=
i,e[3]+=a,e[4]+=c,e[5]+=l,e[6]+=d,e[7]+=u}},T_=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),w1=new Int32Array(
[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,
3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,
113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,
3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,
2756734187,3204031479,3329325298])});function T1(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,ai.createHmac)("sha256",v1(this.secret)):(0,ai.createHash)("sha256")}}}function v1(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var ai,I1,Ze,C_=p(()=>{ai=require("node:crypto");v_();I1=(()=>{try{return(0,ai.createHash)("sha256"),!0}catch{return!1}})(),
Ze=I1?T1():gc});var Wr=p(()=>{w_();C_()});function A_(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var yo,gf=p(()=>{O();yo=class t{bytes;constructor(e){if(this.bytes=e,e.byteLength!==
8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(`${e} is too larg\
e (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,s=Math.abs(Math.round(e));o>-1&&s>0;o--,s/=256)r[o]=s;return e<0&&
A_(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&A_(e),parseInt(le(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var Qs,b_,P_,C1,A1,b1,P1,O1,D1,N1,k1,$1,hc,hf=p(()=>{Y();O();gf();Qs=class{toUtf8;fromUtf8;constructor(e,r){this.toUtf8=e,this.fromUtf8=r}format(e){let r=[];for(let n in e){
if(!b(e,n))continue;let i=this.fromUtf8(n);if(i.byteLength>255)throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${i.byteLength}`);r.
push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[n]))}let o=new Uint8Array(r.reduce((n,i)=>n+i.byteLength,0)),s=0;for(let n of r)o.set(n,s),s+=n.
byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.from([2,e.value]);case"\
short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(new ArrayBuffer(
5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let s=new Uint8Array(9);return s[0]=5,s.set(e.value.bytes,1),s;case"bina\
ry":if(e.value.byteLength>hc)throw new Error(`@smithy/core/event-streams - header value (binary) exceeds ${hc} bytes: ${e.value.byteLength}`);let n=new DataView(
new ArrayBuffer(3+e.value.byteLength));n.setUint8(0,6),n.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(n.buffer);return i.set(e.value,3),i;case"string":
let a=this.fromUtf8(e.value);if(a.byteLength>hc)throw new Error(`@smithy/core/event-streams - header value (string) exceeds ${hc} bytes: ${a.byteLength}`);let c=new DataView(
new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(c.buffer);return l.set(a,3),l;case"timestamp":let d=new Uint8Array(
9);return d[0]=8,d.set(yo.fromNumber(e.value.valueOf()).bytes,1),d;case"uuid":if(!$1.test(e.value))throw new Error(`Invalid UUID received: ${e.value}`);let u=new Uint8Array(
17);return u[0]=9,u.set(Gn(e.value.replace(/-/g,"")),1),u}}parse(e){let r={},o=0;for(;o<e.byteLength;){let s=e.getUint8(o++),n=this.toUtf8(new Uint8Array(e.buffer,
e.byteOffset+o,s));switch(o+=s,e.getUint8(o++)){case 0:r[n]={type:P_,value:!0};break;case 1:r[n]={type:P_,value:!1};break;case 2:r[n]={type:C1,value:e.getInt8(o++)};
break;case 3:r[n]={type:A1,value:e.getInt16(o,!1)},o+=2;break;case 4:r[n]={type:b1,value:e.getInt32(o,!1)},o+=4;break;case 5:r[n]={type:P1,value:new yo(new Uint8Array(
e.buffer,e.byteOffset+o,8))},o+=8;break;case 6:let i=e.getUint16(o,!1);o+=2,r[n]={type:O1,value:new Uint8Array(e.buffer,e.byteOffset+o,i)},o+=i;break;case 7:let a=e.
getUint16(o,!1);o+=2,r[n]={type:D1,value:this.toUtf8(new Uint8Array(e.buffer,e.byteOffset+o,a))},o+=a;break;case 8:r[n]={type:N1,value:new Date(new yo(new Uint8Array(
e.buffer,e.byteOffset+o,8)).valueOf())},o+=8;break;case 9:let c=new Uint8Array(e.buffer,e.byteOffset+o,16);o+=16,r[n]={type:k1,value:`${le(c.subarray(0,4))}-${le(
c.subarray(4,6))}-${le(c.subarray(6,8))}-${le(c.subarray(8,10))}-${le(c.subarray(10))}`};break;default:throw new Error("Unrecognized header type tag")}}return r}};
(function(t){t[t.boolTrue=0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=
6]="byteArray",t[t.string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(b_||(b_={}));P_="boolean",C1="byte",A1="short",b1="integer",P1="long",O1=
"binary",D1="string",N1="timestamp",k1="uuid",$1=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,hc=32767});function D_({byteLength:t,byteOffset:e,buffer:r}){if(t<L1)throw new Error("Provided message too short to accommodate event stream message overhead");let o=new DataView(
r,e,t),s=o.getUint32(0,!1);if(t!==s)throw new Error("Reported message length does not match received message length");let n=o.getUint32(O_,!1),i=o.getUint32(Eo,
!1),a=o.getUint32(t-ts,!1),c=new Ys;if(c.update(new Uint8Array(r,e,Eo)),i!==c.digestSync())throw new Error(`The prelude checksum specified in the message (${i})\
 does not match the calculated CRC32 checksum (${c.digestSync()})`);if(c.update(new Uint8Array(r,e+Eo,t-(Eo+ts))),a!==c.digestSync())throw new Error(`The messag\
e checksum (${c.digestSync()}) did not match the expected value of ${a}`);return{headers:new DataView(r,e+Eo+ts,n),body:new Uint8Array(r,e+Eo+ts+n,s-n-(Eo+ts+ts))}}
var O_,Eo,ts,L1,N_=p(()=>{Wr();O_=4,Eo=O_*2,ts=4,L1=Eo+ts*2});var Zs,yf=p(()=>{Wr();hf();N_();Zs=class{headerMarshaller;messageBuffer;isEndOfStream;constructor(e,r){this.headerMarshaller=new Qs(e,r),this.messageBuffer=[],this.
isEndOfStream=!1}feed(e){this.messageBuffer.push(this.decode(e))}endOfStream(){this.isEndOfStream=!0}getMessage(){let e=this.messageBuffer.pop(),r=this.isEndOfStream;
return{getMessage(){return e},isEndOfStream(){return r}}}getAvailableMessages(){let e=this.messageBuffer;this.messageBuffer=[];let r=this.isEndOfStream;return{getMessages(){
return e},isEndOfStream(){return r}}}encode({headers:e,body:r}){let o=this.headerMarshaller.format(e),s=o.byteLength+r.byteLength+16,n=new Uint8Array(s),i=new DataView(
n.buffer,n.byteOffset,n.byteLength),a=new Ys;return i.setUint32(0,s,!1),i.setUint32(4,o.byteLength,!1),a.update(n.subarray(0,8)),i.setUint32(8,a.digestSync(),!1),
n.set(o,12),n.set(r,o.byteLength+12),a.update(n.subarray(8,s-4)),i.setUint32(s-4,a.digestSync(),!1),n}decode(e){let{headers:r,body:o}=D_(e);return{headers:this.
headerMarshaller.parse(r),body:o}}formatHeaders(e){return this.headerMarshaller.format(e)}}});var en,Ef=p(()=>{en=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.inputStream)yield this.options.decoder.decode(e)}}});var tn,Sf=p(()=>{tn=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.messageStream)yield this.options.encoder.encode(e);this.options.includeEndFrame&&(yield new Uint8Array(0))}}});var rn,xf=p(()=>{rn=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.messageStream){let r=await this.options.deserializer(e);r!==void 0&&(yield r)}}}});var on,Rf=p(()=>{on=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.inputStream)yield this.options.serializer(e)}}});function yc(t){let e=0,r=0,o=null,s=null,n=a=>{if(typeof a!="number")throw new Error("Attempted to allocate an event message where size was not a number: "+a);e=
a,r=4,o=new Uint8Array(a),new DataView(o.buffer).setUint32(0,a,!1)},i=async function*(){let a=t[Symbol.asyncIterator]();for(;;){let{value:c,done:l}=await a.next();
if(l){if(e)if(e===r)yield o;else throw new Error("Truncated event message received.");else return;return}let d=c.length,u=0;for(;u<d;){if(!o){let f=d-u;s||(s=new Uint8Array(
4));let g=Math.min(4-r,f);if(s.set(c.slice(u,u+g),r),r+=g,u+=g,r<4)break;n(new DataView(s.buffer).getUint32(0,!1)),s=null}let m=Math.min(e-r,d-u);o.set(c.slice(
u,u+m),r),r+=m,u+=m,e&&e===r&&(yield o,o=null,e=0,r=0)}}};return{[Symbol.asyncIterator]:i}}var _f=p(()=>{});function k_(t,e){let r=ci(e.deserializer,e.toUtf8);return{[Symbol.asyncIterator]:async function*(){for await(let o of t){let s=e.eventStreamCodec.decode(o),n=await r(
s);n!==void 0&&(yield n)}}}}function ci(t,e){return async function(r){let{value:o}=r.headers[":message-type"];if(o==="error"){let s=new Error(r.headers[":error-\
message"].value||"UnknownError");throw s.name=r.headers[":error-code"].value,s}else if(o==="exception"){let s=r.headers[":exception-type"].value,n={[s]:r},i=await t(
n);if(i.$unknown){let a=new Error(e(r.body));throw a.name=s,a}throw i[s]}else if(o==="event"){let s={[r.headers[":event-type"].value]:r},n=await t(s);return n.$unknown?
void 0:n}else throw Error(`Unrecognizable event type: ${r.headers[":event-type"].value}`)}}var wf=p(()=>{});var rs,$_,If=p(()=>{yf();Ef();Sf();xf();Rf();_f();wf();rs=class{eventStreamCodec;utfEncoder;constructor({utf8Encoder:e,utf8Decoder:r}){this.eventStreamCodec=new Zs(
e,r),this.utfEncoder=e}deserialize(e,r){let o=yc(e);return new rn({messageStream:new en({inputStream:o,decoder:this.eventStreamCodec}),deserializer:ci(r,this.utfEncoder)})}serialize(e,r){
return new tn({messageStream:new on({inputStream:e,serializer:r}),encoder:this.eventStreamCodec,includeEndFrame:!0})}},$_=t=>new rs(t)});async function*U1(t){let e=!1,r=!1,o=new Array;for(t.on("error",s=>{if(e||(e=!0),s)throw s}),t.on("data",s=>{o.push(s)}),t.on("end",()=>{e=!0});!r;){let s=await new Promise(
n=>setTimeout(()=>n(o.shift()),0));s&&(yield s),r=e&&o.length===0}}var L_,pi,U_,F_=p(()=>{L_=require("node:stream");If();pi=class{universalMarshaller;constructor({
utf8Encoder:e,utf8Decoder:r}){this.universalMarshaller=new rs({utf8Decoder:r,utf8Encoder:e})}deserialize(e,r){let o=typeof e[Symbol.asyncIterator]=="function"?e:
U1(e);return this.universalMarshaller.deserialize(o,r)}serialize(e,r){return L_.Readable.from(this.universalMarshaller.serialize(e,r))}},U_=t=>new pi(t)});var M_,H_,B_=p(()=>{M_=t=>({[Symbol.asyncIterator]:async function*(){let e=t.getReader();try{for(;;){let{done:r,value:o}=await e.read();if(r)return;yield o}}finally{
e.releaseLock()}}}),H_=t=>{let e=t[Symbol.asyncIterator]();return new ReadableStream({async pull(r){let{done:o,value:s}=await e.next();if(o)return r.close();r.enqueue(
s)}})}});var G_,z_=p(()=>{G_=t=>Object.assign(t,{eventStreamMarshaller:t.eventStreamSerdeProvider(t)})});var Ec,j_=p(()=>{Y();Q();O();Ec=class{marshaller;serializer;deserializer;serdeContext;defaultContentType;compositeErrorRegistry;constructor({marshaller:e,serializer:r,
deserializer:o,serdeContext:s,defaultContentType:n,compositeErrorRegistry:i}){this.marshaller=e,this.serializer=r,this.deserializer=o,this.serdeContext=s,this.defaultContentType=
n,this.compositeErrorRegistry=i}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o,initialMessageType:s}){let n=this.marshaller,i=r.getEventStreamMember(),
a=r.getMemberSchema(i),c=this.serializer,l=this.defaultContentType,d=Symbol("initialRequestMarker"),u={async*[Symbol.asyncIterator](){if(o){let m={":event-type":{
type:"string",value:s??"initial-request"},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:l}};c.write(r,o);let f=c.flush();yield{
[d]:!0,headers:m,body:f}}for await(let m of e)yield m}};return n.serialize(u,m=>{if(m[d])return{headers:m.headers,body:m.body};let f="";for(let I in m)if(b(m,I)&&
I!=="__type"){f=I;break}let{additionalHeaders:g,body:y,eventType:h,explicitPayloadContentType:E}=this.writeEventBody(f,a,m);return{headers:{":event-type":{type:"\
string",value:h},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:E??l},...g},body:y}})}async deserializeEventStream({response:e,
responseSchema:r,initialResponseContainer:o,initialMessageType:s}){let n=this.marshaller,i=r.getEventStreamMember(),c=r.getMemberSchema(i).getMemberSchemas(),l=Symbol(
"initialResponseMarker"),d=n.deserialize(e.body,async f=>{let g="";for(let h in f)if(b(f,h)&&h!=="__type"){g=h;break}let y=f[g].body;if(g===(s??"initial-respons\
e")){let h=await this.deserializer.read(r,y);return delete h[i],{[l]:!0,...h}}else if(g in c){let h=c[g];if(h.isStructSchema()){let E={},S=!1;for(let[I,R]of h.structIterator()){
let{eventHeader:T,eventPayload:M}=R.getMergedTraits();if(S=S||!!(T||M),M)R.isBlobSchema()?E[I]=y:R.isStringSchema()?E[I]=(this.serdeContext?.utf8Encoder??Z)(y):
R.isStructSchema()&&(E[I]=await this.deserializer.read(R,y));else if(T){let oe=f[g].headers[I]?.value;oe!=null&&(R.isNumericSchema()?oe&&typeof oe=="object"&&"b\
ytes"in oe?E[I]=BigInt(oe.toString()):E[I]=Number(oe):E[I]=oe)}}return{[g]:await this.readEventMember(h,y,S,E)}}return{[g]:await this.deserializer.read(h,y)}}else
return{$unknown:f}}),u=d[Symbol.asyncIterator](),m=await u.next();if(m.done)return d;if(m.value?.[l]){if(!r)throw new Error("@smithy::core/protocols - initial-r\
esponse event encountered in event stream but no response schema given.");for(let f in m.value)b(m.value,f)&&(o[f]=m.value[f])}return{async*[Symbol.asyncIterator](){
for(m?.value?.[l]||(yield m.value);;){let{done:f,value:g}=await u.next();if(f)break;yield g}}}}async readEventMember(e,r,o,s){let n,i=e.getSchema();if(Array.isArray(
i)&&i[0]===-3){let c=i[1],l=K.for(c);this.compositeErrorRegistry?.copyFrom(l),n=(this.compositeErrorRegistry??l)?.getErrorCtor(i)}let a=o?s:r.byteLength===0?{}:
await this.deserializer.read(e,r);if(n){let c=a.message??a.Message??"Unknown",l={},d=e.getMergedTraits().error;return d&&(l.$fault=d),Object.assign(new n({}),l,
{message:c},a)}return a}writeEventBody(e,r,o){let s=this.serializer,n=e,i=null,a,c=r.getSchema()[4].includes(e),l={};if(c){let m=r.getMemberSchema(e);if(m.isStructSchema()){
for(let[f,g]of m.structIterator()){let{eventHeader:y,eventPayload:h}=g.getMergedTraits();if(h)i=f;else if(y){let E=o[e][f],S="binary";g.isNumericSchema()?(-2)**
31<=E&&E<=2**31-1?S="integer":S="long":g.isTimestampSchema()?S="timestamp":g.isStringSchema()?S="string":g.isBooleanSchema()&&(S="boolean"),E!=null&&(l[f]={type:S,
value:E},delete o[e][f])}}if(i!==null){let f=m.getMemberSchema(i);f.isBlobSchema()?a="application/octet-stream":f.isStringSchema()&&(a="text/plain"),s.write(f,o[e][i])}else
s.write(m,o[e])}else if(m.isUnitSchema())s.write(m,{});else throw new Error("@smithy/core/event-streams - non-struct member not supported in event stream union.")}else{
let[m,f]=o[e];n=m,s.write(15,f)}let d=s.flush()??new Uint8Array;return{body:typeof d=="string"?(this.serdeContext?.utf8Decoder??re)(d):d,eventType:n,explicitPayloadContentType:a,
additionalHeaders:l}}}});var V_={};cr(V_,{EventStreamCodec:()=>Zs,EventStreamMarshaller:()=>pi,EventStreamSerde:()=>Ec,HeaderMarshaller:()=>Qs,Int64:()=>yo,MessageDecoderStream:()=>en,MessageEncoderStream:()=>tn,
SmithyMessageDecoderStream:()=>rn,SmithyMessageEncoderStream:()=>on,UniversalEventStreamMarshaller:()=>rs,eventStreamSerdeProvider:()=>U_,getChunkedStream:()=>yc,
getMessageUnmarshaller:()=>ci,getUnmarshalledStream:()=>k_,iterableToReadableStream:()=>H_,readableStreamToIterable:()=>M_,resolveEventStreamSerdeConfig:()=>G_,
universalEventStreamSerdeProvider:()=>$_});var W_=p(()=>{yf();hf();gf();Ef();Sf();xf();Rf();F_();B_();If();_f();wf();z_();j_()});var sn,Tf=p(()=>{Y();Q();ii();es();sn=class extends Vr{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new K(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return z}getResponseType(){return mt}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,s]of r.url.searchParams.entries())e.query[o]=s;if(r.headers)
for(let o in r.headers)b(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)b(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,s=mc(
r)){if(this.serdeContext?.disableHostPrefix)return;let n=s[4];if(typeof n!="string")return;let i=n;for(let[a,[,c]]of He.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);i=i.replace(`{${a}\
}`,l)}if(e.hostname=i+e.hostname,!ju(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let s=[-3,"","Error",0,[],[],0],n;for(let i of o)for(let a of r)try{a==="*"?n=i.getSchema(e):n=i.getSchema(a+"#"+e);let c=i.getErrorCtor(
n);if(c)return[n,c,"modeled"];{let l=i.getBaseException();if(l){let d=i.getErrorCtor(l);if(d)return[n,d,"synthetic"]}}}catch{}for(let i of o){let a=i.getBaseException();
if(a){let c=i.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[s,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>(W_(),V_)),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,s,n){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var li,q_=p(()=>{Y();O();es();Tf();Xs();uf();li=class extends sn{async serializeRequest(e,r,o){let s=r&&typeof r=="object"?r:{},n={},i={},a=await o.endpoint(),c=He.
of(e?.input),l=c.getHttpBindings().request,d=mc(e),u=new z({query:n,headers:i});if(a){this.updateServiceEndpoint(u,a),this.setHostPrefix(u,e,s,d);let[f,g,y]=d;if(f){
u.method=f,u.path=u.path==="/"?g:u.path+g;for(let[h,E]of y)n[h]=E}}u.query=n;let m=this.serializeHttpBindings(s,u,l,d);return m&&(u.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),u}serializeHttpBindings(e,r,o,s){let n=this.serializer,i=typeof n.writeCodec=="function"?n:void 0,a=r.query,c=r.headers,l=o.syntheticBodySchema,
d=!1,u,m,f,g=Object.getOwnPropertyNames(e),y=Object.getPrototypeOf(e),h=(y===Object.prototype||y===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,E=h?g.length:o.memberBindings.length;for(let R=0;R<E;++R){let T=h?b(o.byName,g[R])?o.byName[g[R]]:void 0:o.memberBindings[R];if(!T)continue;let M=T[1],oe=T[0],
yr=M[0],Lr=M[1],me=M[2],Ne=T[2],Jt=T[3],dt=e[oe];if(!(dt==null&&!(Lr>>10&1)))if(Ne===36){let q=Lr>>11&3;q?q===2?m=dt||void 0:u=dt:(i?i.writeCodec(yr,dt):n.write(
yr,dt),u=n.flush())}else if(Ne===33||Ne===38){let q=this.serializeHttpValue(M,dt,Ne,i);Ne===33?(f??=Object.create(null))[oe]=q:c[Jt]=q}else if(Ne===39)for(let q in dt){
if(!b(dt,q))continue;let vr=Jt+q;c[vr.toLowerCase()]=this.serializeHttpValue(me,dt[q],38,i,i?me[0]:[me[0],{httpHeader:vr}])}else(Ne&62)===34?this.serializeQuery(
M,dt,Jt,a,i):d=!0}let S=s[1],I=s[3];return S&&I&&r.path.endsWith(S)&&(r.path=r.path.slice(0,-S.length)+this.serializePath(I,f,o)),d&&l&&(i?i.writeCodec(l,e):n.write(
l,e),u=n.flush()),r.body=u,m}serializeQuery(e,r,o,s,n){let[i,a,c]=e,l=n?void 0:i.getMergedTraits();if(o===void 0){for(let d in r)!b(r,d)||d in s||(n||Object.assign(
c[0].getMergedTraits(),{...l,httpQuery:d,httpQueryParams:void 0}),this.serializeQuery(c,r[d],d,s,n));return}if((a&192)===64){let d=[];for(let u of r){let m=this.
serializeHttpValue(c,u,34,n,n?c[0]:[c[0],l]);(a>>13&1||m!==void 0)&&d.push(m)}s[o]=d}else s[o]=this.serializeHttpValue(e,r,34,n,n?i:[i,l])}serializeHttpValue(e,r,o,s,n=e[0]){
let i=e[1],a=i&255;return s&&!(i&1792)&&(a<=2||a===17||a===19)?String(r):(s?s.writeHttpBinding(e,r,o):this.serializer.write(n,r),this.serializer.flush())}serializePath(e,r,o){
let s="";for(let[n,i]of e){if(i===0){s+=n;continue}let a=r?.[n];if(a===void 0){if(b(o.byName,n)&&o.byName[n][2]===33)throw new Error(`No value provided for inpu\
t HTTP label: ${n}.`);s+=`{${n}${i===2?"+":""}}`}else s+=i===2?a.split("/").map(Zo).join("/"):Zo(a)}return s}async deserializeResponse(e,r,o){let s=this.deserializer,
n=typeof s.readCodec=="function"?s:void 0,i=He.of(e.output),a=i.getHttpBindings().response,c={};if(o.statusCode>=300){let d=await Qe(o.body,r);throw d.byteLength>
0&&Object.assign(c,await s.read(15,d)),await this.handleError(e,r,o,c,this.deserializeMetadata(o)),new Error("@smithy/core/protocols - HTTP Protocol error handl\
er failed to throw.")}let l=await this.deserializeHttpMessage(i,r,o,c);if(l.length){let d=await Qe(o.body,r);if(d.byteLength>0){let u=await(n?n.readCodec(a.syntheticBodySchema,
d):s.read(a.syntheticBodySchema,d));for(let m of l)u[m]!=null&&(c[m]=u[m])}}else a.bindings.payload||await Qe(o.body,r);return c.$metadata=this.deserializeMetadata(
o),c}async deserializeHttpMessage(e,r,o,s,n){let i=s instanceof Set?n:s,a=this.deserializer,c=typeof a.readCodec=="function"?a:void 0,l=He.of(e),{bodyMemberNames:d,
bindings:{payload:u,statusCode:m,headers:f,prefixHeaders:g}}=l.getHttpBindings().response,y=o.headers;if(u){let[h,E]=u,[S,I]=E,R=I>>11&3;if(R)R===2?i[h]=await this.
deserializeEventStream({response:o,responseSchema:l}):i[h]=ni(o.body);else if(o.body){let T=await Qe(o.body,r);T.byteLength>0&&(i[h]=await(c?c.readPayload(E,T):
a.read(S,T)))}}for(let h in y){if(!b(y,h))continue;let E=h.toLowerCase(),S=y[h];E!==h&&(delete y[h],y[E]=S);let I=b(f,E)?f[E]:void 0;if(!I)continue;let[R,[T,M,oe],
,yr]=I;if(oe){let Lr=M>>16&1?nm(S,",",2):Bn(S),me=[];for(let Ne of Lr)me.push(c?c.readHttpBinding(oe,Ne.trim(),38):await a.read([oe[0],{httpHeader:yr}],Ne.trim()));
i[R]=me}else i[R]=c?c.readHttpBinding(I[1],S,38):await a.read(T,S)}for(let[h,[,,E],,S]of g){i[h]={};for(let I in y){if(!b(y,I)||!I.startsWith(S))continue;let R=y[I];
i[h][I.slice(S.length)]=c?c.readHttpBinding(E,R,38):await a.read([E[0],{httpHeader:I}],R)}}return m&&(i[m[0]]=o.statusCode),d}}});var os,K_=p(()=>{Y();Q();Y();Tf();Xs();os=class extends sn{async serializeRequest(e,r,o){let s=this.serializer,n={},i={},a=await o.endpoint(),c=H.of(e?.input),l=c.
getSchema(),d,u=r&&typeof r=="object"?r:{},m=new z({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:n,headers:i,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,u)),u){let f=c.getEventStreamMember();if(f){if(u[f]){let g={};for(let[y]of c.structIterator())y!==f&&u[y]!=null&&(g[y]=u[y]);d=await this.
serializeEventStream({eventStream:u[f],requestSchema:c,initialRequest:g})}}else s.write(l,u),d=s.flush()}return m.headers=Object.assign(m.headers,i),m.query=n,m.
body=d,m.method="POST",m}async deserializeResponse(e,r,o){let s=this.deserializer,n=H.of(e.output),i={};if(this.isErrorResponse(o.statusCode)){let c=await Qe(o.
body,r);throw c.byteLength>0&&Object.assign(i,await s.read(15,c)),await this.handleError(e,r,o,i,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!b(o.headers,c))continue;let l=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
l}let a=n.getEventStreamMember();if(a)i[a]=await this.deserializeEventStream({response:o,responseSchema:n,initialResponseContainer:i});else{let c=await Qe(o.body,
r);c.byteLength>0&&Object.assign(i,await s.read(n,c))}return i.$metadata=this.deserializeMetadata(o),i}isErrorResponse(e){return e>=300}}});var ss,vf=p(()=>{O();es();ii();ss=class extends Vr{settings;constructor(e){super(),this.settings=e}read(e,r){let o=He.of(e),s=o.getMergedTraits(),n=o.getHttpBindingLocation(
s);return this.readHttpBinding(o.getHttpBindingValue(n,s),r,n)}readHttpBinding([e,r,o],s,n){let i=r&255;if((i&192)===64)return o??=e.getHttpBindingCollectionValue(
n),Bn(s).map(a=>this.readHttpBinding(o,a,n));switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??Ee)(s);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:a?a+4:this.settings.timestampFormat.default){case 5:return om(s);case 6:return sm(s);case 7:
return rm(s);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",s),new Date(s)}}case 0:{let a=r>>8&3;if(!a)return s;let c=s;
return(n&6)===6&&(c=(this.serdeContext?.utf8Encoder??Z)((this.serdeContext?.base64Decoder??Ee)(c))),a===2?ft.from(c):c}case 1:return Number(s);case 2:return s.toLowerCase()===
"true";case 17:return BigInt(s);case 19:return new Ie(s,"bigDecimal");default:return s}}}});var di,J_=p(()=>{O();es();ii();vf();di=class extends Vr{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new ss(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=He.of(e),s=o.
getMergedTraits();if(s.httpHeader||s.httpResponseCode){let n=o.getHttpBindingValue(38,s);return this.readHttpBinding(n,r,38)}return s.httpPayload?this.readPayload(
o.getHttpBindingValue(36,s),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let s=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??Z)(r);return this.stringDeserializer.
readHttpBinding(e,s,o)}readPayload([e,r],o){let s=r&255;return s===21||s===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??re)(o):o:s===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??Z)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var Sc,X_=p(()=>{O();es();ii();Sc=class extends Vr{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=He.of(e),s=o.getMergedTraits(),
n=o.getHttpBindingLocation(s);this.writeHttpBinding(o.getHttpBindingValue(n,s),r,n)}writeHttpBinding([e,r,o],s,n){let i=r&255;switch(typeof s){case"object":if(s===
null){this.stringBuffer="null";return}if(i>=4&&i<=7){if(!(s instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${s} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=s.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=Ko(s);break;case 7:this.stringBuffer=String(s.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",s),this.stringBuffer=String(s.getTime()/1e3)}return}if((i===21||i===42)&&"byteLength"in
s){this.stringBuffer=(this.serdeContext?.base64Encoder??pe)(s);return}if((i&192)===64&&Array.isArray(s)){o??=e.getHttpBindingCollectionValue(n);let l=o[1]&255,d=l>=
4&&l<=7,u="";for(let m of s){this.writeHttpBinding(o,m,n);let f=this.flush();u&&(u+=", "),u+=d?f:Qu(f)}this.stringBuffer=u;return}this.stringBuffer=JSON.stringify(
s,null,2);break;case"string":let a=r>>8&3,c=s;if(a===2&&(c=ft.from(c)),a&&(n&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??pe)(c.toString());return}
this.stringBuffer=s;break;default:this.stringBuffer=r>>10&1?Js():String(s)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var ui,Y_=p(()=>{es();X_();ui=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new Sc(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=He.of(e),s=o.getMergedTraits();if(s.httpHeader||s.httpLabel||s.
httpQuery){let n=o.getHttpBindingLocation(s);this.writeHttpBinding(o.getHttpBindingValue(n,s),r,n);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function ns(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:s,httpQuery:n}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||s?6:n||r?5:void 0:void 0)??e.timestampFormat.default}var xc=p(()=>{});var bt,Pt,Q_=p(()=>{bt=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
Pt=t=>({requestHandler:t.httpHandler()})});function ew(t){return e=>async r=>{let o=r.request;if(z.isInstance(o)){let{body:s,headers:n}=o;if(s&&Object.keys(n).map(i=>i.toLowerCase()).indexOf(Z_)===-1)try{
let i=t(s);i!=null&&(o.headers={...o.headers,[Z_]:String(i)})}catch{}}return e({...r,request:o})}}var Z_,tw,Ot,rw=p(()=>{Y();Z_="content-length";tw={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},Ot=t=>({applyToStack:e=>{e.add(ew(t.bodyLengthChecker),tw)}})});var Pr,F1,Cf=p(()=>{Pr=t=>encodeURIComponent(t).replace(/[!'()*]/g,F1),F1=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function Af(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=Pr(r),Array.isArray(o))for(let s=0,n=o.length;s<n;s++)e.push(`${r}=${Pr(o[s])}`);else{
let s=r;(o||typeof o=="string")&&(s+=`=${Pr(o)}`),e.push(s)}}return e.join("&")}var ow=p(()=>{Cf()});var So,Rc=p(()=>{So=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var _c,sw=p(()=>{_c=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),s=new Set(o);s.delete("__type"),this.keys=s}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function wc(){if(mi===void 0)try{if(typeof Buffer!="function")mi=!1;else{let t=JSON.parse(Buffer.from([123,125]));mi=t!==null&&typeof t=="object"}}catch{mi=!1}return mi}
var mi,bf=p(()=>{});function Ic(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?H1(o,e)?e:new Ie(o,"bigDecim\
al"):M1(o)?new Ie(o,"bigDecimal"):/[eE]/.test(o)?B1(o):BigInt(o)}return e}function M1(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function H1(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return Pf(t)===Pf(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===Pf(o):!1}function Pf(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),s;if(o===-1)s=r;else{let n=parseInt(r.slice(o+1),10),i=r.slice(0,o),a=i.indexOf("."),c,l;a===-1?(c=i,l=i.length):(c=i.slice(0,a)+i.slice(
a+1),l=a),c=c.replace(/0+$/,"")||"0";let d=l+n;c==="0"?s="0":d<=0?s="0."+"0".repeat(-d)+c:d>=c.length?s=c+"0".repeat(d-c.length):s=c.slice(0,d)+"."+c.slice(d)}return s.
includes(".")&&(s=s.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+s}function B1(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),s=t.slice(o?1:0,e),n=s.indexOf("."),i,a;if(n===-1)i=s,a=r;else{i=s.slice(0,n)+s.slice(n+1);let l=s.length-n-1;a=r-l}i=i.replace(/0+$/,"")||"0";let c=BigInt(
i)*10n**BigInt(a+(s.replace(".","").length-i.length));return o?-c:c}var Of=p(()=>{O()});function vc(t){let e=H.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(Df in r)return r[Df];let o=Tc(e,new Set);return r[Df]=o,o}return Tc(e,new Set)}
function Tc(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(Tc(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(Tc(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var Df,Nf=p(()=>{Q();Df=Symbol.for("@aws-sdk/reviver")});var nw,iw=p(()=>{Xs();O();nw=(t,e)=>Qe(t,e).then(r=>(e?.utf8Encoder??Z)(r))});async function $f(t,e,r){let o;if(wc()&&typeof t?.[Symbol.asyncIterator]=="function"){let n=await Qe(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(n)?o=n:o=Buffer.
from(n.buffer,n.byteOffset,n.byteLength))}if(o||(o=await nw(t,e)),o.length===0)return{};let s=r&&vc(r)?Ic:void 0;try{return JSON.parse(o,s)}catch(n){throw n?.name===
"SyntaxError"&&Object.defineProperty(n,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),n}}var aw,kf,Lf,Uf,cw,Ff=p(()=>{Xs();iw();bf();Of();
Nf();aw=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),kf=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},Lf=(t,e)=>cw(t,e,["header","code","type"]),Uf=(t,e,r=!1)=>cw(t,e,r?["c\
ode","header","type"]:["type","code","header"]),cw=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let s=aw(t??{},"x-amzn-errortype");if(s!==
void 0)return kf(t[s]);break;case"code":let n=aw(e??{},"code");if(n&&e[n]!==void 0)return kf(e[n]);break;case"type":if(e?.__type!==void 0)return kf(e.__type);break}}});var Cc,pw=p(()=>{xc();Q();O();Rc();sw();bf();Of();Nf();Ff();Y();Cc=class extends So{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=vc(e)?
Ic:void 0,s;if(typeof r=="string"){if(r.length===0)return{};s=JSON.parse(r,o)}else if(r instanceof Uint8Array&&wc()){if(r.byteLength===0)return{};let n=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);s=JSON.parse(n,o)}else s=await $f(r,this.serdeContext,e);return this._read(e,s)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",s=H.of(e);if(o){if(s.isStructSchema())return this._readStruct(s,r);if(Array.isArray(r)&&s.isListSchema()){
let i=s.getValueSchema();if(this.needsTransform(i))for(let a=0;a<r.length;++a)r[a]=this._read(i,r[a]);return r}if(s.isMapSchema()){let i=s.getValueSchema(),a=r;
if(this.needsTransform(i))for(let c in a)b(a,c)&&(c==="__proto__"&&so(a),a[c]=this._read(i,a[c]));return a}}if(s.isBlobSchema()&&typeof r=="string")return Ee(r);
let n=s.getMergedTraits().mediaType;if(s.isStringSchema()&&typeof r=="string"&&n)return n==="application/json"||n.endsWith("+json")?ft.from(r):r;if(s.isTimestampSchema()&&
r!=null)switch(ns(s,this.settings)){case 5:return Xu(r);case 6:return Hn(r);case 7:return Yu(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(s.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(s.isBigDecimalSchema()&&r!=null){
if(r instanceof Ie)return r;let i=r;return i.type==="bigDecimal"&&"string"in i?new Ie(i.string,i.type):new Ie(String(r),"bigDecimal")}if(s.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(s.isDocumentSchema()&&o)if(Array.isArray(r))for(let i=0;i<
r.length;++i){let a=r[i];a instanceof Ie||(r[i]=this._read(s,a))}else{let i=r;for(let a in i){if(!b(i,a))continue;a==="__proto__"&&so(i);let c=i[a];c instanceof
Ie||(i[a]=this._read(s,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),s={},n,i=typeof r.__type=="string",{jsonName:a}=this.settings;a&&i&&(n={});let c;o&&
(c=new _c(r,s));for(let[l,d]of e.structIterator()){let u=l;a&&(u=d.getMergedTraits().jsonName??u,i&&(n[u]=l)),o&&c.mark(u),r[u]!=null&&(s[l]=this._read(d,r[u]))}
if(o)c.writeUnknown();else if(i)for(let l in r){if(!b(r,l))continue;let d=r[l],u=a?n[l]??l:l;u in s||(s[u]=d)}return s}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var Ac,lw,dw=p(()=>{O();Ac=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>lw+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),lw=e),this.string=Z(this)}return this.
string}},lw=0});function Mf(t){return Ac.allocUnsafe(t)}var bc,uw,mw,G1,z1,nn,Pc,Oc,fw,j1,V1,W1,qr,gw,Dc,hw=p(()=>{xc();Q();O();Rc();Y();dw();bc=new TextEncoder,uw=123,mw=125,G1=
91,z1=93,nn=34,Pc=58,Oc=44,fw=92,j1=new Uint8Array([116,114,117,101]),V1=new Uint8Array([102,97,108,115,101]),W1=new Uint8Array([110,117,108,108]),qr=new Array(
128).fill(null);qr[8]="b";qr[9]="t";qr[10]="n";qr[12]="f";qr[13]="r";qr[34]='"';qr[92]="\\";for(let t=0;t<32;t++)qr[t]===null&&(qr[t]="u00"+t.toString(16).padStart(
2,"0"));gw=2048;Dc=class t extends So{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=Mf(gw)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=H.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=H.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let s=`"__type":"${o.getName(!0)??"Unknown"}",`,n=s.length;this.ensure(n),this.json.copyWithin(1+n,1,this.i),bc.encodeInto(s,this.
json.subarray(1)),this.i+=n}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=Mf(gw),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let s=o.length*2;for(;s<r+e;)s*=2;let n=Mf(s);
n.set(this.json),this.json=n}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:s}=this;for(let n=0;n<r;++n)s[o]=e.charCodeAt(n),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:s}=this;o[s++]=nn;for(let n=0;n<r;++n)o[s++]=e.charCodeAt(n);o[s++]=nn,this.i=s}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=nn;for(let o=0;o<r;++o){let s=e.charCodeAt(o);if(s>34&&s<92)this.json[this.i++]=s;else if(s<128){let n=qr[s];if(n!==null){this.
ensure(n.length+1+(r-o-1)*3+1),this.json[this.i++]=fw;for(let i=0;i<n.length;i++)this.json[this.i++]=n.charCodeAt(i)}else this.json[this.i++]=s}else if(s>=55296&&
s<=56319){let n=o+1<r?e.charCodeAt(o+1):0;if(n>=56320&&n<=57343){this.ensure(4);let{written:i}=bc.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=i,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(s)}else if(s>=56320&&s<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(s);else{let{i:n,
json:i}=this;s<2048?(i[n++]=192|s>>6,i[n++]=128|s&63):(i[n++]=224|s>>12,i[n++]=128|s>>6&63,i[n++]=128|s&63),this.i=n}}this.json[this.i++]=nn}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=fw,r[o++]=117;let s=e.toString(16).padStart(4,"0");for(let n=0;n<4;++n)r[o++]=s.charCodeAt(n);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,s=t.B64,n=this.i;o[n++]=nn;let i=e.length,a=i%3,c=i-a;for(let l=0;l<c;l+=3){let d=e[l],u=e[l+1],m=e[l+2];o[n++]=
s[d>>2],o[n++]=s[(d&3)<<4|u>>4],o[n++]=s[(u&15)<<2|m>>6],o[n++]=s[m&63]}if(a===2){let l=e[c],d=e[c+1];o[n++]=s[l>>2],o[n++]=s[(l&3)<<4|d>>4],o[n++]=s[(d&15)<<2],
o[n++]=61}else if(a===1){let l=e[c];o[n++]=s[l>>2],o[n++]=s[(l&3)<<4],o[n++]=61,o[n++]=61}o[n++]=nn,this.i=n}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&H.of(e).isIdempotencyToken()){this.writeAsciiQuoted(Js());return}return}this.ensure(4),this.json.set(W1,this.i),this.i+=4;return}let s=H.of(e),n=typeof r==
"object";if(s.isStringSchema()){let i=s.getMergedTraits().mediaType;if(i&&(i==="application/json"||i.endsWith("+json"))){this.writeJsonString(ft.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(s.isBigIntegerSchema()||s.isBigDecimalSchema())){let i=r instanceof Ie?r.string:String(r);this.writeAsciiQuoted(
i);return}if(n){if(s.isStructSchema()){this.writeStruct(s,r);return}if(Array.isArray(r)&&(s.isListSchema()||s.isDocumentSchema())){this.writeList(s,r,s.isDocumentSchema());
return}if(s.isMapSchema()){this.writeMap(s,r,!1);return}if(r instanceof Uint8Array&&(s.isBlobSchema()||s.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(s.isTimestampSchema()||s.isDocumentSchema())){this.writeTimestamp(s,r);return}if(r instanceof Ie){this.writeAscii(r.string);return}if(s.isDocumentSchema()){
Array.isArray(r)?this.writeList(s,r,!0):this.writeMap(s,r,!0);return}let i=JSON.stringify(r);this.writeAscii(i);return}if(typeof r=="string"){if(s.isBlobSchema()){
let i=(this.serdeContext?.base64Encoder??pe)(r);this.writeAsciiQuoted(i);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let i=String(r);this.writeAscii(i);return}if(typeof r=="boolean"){this.ensure(5);let{i,json:a}=this;r?(a.set(j1,
i),i+=4):(a.set(V1,i),i+=5),this.i=i;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=uw;let o=!1,s=typeof r.__type=="string",n;s&&(n=new Set);for(let[i,a]of e.structIterator()){let c=r[i];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=Oc),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??i:i;n&&(n.add(i),n.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=Pc,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=Pc,this.writeValue(15,c,e)}}else if(s)for(let i in r){if(n.has(i))continue;n.add(i);let a=r[i];o&&(this.ensure(1),this.json[this.i++]=Oc),
o=!0,this.writeAsciiQuoted(i),this.ensure(1),this.json[this.i++]=Pc,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=mw}writeList(e,r,o){let s=!!e.
getMergedTraits().sparse,n=e.getValueSchema();if(!o&&(n.isStringSchema()||n.isNumericSchema()||n.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let d=r[l];
if(Number.isNaN(d)||d===1/0||d===-1/0||d==null&&!s){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let l=[];for(let d=0;d<r.length;++d){let u=r[d];u==null&&!s||
(Number.isNaN(u)||u===1/0||u===-1/0?l.push(String(u)):l.push(u))}c=JSON.stringify(l)}this.ensure(c.length*3),this.i+=bc.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=G1;let i=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!s)||(i&&(this.ensure(1),this.json[this.
i++]=Oc),this.writeValue(n,c,void 0),i=!0)}this.ensure(1),this.json[this.i++]=z1}writeMap(e,r,o){let s=!!e.getMergedTraits().sparse,n=e.getValueSchema();if(!o&&
(n.isStringSchema()||n.isNumericSchema()||n.isBooleanSchema())){let a;for(let l in r){if(!b(r,l))continue;let d=r[l];Number.isNaN(d)||d===1/0||d===-1/0?((a??={})[l]=
d,r[l]=String(d)):d===null&&!s&&((a??={})[l]=null,r[l]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=bc.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=uw;let i=!0;for(let a in r){if(!b(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!s)||
(i||(this.ensure(1),this.json[this.i++]=Oc),i=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=Pc,this.writeValue(n,c,void 0))}this.ensure(1),this.
json[this.i++]=mw}writeTimestamp(e,r){switch(ns(e,this.settings)){case 5:{let s=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(s);return}case 6:{this.
writeAsciiQuoted(Ko(r));return}case 7:{let s=String(r.getTime()/1e3);this.writeAscii(s);return}default:{let s=String(r.getTime()/1e3);this.writeAscii(s);return}}}}});var is,yw=p(()=>{Rc();pw();hw();is=class extends So{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new Dc(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new Cc(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var U=p(()=>{Xs();uf();q_();K_();vf();J_();Y_();xc();Y();Y();Q_();rw();Cf();ow();Y();Ff();yw()});var Ew,Sw,Dt,xw=p(()=>{U();Ew=t=>e=>async r=>{if(!z.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:s=""}=t.requestHandler.metadata||{};if(s.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let n=o.hostname;
o.port!=null&&(n+=`:${o.port}`),o.headers.host=n}return e(r)},Sw={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},Dt=t=>({applyToStack:e=>{
e.add(Ew(t),Sw)}})});var Rw,_w,Nt,ww=p(()=>{v();Rw=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:s}=e,n=s instanceof Se;if(s&&!n){let{clientName:i,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:d}=c,u=l??e.inputFilterSensitiveLog,m=d??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
s.info?.({clientName:i,commandName:a,input:u(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:s,commandName:n,logger:i,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,l=c??e.inputFilterSensitiveLog;throw i?.error?.({clientName:s,commandName:n,input:l(r.input),error:o,metadata:o.$metadata}),
o}},_w={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},Nt=t=>({applyToStack:e=>{e.add(Rw(),_w)}})});var Iw,Tw=p(()=>{Iw={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var xo,Hf,Nc,Bf,Gf,fi,vw=p(()=>{xo={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for(
"_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGA\
GE")},Hf=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"");Hf||(globalThis.awslambda=globalThis.awslambda||{});Nc=class{static PROTECTED_KEYS=xo;isProtectedKey(e){
return Object.values(xo).includes(e)}getRequestId(){return this.get(xo.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(xo.X_RAY_TRACE_ID)}getTenantId(){return this.
get(xo.TENANT_ID)}getTraceparent(){return this.get(xo.TRACEPARENT)}getTracestate(){return this.get(xo.TRACESTATE)}getBaggage(){return this.get(xo.BAGGAGE)}},Bf=
class extends Nc{currentContext;getContext(){return this.currentContext}hasContext(){return this.currentContext!==void 0}get(e){return this.currentContext?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);this.currentContext=this.currentContext||{},this.currentContext[e]=
r}run(e,r){return this.currentContext=e,r()}},Gf=class t extends Nc{als;static async create(){let e=new t,r=await import("node:async_hooks");return e.als=new r.
AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return this.als.getStore()!==void 0}get(e){return this.als.getStore()?.[e]}set(e,r){if(this.
isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);let o=this.als.getStore();if(!o)throw new Error("No context avai\
lable");o[e]=r}run(e,r){return this.als.run(e,r)}};(function(t){let e=null;async function r(o){return e||(e=(async()=>{let n=o===!0||"AWS_LAMBDA_MAX_CONCURRENCY"in
process.env?await Gf.create():new Bf;return!Hf&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:(!Hf&&globalThis.awslambda&&(globalThis.awslambda.
InvokeStore=n),n)})()),e}t.getInstanceAsync=r,t._testing=process.env.AWS_LAMBDA_BENCHMARK_MODE==="1"?{reset:()=>{e=null,globalThis.awslambda?.InvokeStore&&delete globalThis.
awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0})(fi||(fi={}))});function J1(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===jf||r===Cw||r===Aw)&&(t[r]=t[e],delete t[e])}}var q1,K1,zf,jf,Cw,Aw,bw,Pw=p(()=>{vw();
U();q1="AWS_LAMBDA_FUNCTION_NAME",K1="_X_AMZN_TRACE_ID",zf="X-Amzn-Trace-Id",jf="traceparent",Cw="tracestate",Aw="baggage",bw=()=>t=>async e=>{let{request:r}=e;
if(!z.isInstance(r))return t(e);let o;{let s=Object.keys(r.headers??{}).find(n=>n.toLowerCase()===zf.toLowerCase())??zf;if(!r.headers.hasOwnProperty(s)){let n=process.
env[q1],i=process.env[K1];o??=await fi.getInstanceAsync();let c=o?.getXRayTraceId()??i,l=d=>typeof d=="string"&&d.length>0;l(n)&&l(c)&&(r.headers[zf]=c)}}if(J1(
r.headers),!r.headers[jf]){let n=(o??=await fi.getInstanceAsync())?.getTraceparent?.();if(n){r.headers[jf]=n;let i=o?.getTracestate?.();i&&(r.headers[Cw]=i);let a=o?.
getBaggage?.();a&&(r.headers[Aw]=a)}}return t(e)}});var kt,Ow=p(()=>{Tw();Pw();kt=t=>({applyToStack:e=>{e.add(bw(),Iw)}})});var Dw,Nw=p(()=>{Dw=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let s of t)s.schemeId.split("#")[1]===o&&r.push(s);for(let o of t)r.find(({
schemeId:s})=>s===o.schemeId)||r.push(o);return r}});function X1(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var Vf,kw=p(()=>{Y();Nw();Vf=(t,e)=>(r,o)=>async s=>{let n=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,s.input)),i=t.authSchemePreference?await t.authSchemePreference():[],a=Dw(n,i),c=X1(t.httpAuthSchemes),l=te(o),d=[];for(let u of a){
let m=c.get(u.schemeId);if(!m){d.push(`HttpAuthScheme \`${u.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){d.push(`HttpAuthScheme \`${u.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:y={}}=u.
propertiesExtractor?.(t,o)||{};u.identityProperties=Object.assign(u.identityProperties||{},g),u.signingProperties=Object.assign(u.signingProperties||{},y),l.selectedHttpAuthScheme=
{httpAuthOption:u,identity:await f(u.identityProperties),signer:m.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(d.join(`
`));return r(s)}});var Wf,et,$w=p(()=>{kw();Wf={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},et=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(Vf(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),Wf)}})});var Lw=p(()=>{$w()});var Y1,Q1,qf,Uw=p(()=>{U();Y();Y1=t=>e=>{throw e},Q1=(t,e)=>{},qf=t=>(e,r)=>async o=>{if(!z.isInstance(o.request))return e(o);let n=te(r).selectedHttpAuthScheme;
if(!n)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:i={}},identity:a,signer:c}=n,l=await e({...o,
request:await c.sign(o.request,a,i)}).catch((c.errorHandler||Y1)(i));return(c.successHandler||Q1)(l.response,i),l}});var Kf,tt,Fw=p(()=>{Uw();Kf={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},tt=t=>({applyToStack:e=>{e.addRelativeTo(qf(t),Kf)}})});var Mw=p(()=>{Fw()});var Or,Hw=p(()=>{Or=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var Pe,Bw=p(()=>{Y();Pe=class{authSchemes=new Map;constructor(e){for(let r in e){if(!b(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var Ce,Gw=p(()=>{Ce=class{async sign(e,r,o){return e}}});var zw=p(()=>{Gw()});var Jf,kc,gi,$c,jw=p(()=>{Jf=t=>function(r){return gi(r)&&r.expiration.getTime()-Date.now()<t},kc=Jf(3e5),gi=t=>t.expiration!==void 0,$c=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,s,n,i,a=!1,c=async l=>{n||(n=o(l));try{s=await n,i=!0,a=!1}finally{n=void 0}return s};return e===
void 0?async l=>((!i||l?.forceRefresh)&&(s=await c(l)),s):async l=>((!i||l?.forceRefresh)&&(s=await c(l)),a?s:r(s)?(e(s)&&await c(l),s):(a=!0,s))}});var Vw=p(()=>{Bw();zw();jw()});var Oe=p(()=>{Lw();Mw();Hw();Vw()});function rL(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function $t(t){let e=Or(t.userAgentAppId??Lc),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!rL(o)){let s=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?s?.warn("userAgentAppId must be a string or undefined."):o.length>50&&s?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var Lc,Xf=p(()=>{Oe();Lc=void 0});var Ww,qw=p(()=>{Ww={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
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
1.1"}});var oL,sL,Kw,Jw,Yf=p(()=>{qw();oL=Ww,sL="",Kw=t=>{let{partitions:e}=oL;for(let o of e){let{regions:s,outputs:n}=o;for(let[i,a]of Object.entries(s))if(i===t)return{
...n,...a}}for(let o of e){let{regionRegex:s,outputs:n}=o;if(new RegExp(s).test(t))return{...n}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},Jw=()=>sL});var Xw,Qf,Yw=p(()=>{Xw=require("node:stream"),Qf=t=>t?.body instanceof Xw.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var Qw,Zw,e0,t0,r0,o0=p(()=>{Qw=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],Zw=["TimeoutError","RequestTimeout","RequestTimeoutException"],e0=[500,502,503,504],t0=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],r0=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function cL(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var nL,iL,aL,Uc,Fc,s0,Zf=p(()=>{o0();nL=t=>t?.$retryable!==
void 0,iL=t=>t.$metadata?.clockSkewCorrected,aL=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},Uc=t=>t.$metadata?.httpStatusCode===429||Qw.
includes(t.name)||t.$retryable?.throttling==!0,Fc=(t,e=0)=>t?.name!=="AbortError"&&(nL(t)||iL(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||Zw.includes(t.name)||t0.includes(t?.code||"")||r0.includes(t?.code||"")||e0.includes(t.$metadata?.httpStatusCode||0)||aL(t)||cL(t)||t.cause!==
void 0&&e<=10&&Fc(t.cause,e+1)),s0=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!Fc(t)}return!1}});var Mc,pL,n0,i0=p(()=>{Mc=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((s,n)=>{let i=()=>n(pL());e.aborted?i():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",i,{once:!0}),r=()=>e.removeEventListener("abort",i)):e.onabort=i});return Promise.race([t,o]).finally(r)},pL=()=>Object.assign(new Error("Request aborte\
d"),{name:"AbortError"}),n0=t=>typeof t=="object"&&t!==null&&"name"in t&&t.name==="AbortError"});var a0,c0,p0=p(()=>{a0="amz-sdk-invocation-id",c0="amz-sdk-request"});function l0(t,e){if(mt.isInstance(t))for(let r in t.headers){if(!b(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let s=t.headers[r],n=NaN;if(s.
endsWith("GMT"))try{n=(Hn(s).getTime()-Date.now())/1e3}catch(i){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(i)}else s.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
n=Number(s.match(/ GMT, ([\d.]+)$/)?.[1]):s.match(/^((\d+)|(\d+\.\d+))$/)?n=Number(s):Date.parse(s)>=Date.now()&&(n=(Date.parse(s)-Date.now())/1e3);return isNaN(
n)?void 0:new Date(Date.now()+n*1e3)}else if(o==="x-amz-retry-after"){let s=t.headers[r],n=Number(s);if(isNaN(n)){e?.trace?.(`Failed to parse x-amz-retry-after=${s}`);
return}return new Date(Date.now()+n)}}}var d0=p(()=>{Y();U();O()});var u0,m0=p(()=>{u0=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function eg(t){return e=>(r,o)=>async s=>{let n=await e.retryStrategy(),i=await e.maxAttempts(),a=o[Ar]?.abortSignal;if(lL(n)){n=n;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await Mc(n.acquireInitialRetryToken(c),a),d=new Error,u=0,m=0,{request:f}=s,g=z.isInstance(f);for(g&&(f.headers[a0]=df());;)try{
g&&(f.headers[c0]=`attempt=${u+1}; max=${i}`);let{response:y,output:h}=await r(s);return n.recordSuccess(l),h.$metadata.attempts=u+1,h.$metadata.totalRetryDelay=
m,{response:y,output:h}}catch(y){let h=dL(y,e.logger);if(d=u0(y),g&&t(f))throw(o.logger instanceof Se?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),d;try{l=await Mc(n.refreshRetryTokenForRetry(l,h),a)}catch(S){throw a?.aborted&&n0(S)?S:(d.$metadata||(d.$metadata={}),d.$metadata.
attempts=u+1,d.$metadata.totalRetryDelay=m,d)}u=l.getRetryCount();let E=l.getRetryDelay();m+=(l?.$retryLog?.acquisitionDelay??0)+E,E>0&&await Mc(new Promise(S=>setTimeout(
S,E)),a)}}else return n=n,n?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",n.mode]]),n.retry(r,s)}}function f0(t){let e=eg(t);return r=>({applyToStack:o=>{
o.add(e(r),mL)}})}var lL,dL,uL,mL,g0=p(()=>{v();U();O();Gr();Zf();i0();p0();d0();m0();lL=t=>typeof t.acquireInitialRetryToken<"u"&&typeof t.refreshRetryTokenForRetry<
"u"&&typeof t.recordSuccess<"u",dL=(t,e)=>{let r={error:t,errorType:uL(t)},o=l0(t.$response,e);return o&&(r.retryAfterHint=o),r},uL=t=>Uc(t)?"THROTTLING":Fc(t)?
"TRANSIENT":s0(t)?"SERVER_ERROR":"CLIENT_ERROR",mL={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"high",override:!0}});var Hc,h0=p(()=>{Zf();Hc=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.
lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=
this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let r;this.updateMeasuredRate();let o=e;if(o?.errorType==="TH\
ROTTLING"||Uc(o?.error??e)){let i=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=i,this.calculateTimeWindow(),this.
lastThrottleTime=this.getCurrentTimeInSeconds(),r=this.cubicThrottle(i),this.enableTokenBucket()}else this.calculateTimeWindow(),r=this.cubicSuccess(this.getCurrentTimeInSeconds());
let n=Math.min(r,2*this.measuredTxRate);this.updateTokenBucketRate(n)}getCurrentTimeInSeconds(){return Date.now()/1e3}async acquireTokenBucket(e){if(this.enabled){
for(this.refillTokenBucket();e>this.availableTokens;){let r=(e-this.availableTokens)/this.fillRate*1e3;await new Promise(o=>t.setTimeoutFn(o,r)),this.refillTokenBucket()}
this.availableTokens=this.availableTokens-e}}refillTokenBucket(){let e=this.getCurrentTimeInSeconds();if(!this.lastTimestamp){this.lastTimestamp=e;return}let r=(e-
this.lastTimestamp)*this.fillRate;this.availableTokens=Math.min(this.maxCapacity,this.availableTokens+r),this.lastTimestamp=e}calculateTimeWindow(){this.timeWindow=
this.getPrecise(Math.pow(this.lastMaxRate*(1-this.beta)/this.scaleConstant,1/3))}cubicThrottle(e){return this.getPrecise(e*this.beta)}cubicSuccess(e){return this.
getPrecise(this.scaleConstant*Math.pow(e-this.lastThrottleTime-this.timeWindow,3)+this.lastMaxRate)}enableTokenBucket(){this.enabled=!0}updateTokenBucketRate(e){
this.refillTokenBucket(),this.fillRate=Math.max(e,this.minFillRate),this.maxCapacity=Math.max(e,this.minCapacity),this.availableTokens=Math.min(this.availableTokens,
this.maxCapacity)}updateMeasuredRate(){let e=this.getCurrentTimeInSeconds(),r=Math.floor(e*2)/2;if(this.requestCount++,r>this.lastTxRateBucket){let o=this.requestCount/
(r-this.lastTxRateBucket);this.measuredTxRate=this.getPrecise(o*this.smooth+this.measuredTxRate*(1-this.smooth)),this.requestCount=0,this.lastTxRateBucket=r}}getPrecise(e){
return parseFloat(e.toFixed(8))}}});var fr,Bc=p(()=>{fr=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var Gc,y0=p(()=>{Bc();Gc=class{x=fr.delay();computeNextBackoffDelay(e){let s=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(s)}setDelayBase(e){this.x=
e}}});var hi,E0=p(()=>{hi=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,s){this.delay=e,this.count=r,this.cost=o,this.longPoll=s}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var gr,Ro,Ge,yi=p(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(gr||(gr={}));Ro=3,Ge=gr.STANDARD});var zc,as,tg=p(()=>{y0();E0();yi();Bc();zc={incompatible:1,attempts:2,capacity:3},as=class{mode=gr.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>Ro,this.baseDelay??=fr.delay(),this.retryBackoffStrategy??=
new Gc}async acquireInitialRetryToken(e){return new hi(fr.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
s=this.retryCode(e,r,o),n=s===0,i=e.isLongPoll?.();if(n||i){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?fr.throttlingDelay():this.
baseDelay);let c=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),l=c;if(r.retryAfterHint instanceof Date&&(l=Math.max(c,Math.min(r.retryAfterHint.
getTime()-Date.now(),c+5e3))),n){let d=this.getCapacityCost(a);this.capacity-=d;let u=new hi(0,e.getRetryCount()+1,d,e.isLongPoll?.()??!1);return await new Promise(
m=>setTimeout(m,l)),u.$retryLog.acquisitionDelay=l,u}else{let d=s===zc.capacity&&i?l:0;d>0&&await new Promise(u=>setTimeout(u,d))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${Ro}`),Ro}}retryCode(e,r,o){let s=e.getRetryCount()+1,n=this.isRetryableError(r.errorType)?0:zc.incompatible,i=s<o?0:zc.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:zc.capacity;return n||i||a}getCapacityCost(e){return e===fr.modifiedCostType()?fr.throttlingCost():fr.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var jc,S0=p(()=>{h0();tg();yi();jc=class{mode=gr.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new Hc,
this.standardRetryStrategy=r?new as({maxAttempts:typeof e=="number"?e:3,...r}):new as(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var rg,og,Lt,Ut,x0,R0,Ft,_0=p(()=>{v();S0();tg();yi();Bc();rg="AWS_MAX_ATTEMPTS",og="max_attempts",Lt={environmentVariableSelector:t=>{let e=t[rg];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${rg} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[og];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${og} mast be a number, got "${e}"`);return r},default:Ro},Ut=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:s=Ro,defaultBaseDelay:n=fr.delay()}=e??{},i=V(t.maxAttempts??s),a=r?Promise.resolve(r):void 0,c=async()=>{let l=await i();
return await V(o)()===gr.ADAPTIVE?new jc(i,{maxAttempts:l,baseDelay:n}):new as({maxAttempts:l,baseDelay:n})};return Object.assign(t,{maxAttempts:i,retryStrategy:()=>a??=
c()})},x0="AWS_RETRY_MODE",R0="retry_mode",Ft={environmentVariableSelector:t=>t[x0],configFileSelector:t=>t[R0],default:Ge}});var xte,Zt,rt=p(()=>{Yw();g0();yi();_0();xte=eg(Qf),Zt=f0(Qf)});async function w0(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&Hr(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let n=await e.
retryStrategy();if(typeof n.mode=="string")switch(n.mode){case gr.ADAPTIVE:Hr(t,"RETRY_MODE_ADAPTIVE","F");break;case gr.STANDARD:Hr(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let n=t.endpointV2;switch(String(n?.url?.hostname).match(hL)&&Hr(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":Hr(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":Hr(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":Hr(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let s=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(s?.$source){let n=s;n.accountId&&Hr(t,"RESOLVED_ACCOUNT_ID","T");for(let[i,a]of Object.
entries(n.$source??{}))Hr(t,i,a)}}var hL,I0=p(()=>{rt();bE();hL=/\d{12}\.ddb/});var sg,Vc,T0,v0,C0=p(()=>{sg="user-agent",Vc="x-amz-user-agent",T0=/[^!$%&'*+\-.^_`|~\w]/g,v0=/[^!$%&'*+\-.^_`|~\w#]/g});function A0(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var b0=p(()=>{});var D0,Wc,N0,Mt,k0=p(()=>{U();Yf();I0();C0();b0();D0=t=>(e,r)=>async o=>{let{request:s}=o;if(!z.isInstance(s))return e(o);let{headers:n}=s,i=r?.userAgent?.map(Wc)||
[],a=(await t.defaultUserAgentProvider()).map(Wc);await w0(r,t,o);let c=r;a.push(`m/${A0(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(Wc)||[],d=await t.userAgentAppId();d&&a.push(Wc(["app",`${d}`]));let u=Jw(),m=(u?[u]:[]).concat([...a,...i,...l]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(f&&(n[Vc]=n[Vc]?`${n[sg]} ${f}`:f),n[sg]=m):n[Vc]=m,e({...o,request:s})},Wc=t=>{
let e=t[0].split("/").map(i=>i.replace(T0,"-")).join("/"),r=t[1]?.replace(v0,"-"),o=e.indexOf("/"),s=e.substring(0,o),n=e.substring(o+1);return s==="api"&&(n=n.
toLowerCase()),[s,n,r].filter(i=>i&&i.length>0).reduce((i,a,c)=>{switch(c){case 0:return a;case 1:return`${i}/${a}`;default:return`${i}#${a}`}},"")},N0={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},Mt=t=>({applyToStack:e=>{e.add(D0(t),N0)}})});var qc,$0,L0=p(()=>{qc=require("node:process"),$0=()=>{let t=["deno","bun","llrt"];for(let e of t)if(qc.versions[e])return[`md/${e}`,qc.versions[e]];return["md/\
nodejs",qc.versions.node]}});var ig,U0=p(()=>{ig={isCrtAvailable:!1}});var F0,M0=p(()=>{U0();F0=()=>ig.isCrtAvailable?["md/crt-avail"]:null});var Kc,ag,Ht,H0=p(()=>{Kc=require("node:os"),ag=require("node:process");L0();M0();Ht=({serviceId:t,clientVersion:e})=>{let r=$0();return async o=>{let s=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,Kc.platform)()}`,(0,Kc.release)()],["lang/js"],r],n=F0();n&&s.push(n),t&&s.push([`api/${t}`,e]),ag.env.AWS_EXECUTION_ENV&&s.push(
[`exec-env/${ag.env.AWS_EXECUTION_ENV}`]);let i=await o?.userAgentAppId?.();return i?[...s,[`app/${i}`]]:[...s]}}});var B0,G0,yL,Bt,z0=p(()=>{Xf();B0="AWS_SDK_UA_APP_ID",G0="sdk_ua_app_id",yL="sdk-ua-app-id",Bt={environmentVariableSelector:t=>t[B0],configFileSelector:t=>t[G0]??
t[yL],default:Lc}});var j0=p(()=>{j()});var cg,V0=p(()=>{j();j0();cg=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!cg(r))return!1;return!0}return!(!zr(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
qs(t))}});var W0,q0=p(()=>{W0=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,s,n,i,...a]=e;if(r!=="arn"||o===""||s===""||a.join(":")==="")return null;let c=a.map(
l=>l.split("/")).flat();return{partition:o,service:s,region:n,accountId:i,resourceId:c}}});var ot,K0=p(()=>{j();V0();q0();Yf();ot={isVirtualHostableS3Bucket:cg,parseArn:W0,partition:Kw};ve.aws=ot});function pg(t={}){return _({...Te,async default(){return J0.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...Ue,...t})}var J0,X0=p(()=>{L();J0={silence:!1}});var Gt,zt,Y0=p(()=>{Gt=t=>({setRegion(e){t.region=e},region(){return t.region}}),zt=t=>({region:t.region()})});var F=p(()=>{CE();AE();PE();xw();ww();Ow();Xf();k0();H0();z0();K0();X0();Y0()});var Jc,Xc,Q0=p(()=>{U();Jc=t=>mt.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,Xc=t=>mt.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var Ei,Z0=p(()=>{Ei=t=>new Date(Date.now()+t)});var Yc,eI=p(()=>{Yc=(t,e,r,o)=>{if(o!==void 0)return e;let s=Date.parse(t);if(Number.isNaN(s))return e;let n=Date.now();return r!==void 0&&n-r>9e5?e:s-n}});var lg=p(()=>{Q0();Z0();eI()});var Si,EL,xi,ne,dg=p(()=>{U();Gr();lg();Si=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},EL=t=>t.context?.[Ar]?.
eventStream?.output===!0,xi=async t=>{let e=Si("context",t.context),r=Si("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],n=await Si("signer",r.signer)(
o),i=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:n,signingRegion:i,signingRegionSet:a,signingName:c}},ne=class{async sign(e,r,o){
if(!z.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let s=await xi(o),{config:n,signer:i}=s,{signingRegion:a,
signingName:c}=s,l=o.context;if(l?.authSchemes?.length??!1){let[f,g]=l.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let d=await n.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=d;let u=d||EL(o);return o._skipClockSkewSampling=u,u||(o._preRequestSystemClockOffset=
n.systemClockOffset,o._requestSentAt=Date.now()),await i.sign(e,{signingDate:d?new Date:Ei(n.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let s=o.ServerTime??Jc(o.$response);if(s){let n=Si("config",e.config),i=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=Xc(o.$response),l=Yc(s,n.systemClockOffset,a,c);n.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==i||i!==void 0&&i!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=Jc(e);if(o){let s=Si("config",r.config),
n=r._requestSentAt,i=Xc(e);s.systemClockOffset=Yc(o,s.systemClockOffset,n,i)}}}});var Rr,tI=p(()=>{U();lg();dg();Rr=class extends ne{async sign(e,r,o){if(!z.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:s,signer:n,signingRegion:i,signingRegionSet:a,signingName:c}=await xi(o),d=(await s.sigv4aSigningRegionSet?.()??a??[i]).join(","),u=await s.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=u,u||(o._preRequestSystemClockOffset=s.systemClockOffset,o._requestSentAt=Date.now()),await n.
sign(e,{signingDate:u?new Date:Ei(s.systemClockOffset),signingRegion:d,signingService:c})}}});var ug,rI=p(()=>{ug=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var oI,sI=p(()=>{oI=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var nI,iI,st,aI=p(()=>{rI();sI();nI="AWS_AUTH_SCHEME_PREFERENCE",iI="auth_scheme_preference",st={environmentVariableSelector:(t,e)=>{if(e?.signingName&&oI(e.signingName)in
t)return["httpBearerAuth"];if(nI in t)return ug(t[nI])},configFileSelector:t=>{if(iI in t)return ug(t[iI])},default:[]}});var an,cn,cI=p(()=>{Oe();L();an=t=>(t.sigv4aSigningRegionSet=Or(t.sigv4aSigningRegionSet),t),cn={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new Ye("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new Ye("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function lI(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var Qc,pI,SL,mg,dI=p(()=>{O();O();Qc=class{format(e){let r=[];for(let n in e){
if(!b(e,n))continue;let i=re(n);r.push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[n]))}let o=new Uint8Array(r.reduce((n,i)=>n+i.byteLength,0)),s=0;
for(let n of r)o.set(n,s),s+=n.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let s=new Uint8Array(9);return s[0]=5,s.set(e.value.bytes,
1),s;case"binary":let n=new DataView(new ArrayBuffer(3+e.value.byteLength));n.setUint8(0,6),n.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(n.buffer);
return i.set(e.value,3),i;case"string":let a=re(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
c.buffer);return l.set(a,3),l;case"timestamp":let d=new Uint8Array(9);return d[0]=8,d.set(mg.fromNumber(e.value.valueOf()).bytes,1),d;case"uuid":if(!SL.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let u=new Uint8Array(17);return u[0]=9,u.set(Gn(e.value.replace(/-/g,"")),1),u}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(pI||(pI={}));SL=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,mg=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,s=Math.abs(Math.round(e));o>-1&&s>0;o--,s/=256)r[o]=
s;return e<0&&lI(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&lI(e),parseInt(le(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var uI,mI,fg,fI,gI,gg,hg,yg,Eg,xL,hI,yI,Ri,EI,SI,xI,RI,Zc,_I,wI,II,Sg,TI,ps=p(()=>{uI="X-Amz-Algorithm",mI="X-Amz-Credential",fg="X-Amz-Date",fI="X-Amz-SignedHe\
aders",gI="X-Amz-Expires",gg="X-Amz-Signature",hg="X-Amz-Security-Token",yg="authorization",Eg=fg.toLowerCase(),xL="date",hI=[yg,Eg,xL],yI=gg.toLowerCase(),Ri="\
x-amz-content-sha256",EI=hg.toLowerCase(),SI={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},xI=/^proxy-/,RI=/^sec-/,Zc="AWS4-HMAC-SHA256",_I="AWS4-HMAC-SHA256-PAYL\
OAD",wI="UNSIGNED-PAYLOAD",II=50,Sg="aws4_request",TI=3600*24*7});var vI,CI=p(()=>{O();U();ps();vI=({query:t={}})=>{let e=[],r={};for(let o in t){if(!b(t,o)||o.toLowerCase()===yI)continue;let s=Pr(o);e.push(s);let n=t[o];typeof n==
"string"?r[s]=`${s}=${Pr(n)}`:Array.isArray(n)&&(r[s]=n.slice(0).reduce((i,a)=>i.concat([`${s}=${Pr(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var AI,RL,bI=p(()=>{AI=t=>RL(t).toISOString().replace(/\.\d{3}Z$/,"Z"),RL=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var ep,PI=p(()=>{v();U();O();CI();bI();ep=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:s,sha256:n,uriEscapePath:i=!0}){this.service=s,this.sha256=n,this.uriEscapePath=i,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
V(o),this.credentialProvider=V(r)}createCanonicalRequest(e,r,o){let s=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${vI(e)}
${s.map(n=>`${n}:${r[n]}`).join(`
`)}

${s.join(";")}
${o}`}async createStringToSign(e,r,o,s){let n=new this.sha256;n.update(dr(o));let i=await n.digest();return`${s}
${e}
${r}
${le(i)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let n of e.split("/"))n?.length!==0&&n!=="."&&(n===".."?r.pop():r.push(n));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return Pr(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=AI(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var tp,xg,rp,DI,OI,NI=p(()=>{O();ps();tp={},xg=[],rp=(t,e,r)=>`${t}/${e}/${r}/${Sg}`,DI=async(t,e,r,o,s)=>{let n=await OI(t,e.secretAccessKey,e.accessKeyId),i=`${r}\
:${o}:${s}:${le(n)}:${e.sessionToken}`;if(i in tp)return tp[i];for(xg.push(i);xg.length>II;)delete tp[xg.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,s,Sg])a=await OI(t,a,c);return tp[i]=a},OI=(t,e,r)=>{let o=new t(e);return o.update(dr(r)),o.digest()}});var Rg,kI=p(()=>{O();ps();Rg=({headers:t},e,r)=>{let o={};for(let s of Object.keys(t).sort()){if(t[s]==null)continue;let n=s.toLowerCase();(b(SI,n)||e?.has(n)||
xI.test(n)||RI.test(n))&&(!r||r&&!r.has(n))||(n==="__proto__"&&so(o),o[n]=t[s].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var op,$I=p(()=>{O();O();ps();op=async({headers:t,body:e},r)=>{for(let o in t)if(b(t,o)&&o.toLowerCase()===Ri)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||Fn(e)){let o=new r;return o.update(dr(e)),le(await o.digest())}return wI}});var LI,UI=p(()=>{O();LI=(t,e)=>{t=t.toLowerCase();for(let r in e)if(b(e,r)&&t===r.toLowerCase())return!0;return!1}});var FI,MI=p(()=>{O();U();FI=(t,e={})=>{let{headers:r,query:o={}}=z.clone(t);for(let s in r){if(!b(r,s))continue;let n=s.toLowerCase();(n.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(n)||e.hoistableHeaders?.has(n))&&(o[s]=r[s],delete r[s])}return{...t,headers:r,query:o}}});var _g,HI=p(()=>{O();U();ps();_g=t=>{t=z.clone(t);for(let e in t.headers)b(t.headers,e)&&hI.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var _o,BI=p(()=>{O();dI();PI();ps();NI();kI();$I();UI();MI();HI();_o=class extends ep{headerFormatter=new Qc;constructor({applyChecksum:e,credentials:r,region:o,
service:s,sha256:n,uriEscapePath:i=!0}){super({applyChecksum:e,credentials:r,region:o,service:s,sha256:n,uriEscapePath:i})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:s=3600,unsignableHeaders:n,unhoistableHeaders:i,signableHeaders:a,hoistableHeaders:c,signingRegion:l,signingService:d}=r,u=await this.credentialProvider();
this.validateResolvedCredentials(u);let m=l??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(s>TI)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let y=rp(g,m,d??this.service),h=FI(_g(e),{unhoistableHeaders:i,hoistableHeaders:c});
u.sessionToken&&(h.query[hg]=u.sessionToken),h.query[uI]=Zc,h.query[mI]=`${u.accessKeyId}/${y}`,h.query[fg]=f,h.query[gI]=s.toString(10);let E=Rg(h,n,a);return h.
query[fI]=this.getCanonicalHeaderList(E),h.query[gg]=await this.getSignature(f,y,this.getSigningKey(u,m,g,d),this.createCanonicalRequest(h,E,await op(e,this.sha256))),
h}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:s,signingRegion:n,signingService:i,eventStreamCredentials:a}){let c=n??await this.regionProvider(),{
shortDate:l,longDate:d}=this.formatDate(o),u=rp(l,c,i??this.service),m=await op({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=le(await f.
digest()),y=[_I,d,u,s,g,m].join(`
`);return this.signString(y,{signingDate:o,signingRegion:c,signingService:i,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:s,eventStreamCredentials:n}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:s,priorSignature:e.priorSignature,eventStreamCredentials:n}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:s,eventStreamCredentials:n}={}){let i=n??await this.credentialProvider();this.validateResolvedCredentials(i);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(i,a,c,s));return l.update(dr(e)),le(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:s,signingRegion:n,signingService:i}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=n??await this.regionProvider(),l=_g(e),{longDate:d,shortDate:u}=this.formatDate(r),m=rp(u,c,i??this.service);l.headers[Eg]=d,a.sessionToken&&(l.headers[EI]=
a.sessionToken);let f=await op(l,this.sha256);!LI(Ri,l.headers)&&this.applyChecksum&&(l.headers[Ri]=f);let g=Rg(l,s,o),y=await this.getSignature(d,m,this.getSigningKey(
a,c,u,i),this.createCanonicalRequest(l,g,f));return l.headers[yg]=`${Zc} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${y}`,l}async getSignature(e,r,o,s){let n=await this.createStringToSign(e,r,s,Zc),i=new this.sha256(await o);return i.update(dr(n)),le(await i.digest())}getSigningKey(e,r,o,s){
return DI(this.sha256,e,o,r,s||this.service)}}});var sp,GI=p(()=>{sp={SignatureV4a:null}});var np=p(()=>{BI();GI()});function _L(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=$c(e,kc,gi):r?o=Or(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function wL(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var wg,zI=p(()=>{F();
Oe();np();wg=t=>e=>{let r=e.credentials,o=!!e.credentials,s;Object.defineProperty(e,"credentials",{set(d){d&&d!==r&&d!==s&&(o=!0),r=d;let u=_L(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=wL(e,u);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;s=async g=>{let h=await m(g);return f&&
(!h.$source||Object.keys(h.$source).length===0)?B(h,"CREDENTIALS_CODE","e"):h},s.memoized=m.memoized,s.configBound=m.configBound,s.attributed=!0}else s=m},get(){
return s},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:n=!0,systemClockOffset:i=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
Or(e.signer):e.regionInfoProvider?c=()=>Or(e.region)().then(async d=>[await e.regionInfoProvider(d,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},d]).then(([d,u])=>{let{signingRegion:m,signingService:f}=d;e.signingRegion=e.signingRegion||m||u,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:n},y=e.signerConstructor||_o;return new y(g)}):
c=async d=>{d=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await Or(e.region)(),properties:{}},d);let u=d.signingRegion,
m=d.signingName;e.signingRegion=e.signingRegion||u,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:n},g=e.signerConstructor||_o;return new g(f)},Object.assign(e,{systemClockOffset:i,signingEscapePath:n,signer:c,disableClockSkewCorrection:Or(
e.disableClockSkewCorrection??t)})}});var Ig=p(()=>{dg();tI();aI();cI();zI()});var TL,vL,jI,VI=p(()=>{L();TL="AWS_DISABLE_CLOCK_SKEW_CORRECTION",vL="disable_clock_skew_correction",jI={environmentVariableSelector:t=>mr(t,TL,ht.ENV),configFileSelector:t=>mr(
t,vL,ht.CONFIG),default:!1}});var WI,qI=p(()=>{L();VI();WI=_(jI)});var er,he=p(()=>{Ig();Ig();qI();er=wg(WI)});var _i,KI=p(()=>{_i={CrtSignerV4:null}});function XI(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function YI(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var Tg,JI,ip,QI=p(()=>{np();Tg="X-Amz-S3session-Token",JI=Tg.toLowerCase(),ip=class extends _o{async signWithCredentials(e,r,o){
let s=XI(r);e.headers[JI]=r.sessionToken;let n=this;return YI(n,s),n.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let s=XI(r);return delete e.headers[JI],
e.headers[Tg]=r.sessionToken,e.query=e.query??{},e.query[Tg]=r.sessionToken,YI(this,s),this.presign(e,o)}}});var Dr,ZI=p(()=>{np();KI();QI();Dr=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof _i.CrtSignerV4=="function"?"crt":typeof sp.
SignatureV4a=="function"?"js":"none"}constructor(e){this.sigv4Signer=new ip(e),this.signerOptions=e}async sign(e,r={}){return r.signingRegion==="*"?this.getSigv4aSigner().
sign(e,r):this.sigv4Signer.sign(e,r)}async signWithCredentials(e,r,o={}){if(o.signingRegion==="*"){let s=this.getSigv4aSigner(),n=_i.CrtSignerV4;if(n&&s instanceof
n)return s.signWithCredentials(e,r,o);throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signa\
ture-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require(\
"@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-\
sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.signWithCredentials(e,r,o)}async presign(e,r={}){if(r.signingRegion==="*"){let o=this.
getSigv4aSigner(),s=_i.CrtSignerV4;if(s&&o instanceof s)return o.presign(e,r);throw new Error(`presign with signingRegion '*' is only supported when using the C\
RT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the \
package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to\
 https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.presign(e,r)}async presignWithCredentials(e,r,o={}){
if(o.signingRegion==="*")throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");return this.sigv4Signer.presignWithCredentials(
e,r,o)}getSigv4aSigner(){if(!this.sigv4aSigner){let e=_i.CrtSignerV4,r=sp.SignatureV4a;if(this.signerOptions.runtime==="node"){if(!e&&!r)throw new Error("Neithe\
r CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https\
://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");if(e&&typeof e=="function")this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1});else if(r&&
typeof r=="function")this.sigv4aSigner=new r({...this.signerOptions});else throw new Error("Available SigV4a implementation is not a valid constructor. Please e\
nsure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functi\
onality-requiring-aws-common-runtime-crt")}else{if(!r||typeof r!="function")throw new Error("JS SigV4a implementation is not available or not a valid constructo\
r. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also re\
gister the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please \
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var wi=p(()=>{ZI()});var vi,Ci,bg,Pg,Og,Dg,pp,yT=p(()=>{F();L();vi="AWS_ACCESS_KEY_ID",Ci="AWS_SECRET_ACCESS_KEY",bg="AWS_SESSION_TOKEN",Pg="AWS_CREDENTIAL_EXPIRATION",Og="AWS_CREDE\
NTIAL_SCOPE",Dg="AWS_ACCOUNT_ID",pp=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[vi],r=process.env[Ci],o=process.
env[bg],s=process.env[Pg],n=process.env[Og],i=process.env[Dg];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...s&&{expiration:new Date(
s)},...n&&{credentialScope:n},...i&&{accountId:i}};return B(a,"CREDENTIALS_ENV_VARS","g"),a}throw new w("Unable to find environment variable credentials.",{logger:t?.
logger})}});var ET={};cr(ET,{ENV_ACCOUNT_ID:()=>Dg,ENV_CREDENTIAL_SCOPE:()=>Og,ENV_EXPIRATION:()=>Pg,ENV_KEY:()=>vi,ENV_SECRET:()=>Ci,ENV_SESSION:()=>bg,fromEnv:()=>pp});var Ng=p(
()=>{yT()});var lp,dp,kg=p(()=>{lp=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",dp=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var ST,xT,dn,up=p(()=>{ST=1e3,xT=0,dn=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var $g,RT=p(()=>{$g=Ur(require("node:http"))});function wo(t){return new Promise((e,r)=>{let o=$g.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",s=>{r(Object.
assign(new Ye("Unable to connect to instance metadata service"),s)),o.destroy()}),o.on("timeout",()=>{r(new Ye("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",s=>{let{statusCode:n=400}=s;(n<200||300<=n)&&(r(Object.assign(new Ye("Error response received from instance metadata service"),{statusCode:n})),
o.destroy());let i=[];s.on("data",a=>{i.push(a)}),s.on("end",()=>{e(Buffer.concat(i)),o.destroy()})}),o.end()})}var mp=p(()=>{L();RT()});var Ai,Lg=p(()=>{Ai=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var un,bi,fp,_T,$L,LL,UL,FL,ML,wT=p(()=>{L();kg();up();mp();Lg();un="AWS_CONTAINER_CREDENTIALS_FULL_URI",bi="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",fp="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",_T=(t={})=>{let{timeout:e,maxRetries:r}=dn(t);return()=>Ai(async()=>{let o=await ML({logger:t.logger}),s=JSON.parse(await $L(e,o));if(!lp(
s))throw new w("Invalid response received from instance metadata service.",{logger:t.logger});return dp(s)},r)},$L=async(t,e)=>(process.env[fp]&&(e.headers={...e.
headers,Authorization:process.env[fp]}),(await wo({...e,timeout:t})).toString()),LL="169.254.170.2",UL=new Set(["localhost","127.0.0.1"]),FL=new Set(["http:","h\
ttps:"]),ML=async({logger:t})=>{if(process.env[bi])return{hostname:LL,path:process.env[bi]};if(process.env[un]){let e;try{e=new URL(process.env[un])}catch{throw new w(
`${process.env[un]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!UL.has(e.hostname))throw new w(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!FL.has(e.protocol))throw new w(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new w(`The container metadata credential provider cannot be used unless the ${bi} or ${un} environment variable is set`,{tryNextLink:!1,logger:t})}});var gp,IT=p(()=>{L();gp=class t extends w{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var ds,Ug=p(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(ds||(ds={}))});var HL,BL,TT,vT=p(()=>{HL="AWS_EC2_METADATA_SERVICE_ENDPOINT",BL="ec2_metadata_service_endpoint",TT={environmentVariableSelector:t=>t[HL],configFileSelector:t=>t[BL],
default:void 0}});var Io,Fg=p(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(Io||(Io={}))});var GL,zL,CT,AT=p(()=>{Fg();GL="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",zL="ec2_metadata_service_endpoint_mode",CT={environmentVariableSelector:t=>t[GL],configFileSelector:t=>t[zL],
default:Io.IPv4}});var hp,jL,VL,Mg=p(()=>{L();U();Ug();vT();Fg();AT();hp=async()=>fe(await jL()||await VL()),jL=async()=>_(TT)(),VL=async()=>{let t=await _(CT)();switch(t){case Io.
IPv4:return ds.IPv4;case Io.IPv6:return ds.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(Io)}`)}}});var WL,Hg,bT=p(()=>{WL="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",Hg=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+WL);let s=t.originalExpiration??t.expiration;return{...t,...s?{originalExpiration:s}:{},expiration:o}}});var PT,OT=p(()=>{bT();PT=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let s;try{s=await t(),s.expiration&&s.expiration.getTime()<Date.now()&&(s=Hg(s,r))}catch(n){
if(o)r.warn("Credential renew failed: ",n),s=Hg(o,r);else throw n}return o=s,s}}});var kT,qL,Bg,DT,NT,$T,KL,JL,XL,YL,LT=p(()=>{L();IT();kg();up();mp();Lg();Mg();OT();kT="/latest/meta-data/iam/security-credentials/",qL="/latest/api/token",Bg="A\
WS_EC2_METADATA_V1_DISABLED",DT="ec2_metadata_v1_disabled",NT="x-aws-ec2-metadata-token",$T=(t={})=>PT(KL(t),{logger:t.logger}),KL=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:s,maxRetries:n}=dn(t),i=async(a,c)=>{if(e||c.headers?.[NT]==null){let u=!1,m=!1,f=await _({environmentVariableSelector:g=>{let y=g[Bg];if(m=!!y&&y!=="f\
alse",y===void 0)throw new w(`${Bg} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let y=g[DT];return u=!!y&&y!==
"false",u},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),u&&g.push(`config file profile (${DT})`),m&&g.push(`process environment variable (${Bg})`),new gp(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let d=(await Ai(async()=>{let u;try{u=await XL(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return u},a)).trim();return Ai(async()=>{let u;try{u=await YL(d,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return u},a)};return async()=>{let a=await hp();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),i(n,{...a,timeout:s});{let c;try{c=(await JL({...a,timeout:s})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),i(n,{...a,timeout:s})}return i(n,{...a,headers:{[NT]:c},timeout:s})}}},
JL=async t=>wo({...t,path:qL,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),XL=async t=>(await wo({...t,path:kT})).toString(),YL=async(t,e,r)=>{
let o=JSON.parse((await wo({...e,path:kT+t})).toString());if(!lp(o))throw new w("Invalid response received from instance metadata service.",{logger:r.logger});return dp(
o)}});var yp={};cr(yp,{DEFAULT_MAX_RETRIES:()=>xT,DEFAULT_TIMEOUT:()=>ST,ENV_CMDS_AUTH_TOKEN:()=>fp,ENV_CMDS_FULL_URI:()=>un,ENV_CMDS_RELATIVE_URI:()=>bi,Endpoint:()=>ds,
fromContainerMetadata:()=>_T,fromInstanceMetadata:()=>$T,getInstanceMetadataEndpoint:()=>hp,httpRequest:()=>wo,providerConfigFromInit:()=>dn});var Ep=p(()=>{wT();
LT();up();mp();Mg();Ug()});function Gg(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let s=new Error("Request aborted");return s.name="AbortErr\
or",s.cause=e,s}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var UT=p(()=>{});var FT,MT=p(()=>{FT=["ECONNRESET","EPIPE","ETIMEDOUT"]});var HT,BT=p(()=>{O();HT=t=>{let e={};for(let r in t){if(!b(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var mn,GT=p(()=>{mn=Ur(require("node:https"))});var de,us=p(()=>{de={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var zT,jT,VT=p(()=>{us();zT=1e3,jT=(t,e,r=0)=>{if(!r)return-1;let o=s=>{let n=de.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-s),i=a=>{a?.connecting?
a.on("connect",()=>{de.clearTimeout(n)}):de.clearTimeout(n)};t.socket?i(t.socket):t.on("socket",i)};return r<2e3?(o(0),0):de.setTimeout(o.bind(null,zT),zT)}});var WT,qT=p(()=>{us();WT=(t,e,r=0,o,s)=>r?de.setTimeout(()=>{let n=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let i=Object.assign(new Error(n),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(i),e(i)}else n+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",s?.warn?.(n)},r):-1});var QL,KT,JT=p(()=>{us();QL=3e3,KT=(t,{keepAlive:e,keepAliveMsecs:r},o=QL)=>{if(e!==!0)return-1;let s=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
n=>{n.setKeepAlive(e,r||0)})};return o===0?(s(),0):de.setTimeout(s,o)}});var Sp,XT=p(()=>{Sp=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var ZL,zg,YT=p(()=>{us();ZL=3e3,zg=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let s;t.once("response",c=>s=c);let n=()=>{if(s?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});s?.destroy(c),t.destroy(),e(c)},i=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",i):(c.setTimeout(
r,n),t.on("close",()=>c.removeListener("timeout",n))):t.once("socket",i)};if(r<6e3){i();return}let a=de.setTimeout(i,ZL);t.once("close",()=>de.clearTimeout(a))}});async function ev(t,e,r=QT,o=!1){let s=e.headers,n=s?s.Expect||s.expect:void 0,i=-1,a=!0;!o&&n==="100-continue"&&(a=await Promise.race([new Promise(c=>{i=Number(
de.setTimeout(()=>c(!0),Math.max(QT,r)))}),new Promise(c=>{t.on("continue",()=>{de.clearTimeout(i),c(!0)}),t.on("response",()=>{de.clearTimeout(i),c(!1)}),t.on(
"error",()=>{de.clearTimeout(i),c(!1)})})])),a&&eU(t,e.body)}function eU(t,e){if(e instanceof ZT.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let s=e;if(typeof s=="object"&&s.buffer&&typeof s.byteOffset=="number"&&typeof s.byteLength=="nu\
mber"){t.end(Buffer.from(s.buffer,s.byteOffset,s.byteLength));return}t.end(Buffer.from(e));return}t.end()}var ZT,QT,tv=p(()=>{ZT=require("node:stream");us();QT=
6e3});var xp,rv,Ae,ov=p(()=>{O();U();UT();MT();BT();GT();VT();qT();JT();XT();YT();us();tv();Ae=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:s,requests:n,maxSockets:i}=e;
if(typeof i!="number"||i===1/0||Date.now()-15e3<r)return r;if(s&&n)for(let c in s){if(!b(s,c))continue;let l=s[c]?.length??0,d=n[c]?.length??0;if(l>=i&&d>=2*i)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${d} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(s=>{r(this.resolveDefaultConfig(s))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let s=this.config,n=s.logger,
i=e.protocol==="https:";return!i&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let l,d=-1,u=-1,m=-1,
f=-1,g=()=>{de.clearTimeout(d),de.clearTimeout(u),de.clearTimeout(m),de.clearTimeout(f)},y=async q=>{await l,g(),a(q)},h=async q=>{await l,g(),c(q)};if(r?.aborted){
let q=Gg(r);h(q);return}let E=e.headers,S=E?(E.Expect??E.expect)==="100-continue":!1,I=i?s.httpsAgent:s.httpAgent;S&&!this.externalAgent&&(I=new(i?mn.default.Agent:
xp)({keepAlive:!1,maxSockets:1/0})),d=de.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(I,this.socketWarningTimestamp,n)},s.socketAcquisitionWarningTimeout??
(s.requestTimeout??2e3)+(s.connectionTimeout??1e3));let R=e.query?Af(e.query):"",T;if(e.username!=null||e.password!=null){let q=e.username??"",vr=e.password??"";
T=`${q}:${vr}`}let M=e.path;R&&(M+=`?${R}`),e.fragment&&(M+=`#${e.fragment}`);let oe=e.hostname??"";oe[0]==="["&&oe.endsWith("]")?oe=e.hostname.slice(1,-1):oe=e.
hostname;let yr={headers:e.headers,host:oe,method:e.method,path:M,port:e.port,agent:I,auth:T},me=(i?mn.default.request:rv)(yr,q=>{let vr=new mt({statusCode:q.statusCode||
-1,reason:q.statusMessage,headers:HT(q.headers),body:q});y({response:vr})});if(me.on("error",q=>{FT.includes(q.code)?h(Object.assign(q,{name:"TimeoutError"})):h(
q)}),r){let q=()=>{me.destroy();let vr=Gg(r);h(vr)};if(typeof r.addEventListener=="function"){let vr=r;vr.addEventListener("abort",q,{once:!0}),me.once("close",
()=>vr.removeEventListener("abort",q))}else r.onabort=q}let Ne=o??s.requestTimeout;u=jT(me,h,s.connectionTimeout),m=WT(me,h,Ne,s.throwOnRequestTimeout,n??console);
let Jt=s.socketTimeout===void 0?Sp(s):void 0;Jt?zg(me,h,Jt,!0):zg(me,h,s.socketTimeout);let dt=yr.agent;typeof dt=="object"&&"keepAlive"in dt&&(f=KT(me,{keepAlive:dt.
keepAlive,keepAliveMsecs:dt.keepAliveMsecs})),l=ev(me,e,Ne,this.externalAgent).catch(q=>(g(),c(q)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=
this.configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocket\
Timeout",r=Sp(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:s,
socketAcquisitionWarningTimeout:n,httpAgent:i,httpsAgent:a,throwOnRequestTimeout:c,logger:l}=e||{},d=!0,u=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:s,
defaultSocketTimeout:Sp(e),socketAcquisitionWarningTimeout:n,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await import("node:http"),{Agent:g,
request:y}=f.default??f;return rv=y,xp=g,i instanceof xp||typeof i?.destroy=="function"?(this.externalAgent=!0,i):new xp({keepAlive:d,maxSockets:u,...i})})(),httpsAgent:a instanceof
mn.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new mn.default.Agent({keepAlive:d,maxSockets:u,...a}),logger:l}}}});var no=p(()=>{ov();O()});var tU,rU,oU,sv,nv=p(()=>{L();tU="169.254.170.2",rU="169.254.170.23",oU="[fd00:ec2::23]",sv=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===tU||t.hostname===rU||
t.hostname===oU)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=s=>{let n=parseInt(s,10);return 0<=n&&n<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new w(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function iv(t){return new z({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function av(t,e){let o=await ni(t.body).transformToString();if(t.statusCode===200){let s=JSON.parse(o);if(typeof s.AccessKeyId!=
"string"||typeof s.SecretAccessKey!="string"||typeof s.Token!="string"||typeof s.Expiration!="string")throw new w("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:s.
AccessKeyId,secretAccessKey:s.SecretAccessKey,sessionToken:s.Token,expiration:Ju(s.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let s={};try{s=JSON.parse(
o)}catch{}throw Object.assign(new w(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:s.Code,Message:s.Message})}throw new w(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var cv=p(()=>{L();U();O();O()});var pv,lv=p(()=>{pv=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(n=>setTimeout(n,r))}return await t()}});var uv,sU,nU,iU,aU,cU,mv,dv,fv=p(()=>{F();L();no();uv=Ur(require("node:fs/promises"));nv();cv();lv();sU="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",nU="http://169.\
254.170.2",iU="AWS_CONTAINER_CREDENTIALS_FULL_URI",aU="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",cU="AWS_CONTAINER_AUTHORIZATION_TOKEN",mv=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[sU],o=t.awsContainerCredentialsFullUri??process.env[iU],
s=t.awsContainerAuthorizationToken??process.env[cU],n=t.awsContainerAuthorizationTokenFile??process.env[aU],i=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(i("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),i("awsContainerCredentialsRelativeUri will take precedence.")),s&&n&&(i("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),i("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${nU}${r}`;else if(o)e=o;else
throw new w(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);sv(a,t.logger);let c=Ae.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,d=pv(async()=>{let u=iv(a);n?u.headers.Authorization=dv((await uv.default.readFile(n)).toString()):s&&(u.headers.Authorization=dv(
s));try{let m=await c.handle(u,{requestTimeout:l});return av(m.response).then(f=>B(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new w(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await d()}finally{c.destroy?.()}}},dv=t=>{if(t.includes(`\r
`))throw new w("Authorization token contains invalid \\r\\n sequence.");return t}});var jg={};cr(jg,{fromHttp:()=>mv});var Vg=p(()=>{fv()});var Rp,Wg=p(()=>{Rp=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var fn,_p=p(()=>{fn="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function lU(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function dU(t){return{schemeId:"smithy.api#noAuth"}}var Ev,Sv,xv,qg=p(()=>{he();v();Ev=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});Sv=t=>{let e=[];return t.operation==="CreateToken"?e.push(dU(t)):e.push(lU(t)),
e},xv=t=>{let e=er(t);return Object.assign(e,{authSchemePreference:V(t.authSchemePreference??[])})}});var Rv,_v,Kg=p(()=>{Rv=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
_v={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var To,Pi=p(()=>{To={name:"@aws-sdk/nested-clients",version:"3.998.4",description:"Nested clients for AWS SDK packages.",homepage:"https://github.com/aws/aws-sd\
k-js-v3/tree/main/packages/nested-clients",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/sdk-for-javascript/"},repository:{
type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"packages/nested-clients"},files:["./cognito-identity.d.ts","./cognito-identity.js","./signi\
n.d.ts","./signin.js","./sso-oidc.d.ts","./sso-oidc.js","./sso.d.ts","./sso.js","./sts.d.ts","./sts.js","dist-*/**"],sideEffects:!1,main:"./dist-cjs/index.js",module:"\
./dist-es/index.js",browser:{"./dist-es/submodules/cognito-identity/runtimeConfig":"./dist-es/submodules/cognito-identity/runtimeConfig.browser","./dist-es/subm\
odules/signin/runtimeConfig":"./dist-es/submodules/signin/runtimeConfig.browser","./dist-es/submodules/sso-oidc/runtimeConfig":"./dist-es/submodules/sso-oidc/ru\
ntimeConfig.browser","./dist-es/submodules/sso/runtimeConfig":"./dist-es/submodules/sso/runtimeConfig.browser","./dist-es/submodules/sts/runtimeConfig":"./dist-\
es/submodules/sts/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{"<4.5":{"dist-types/*":["dist-types/ts3.4/*"],"*":["dist-types/ts3.4/su\
bmodules/*/index.d.ts"]}},"react-native":{},exports:{"./package.json":"./package.json","./sso-oidc":{types:"./dist-types/submodules/sso-oidc/index.d.ts",module:"\
./dist-es/submodules/sso-oidc/index.js",node:"./dist-cjs/submodules/sso-oidc/index.js",import:"./dist-es/submodules/sso-oidc/index.js",require:"./dist-cjs/submo\
dules/sso-oidc/index.js"},"./sts":{types:"./dist-types/submodules/sts/index.d.ts",module:"./dist-es/submodules/sts/index.js",node:"./dist-cjs/submodules/sts/ind\
ex.js",import:"./dist-es/submodules/sts/index.js",require:"./dist-cjs/submodules/sts/index.js"},"./signin":{types:"./dist-types/submodules/signin/index.d.ts",module:"\
./dist-es/submodules/signin/index.js",node:"./dist-cjs/submodules/signin/index.js",import:"./dist-es/submodules/signin/index.js",require:"./dist-cjs/submodules/\
signin/index.js"},"./cognito-identity":{types:"./dist-types/submodules/cognito-identity/index.d.ts",module:"./dist-es/submodules/cognito-identity/index.js",node:"\
./dist-cjs/submodules/cognito-identity/index.js",import:"./dist-es/submodules/cognito-identity/index.js",require:"./dist-cjs/submodules/cognito-identity/index.j\
s"},"./sso":{types:"./dist-types/submodules/sso/index.d.ts",module:"./dist-es/submodules/sso/index.js",node:"./dist-cjs/submodules/sso/index.js",import:"./dist-\
es/submodules/sso/index.js",require:"./dist-cjs/submodules/sso/index.js"}},scripts:{build:"concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs","b\
uild:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","build:include:deps":'yarn g:turbo run build -F="$npm_\
package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downlevel-dts dist-types dist-types/ts3.4",clean:"premo\
ve dist-cjs dist-es dist-types",lint:"node ../../scripts/validation/submodules-linter.js",prebuild:"yarn lint",test:"yarn g:vitest run","test:watch":"yarn g:vit\
est watch"},dependencies:{"@aws-sdk/core":"^3.981.1","@aws-sdk/signature-v4-multi-region":"^3.996.52","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.40.0","@smi\
thy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",tslib:"^2.6.2"},devDependencies:{concurrently:"7.0.0","downleve\
l-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},engines:{node:">=20.0.0"}}});var vo,wp=p(()=>{v();Q();vo=class{queryCompat;errorRegistry;constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,r){let o=r.getMemberSchemas(),s=Object.
values(o).find(n=>!!n.getMergedTraits().httpPayload);if(s){let n=s.getMergedTraits().mediaType;return n||(s.isStringSchema()?"text/plain":s.isBlobSchema()?"appl\
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(i=>{let{httpQuery:a,httpQueryParams:c,httpHeader:l,httpLabel:d,httpPrefixHeaders:u}=i.
getMergedTraits();return!a&&!c&&!l&&!d&&u===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,s,n,i){let a=e;e.includes("#")&&([,a]=e.split("#"));
let c={$metadata:n,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:i?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:c}}catch{s.message=s.message??s.Message??"UnknownError";let d=this.
errorRegistry,u=d.getBaseException();if(u){let g=d.getErrorCtor(u)??Error;throw this.decorateServiceException(Object.assign(new g({name:a}),c),s)}let m=s,f=m?.message??
m?.Message??m?.Error?.Message??m?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(f),{name:a},c),s)}}compose(e,r,o){let s=o;r.includes(
"#")&&([s]=r.split("#"));let n=K.for(s),i=K.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(n),e.copyFrom(i),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,s=ec(e,r);o&&(s.message=o);let n=s.Error??{};n.Type=s.Error?.Type,n.Code=s.Error?.Code,n.Message=s.Error?.message??
s.Error?.Message??o,s.Error=n;let i=s.$metadata.requestId;return i&&(s.RequestId=i),s}return ec(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[s,n]=o.split(";"),i=Object.keys(e),a={Code:s,Type:n};e.Code=s,e.Type=n;for(let c=0;c<i.length;c++){let l=i[c];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(s=>H.of(s).getMergedTraits().awsQueryError?.[0]===r)}}}});var Ip,wv=p(()=>{U();Q();wp();Ip=class extends os{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:s,jsonCodec:n}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=n??new is({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!s,
this.mixin=new vo(this.awsQueryCompatible)}async serializeRequest(e,r,o){let s=await super.serializeRequest(e,r,o);return s.path.endsWith("/")||(s.path+="/"),s.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,s.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(s.headers["x-amzn-query-mode"]="true"),(to(e.input)==="unit"||!s.body)&&(s.body="{}"),s}getPayloadCodec(){return this.codec}async handleError(e,r,o,s,n){let{awsQueryCompatible:i}=this;
i&&this.mixin.setQueryCompatError(s,o);let a=Uf(o,s,i)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,s,n,i?this.mixin.findQueryCompatibleError:void 0),d=H.of(
c),u=s.message??s.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},y=this.codec.createDeserializer();for(let[h,E]of d.
structIterator())s[h]!=null&&(g[h]=y.readObject(E,s[h]));throw i&&this.mixin.queryCompatOutput(s,g),this.mixin.decorateServiceException(Object.assign(f,l,{$fault:d.
getMergedTraits().error,message:u},g),s)}}});var ms,Iv=p(()=>{wv();ms=class extends Ip{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:s,jsonCodec:n}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:s,jsonCodec:n})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var io,Tv=p(()=>{U();Q();wp();io=class extends li{serializer;deserializer;codec;mixin=new vo;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let s={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new is(s),this.serializer=
new ui(this.codec.createSerializer(),s),this.deserializer=new di(this.codec.createDeserializer(),s)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let s=await super.serializeRequest(e,r,
o),n=H.of(e.input);if(!s.headers["content-type"]){let i=this.mixin.resolveRestContentType(this.getDefaultContentType(),n);i&&(s.headers["content-type"]=i)}return s.
body==null&&s.headers["content-type"]===this.getDefaultContentType()&&(s.body="{}"),s}async deserializeResponse(e,r,o){let s=await super.deserializeResponse(e,r,
o),n=H.of(e.output);for(let[i,a]of n.structIterator())a.getMemberTraits().httpPayload&&!(i in s)&&(s[i]=null);return s}async handleError(e,r,o,s,n){let i=Lf(o,s)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
i,this.options.defaultNamespace,o,s,n),l=H.of(a),d=s.message??s.Message??"UnknownError",u=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new u({});await this.
deserializeHttpMessage(a,r,o,s);let f={},g=this.codec.createDeserializer();for(let[y,h]of l.structIterator()){let E=h.getMergedTraits().jsonName??y;f[y]=g.readObject(
h,s[E])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:l.getMergedTraits().error,message:d},f),s)}getDefaultContentType(){return"applicatio\
n/json"}}});function Jg(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function Yg(t){return new Xg(t).parse()}var Xg,vv=p(
()=>{Xg=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let s=r.x.slice(r.i,o);return r.i=o+e.length,s}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,s={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let d="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)d+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),d==="__proto__"&&Jg(s),s[d]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?s:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let n=[],i=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,n.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,i.push(e.parseTag()));else{let d="";for(;e.i<e.z&&e.x[e.i]!=="<";)d+=e.x[e.i++];n.push(e.decodeEntities(d))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let c=e.readTo(">").trim();if(c!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${c}>.`);if(!o&&n.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let d=n.length===1?n[0]:n.join("");return d.trim()===""&&d.
includes(`
`)?{tag:r,value:""}:{tag:r,value:d}}let l={};for(let d of n)d.trim()===""&&d.includes(`
`)||(l["#text"]="#text"in l?l["#text"]+d:d);for(let d of i)d.tag==="__proto__"&&Jg(l),d.tag in l?Array.isArray(l[d.tag])?l[d.tag].push(d.value):l[d.tag]=[l[d.tag],
d.value]:l[d.tag]=d.value;for(let[d,u]of Object.entries(s))d==="__proto__"&&Jg(l),l[d]=u;return{tag:r,value:l}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,s,n)=>o?
String.fromCharCode(parseInt(o,16)):s?String.fromCharCode(parseInt(s,10)):t.ENTITIES[n]??"")}}});var Cv=p(()=>{vv()});var gn,Qg=p(()=>{gn=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Tp,Av=p(()=>{Tp=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),s=new Set(o);s.delete("__type"),this.keys=s}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function bv(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var Pv=p(()=>{});var vp,Ov=p(()=>{Cv();v();U();Q();O();Qg();Av();Pv();vp=class extends gn{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new ss(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let s=H.of(e),n=s.getMemberSchemas();if(s.isStructSchema()&&
s.isMemberSchema()&&!!Object.values(n).find(l=>!!l.getMemberTraits().eventPayload)){let l={},d=Object.keys(n)[0];return n[d].isBlobSchema()?l[d]=r:l[d]=this.read(
n[d],r),l}let a=(this.serdeContext?.utf8Encoder??Z)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=H.of(e);if(o.isUnitSchema())return;
let s=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let n=!!s.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],l=a.getMergedTraits().xmlName??"member",d=n?r:(r[0]??r)[l];if(d==null)return c;let u=Array.isArray(d)?d:[d];for(let m of u)
c.push(this.readSchema(a,m));return c}let i={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),l;n?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let d=a.getMergedTraits().xmlName??"key",u=c.getMergedTraits().xmlName??"value";for(let m of l){let f=m[d],g=m[u];f==="__proto__"&&bv(i),i[f]=
this.readSchema(c,g)}return i}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new Tp(r,i));for(let[l,d]of o.structIterator()){let u=d.getMergedTraits(),m=u.
httpPayload?u.xmlName??d.getName():d.getMemberTraits().xmlName??l;a&&c.mark(m),r[m]!=null&&(i[l]=this.readSchema(d,r[m]))}return a&&c.writeUnknown(),i}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=Yg(e)}catch(i){throw i&&typeof i=="object"&&Object.defineProperty(i,"\
$responseBodyText",{value:e}),i}let o="#text",s=Object.keys(r)[0],n=r[s];return n[o]&&(n[s]=n[o],delete n[o]),tc(n)}return{}}}});var Cp,Dv=p(()=>{U();Q();O();O();Qg();Cp=class extends gn{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let s=H.of(e);if(o&&!o.endsWith(".")&&(o+="."),s.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??pe)(r)));else if(s.isBooleanSchema()||s.isNumericSchema()||s.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):s.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue(Js()));else if(s.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(s.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof Ie?r.string:String(r)));else if(s.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),ns(s,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue(Ko(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
break}}else if(s.isDocumentSchema())Array.isArray(r)?this.write(79,r,o):r instanceof Date?this.write(4,r,o):r instanceof Uint8Array?this.write(21,r,o):r&&typeof r==
"object"?this.write(143,r,o):(this.writeKey(o),this.writeValue(String(r)));else if(s.isListSchema()){if(Array.isArray(r))if(r.length===0)this.settings.serializeEmptyLists&&
(this.writeKey(o),this.writeValue(""));else{let n=s.getValueSchema(),i=this.settings.flattenLists||s.getMergedTraits().xmlFlattened,a=1;for(let c of r){if(c==null)
continue;let l=n.getMergedTraits(),d=this.getKey("member",l.xmlName,l.ec2QueryName),u=i?`${o}${a}`:`${o}${d}.${a}`;this.write(n,c,u),++a}}}else if(s.isMapSchema()){
if(r&&typeof r=="object"){let n=s.getKeySchema(),i=s.getValueSchema(),a=s.getMergedTraits().xmlFlattened,c=1;for(let l in r){let d=r[l];if(d==null)continue;let u=n.
getMergedTraits(),m=this.getKey("key",u.xmlName,u.ec2QueryName),f=a?`${o}${c}.${m}`:`${o}entry.${c}.${m}`,g=i.getMergedTraits(),y=this.getKey("value",g.xmlName,
g.ec2QueryName),h=a?`${o}${c}.${y}`:`${o}entry.${c}.${y}`;this.write(n,l,f),this.write(i,d,h),++c}}}else if(s.isStructSchema()){if(r&&typeof r=="object"){let n=!1;
for(let[i,a]of s.structIterator()){if(r[i]==null&&!a.isIdempotencyToken())continue;let c=a.getMergedTraits(),l=this.getKey(i,c.xmlName,c.ec2QueryName,"struct"),
d=`${o}${l}`;this.write(a,r[i],d),n=!0}if(!n&&s.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i,l=`${o}${a}`;this.write(15,c,l)}}}}else if(!s.
isUnitSchema())throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${s.getName(!0)}`)}flush(){if(this.buffer===void 0)throw new Error(
"@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");let e=this.buffer;return delete this.buffer,e}getKey(e,r,o,s){let{ec2:n,
capitalizeKeys:i}=this.settings;if(n&&o)return o;let a=r??e;return i&&s==="struct"?a[0].toUpperCase()+a.slice(1):a}writeKey(e){e.endsWith(".")&&(e=e.slice(0,e.length-
1)),this.buffer+=`&${Zo(e)}=`}writeValue(e){this.buffer+=Zo(e)}}});var fs,Nv=p(()=>{U();Q();wp();Ov();Dv();fs=class extends os{options;serializer;deserializer;mixin=new vo;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new Cp(r),this.deserializer=new vp(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,r,o){
let s=await super.serializeRequest(e,r,o);s.path.endsWith("/")||(s.path+="/"),s.headers["content-type"]="application/x-www-form-urlencoded",(to(e.input)==="unit"||
!s.body)&&(s.body="");let n=e.name.split("#")[1]??e.name;return s.body=`Action=${n}&Version=${this.options.version}`+s.body,s.body.endsWith("&")&&(s.body=s.body.
slice(-1)),s}async deserializeResponse(e,r,o){let s=this.deserializer,n=H.of(e.output),i={};if(o.statusCode>=300){let d=await Qe(o.body,r);d.byteLength>0&&Object.
assign(i,await s.read(15,d)),await this.handleError(e,r,o,i,this.deserializeMetadata(o))}for(let d in o.headers){let u=o.headers[d];delete o.headers[d],o.headers[d.
toLowerCase()]=u}let a=e.name.split("#")[1]??e.name,c=n.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,l=await Qe(o.body,r);return l.byteLength>0&&Object.
assign(i,await s.read(n,l,c)),i.$metadata=this.deserializeMetadata(o),i}useNestedResult(){return!0}async handleError(e,r,o,s,n){let i=this.loadQueryErrorCode(o,
s)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let a=this.loadQueryError(s)??{},c=this.loadQueryErrorMessage(s);a.
message=c,a.Error={Type:a.Type,Code:a.Code,Message:c};let{errorSchema:l,errorMetadata:d}=await this.mixin.getErrorSchemaOrThrowBaseException(i,this.options.defaultNamespace,
o,a,n,this.mixin.findQueryCompatibleError),u=H.of(l),m=this.compositeErrorRegistry.getErrorCtor(l)??Error,f=new m({}),g={Type:a.Error.Type,Code:a.Error.Code,Error:a.
Error};for(let[y,h]of u.structIterator()){let E=h.getMergedTraits().xmlName??y,S=a[E]??s[E];g[y]=this.deserializer.readSchema(h,S)}throw this.mixin.decorateServiceException(
Object.assign(f,d,{$fault:u.getMergedTraits().error,message:c},g),s)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var Co=p(()=>{Iv();Tv();Nv()});var Oi,gs,Ap,kv,Fv,bp,Zg,$v,eh,hn,Lv,Uv,mU,tr,fU,Mv,Hv=p(()=>{j();Oi="ref",gs=-1,Ap=!0,kv="isSet",Fv="PartitionResult",bp="booleanEquals",Zg="getAttr",$v={[Oi]:"\
Endpoint"},eh={[Oi]:Fv},hn={},Lv=[{[Oi]:"Region"}],Uv={conditions:[[kv,[$v]],[kv,Lv],["aws.partition",Lv,Fv],[bp,[{[Oi]:"UseFIPS"},Ap]],[bp,[{[Oi]:"UseDualStack"},
Ap]],[bp,[{fn:Zg,argv:[eh,"supportsDualStack"]},Ap]],[bp,[{fn:Zg,argv:[eh,"supportsFIPS"]},Ap]],["stringEquals",[{fn:Zg,argv:[eh,"name"]},"aws-us-gov"]]],results:[
[gs],[gs,"Invalid Configuration: FIPS and custom endpoint are not supported"],[gs,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[$v,
hn],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",hn],[gs,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",hn],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",hn],[gs,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",hn],[gs,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",hn],[gs,"Invalid Configuration: Missing Region"]]},mU=2,tr=1e8,fU=new Int32Array([-1,1,-1,0,13,3,1,4,tr+12,2,5,tr+12,3,
8,6,4,7,tr+11,5,tr+9,tr+10,4,11,9,6,10,tr+8,7,tr+6,tr+7,5,12,tr+5,6,tr+4,tr+5,3,tr+1,14,4,tr+2,tr+3]),Mv=Fe.from(fU,mU,Uv.conditions,Uv.results)});var gU,Bv,Gv=p(()=>{F();j();Hv();gU=new Me({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),Bv=(t,e={})=>gU.get(t,()=>At(Mv,{endpointParams:t,logger:e.
logger}));ve.aws=ot});var De,Pp=p(()=>{v();De=class t extends Le{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var Di,Ni,ki,$i,Li,Ui,Fi,Mi,Hi,Bi,Gi,th=p(()=>{Pp();Di=class t extends De{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
on";$fault="client";error;reason;error_description;constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},Ni=class t extends De{static shapeId="com.amazonaws.ssooidc#AuthorizationPe\
ndingException";name="AuthorizationPendingException";$fault="client";error;error_description;constructor(e){super({name:"AuthorizationPendingException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ki=class t extends De{static shapeId="com\
.amazonaws.ssooidc#ExpiredTokenException";name="ExpiredTokenException";$fault="client";error;error_description;constructor(e){super({name:"ExpiredTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},$i=class t extends De{static shapeId="\
com.amazonaws.ssooidc#InternalServerException";name="InternalServerException";$fault="server";error;error_description;constructor(e){super({name:"InternalServer\
Exception",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Li=class t extends De{static shapeId="\
com.amazonaws.ssooidc#InvalidClientException";name="InvalidClientException";$fault="client";error;error_description;constructor(e){super({name:"InvalidClientExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ui=class t extends De{static shapeId="\
com.amazonaws.ssooidc#InvalidGrantException";name="InvalidGrantException";$fault="client";error;error_description;constructor(e){super({name:"InvalidGrantExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Fi=class t extends De{static shapeId="\
com.amazonaws.ssooidc#InvalidRequestException";name="InvalidRequestException";$fault="client";error;reason;error_description;constructor(e){super({name:"Invalid\
RequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},
Mi=class t extends De{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
Hi=class t extends De{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Bi=class t extends De{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Gi=class t extends De{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var hU,yU,EU,SU,xU,RU,_U,wU,IU,TU,vU,CU,AU,bU,PU,OU,DU,NU,kU,$U,Kr,LU,UU,FU,MU,HU,ye,BU,Nr,GU,zU,kr,jU,zv,jv,VU,Vv,WU,qU,KU,_e,Wv,qv,_r,Kv,Jv,Xv,Yv,Qv,Zv,eC,tC,
rC,oC,sC,rh,JU,XU,YU,QU,nC,iC,aC,oh,Op=p(()=>{Q();th();Pp();hU="AccessDeniedException",yU="AuthorizationPendingException",EU="AccessToken",SU="ClientSecret",xU=
"CreateToken",RU="CreateTokenRequest",_U="CreateTokenResponse",wU="CodeVerifier",IU="ExpiredTokenException",TU="InvalidClientException",vU="InvalidGrantExceptio\
n",CU="InvalidRequestException",AU="InternalServerException",bU="InvalidScopeException",PU="IdToken",OU="RefreshToken",DU="SlowDownException",NU="UnauthorizedCl\
ientException",kU="UnsupportedGrantTypeException",$U="accessToken",Kr="client",LU="clientId",UU="clientSecret",FU="codeVerifier",MU="code",HU="deviceCode",ye="e\
rror",BU="expiresIn",Nr="error_description",GU="grantType",zU="http",kr="httpError",jU="idToken",zv="reason",jv="refreshToken",VU="redirectUri",Vv="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",WU="scope",qU="server",KU="tokenType",_e="com.amazonaws.ssooidc",Wv=new K(Vv),qv=[-3,Vv,"SSOOIDCServiceException",0,[],[]];Wv.
registerError(qv,De);_r=new K(_e),Kv=[-3,_e,hU,{[ye]:Kr,[kr]:400},[ye,zv,Nr],[0,0,0]];_r.registerError(Kv,Di);Jv=[-3,_e,yU,{[ye]:Kr,[kr]:400},[ye,Nr],[0,0]];_r.
registerError(Jv,Ni);Xv=[-3,_e,IU,{[ye]:Kr,[kr]:400},[ye,Nr],[0,0]];_r.registerError(Xv,ki);Yv=[-3,_e,AU,{[ye]:qU,[kr]:500},[ye,Nr],[0,0]];_r.registerError(Yv,$i);
Qv=[-3,_e,TU,{[ye]:Kr,[kr]:401},[ye,Nr],[0,0]];_r.registerError(Qv,Li);Zv=[-3,_e,vU,{[ye]:Kr,[kr]:400},[ye,Nr],[0,0]];_r.registerError(Zv,Ui);eC=[-3,_e,CU,{[ye]:Kr,
[kr]:400},[ye,zv,Nr],[0,0,0]];_r.registerError(eC,Fi);tC=[-3,_e,bU,{[ye]:Kr,[kr]:400},[ye,Nr],[0,0]];_r.registerError(tC,Mi);rC=[-3,_e,DU,{[ye]:Kr,[kr]:400},[ye,
Nr],[0,0]];_r.registerError(rC,Hi);oC=[-3,_e,NU,{[ye]:Kr,[kr]:400},[ye,Nr],[0,0]];_r.registerError(oC,Bi);sC=[-3,_e,kU,{[ye]:Kr,[kr]:400},[ye,Nr],[0,0]];_r.registerError(
sC,Gi);rh=[Wv,_r],JU=[0,_e,EU,8,0],XU=[0,_e,SU,8,0],YU=[0,_e,wU,8,0],QU=[0,_e,PU,8,0],nC=[0,_e,OU,8,0],iC=[3,_e,RU,0,[LU,UU,GU,HU,MU,jv,WU,VU,FU],[0,[()=>XU,0],
0,0,0,[()=>nC,0],64,0,[()=>YU,0]],3],aC=[3,_e,_U,0,[$U,KU,BU,jv,jU],[[()=>JU,0],0,1,[()=>nC,0],[()=>QU,0]]],oh=[9,_e,xU,{[zU]:["POST","/token",200]},()=>iC,()=>aC]});var cC,pC=p(()=>{he();Co();Oe();Wr();v();U();O();qg();Gv();Op();cC=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??Bv,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
Sv,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ce}],logger:t?.logger??new Se,protocol:t?.protocol??io,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:rh,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??Ze,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??Z})});var lC,dC=p(()=>{Pi();F();he();v();L();rt();O();no();pC();lC=t=>{_t(process.version);let e=Ct(t),r=()=>e().then(Rt),o=cC(t);ut(process.version);let s={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(st,s),bodyLengthChecker:t?.bodyLengthChecker??
gt,defaultSocketTimeout:lr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Ht({serviceId:o.serviceId,clientVersion:To.version}),maxAttempts:t?.
maxAttempts??_(Lt,t),region:t?.region??_(Te,{...Ue,...s}),requestHandler:Ae.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ft,default:async()=>(await r()).
retryMode||Ge},t),streamCollector:t?.streamCollector??be,useDualstackEndpoint:t?.useDualstackEndpoint??_(Et,s),useFipsEndpoint:t?.useFipsEndpoint??_(St,s),userAgentAppId:t?.
userAgentAppId??_(Bt,s)}}});var uC,mC,fC=p(()=>{uC=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);
n===-1?e.push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){
return o}}},mC=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var gC,hC=p(()=>{F();v();U();fC();gC=(t,e)=>{let r=Object.assign(Gt(t),wt(t),bt(t),uC(t));return e.forEach(o=>o.configure(r)),Object.assign(t,zt(r),It(r),Pt(r),
mC(r))}});var zi,sh=p(()=>{F();Oe();v();L();j();U();rt();Q();qg();Kg();dC();hC();zi=class extends Re{config;constructor(...[e]){let r=lC(e||{});super(r),this.initConfig=r;
let o=Rv(r),s=$t(o),n=Ut(s),i=vt(n),a=i,c=Yt(a),l=xv(c),d=gC(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(xt(this.config)),this.middlewareStack.use(
Mt(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.
use(Nt(this.config)),this.middlewareStack.use(kt(this.config)),this.middlewareStack.use(et(this.config,{httpAuthSchemeParametersProvider:Ev,identityProviderConfigProvider:async u=>new Pe(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(tt(this.config))}destroy(){super.destroy()}}});var yC,EC,SC,xC=p(()=>{v();j();Kg();yC=Tt(_v,"AWSSSOOIDCService","SSOOIDCClient",Qt),EC={},SC=(t,e,r,o)=>[]});var ji,nh=p(()=>{xC();Op();ji=class extends yC(EC,SC,"CreateToken",oh){}});var ZU,Dp,RC=p(()=>{v();nh();sh();ZU={CreateTokenCommand:ji},Dp=class extends zi{};ro(ZU,Dp)});var _C=p(()=>{nh()});var eF,tF,wC=p(()=>{eF={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},tF={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var IC=p(()=>{});var ih={};cr(ih,{$Command:()=>xr,AccessDeniedException:()=>Di,AccessDeniedException$:()=>Kv,AccessDeniedExceptionReason:()=>eF,AuthorizationPendingException:()=>Ni,
AuthorizationPendingException$:()=>Jv,CreateToken$:()=>oh,CreateTokenCommand:()=>ji,CreateTokenRequest$:()=>iC,CreateTokenResponse$:()=>aC,ExpiredTokenException:()=>ki,
ExpiredTokenException$:()=>Xv,InternalServerException:()=>$i,InternalServerException$:()=>Yv,InvalidClientException:()=>Li,InvalidClientException$:()=>Qv,InvalidGrantException:()=>Ui,
InvalidGrantException$:()=>Zv,InvalidRequestException:()=>Fi,InvalidRequestException$:()=>eC,InvalidRequestExceptionReason:()=>tF,InvalidScopeException:()=>Mi,InvalidScopeException$:()=>tC,
SSOOIDC:()=>Dp,SSOOIDCClient:()=>zi,SSOOIDCServiceException:()=>De,SSOOIDCServiceException$:()=>qv,SlowDownException:()=>Hi,SlowDownException$:()=>rC,UnauthorizedClientException:()=>Bi,
UnauthorizedClientException$:()=>oC,UnsupportedGrantTypeException:()=>Gi,UnsupportedGrantTypeException$:()=>sC,__Client:()=>Re,errorTypeRegistries:()=>rh});var ah=p(
()=>{sh();RC();_C();v();Op();wC();th();IC();Pp()});var TC,vC=p(()=>{TC=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(ah(),ih)),s=i=>e.clientConfig?.[i]??e.parentClientConfig?.[i]??r?.[i];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:s("logger"),userAgentAppId:s("userAgentAppId")}))}});var CC,AC=p(()=>{vC();CC=async(t,e,r={},o)=>{let{CreateTokenCommand:s}=await Promise.resolve().then(()=>(ah(),ih));return(await TC(e,r,o)).send(new s({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var ch,bC=p(()=>{L();_p();ch=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new ur(`Token is expired. ${fn}`,!1)}});var Ao,PC=p(()=>{L();_p();Ao=(t,e,r=!1)=>{if(typeof e>"u")throw new ur(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${fn}`,!1)}});var OC,rF,DC,NC=p(()=>{L();OC=require("node:fs"),{writeFile:rF}=OC.promises,DC=(t,e)=>{let r=Vn(t),o=JSON.stringify(e,null,2);return rF(r,o)}});var kC,Np,ph,$C=p(()=>{L();_p();AC();bC();PC();NC();kC=new Map,Np=new Map,ph=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await br(t),o=yt({profile:t.profile??e?.profile}),s=r[o];if(s){if(!s.sso_session)throw new ur(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new ur(`Profile '${o}' could not be found in shared credentials file.`,!1);let n=s.sso_session,i=Np.get(n);if(i)return await i;let c=(await Yn(
t))[n];if(!c)throw new ur(`Sso session '${n}' could not be found in shared credentials file.`,!1);for(let S of["sso_start_url","sso_region"])if(!c[S])throw new ur(
`Sso session '${n}' is missing required property '${S}'.`,!1);let l=c.sso_start_url,d=c.sso_region,u;try{u=await qn(n)}catch{throw new ur(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${fn}`,!1)}Ao("accessToken",u.accessToken),Ao("expiresAt",u.expiresAt);let{accessToken:m,expiresAt:f}=u,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let y=Np.get(n);if(y)return await y;let h=kC.get(n)??0;if(Date.now()-h<30*1e3)
return ch(g),g;Ao("clientId",u.clientId,!0),Ao("clientSecret",u.clientSecret,!0),Ao("refreshToken",u.refreshToken,!0);let E=(async()=>{try{kC.set(n,Date.now());
let S=await CC(u,d,t,e);Ao("accessToken",S.accessToken),Ao("expiresIn",S.expiresIn);let I=new Date(Date.now()+S.expiresIn*1e3);try{await DC(n,{...u,accessToken:S.
accessToken,expiresAt:I.toISOString(),refreshToken:S.refreshToken})}catch{}return{token:S.accessToken,expiration:I}}catch{return ch(g),g}})();Np.set(n,E);try{return await E}finally{
Np.delete(n)}}});var LC=p(()=>{$C()});function sF(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function nF(t){return{schemeId:"smithy.api#noAuth"}}var UC,FC,MC,lh=p(()=>{he();v();UC=async(t,e,r)=>({operation:te(e).operation,region:await V(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});FC=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
nF(t)):e.push(sF(t)),e},MC=t=>{let e=er(t);return Object.assign(e,{authSchemePreference:V(t.authSchemePreference??[])})}});var HC,BC,dh=p(()=>{HC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),BC={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Vi,hs,kp,GC,WC,$p,uh,zC,mh,yn,jC,VC,iF,rr,aF,qC,KC=p(()=>{j();Vi="ref",hs=-1,kp=!0,GC="isSet",WC="PartitionResult",$p="booleanEquals",uh="getAttr",zC={[Vi]:"\
Endpoint"},mh={[Vi]:WC},yn={},jC=[{[Vi]:"Region"}],VC={conditions:[[GC,[zC]],[GC,jC],["aws.partition",jC,WC],[$p,[{[Vi]:"UseFIPS"},kp]],[$p,[{[Vi]:"UseDualStack"},
kp]],[$p,[{fn:uh,argv:[mh,"supportsDualStack"]},kp]],[$p,[{fn:uh,argv:[mh,"supportsFIPS"]},kp]],["stringEquals",[{fn:uh,argv:[mh,"name"]},"aws-us-gov"]]],results:[
[hs],[hs,"Invalid Configuration: FIPS and custom endpoint are not supported"],[hs,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[zC,
yn],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",yn],[hs,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",yn],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",yn],[hs,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",yn],[hs,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",yn],[hs,"Invalid Configuration: Missing Region"]]},iF=2,rr=1e8,aF=new Int32Array([-1,1,
-1,0,13,3,1,4,rr+12,2,5,rr+12,3,8,6,4,7,rr+11,5,rr+9,rr+10,4,11,9,6,10,rr+8,7,rr+6,rr+7,5,12,rr+5,6,rr+4,rr+5,3,rr+1,14,4,rr+2,rr+3]),qC=Fe.from(aF,iF,VC.conditions,
VC.results)});var cF,JC,XC=p(()=>{F();j();KC();cF=new Me({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),JC=(t,e={})=>cF.get(t,()=>At(qC,{endpointParams:t,logger:e.
logger}));ve.aws=ot});var ao,fh=p(()=>{v();ao=class t extends Le{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Lp,Up,Fp,Mp,gh=p(()=>{fh();Lp=class t extends ao{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Up=class t extends ao{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Fp=class t extends ao{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Mp=class t extends ao{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var pF,lF,dF,uF,mF,fF,gF,hF,yF,EF,SF,xF,RF,_F,wF,Hp,Bp,IF,TF,Gp,vF,YC,zp,CF,AF,bF,QC,PF,OF,DF,wr,ZC,NF,Wi,kF,$F,LF,UF,eA,FF,MF,HF,BF,GF,zF,tA,jp=p(()=>{Q();gh();
fh();pF="AccessTokenType",lF="GetRoleCredentials",dF="GetRoleCredentialsRequest",uF="GetRoleCredentialsResponse",mF="InvalidRequestException",fF="RoleCredential\
s",gF="ResourceNotFoundException",hF="SecretAccessKeyType",yF="SessionTokenType",EF="TooManyRequestsException",SF="UnauthorizedException",xF="accountId",RF="acc\
essKeyId",_F="accessToken",wF="account_id",Hp="client",Bp="error",IF="expiration",TF="http",Gp="httpError",vF="httpHeader",YC="httpQuery",zp="message",CF="roleC\
redentials",AF="roleName",bF="role_name",QC="smithy.ts.sdk.synthetic.com.amazonaws.sso",PF="secretAccessKey",OF="sessionToken",DF="x-amz-sso_bearer_token",wr="c\
om.amazonaws.sso",ZC=new K(QC),NF=[-3,QC,"SSOServiceException",0,[],[]];ZC.registerError(NF,ao);Wi=new K(wr),kF=[-3,wr,mF,{[Bp]:Hp,[Gp]:400},[zp],[0]];Wi.registerError(
kF,Lp);$F=[-3,wr,gF,{[Bp]:Hp,[Gp]:404},[zp],[0]];Wi.registerError($F,Up);LF=[-3,wr,EF,{[Bp]:Hp,[Gp]:429},[zp],[0]];Wi.registerError(LF,Fp);UF=[-3,wr,SF,{[Bp]:Hp,
[Gp]:401},[zp],[0]];Wi.registerError(UF,Mp);eA=[ZC,Wi],FF=[0,wr,pF,8,0],MF=[0,wr,hF,8,0],HF=[0,wr,yF,8,0],BF=[3,wr,dF,0,[AF,xF,_F],[[0,{[YC]:bF}],[0,{[YC]:wF}],
[()=>FF,{[vF]:DF}]],3],GF=[3,wr,uF,0,[CF],[[()=>zF,0]]],zF=[3,wr,fF,0,[RF,PF,OF,IF],[0,[()=>MF,0],[()=>HF,0],1]],tA=[9,wr,lF,{[TF]:["GET","/federation/credentia\
ls",200]},()=>BF,()=>GF]});var rA,oA=p(()=>{he();Co();Oe();Wr();v();U();O();lh();XC();jp();rA=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??JC,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
FC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ce}],logger:t?.logger??new Se,protocol:t?.protocol??io,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:eA,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??Ze,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??Z})});var sA,nA=p(()=>{Pi();F();he();v();L();rt();O();no();oA();sA=t=>{_t(process.version);let e=Ct(t),r=()=>e().then(Rt),o=rA(t);ut(process.version);let s={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(st,s),bodyLengthChecker:t?.bodyLengthChecker??
gt,defaultSocketTimeout:lr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Ht({serviceId:o.serviceId,clientVersion:To.version}),maxAttempts:t?.
maxAttempts??_(Lt,t),region:t?.region??_(Te,{...Ue,...s}),requestHandler:Ae.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ft,default:async()=>(await r()).
retryMode||Ge},t),streamCollector:t?.streamCollector??be,useDualstackEndpoint:t?.useDualstackEndpoint??_(Et,s),useFipsEndpoint:t?.useFipsEndpoint??_(St,s),userAgentAppId:t?.
userAgentAppId??_(Bt,s)}}});var iA,aA,cA=p(()=>{iA=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);
n===-1?e.push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){
return o}}},aA=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var pA,lA=p(()=>{F();v();U();cA();pA=(t,e)=>{let r=Object.assign(Gt(t),wt(t),bt(t),iA(t));return e.forEach(o=>o.configure(r)),Object.assign(t,zt(r),It(r),Pt(r),
aA(r))}});var En,hh=p(()=>{F();Oe();v();L();j();U();rt();Q();lh();dh();nA();lA();En=class extends Re{config;constructor(...[e]){let r=sA(e||{});super(r),this.initConfig=r;
let o=HC(r),s=$t(o),n=Ut(s),i=vt(n),a=i,c=Yt(a),l=MC(c),d=pA(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(xt(this.config)),this.middlewareStack.use(
Mt(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.
use(Nt(this.config)),this.middlewareStack.use(kt(this.config)),this.middlewareStack.use(et(this.config,{httpAuthSchemeParametersProvider:UC,identityProviderConfigProvider:async u=>new Pe(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(tt(this.config))}destroy(){super.destroy()}}});var dA,uA,mA,fA=p(()=>{v();j();dh();dA=Tt(BC,"SWBPortalService","SSOClient",Qt),uA={},mA=(t,e,r,o)=>[]});var Sn,yh=p(()=>{fA();jp();Sn=class extends dA(uA,mA,"GetRoleCredentials",tA){}});var jF,Eh,gA=p(()=>{v();yh();hh();jF={GetRoleCredentialsCommand:Sn},Eh=class extends En{};ro(jF,Eh)});var hA=p(()=>{yh()});var yA=p(()=>{});var EA=p(()=>{hh();gA();hA();jp();gh();yA()});var SA={};cr(SA,{GetRoleCredentialsCommand:()=>Sn,SSOClient:()=>En});var xA=p(()=>{EA()});var qi,Sh,RA=p(()=>{F();LC();L();qi=!1,Sh=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:s,ssoClient:n,clientConfig:i,parentClientConfig:a,
callerClientConfig:c,profile:l,filepath:d,configFilepath:u,ignoreCache:m,logger:f})=>{let g,y="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let Jt=await ph({profile:l,filepath:d,configFilepath:u,ignoreCache:m,clientConfig:i,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:Jt.token,expiresAt:new Date(Jt.expiration).toISOString()}}catch(Jt){throw new w(Jt.message,{tryNextLink:qi,logger:f})}else try{g=await qn(t)}catch{
throw new w(`The SSO session associated with this profile is invalid. ${y}`,{tryNextLink:qi,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new w(
`The SSO session associated with this profile has expired. ${y}`,{tryNextLink:qi,logger:f});let{accessToken:h}=g,{SSOClient:E,GetRoleCredentialsCommand:S}=await Promise.resolve().then(()=>(xA(),SA)),
I=n||new E(Object.assign({},i??{},{logger:i?.logger??c?.logger??a?.logger,region:i?.region??o,userAgentAppId:i?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
R;try{R=await I.send(new S({accountId:r,roleName:s,accessToken:h}))}catch(Jt){throw new w(Jt,{tryNextLink:qi,logger:f})}let{roleCredentials:{accessKeyId:T,secretAccessKey:M,
sessionToken:oe,expiration:yr,credentialScope:Lr,accountId:me}={}}=R;if(!T||!M||!oe||!yr)throw new w("SSO returns an invalid temporary credential.",{tryNextLink:qi,
logger:f});let Ne={accessKeyId:T,secretAccessKey:M,sessionToken:oe,expiration:new Date(yr),...Lr&&{credentialScope:Lr},...me&&{accountId:me}};return e?B(Ne,"CRE\
DENTIALS_SSO","s"):B(Ne,"CREDENTIALS_SSO_LEGACY","u"),Ne}});var Vp,xh=p(()=>{L();Vp=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:s,sso_role_name:n}=t;if(!r||!o||!s||!n)throw new w(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var _A,wA=p(()=>{L();Wg();RA();xh();_A=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:s,ssoRoleName:n,ssoSession:i}=t,{ssoClient:a}=t,c=yt({profile:t.profile??e?.profile});if(!r&&!o&&!s&&!n&&!i){let d=(await br(t))[c];if(!d)
throw new w(`Profile ${c} was not found.`,{logger:t.logger});if(!Rp(d))throw new w(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(d?.
sso_session){let E=(await Yn(t))[d.sso_session],S=` configurations in profile ${c} and sso-session ${d.sso_session}`;if(s&&s!==E.sso_region)throw new w("Conflic\
ting SSO region"+S,{tryNextLink:!1,logger:t.logger});if(r&&r!==E.sso_start_url)throw new w("Conflicting SSO start_url"+S,{tryNextLink:!1,logger:t.logger});d.sso_region=
E.sso_region,d.sso_start_url=E.sso_start_url}let{sso_start_url:u,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:y}=Vp(d,t.logger);return Sh({ssoStartUrl:u,
ssoSession:y,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!s||!n)throw new w('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return Sh({ssoStartUrl:r,
ssoSession:i,ssoAccountId:o,ssoRegion:s,ssoRoleName:n,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var Rh={};cr(Rh,{fromSSO:()=>_A,isSsoProfile:()=>Rp,validateSsoProfile:()=>Vp});var _h=p(()=>{wA();Wg();xh()});var IA,wh,TA=p(()=>{F();L();IA=(t,e,r)=>{let o={EcsContainer:async s=>{let{fromHttp:n}=await Promise.resolve().then(()=>(Vg(),jg)),{fromContainerMetadata:i}=await Promise.resolve().then(()=>(Ep(),yp));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>Jo(n(s??{}),i(s))().then(wh)},Ec2InstanceMetadata:async s=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:n}=await Promise.resolve().then(()=>(Ep(),yp));return async()=>n(
s)().then(wh)},Environment:async s=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:n}=await Promise.resolve().then(()=>(Ng(),ET));
return async()=>n(s)().then(wh)}};if(t in o)return o[t];throw new w(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},wh=t=>B(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var Rn,ys,Ki,vA,kA,Ji,Ve,Ih,CA,AA,bA,PA,OA,We,Th,xn,DA,NA,VF,X,WF,$A,LA=p(()=>{j();Rn="ref",ys=-1,Ki=!0,vA="isSet",kA="PartitionResult",Ji="booleanEquals",Ve="s\
tringEquals",Ih="getAttr",CA="us-east-1",AA="sigv4",bA="sts",PA="https://sts.{Region}.{PartitionResult#dnsSuffix}",OA={[Rn]:"Endpoint"},We={[Rn]:"Region"},Th={[Rn]:kA},
xn={},DA=[We],NA={conditions:[[vA,[OA]],[vA,DA],["aws.partition",DA,kA],[Ji,[{[Rn]:"UseFIPS"},Ki]],[Ji,[{[Rn]:"UseDualStack"},Ki]],[Ve,[We,"aws-global"]],[Ji,[{
[Rn]:"UseGlobalEndpoint"},Ki]],[Ve,[We,"eu-central-1"]],[Ji,[{fn:Ih,argv:[Th,"supportsDualStack"]},Ki]],[Ji,[{fn:Ih,argv:[Th,"supportsFIPS"]},Ki]],[Ve,[We,"ap-s\
outh-1"]],[Ve,[We,"eu-north-1"]],[Ve,[We,"eu-west-1"]],[Ve,[We,"eu-west-2"]],[Ve,[We,"eu-west-3"]],[Ve,[We,"sa-east-1"]],[Ve,[We,CA]],[Ve,[We,"us-east-2"]],[Ve,
[We,"us-west-2"]],[Ve,[We,"us-west-1"]],[Ve,[We,"ca-central-1"]],[Ve,[We,"ap-southeast-1"]],[Ve,[We,"ap-northeast-1"]],[Ve,[We,"ap-southeast-2"]],[Ve,[{fn:Ih,argv:[
Th,"name"]},"aws-us-gov"]]],results:[[ys],["https://sts.amazonaws.com",{authSchemes:[{name:AA,signingName:bA,signingRegion:CA}]}],[PA,{authSchemes:[{name:AA,signingName:bA,
signingRegion:"{Region}"}]}],[ys,"Invalid Configuration: FIPS and custom endpoint are not supported"],[ys,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[OA,xn],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",xn],[ys,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",xn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",xn],[ys,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",xn],[ys,"DualStack is enabled but this partition does not support D\
ualStack"],[PA,xn],[ys,"Invalid Configuration: Missing Region"]]},VF=2,X=1e8,WF=new Int32Array([-1,1,-1,0,30,3,1,4,X+14,2,5,X+14,3,25,6,4,24,7,5,X+1,8,6,9,X+13,
7,X+1,10,10,X+1,11,11,X+1,12,12,X+1,13,13,X+1,14,14,X+1,15,15,X+1,16,16,X+1,17,17,X+1,18,18,X+1,19,19,X+1,20,20,X+1,21,21,X+1,22,22,X+1,23,23,X+1,X+2,8,X+11,X+12,
4,28,26,9,27,X+10,24,X+8,X+9,8,29,X+7,9,X+6,X+7,3,X+3,31,4,X+4,X+5]),$A=Fe.from(WF,VF,NA.conditions,NA.results)});var qF,Wp,vh=p(()=>{F();j();LA();qF=new Me({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),Wp=(t,e={})=>qF.get(t,()=>At($A,
{endpointParams:t,logger:e.logger}));ve.aws=ot});function FA(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Ch(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function MA(t){return{schemeId:"smithy.api#noAuth"}}var KF,JF,UA,XF,YF,HA,BA,Ah=p(()=>{he();wi();v();j();vh();KF=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let s=await t(e,r,o),n=te(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!n)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let i=await Vs(o,{getEndpointParameterInstructions:n},e);return Object.
assign(s,i)},JF=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()}),UA=KF(JF);XF=(t,e,r)=>s=>{let i=t(s).properties?.authSchemes;if(!i)return e(s);let a=[];for(let c of i){let{name:l,properties:d={},...u}=c,m=l.toLowerCase();
l!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(E=>{let S=E.
name.toLowerCase();return S!=="sigv4a"&&S.startsWith("sigv4")});if(Dr.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let y=g(s);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...u,...d},a.push(y)}return a},YF=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(MA(t)),e.push(Ch(t))):(e.push(FA(t)),e.push(Ch(t))),e},HA=XF(Wp,YF,{"aws.auth#sigv4":FA,"aws.auth#sigv4a":Ch,"smithy.api#noA\
uth":MA}),BA=t=>{let e=er(t),r=an(e);return Object.assign(r,{authSchemePreference:V(t.authSchemePreference??[])})}});var GA,zA,bh=p(()=>{GA=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),zA={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var or,qp=p(()=>{v();or=class t extends Le{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Xi,Yi,Qi,Zi,ea,ta,ra,Ph=p(()=>{qp();Xi=class t extends or{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="clie\
nt";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yi=class t extends or{static shapeId="co\
m.amazonaws.sts#MalformedPolicyDocumentException";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Qi=class t extends or{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="\
PackedPolicyTooLargeException";$fault="client";constructor(e){super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Zi=class t extends or{static shapeId="com.amazonaws.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"Regi\
onDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ea=class t extends or{static shapeId="com.amazonaws.sts#IDPRejectedClaimEx\
ception";name="IDPRejectedClaimException";$fault="client";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},ta=class t extends or{static shapeId="com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){
super({name:"InvalidIdentityTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ra=class t extends or{static shapeId="com.amazonaws\
.sts#IDPCommunicationErrorException";name="IDPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}}});var QF,ZF,eM,tM,rM,oM,Oh,sM,nM,iM,aM,Dh,cM,jA,pM,lM,dM,uM,mM,fM,gM,hM,VA,WA,qA,yM,EM,SM,xM,RM,_M,KA,wM,IM,JA,TM,XA,vM,CM,Nh,AM,bM,YA,QA,PM,OM,DM,NM,kM,$M,LM,UM,
Es,Ss,FM,xs,Rs,_s,MM,ZA,HM,ie,eb,tb,bo,rb,ob,sb,nb,ib,ab,cb,kh,BM,GM,$h,pb,lb,db,ub,Lh,mb,fb,gb,hb,zM,jM,Uh,Fh,oa=p(()=>{Q();Ph();qp();QF="Arn",ZF="AccessKeyId",
eM="AssumeRole",tM="AssumedRoleId",rM="AssumeRoleRequest",oM="AssumeRoleResponse",Oh="AssumedRoleUser",sM="AssumeRoleWithWebIdentity",nM="AssumeRoleWithWebIdent\
ityRequest",iM="AssumeRoleWithWebIdentityResponse",aM="Audience",Dh="Credentials",cM="ContextAssertion",jA="DurationSeconds",pM="Expiration",lM="ExternalId",dM=
"ExpiredTokenException",uM="IDPCommunicationErrorException",mM="IDPRejectedClaimException",fM="InvalidIdentityTokenException",gM="Key",hM="MalformedPolicyDocume\
ntException",VA="MinimumSessionTokenSize",WA="Policy",qA="PolicyArns",yM="ProviderArn",EM="ProvidedContexts",SM="ProvidedContextsListType",xM="ProvidedContext",
RM="PolicyDescriptorType",_M="ProviderId",KA="PackedPolicySize",wM="PackedPolicyTooLargeException",IM="Provider",JA="RoleArn",TM="RegionDisabledException",XA="R\
oleSessionName",vM="SecretAccessKey",CM="SubjectFromWebIdentityToken",Nh="SourceIdentity",AM="SerialNumber",bM="SessionToken",YA="SessionTokenSize",QA="SessionT\
okenUtilization",PM="Tags",OM="TokenCode",DM="TransitiveTagKeys",NM="Tag",kM="Value",$M="WebIdentityToken",LM="arn",UM="accessKeySecretType",Es="awsQueryError",
Ss="client",FM="clientTokenType",xs="error",Rs="httpError",_s="message",MM="policyDescriptorListType",ZA="smithy.ts.sdk.synthetic.com.amazonaws.sts",HM="tagList\
Type",ie="com.amazonaws.sts",eb=new K(ZA),tb=[-3,ZA,"STSServiceException",0,[],[]];eb.registerError(tb,or);bo=new K(ie),rb=[-3,ie,dM,{[Es]:["ExpiredTokenExcepti\
on",400],[xs]:Ss,[Rs]:400},[_s],[0]];bo.registerError(rb,Xi);ob=[-3,ie,uM,{[Es]:["IDPCommunicationError",400],[xs]:Ss,[Rs]:400},[_s],[0]];bo.registerError(ob,ra);
sb=[-3,ie,mM,{[Es]:["IDPRejectedClaim",403],[xs]:Ss,[Rs]:403},[_s],[0]];bo.registerError(sb,ea);nb=[-3,ie,fM,{[Es]:["InvalidIdentityToken",400],[xs]:Ss,[Rs]:400},
[_s],[0]];bo.registerError(nb,ta);ib=[-3,ie,hM,{[Es]:["MalformedPolicyDocument",400],[xs]:Ss,[Rs]:400},[_s],[0]];bo.registerError(ib,Yi);ab=[-3,ie,wM,{[Es]:["Pa\
ckedPolicyTooLarge",400],[xs]:Ss,[Rs]:400},[_s],[0]];bo.registerError(ab,Qi);cb=[-3,ie,TM,{[Es]:["RegionDisabledException",403],[xs]:Ss,[Rs]:403},[_s],[0]];bo.registerError(
cb,Zi);kh=[eb,bo],BM=[0,ie,UM,8,0],GM=[0,ie,FM,8,0],$h=[3,ie,Oh,0,[tM,QF],[0,0],2],pb=[3,ie,rM,0,[JA,XA,qA,WA,jA,PM,DM,lM,AM,OM,Nh,EM,VA],[0,0,()=>hb,0,1,()=>jM,
64,0,0,0,0,()=>zM,1],2],lb=[3,ie,oM,0,[Dh,Oh,KA,Nh,QA,YA],[[()=>Lh,0],()=>$h,1,0,1,1]],db=[3,ie,nM,0,[JA,XA,$M,_M,qA,WA,jA,VA],[0,0,[()=>GM,0],0,()=>hb,0,1,1],3],
ub=[3,ie,iM,0,[Dh,CM,Oh,KA,IM,aM,Nh,QA,YA],[[()=>Lh,0],0,()=>$h,1,0,0,0,1,1]],Lh=[3,ie,Dh,0,[ZF,vM,bM,pM],[0,[()=>BM,0],0,4],4],mb=[3,ie,RM,0,[LM],[0]],fb=[3,ie,
xM,0,[yM,cM],[0,0]],gb=[3,ie,NM,0,[gM,kM],[0,0],2],hb=[1,ie,MM,0,()=>mb],zM=[1,ie,SM,0,()=>fb],jM=[1,ie,HM,0,()=>gb],Uh=[9,ie,eM,0,()=>pb,()=>lb],Fh=[9,ie,sM,0,
()=>db,()=>ub]});var yb,Eb=p(()=>{he();Co();wi();Oe();Wr();v();U();O();Ah();vh();oa();yb=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??Wp,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
HA,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new Rr},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new Ce}],logger:t?.logger??new Se,protocol:t?.protocol??fs,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:kh,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??Ze,signerConstructor:t?.signerConstructor??Dr,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,
utf8Encoder:t?.utf8Encoder??Z})});var Sb,xb=p(()=>{Pi();F();he();Oe();v();L();rt();O();no();Eb();Sb=t=>{_t(process.version);let e=Ct(t),r=()=>e().then(Rt),o=yb(t);ut(process.version);let s={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(st,s),bodyLengthChecker:t?.bodyLengthChecker??
gt,defaultSocketTimeout:lr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Ht({serviceId:o.serviceId,clientVersion:To.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:n=>n.getIdentityProvider("aws.auth#sigv4")||(async i=>await t.credentialDefaultProvider(i?.__config||
{})()),signer:new ne},{schemeId:"aws.auth#sigv4a",identityProvider:n=>n.getIdentityProvider("aws.auth#sigv4a"),signer:new Rr},{schemeId:"smithy.api#noAuth",identityProvider:n=>n.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ce}],maxAttempts:t?.maxAttempts??_(Lt,t),region:t?.region??_(Te,{...Ue,...s}),requestHandler:Ae.
create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ft,default:async()=>(await r()).retryMode||Ge},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??_(
cn,s),streamCollector:t?.streamCollector??be,useDualstackEndpoint:t?.useDualstackEndpoint??_(Et,s),useFipsEndpoint:t?.useFipsEndpoint??_(St,s),userAgentAppId:t?.
userAgentAppId??_(Bt,s)}}});var Rb,_b,wb=p(()=>{Rb=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);
n===-1?e.push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){
return o}}},_b=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var Ib,Tb=p(()=>{F();v();U();wb();Ib=(t,e)=>{let r=Object.assign(Gt(t),wt(t),bt(t),Rb(t));return e.forEach(o=>o.configure(r)),Object.assign(t,zt(r),It(r),Pt(r),
_b(r))}});var Po,Kp=p(()=>{F();Oe();v();L();j();U();rt();Q();Ah();bh();xb();Tb();Po=class extends Re{config;constructor(...[e]){let r=Sb(e||{});super(r),this.initConfig=r;
let o=GA(r),s=$t(o),n=Ut(s),i=vt(n),a=i,c=Yt(a),l=BA(c),d=Ib(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(xt(this.config)),this.middlewareStack.use(
Mt(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.
use(Nt(this.config)),this.middlewareStack.use(kt(this.config)),this.middlewareStack.use(et(this.config,{httpAuthSchemeParametersProvider:UA,identityProviderConfigProvider:async u=>new Pe(
{"aws.auth#sigv4":u.credentials,"aws.auth#sigv4a":u.credentials})})),this.middlewareStack.use(tt(this.config))}destroy(){super.destroy()}}});var Jp,Xp,Yp,Mh=p(()=>{v();j();bh();Jp=Tt(zA,"AWSSecurityTokenServiceV20110615","STSClient",Qt),Xp={},Yp=(t,e,r,o)=>[]});var ws,Qp=p(()=>{Mh();oa();ws=class extends Jp(Xp,Yp,"AssumeRole",Uh){}});var Is,Zp=p(()=>{Mh();oa();Is=class extends Jp(Xp,Yp,"AssumeRoleWithWebIdentity",Fh){}});var VM,el,vb=p(()=>{v();Qp();Zp();Kp();VM={AssumeRoleCommand:ws,AssumeRoleWithWebIdentityCommand:Is},el=class extends Po{};ro(VM,el)});var Cb=p(()=>{Qp();Zp()});var Ab=p(()=>{});var bb,Pb,Ob,Db,Nb,kb=p(()=>{F();Qp();Zp();bb=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},Pb=async(t,e,r,o={})=>{
let s=typeof t=="function"?await t():t,n=typeof e=="function"?await e():e,i="",a=s??n??(i=await pg(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${s} (credential provider clientConfig)`,`${n} (contextual client)`,`${i} (STS default: AWS_REGION, profile region, or us-east-1)`),a},Ob=
(t,e)=>{let r,o;return async(s,n)=>{if(o=s,!r){let{logger:d=t?.parentClientConfig?.logger,profile:u=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:y=t?.parentClientConfig?.userAgentAppId}=t,h=await Pb(m,t?.parentClientConfig?.region,
g,{logger:d,profile:u}),E=!Nb(f);r=new e({...t,userAgentAppId:y,profile:u,credentialDefaultProvider:()=>async()=>o,region:h,requestHandler:E?f:void 0,logger:d})}
let{Credentials:i,AssumedRoleUser:a}=await r.send(new ws(n));if(!i||!i.AccessKeyId||!i.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${n.RoleArn}`);let c=bb(a),l={accessKeyId:i.AccessKeyId,secretAccessKey:i.SecretAccessKey,sessionToken:i.SessionToken,expiration:i.Expiration,...i.CredentialScope&&
{credentialScope:i.CredentialScope},...c&&{accountId:c}};return B(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},Db=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:d,requestHandler:u=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await Pb(d,t?.parentClientConfig?.region,m,{logger:c,profile:l}),y=!Nb(u);r=new e({...t,userAgentAppId:f,profile:l,region:g,
requestHandler:y?u:void 0,logger:c})}let{Credentials:s,AssumedRoleUser:n}=await r.send(new Is(o));if(!s||!s.AccessKeyId||!s.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let i=bb(n),a={accessKeyId:s.AccessKeyId,secretAccessKey:s.SecretAccessKey,sessionToken:s.
SessionToken,expiration:s.Expiration,...s.CredentialScope&&{credentialScope:s.CredentialScope},...i&&{accountId:i}};return i&&B(a,"RESOLVED_ACCOUNT_ID","T"),B(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},Nb=t=>t?.metadata?.handlerProtocol==="h2"});var $b,Lb,Ub,WM,Fb=p(()=>{kb();Kp();$b=(t,e)=>e?class extends t{constructor(o){super(o);for(let s of e)this.middlewareStack.use(s)}}:t,Lb=(t={},e)=>Ob(t,$b(Po,e)),
Ub=(t={},e)=>Db(t,$b(Po,e)),WM=t=>e=>t({roleAssumer:Lb(e),roleAssumerWithWebIdentity:Ub(e),...e})});var Hh={};cr(Hh,{$Command:()=>xr,AssumeRole$:()=>Uh,AssumeRoleCommand:()=>ws,AssumeRoleRequest$:()=>pb,AssumeRoleResponse$:()=>lb,AssumeRoleWithWebIdentity$:()=>Fh,
AssumeRoleWithWebIdentityCommand:()=>Is,AssumeRoleWithWebIdentityRequest$:()=>db,AssumeRoleWithWebIdentityResponse$:()=>ub,AssumedRoleUser$:()=>$h,Credentials$:()=>Lh,
ExpiredTokenException:()=>Xi,ExpiredTokenException$:()=>rb,IDPCommunicationErrorException:()=>ra,IDPCommunicationErrorException$:()=>ob,IDPRejectedClaimException:()=>ea,
IDPRejectedClaimException$:()=>sb,InvalidIdentityTokenException:()=>ta,InvalidIdentityTokenException$:()=>nb,MalformedPolicyDocumentException:()=>Yi,MalformedPolicyDocumentException$:()=>ib,
PackedPolicyTooLargeException:()=>Qi,PackedPolicyTooLargeException$:()=>ab,PolicyDescriptorType$:()=>mb,ProvidedContext$:()=>fb,RegionDisabledException:()=>Zi,RegionDisabledException$:()=>cb,
STS:()=>el,STSClient:()=>Po,STSServiceException:()=>or,STSServiceException$:()=>tb,Tag$:()=>gb,__Client:()=>Re,decorateDefaultCredentialProvider:()=>WM,errorTypeRegistries:()=>kh,
getDefaultRoleAssumer:()=>Lb,getDefaultRoleAssumerWithWebIdentity:()=>Ub});var Bh=p(()=>{Kp();vb();Cb();v();oa();Ph();Ab();Fb();qp()});var Hb,qM,KM,Bb,Mb,Gb=p(()=>{F();L();TA();Hb=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(qM(t,{
profile:e,logger:r})||KM(t,{profile:e,logger:r})),qM=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},KM=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},Bb=async(t,e,r,o,s={},n)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let i=e[t],{source_profile:a,region:c}=i;if(!r.roleAssumer){let{getDefaultRoleAssumer:d}=await Promise.resolve().then(()=>(Bh(),Hh));
r.roleAssumer=d({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in s)throw new w(`Detected a cycle attempting to resolve credentials for profile ${yt(r)}. Profiles visited: `+Object.keys(
s).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?n(a,e,r,o,{...s,[a]:!0},Mb(e[a]??{})):(await IA(i.credential_source,t,r.logger)(r))();if(Mb(i))return l.then(d=>B(d,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let d={RoleArn:i.role_arn,RoleSessionName:i.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:i.external_id,DurationSeconds:parseInt(i.duration_seconds||
"3600",10)},{mfa_serial:u}=i;if(u){if(!r.mfaCodeProvider)throw new w(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});d.SerialNumber=u,d.TokenCode=await r.mfaCodeProvider(u)}let m=await l;return r.roleAssumer(m,d).then(f=>B(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},Mb=t=>!t.role_arn&&!!t.credential_source});function JM(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function XM(t){return{schemeId:"smithy.api#noAuth"}}var zb,jb,Vb,Gh=p(()=>{he();v();zb=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});jb=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(XM(t)):e.push(JM(
t)),e},Vb=t=>{let e=er(t);return Object.assign(e,{authSchemePreference:V(t.authSchemePreference??[])})}});var Wb,qb,zh=p(()=>{Wb=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),qb=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var No,Oo,Kb,_n,Jb,wn,Xb,Vh,co,jh,Yb,Qb,Do,rP,Zb,tl,nt,eP,tP,YM,G,QM,oP,sP=p(()=>{j();No="ref",Oo=-1,Kb=!1,_n=!0,Jb="isSet",wn="booleanEquals",Xb="coalesce",Vh=
"PartitionResult",co="stringEquals",jh="getAttr",Yb="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",Qb={[No]:"Endpoint"},Do={fn:jh,argv:[{[No]:Vh},
"name"]},rP={[No]:"Region"},Zb={[No]:Vh},tl={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},nt={},eP=[rP],tP={conditions:[[Jb,eP],[
wn,[{fn:Xb,argv:[{[No]:"IsControlPlane"},Kb]},_n]],[Jb,[Qb]],["aws.partition",eP,Vh],[wn,[{[No]:"UseFIPS"},_n]],[co,[Do,"aws"]],[wn,[{fn:Xb,argv:[{[No]:"IsOAuth\
Endpoint"},Kb]},_n]],[wn,[{[No]:"UseDualStack"},_n]],[co,[Do,"aws-cn"]],[co,[rP,"us-gov-west-1"]],[co,[Do,"aws-us-gov"]],[wn,[{fn:jh,argv:[Zb,"supportsFIPS"]},_n]],
[co,[Do,"aws-iso"]],[co,[Do,"aws-iso-b"]],[co,[Do,"aws-iso-f"]],[co,[Do,"aws-iso-e"]],[co,[Do,"aws-eusc"]],[wn,[{fn:jh,argv:[Zb,"supportsDualStack"]},_n]]],results:[
[Oo],["https://signin.{Region}.api.aws",tl],["https://signin.{Region}.api.amazonwebservices.com.cn",tl],[Yb,tl],[Oo,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",tl],["https://{Region}.signin.aws.amazon.com",nt],["https://{Regio\
n}.signin.amazonaws.cn",nt],["https://{Region}.signin.amazonaws-us-gov.com",nt],["https://{Region}.signin.c2shome.ic.gov",nt],["https://{Region}.signin.sc2shome\
.sgov.gov",nt],["https://{Region}.signin.csphome.hci.ic.gov",nt],["https://{Region}.signin.csphome.adc-e.uk",nt],["https://{Region}.signin.amazonaws-eusc.eu",nt],
["https://signin-fips.amazonaws-us-gov.com",nt],["https://{Region}.signin-fips.amazonaws-us-gov.com",nt],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
nt],[Oo,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Oo,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Qb,nt],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",nt],[Oo,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",nt],[Oo,"FIPS is enabled but this partition does not support FIPS"],[Yb,nt],[Oo,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",nt],[Oo,"Invalid Configuration: Missing Region"]]},YM=2,
G=1e8,QM=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,G+27,6,G+4,G+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,G+7,13,10,G+8,14,12,G+9,15,13,G+10,16,14,G+11,17,
15,G+12,18,16,G+13,G+16,6,G+5,20,7,21,G+6,17,G+24,G+25,6,G+4,23,7,27,24,9,G+14,25,10,G+15,26,11,G+22,G+23,11,28,G+21,17,G+20,G+21,2,35,30,3,39,31,4,32,G+27,6,G+
4,33,7,G+27,34,9,G+14,G+27,3,39,36,4,38,37,7,G+18,G+19,6,G+4,G+17,5,G+1,40,8,G+2,G+3]),oP=Fe.from(QM,YM,tP.conditions,tP.results)});var ZM,nP,iP=p(()=>{F();j();sP();ZM=new Me({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),nP=(t,e={})=>ZM.get(
t,()=>At(oP,{endpointParams:t,logger:e.logger}));ve.aws=ot});var $r,rl=p(()=>{v();$r=class t extends Le{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var sa,na,ia,aa,Wh=p(()=>{rl();sa=class t extends $r{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},na=class t extends $r{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},ia=class t extends $r{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},aa=class t extends $r{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var e2,t2,r2,o2,s2,n2,i2,a2,c2,p2,l2,d2,u2,m2,f2,aP,qh,g2,Yh,cP,pP,h2,ko,Kh,y2,Jh,E2,fP,Qh,lP,qe,sl,S2,ol,dP,gP,uP,mP,x2,R2,_2,Xh,w2,it,hP,yP,ca,EP,SP,xP,RP,Zh,
I2,_P,wP,IP,TP,vP,CP,AP,bP,ey,ty,pa=p(()=>{Q();Wh();rl();e2="AccessDeniedException",t2="AccessToken",r2="CreateOAuth2Token",o2="CreateOAuth2TokenRequest",s2="Cr\
eateOAuth2TokenRequestBody",n2="CreateOAuth2TokenResponseBody",i2="CreateOAuth2TokenResponse",a2="CreateOAuth2TokenWithIAM",c2="CreateOAuth2TokenWithIAMRequest",
p2="CreateOAuth2TokenWithIAMResponse",l2="InternalServerException",d2="OAuthAccessToken",u2="RefreshToken",m2="TooManyRequestsError",f2="ValidationException",aP=
"accessKeyId",qh="accessToken",g2="access_token",Yh="client",cP="clientId",pP="codeVerifier",h2="code",ko="error",Kh="expiresIn",y2="expires_in",Jh="grantType",
E2="grant_type",fP="http",Qh="httpError",lP="idToken",qe="jsonName",sl="message",S2="resource",ol="refreshToken",dP="redirectUri",gP="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",uP="secretAccessKey",mP="sessionToken",x2="server",R2="tokenInput",_2="tokenOutput",Xh="tokenType",w2="token_type",it="com.amazonaws.signin",
hP=new K(gP),yP=[-3,gP,"SigninServiceException",0,[],[]];hP.registerError(yP,$r);ca=new K(it),EP=[-3,it,e2,{[ko]:Yh},[ko,sl],[0,0],2];ca.registerError(EP,sa);SP=
[-3,it,l2,{[ko]:x2,[Qh]:500},[ko,sl],[0,0],2];ca.registerError(SP,na);xP=[-3,it,m2,{[ko]:Yh,[Qh]:429},[ko,sl],[0,0],2];ca.registerError(xP,ia);RP=[-3,it,f2,{[ko]:Yh,
[Qh]:400},[ko,sl],[0,0],2];ca.registerError(RP,aa);Zh=[hP,ca],I2=[0,it,d2,8,0],_P=[0,it,u2,8,0],wP=[3,it,t2,8,[aP,uP,mP],[[0,{[qe]:aP}],[0,{[qe]:uP}],[0,{[qe]:mP}]],
3],IP=[3,it,o2,0,[R2],[[()=>TP,16]],1],TP=[3,it,s2,0,[cP,Jh,h2,dP,pP,ol],[[0,{[qe]:cP}],[0,{[qe]:Jh}],0,[0,{[qe]:dP}],[0,{[qe]:pP}],[()=>_P,{[qe]:ol}]],2],vP=[3,
it,i2,0,[_2],[[()=>CP,16]],1],CP=[3,it,n2,0,[qh,Xh,Kh,ol,lP],[[()=>wP,{[qe]:qh}],[0,{[qe]:Xh}],[1,{[qe]:Kh}],[()=>_P,{[qe]:ol}],[0,{[qe]:lP}]],4],AP=[3,it,c2,0,
[Jh,S2],[[0,{[qe]:E2}],0],2],bP=[3,it,p2,0,[qh,Xh,Kh],[[()=>I2,{[qe]:g2}],[0,{[qe]:w2}],[1,{[qe]:y2}]],3],ey=[9,it,r2,{[fP]:["POST","/v1/token",200]},()=>IP,()=>vP],
ty=[9,it,a2,{[fP]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>AP,()=>bP]});var PP,OP=p(()=>{he();Co();Oe();Wr();v();U();O();Gh();iP();pa();PP=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??nP,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
jb,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ce}],logger:t?.logger??new Se,protocol:t?.protocol??io,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:Zh,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??Ze,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??Z})});var DP,NP=p(()=>{Pi();F();he();v();L();rt();O();no();OP();DP=t=>{_t(process.version);let e=Ct(t),r=()=>e().then(Rt),o=PP(t);ut(process.version);let s={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(st,s),bodyLengthChecker:t?.bodyLengthChecker??
gt,defaultSocketTimeout:lr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Ht({serviceId:o.serviceId,clientVersion:To.version}),maxAttempts:t?.
maxAttempts??_(Lt,t),region:t?.region??_(Te,{...Ue,...s}),requestHandler:Ae.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ft,default:async()=>(await r()).
retryMode||Ge},t),streamCollector:t?.streamCollector??be,useDualstackEndpoint:t?.useDualstackEndpoint??_(Et,s),useFipsEndpoint:t?.useFipsEndpoint??_(St,s),userAgentAppId:t?.
userAgentAppId??_(Bt,s)}}});var kP,$P,LP=p(()=>{kP=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);
n===-1?e.push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){
return o}}},$P=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var UP,FP=p(()=>{F();v();U();LP();UP=(t,e)=>{let r=Object.assign(Gt(t),wt(t),bt(t),kP(t));return e.forEach(o=>o.configure(r)),Object.assign(t,zt(r),It(r),Pt(r),
$P(r))}});var la,ry=p(()=>{F();Oe();v();L();j();U();rt();Q();Gh();zh();NP();FP();la=class extends Re{config;constructor(...[e]){let r=DP(e||{});super(r),this.initConfig=r;
let o=Wb(r),s=$t(o),n=Ut(s),i=vt(n),a=i,c=Yt(a),l=Vb(c),d=UP(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(xt(this.config)),this.middlewareStack.use(
Mt(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.
use(Nt(this.config)),this.middlewareStack.use(kt(this.config)),this.middlewareStack.use(et(this.config,{httpAuthSchemeParametersProvider:zb,identityProviderConfigProvider:async u=>new Pe(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(tt(this.config))}destroy(){super.destroy()}}});var nl,MP,HP,il,oy=p(()=>{v();j();zh();nl=Tt(qb,"Signin","SigninClient",Qt),MP={IsControlPlane:{type:"staticContextParams",value:!1}},HP={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},il=(t,e,r,o)=>[]});var da,sy=p(()=>{oy();pa();da=class extends nl(MP,il,"CreateOAuth2Token",ey){}});var ua,ny=p(()=>{oy();pa();ua=class extends nl(HP,il,"CreateOAuth2TokenWithIAM",ty){}});var T2,al,BP=p(()=>{v();sy();ny();ry();T2={CreateOAuth2TokenCommand:da,CreateOAuth2TokenWithIAMCommand:ua},al=class extends la{};ro(T2,al)});var GP=p(()=>{sy();ny()});var v2,zP=p(()=>{v2={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"invalid_target",OAUTH_RATE_EXCEEDED:"\
rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"RESOURCE_NOT_FOUND",SERVER_ERROR:"\
server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CREDENTIALS_CHANGED"}});var jP=p(()=>{});var VP={};cr(VP,{$Command:()=>xr,AccessDeniedException:()=>sa,AccessDeniedException$:()=>EP,AccessToken$:()=>wP,CreateOAuth2Token$:()=>ey,CreateOAuth2TokenCommand:()=>da,
CreateOAuth2TokenRequest$:()=>IP,CreateOAuth2TokenRequestBody$:()=>TP,CreateOAuth2TokenResponse$:()=>vP,CreateOAuth2TokenResponseBody$:()=>CP,CreateOAuth2TokenWithIAM$:()=>ty,
CreateOAuth2TokenWithIAMCommand:()=>ua,CreateOAuth2TokenWithIAMRequest$:()=>AP,CreateOAuth2TokenWithIAMResponse$:()=>bP,InternalServerException:()=>na,InternalServerException$:()=>SP,
OAuth2ErrorCode:()=>v2,Signin:()=>al,SigninClient:()=>la,SigninServiceException:()=>$r,SigninServiceException$:()=>yP,TooManyRequestsError:()=>ia,TooManyRequestsError$:()=>xP,
ValidationException:()=>aa,ValidationException$:()=>RP,__Client:()=>Re,errorTypeRegistries:()=>Zh});var WP=p(()=>{ry();BP();GP();v();pa();zP();Wh();jP();rl()});var $o,cl,qP,ma,pl,KP=p(()=>{L();U();$o=require("node:crypto"),cl=require("node:fs"),qP=require("node:os"),ma=require("node:path"),pl=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new w(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),s=new Date(r.accessToken.expiresAt).getTime(),n=new Date(
e.accessToken.expiresAt).getTime(),i=s<=o&&n>o?e:r;if(new Date(i.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(i.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(WP(),VP)),{logger:d,userAgentAppId:u}=this.callerClientConfig??{},f=(S=>S?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof i.signInRegion=="string"&&i.signInRegion.
length>0?i.signInRegion:void 0,y=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,h=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:y,requestHandler:f,logger:d,userAgentAppId:u,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(h.middlewareStack);
let E={tokenInput:{clientId:i.clientId,refreshToken:i.refreshToken,grantType:"refresh_token"}};try{let S=await h.send(new l(E)),{accessKeyId:I,secretAccessKey:R,
sessionToken:T}=S.tokenOutput?.accessToken??{},{refreshToken:M,expiresIn:oe}=S.tokenOutput??{};if(!I||!R||!T||!M)throw new w("Token refresh response missing req\
uired fields",{logger:this.logger,tryNextLink:!1});let yr=(oe??900)*1e3,Lr=new Date(Date.now()+yr),me={...i,accessToken:{...i.accessToken,accessKeyId:I,secretAccessKey:R,
sessionToken:T,expiresAt:Lr.toISOString()},refreshToken:M};return await this.saveToken(me),this.toCredentials(me.accessToken)}catch(S){if(S.name==="AccessDenied\
Exception"){let R=S.error,T;switch(R){case"TOKEN_EXPIRED":T="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":T="Unable to\
 refresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":T="Unable to refr\
esh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:T=`Failed to refresh token: ${String(
S)}. Please re-authenticate using \`aws login\``}throw new w(T,{logger:this.logger,tryNextLink:!1})}if(new Date(i.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(S)}. Using existing token until expiry.`),this.toCredentials(i.accessToken);throw new w(`Failed to refresh tok\
en: ${String(S)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await cl.promises.readFile(
e,"utf8"),o=JSON.parse(r),s=["accessToken","clientId","refreshToken","dpopKey"].filter(n=>!o[n]);if(o.accessToken?.accountId||s.push("accountId"),s.length>0)throw new w(
`Token validation failed, missing fields: ${s.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new w(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,ma.dirname)(r);try{await cl.promises.mkdir(o,{recursive:!0})}catch{}
await cl.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,ma.join)((0,qP.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,$o.createHash)("sha256").update(r).digest("hex");return(0,ma.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],s=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let n=e[r++],i=e.subarray(r,r+n);s=s[0]===0?s.subarray(1):s,i=i[0]===0?i.subarray(1):i;let a=Buffer.concat([Buffer.alloc(32-s.length),s]),c=Buffer.concat([Buffer.
alloc(32-i.length),i]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(z.isInstance(o.request)){let s=o.request,n=`${s.protocol}//${s.
hostname}${s.port?`:${s.port}`:""}${s.path}`,i=await this.generateDpop(s.method,n);s.headers={...s.headers,DPoP:i}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let s=(0,$o.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),i=(0,$o.createPublicKey)(s).export({format:"der",type:"spki"}),a=-1;for(let S=0;S<i.length;S++)if(i[S]===4){a=S;break}let c=i.slice(a+1,a+33),l=i.slice(a+33,
a+65),d={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:l.toString("base64url")}},u={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(d)).toString("base64url"),f=Buffer.from(JSON.stringify(u)).toString("base64url"),g=`${m}.${f}`,y=(0,$o.sign)(
"sha256",Buffer.from(g),s),E=this.derToRawSignature(y).toString("base64url");return`${g}.${E}`}catch(s){throw new w(`Failed to generate Dpop proof: ${s instanceof
Error?s.message:String(s)}`,{logger:this.logger,tryNextLink:!1})}}}});var JP,XP=p(()=>{F();L();KP();JP=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await br(
t||{}),o=yt({profile:t?.profile??e?.profile}),s=r[o];if(!s?.login_session)throw new w(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let i=await new pl(s,t,e).loadCredentials();return B(i,"CREDENTIALS_LOGIN","AD")}});var YP={};cr(YP,{fromLoginCredentials:()=>JP});var QP=p(()=>{XP()});var ZP,eO,tO=p(()=>{F();ZP=t=>!!(t&&t.login_session),eO=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(QP(),YP)),s=await o({...e,profile:t})(
{callerClientConfig:r});return B(s,"CREDENTIALS_PROFILE_LOGIN","AC")}});var rO,oO=p(()=>{F();rO=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let n=new Date;if(new Date(e.Expiration)<n)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let s={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return B(s,"CREDENTIALS_PROCESS","w"),s}});var sO,nO,iO,aO=p(()=>{L();sO=require("node:child_process"),nO=require("node:util");oO();iO=async(t,e,r)=>{let o=e[t];if(e[t]){let s=o.credential_process;if(s!==
void 0){let n=(0,nO.promisify)(Qn?.getTokenRecord?.().exec??sO.exec);try{let{stdout:i}=await n(s),a;try{a=JSON.parse(i.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return rO(t,a,e)}catch(i){throw new w(i.message,{logger:r})}}else throw new w(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new w(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var cO,pO=p(()=>{L();aO();cO=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await br(t);
return iO(yt({profile:t.profile??e?.profile}),r,t.logger)}});var iy={};cr(iy,{fromProcess:()=>cO});var ay=p(()=>{pO()});var lO,dO,uO=p(()=>{F();lO=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",dO=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(ay(),iy)),
o=await r({...t,profile:e})();return B(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var mO,fO,gO=p(()=>{F();mO=async(t,e,r={},o)=>{let{fromSSO:s}=await Promise.resolve().then(()=>(_h(),Rh));return s({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(n=>e.sso_session?B(n,"CREDENTIALS_PROFILE_SSO","r"):B(n,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},fO=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var cy,py,hO=p(()=>{F();cy=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,py=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return B(r,"CREDENTIALS_PROFILE","n")}});var ll,ly=p(()=>{ll=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:s,
providerId:n,policyArns:i,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:d}=await Promise.resolve().then(()=>(Bh(),Hh));
l=d({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:s,ProviderId:n,PolicyArns:i,Policy:a,DurationSeconds:c})}});var EO,yO,C2,A2,SO,xO=p(()=>{F();L();EO=require("node:fs");ly();yO="AWS_WEB_IDENTITY_TOKEN_FILE",C2="AWS_ROLE_ARN",A2="AWS_ROLE_SESSION_NAME",SO=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[yO],o=t?.roleArn??process.env[C2],s=t?.roleSessionName??
process.env[A2];if(!r||!o)throw new w("Web identity configuration not specified",{logger:t.logger});let n=await ll({...t,webIdentityToken:Qn?.getTokenRecord?.()[r]??
(0,EO.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:s})(e);return r===process.env[yO]&&B(n,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),n}});var dy={};cr(dy,{fromTokenFile:()=>SO,fromWebToken:()=>ll});var uy=p(()=>{xO();ly()});var RO,_O,wO=p(()=>{F();RO=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,_O=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>(uy(),dy)),s=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return B(s,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var my,IO=p(()=>{L();Gb();tO();uO();gO();hO();wO();my=async(t,e,r,o,s={},n=!1)=>{let i=e[t];if(Object.keys(s).length>0&&cy(i))return py(i,r);if(n||Hb(i,{profile:t,
logger:r.logger}))return Bb(t,e,r,o,s,my);if(cy(i))return py(i,r);if(RO(i))return _O(i,r,o);if(lO(i))return dO(r,t);if(fO(i))return await mO(t,i,r,o);if(ZP(i))return eO(
t,r,o);throw new w(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var TO,vO=p(()=>{L();IO();TO=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await br(t);return my(
yt({profile:t.profile??e?.profile}),r,t,e)}});var CO={};cr(CO,{fromIni:()=>TO});var AO=p(()=>{vO()});var Pu=require("node:fs"),Fr=require("node:os"),qy=require("node:stream");var A=class extends Error{constructor(r,o,s){super(`${r}: ${bn(o)} ${s}`);this.option=r;this.rule=s;this.name="InputError"}option;rule;exitCode=2},Xt=class extends Error{constructor(r,o,s){
super(r,s);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},ke=class extends Xt{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},Er=class extends Xt{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},xe=class extends Xt{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},Ps=class extends Xt{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},Cr=class extends Xt{constructor(e){
super(e,"check HTTPS_PROXY / HTTP_PROXY (host, port, and the user:password in the URL if the proxy wants one), or list the host in NO_PROXY to reach it directly"),
this.name="ProxyError"}},Ra=class extends Xt{exitCode;constructor(e,r){super(`cancelled by ${e}${r.length?` while running ${r.join(", ")}`:""}`),this.name="Canc\
elledError",this.exitCode=128+(e==="SIGINT"?2:15)}},pr=class extends Xt{constructor(e,r){super(e,r),this.name="DockerError"}},Ck=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
function bn(t,e=80){let r=Array.from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(Ck,s=>`\\u${s.
charCodeAt(0).toString(16).padStart(4,"0")}`)}function _a(t){return t instanceof A?{message:t.message,exitCode:2}:t instanceof Xt?{message:t.message,hint:t.hint,
exitCode:t.exitCode}:{message:t instanceof Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var wa=Ur(require("node:http")),vu=Ur(require("node:https")),Hy=require("node:net"),By=require("node:tls");var Gy=t=>(e,r)=>t?.(e,r);function Au(t,e){let r=t.protocol==="https:"?"https":"http",o=(e[`${r}_proxy`]||e[`${r.toUpperCase()}_PROXY`]||"").trim();if(!o||Ak(t,
e.no_proxy??e.NO_PROXY??""))return;let s;try{s=new URL(o.includes("://")?o:`http://${o}`)}catch{throw new Cr(`${r.toUpperCase()}_PROXY is not a URL like http://\
proxy.example.com:3128`)}if(s.protocol!=="http:")throw new Cr(`${r.toUpperCase()}_PROXY: only http:// proxies are supported, not ${s.protocol}//${s.host}`);return s}
function Ak(t,e){let r=t.hostname.replace(/^\[|\]$/g,"").toLowerCase(),o=t.port||(t.protocol==="https:"?"443":"80");return e.split(/[\s,]+/).filter(Boolean).some(
s=>{if(s==="*")return!0;let n=/^\[([^\]]+)\](?::(\d+))?$/.exec(s)??/^([^:]+)(?::(\d+))?$/.exec(s)??[s,s],i=n[1].replace(/^\*?\./,"").toLowerCase();return n[2]&&
n[2]!==o?!1:r===i||r.endsWith(`.${i}`)})}var bk=t=>`${t.protocol}//${t.host}`;function zy(t){if(!t.username)return;let e=`${decodeURIComponent(t.username)}:${decodeURIComponent(
t.password)}`;return`Basic ${Buffer.from(e).toString("base64")}`}function bu(t,e,r){return new Cr(`the proxy ${bk(t)} (for ${e}) ${r}`)}function jy(t,e,r){let o=(0,Hy.connect)(
{host:t.hostname.replace(/^\[|\]$/g,""),port:Number(t.port||80)}),s=n=>r(bu(t,e,`could not be reached: ${n.code??n.message}`));return o.once("error",s),o.once("\
connect",()=>{o.off("error",s),r(null,o)}),o}var Cu=(t,e)=>({host:t.hostname??t.host??"localhost",port:Number(t.port||e)}),Ia=class extends wa.Agent{constructor(r,o){
super(o);this.env=r}env;proxy(r){return Au(new URL(`http://${r.host.includes(":")?`[${r.host}]`:r.host}:${r.port}`),this.env)}addRequest(r,o){let s=Cu(o,80),n=this.
proxy(s);if(n){r.path=`http://${s.host.includes(":")?`[${s.host}]`:s.host}:${s.port}${r.path}`;let i=zy(n);i&&r.setHeader("proxy-authorization",i);let a=r.emit.
bind(r);r.emit=((c,...l)=>{let d=l[0];return c!=="response"||d.statusCode!==407?a(c,...l):(d.resume(),r.destroy(bu(n,`${s.host}:${s.port}`,"refused the request:\
 407 Proxy Authentication Required (check the credentials in HTTP_PROXY)")),!0)})}wa.Agent.prototype.addRequest.call(this,r,o)}createConnection(r,o){let s=Cu(r,
80),n=this.proxy(s);if(!n)return wa.Agent.prototype.createConnection.call(this,r,o);jy(n,`${s.host}:${s.port}`,Gy(o))}},Ta=class extends vu.Agent{constructor(r,o){
super(o);this.env=r}env;createConnection(r,o){let s=Gy(o),n=Cu(r,443),i=`${n.host.includes(":")?`[${n.host}]`:n.host}:${n.port}`,a=Au(new URL(`https://${i}`),this.
env);if(!a)return vu.Agent.prototype.createConnection.call(this,r);jy(a,i,(c,l)=>{if(c||!l)return s(c);let d=zy(a);l.write(`CONNECT ${i} HTTP/1.1\r
Host: ${i}\r
${d?`Proxy-Authorization: ${d}\r
`:""}\r
`);let u=Buffer.alloc(0),m=h=>{l.destroy(),s(bu(a,i,h))},f=h=>{if(u=Buffer.concat([u,h]),u.indexOf(`\r
\r
`)<0)return;l.off("data",f),l.off("error",g),l.off("end",y);let S=/^HTTP\/1\.[01] (\d{3})([^\r\n]*)/.exec(u.toString("latin1"));if(S?.[1]!=="200")return m(`refu\
sed the tunnel: ${S?`${S[1]}${S[2]}`:"no HTTP answer"}${S?.[1]==="407"?" (check the credentials in HTTPS_PROXY)":""}`);let I=r.servername??(/^[\d.]+$|:/.test(n.
host)?void 0:n.host);s(null,(0,By.connect)({...r,socket:l,servername:I}))},g=h=>m(`dropped the tunnel: ${h.message}`),y=()=>m("closed the connection before answ\
ering CONNECT");l.on("data",f),l.once("error",g),l.once("end",y)})}};function Vy(t){return["http_proxy","HTTP_PROXY","https_proxy","HTTPS_PROXY"].some(e=>t[e]?.
trim())?{httpAgent:new Ia(t,{keepAlive:!0}),httpsAgent:new Ta(t,{keepAlive:!0})}:{}}function Wy(t,e){if(Au(t,e))return t.protocol==="https:"?new Ta(e,{keepAlive:!1}):
new Ia(e,{keepAlive:!1})}function Pn(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((s,n)=>{let i=Wy(r,process.env)??
!1,a=o(r,{method:e.method??"GET",headers:e.headers,agent:i,signal:e.signal,timeout:e.timeoutMs},c=>{let l=[];c.on("data",d=>l.push(d)),c.on("error",n),c.on("end",
()=>s({status:c.statusCode??0,text:Buffer.concat(l).toString("utf8"),headers:c.headers}))});if(e.connectTimeoutMs!==void 0){let c=e.connectTimeoutMs;a.on("socke\
t",l=>{if(!l.connecting)return;let d=setTimeout(()=>a.destroy(new Error(`no connection within ${c} ms`)),c);l.once("connect",()=>clearTimeout(d)),l.once("close",
()=>clearTimeout(d))})}a.on("timeout",()=>a.destroy(new Error(`no answer within ${e.timeoutMs} ms`))),a.on("error",n),a.end(e.body)})}var Pk=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A"),Os,Ky=!0;function On(t){t.length&&(process.stdout.write(t),Ky=typeof t=="string"?t.endsWith(
`
`):t[t.length-1]===10)}var Ou=()=>Ky?"":Fr.EOL,Jy=new qy.Writable({write(t,e,r){Os||(Os=crypto.randomUUID().replace(/-/g,""),On(`${Ou()}::stop-commands::${Os}${Fr.EOL}`)),
On(t),r()}});function Dn(t,e=""){Os&&(On(`${Ou()}::${Os}::${Fr.EOL}`),Os=void 0),On(`::${t}::${Pk(e)}${Fr.EOL}`)}function va(t){return(process.env[`INPUT_${t.replace(
/ /g,"_").toUpperCase()}`]??"").trim()}function Xy(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set: not running in a GitHu\
b Actions step`);let s=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(s)||r.includes(s))throw new Error(`value of ${e} contains the delimiter`);(0,Pu.appendFileSync)(
o,`${e}<<${s}${Fr.EOL}${r}${Fr.EOL}${s}${Fr.EOL}`,"utf8")}var Ds=(t,e)=>Xy("OUTPUT",t,e),Ca=(t,e)=>Xy("STATE",t,e),Du=t=>process.env[`STATE_${t}`]??"",Aa=t=>Dn(
"add-mask",t),ba=t=>On(`${Ou()}${t}${Fr.EOL}`),Yy=t=>Dn("warning",t),Ok=t=>Dn("error",t);function Qy(t){process.exitCode=1,Ok(t)}async function Zy(t,e){Dn("grou\
p",t);try{return await e()}finally{Dn("endgroup")}}function Nu(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,Pu.appendFileSync)(e,`${t}${Fr.EOL}`,"utf8")}var Dk=4,
Nk=1e4;async function ku(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||!r)throw new Error("ACTIONS_ID_TO\
KEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let s=1;;s++){let n;try{let i=await Pn(o,{headers:{
Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:Nk});if(i.status===200){let a=kk(i.text);if(!a)throw new Error("the token service answered with\
out a token");return Aa(a),a}if(n=`HTTP ${i.status}`,i.status<500&&i.status!==429)throw new Error(`the token service answered ${n}`)}catch(i){if(i.message.startsWith(
"the token service")||i instanceof Cr)throw i;n=i.message}if(s>=Dk)throw new Error(`the token service did not answer after ${s} attempts (${n})`);await new Promise(
i=>setTimeout(i,500*2**(s-1)))}}function kk(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var SE=require("node:child_process"),xE=require("node:fs");var Yr=require("node:fs");var Bo=require("node:fs");var tE=/^[A-Za-z0-9_.-]{1,128}$/,Lk=/^[A-Za-z_][A-Za-z0-9_]*$/,Uk=/^[A-Za-z_][A-Za-z0-9_]*=/,Fk=/^(PATH|HOME|DOCKER_\w*|BUILDX_\w*|BUILDKIT_\w*|ECR_DELIVER_\w*)$/,
Mk=t=>`ECR_DELIVER_BUILD_SECRET_${t}`,Nn=t=>t.split(`
`).map(e=>e.replace(/\r$/,"").trim()).filter(Boolean),eE=t=>t.includes("=")?`${t.split("=")[0]}=***`:"***";function $u(t,e,r){let o=e.slice(0,Math.max(0,e.indexOf(
"=")));if(!o||!tE.test(o))throw new A(t,eE(e),"is not `id=\u2026` with an id of letters, digits, `_`, `.` or `-`");if(r?.has(o))throw new A(t,eE(e),"repeats a s\
ecret id");return r?.add(o),o}var rE={type:"list",parse:(t,e)=>{let r=new Set;return Nn(t).map(o=>{let s=$u(e,o,r),n=o.slice(s.length+1),i=/^env:(.*)$/.exec(n)?.[1];
if(i!==void 0&&!Lk.test(i))throw new A(e,`${s}=env:${i}`,"names no valid environment variable");if(i===void 0&&n==="")throw new A(e,`${s}=`,"has an empty value");
return i!==void 0?{id:s,env:i}:{id:s,value:n}})}},oE={type:"list",parse:(t,e)=>{let r=new Set;return Nn(t).map(o=>{let s=$u(e,o,r),n=o.slice(s.length+1);if(!(0,Bo.existsSync)(
n)||!(0,Bo.statSync)(n).isFile())throw new A(e,`${s}=${n}`,"does not name a readable file");return{id:s,path:n}})}},sE={type:"list",parse:(t,e)=>Nn(t).map(r=>{if(!r.
includes("=")){if(!tE.test(r))throw new A(e,r,"is not `default` or `id=PATH`");return{id:r}}let o=$u(e,r),s=r.slice(o.length+1);if(!(0,Bo.existsSync)(s))throw new A(
e,r,"names no existing key file or agent socket");return{id:o,path:s}})},nE={type:"list",parse:(t,e)=>{let r=Nn(t);for(let o of r){let s=o.split("=")[0];if(!Uk.
test(o))throw new A(e,o.includes("=")?`${s.slice(0,40)}=***`:"***","is not `KEY=VALUE` with KEY made of letters, digits and `_`");if(Fk.test(s))throw new A(e,`${s}\
=***`,"is a name the docker CLI reads from its own environment (PATH, HOME, DOCKER_*, BUILDX_*, BUILDKIT_*)")}return[...new Set(r)]}};function kn(t){return{inline:t.
secrets,files:t.secretFiles,ssh:t.ssh}}var Pa=t=>t.inline.length?"secrets":t.files.length?"secret-files":t.ssh.length?"ssh":void 0;function iE(t,e){let r=new Set(
t.inline.map(o=>o.id));for(let o of t.files)if(r.has(o.id))throw new A("secret-files",`${o.id}=${o.path}`,"repeats an id of `secrets`");for(let o of t.inline)if(o.
env&&e[o.env]===void 0)throw new A("secrets",`${o.id}=env:${o.env}`,"names an environment variable that is not set");for(let o of t.ssh)if(!o.path&&!e.SSH_AUTH_SOCK)
throw new A("ssh",o.id,"needs an SSH agent (SSH_AUTH_SOCK is not set), or use `id=PATH` with a key file")}function aE(t,e){let r=[];for(let o of t.inline){let s=o.
value??e[o.env];s&&r.push(s)}for(let o of t.files){let s=(0,Bo.readFileSync)(o.path,"utf8");s.length<=65536&&r.push(s.trim(),...Nn(s).filter(n=>n.length>=4))}return[
...new Set(r.filter(Boolean))]}function cE(t){let e=[],r={};t.inline.forEach((o,s)=>{let n=o.env??Mk(s);o.value!==void 0&&(r[n]=o.value),e.push("--secret",`id=${o.
id},env=${n}`)});for(let o of t.files)e.push("--secret",`id=${o.id},src=${o.path}`);for(let o of t.ssh)e.push("--ssh",o.path?`${o.id}=${o.path}`:o.id);return{argv:e,
env:r}}var Hk=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,Bk=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,Gk=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,zk=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,
jk=/^[\w+=,.@-]{2,64}$/,Vk=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
Wk=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,qk=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,Kk=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
Jk=/^[0-9a-f]{40}$/,Xk=/^\d{12}$/,Yk=/^[\x21-\x7e]{1,256}$/,Qk=4096,Zk=65536,e$=100,$e=(t,e)=>r=>t.test(r)?void 0:e,Je={repository:t=>t.length>=2&&t.length<=256&&
Hk.test(t)?void 0:"is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:$e(
Gk,"is not an AWS region name like `eu-west-1`"),tag:$e(Bk,"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`"),commitSha:$e(Jk,"is not a full commi\
t SHA (40 hex characters)"),sessionName:$e(jk,"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"),account:$e(Xk,"is not an AWS account id (1\
2 digits)"),audience:$e(Yk,"is not a valid audience: 1\u2013256 printable characters, no spaces")};function zo(t,e,r){if(r)throw new A(t,e,r)}var Sr=(t,e=r=>r)=>({
type:"string",parse:(r,o)=>{let s=e(r);return t&&zo(o,s,t(s)),s}}),Mr={type:"boolean",parse:(t,e)=>{if(/^(true|1)$/i.test(t))return!0;if(/^(false|0)$/i.test(t))
return!1;throw new A(e,t,"is not a boolean: use true or false")}},pE=(t,e)=>({type:"integer",parse:(r,o)=>{let s=/^\d{1,6}$/.test(r)?Number(r):NaN;if(!(s>=t&&s<=
e))throw new A(o,r,`is not a whole number from ${t} to ${e}`);return s}}),Go=(...t)=>({type:"enum",values:t,parse:(e,r)=>{let o=t.find(s=>s.toUpperCase()===e.toUpperCase());
if(o===void 0)throw new A(r,e,`is not one of ${t.join(", ")}`);return o}}),uE=(t,{commas:e=!1,max:r=1/0}={})=>({type:"list",parse:(o,s)=>{let n=o.split(e?/[\n,]/:
/\n/).map(i=>i.replace(/\r$/,"").trim()).filter(i=>i!=="");for(let i of n)zo(s,i,t(i));if(n.length>r)throw new A(s,o,`lists more than ${r} entries`);return[...new Set(
n)]}}),$n=t=>({type:"path",parse:(e,r)=>(t?.(r,e),e)});function Da(t,e){if(!(0,Yr.existsSync)(e)||!(0,Yr.statSync)(e).isFile())throw new A(t,e,"is not a readabl\
e file")}function lE(t,e){Da(t,e);try{JSON.parse((0,Yr.readFileSync)(e,"utf8"))}catch{throw new A(t,e,"does not contain valid JSON")}}var t$=t=>t.split(",").every(
e=>Wk.test(e.trim()))?void 0:"is not a comma-separated list of `os/arch[/variant]`",Uu="sts.amazonaws.com",dE=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/,
r$=/^[A-Za-z_][A-Za-z0-9_]{0,255}$/,Oa="public.ecr.aws/",o$={type:"list",parse:(t,e)=>uE($e(dE,"is not an ECR registry id (12 digits) or `ID@REGION`"),{commas:!0}).
parse(t,e).map(r=>{let[,o,s]=dE.exec(r);return s?{id:o,region:s}:{id:o}})},Lu=t=>({type:"string",parse:(e,r)=>{let o=e.startsWith("file://")?e.slice(7):void 0;o!==
void 0&&Da(r,o);let s=o!==void 0?(0,Yr.readFileSync)(o,"utf8"):e;if(s.length>t)throw new A(r,e,`is longer than ECR Public's limit of ${t} characters`);return s}});
function lo(t){return t.startsWith(Oa)?t.slice(Oa.length).split("/").slice(1).join("/"):t}function s$(t){if(t.repository.startsWith(Oa)&&(zo("repository",t.repository,
/^[a-z0-9][a-z0-9-]{1,49}\//.test(t.repository.slice(Oa.length))?Je.repository(lo(t.repository)):"is not `public.ecr.aws/<alias>/<name>`"),t.registryType="publi\
c"),t.registryType==="public"&&t.lifecyclePolicy!==void 0)throw new A("lifecycle-policy",t.lifecyclePolicy,"does not apply to ECR Public, which has no lifecycle\
 policies");if(t.registryType==="private"){for(let[e,r]of[["catalog-description",t.catalogDescription],["catalog-about",t.catalogAbout],["catalog-usage",t.catalogUsage]])
if(r!==void 0)throw new A(e,r,"applies to ECR Public only: set `registry-type: public`")}if(t.mode==="deliver"&&t.dockerCredentialsOutput)throw new A("docker-cr\
edentials-output","true","applies to `mode: login` only")}function mE(t){let e=Xr("mode",t("mode")),r=Xr("docker-credentials-output",t("docker-credentials-outpu\
t"));if(e==="deliver"&&r)throw new A("docker-credentials-output","true","applies to `mode: login` only");return{mode:e,skipLogout:Xr("skip-logout",t("skip-logou\
t")),dockerCredentialsOutput:r}}var fE=[{name:"repository",field:"repository",...Sr(Je.repository),required:!0,description:"ECR repository name, e.g. `team/api`\
. Validated against ECR's naming rule before any AWS call."},{name:"aws-region",field:"awsRegion",...Sr(Je.region),defaultText:"`AWS_REGION`, then `AWS_DEFAULT_\
REGION`",description:"Region of the registry."},{name:"role-to-assume",field:"roleToAssume",...Sr($e(zk,"is not an IAM role ARN like `arn:aws:iam::123456789012:\
role/name`")),defaultText:"none: the ambient AWS credential chain",description:"IAM role ARN, assumed with `AssumeRoleWithWebIdentity` using the CI's OIDC token\
."},{name:"audience",field:"audience",...Sr(Je.audience),default:Uu,description:"Audience asked for the GitHub OIDC token (CircleCI tokens are used as issued)."},
{name:"web-identity-token-file",field:"webIdentityTokenFile",...$n(Da),defaultText:"`AWS_WEB_IDENTITY_TOKEN_FILE`",description:"OIDC token file, for CIs other t\
han GitHub and CircleCI."},{name:"role-session-name",field:"roleSessionName",...Sr(Je.sessionName),defaultText:"derived from the CI run, e.g. `ecr-deliver-<run \
id>`",description:"STS session name (STS's charset `[\\w+=,.@-]`, 2\u201364 characters)."},{name:"role-duration-seconds",field:"roleDurationSeconds",...pE(900,43200),
default:"3600",description:"Lifetime of the assumed role's credentials, 900\u201343200."},{name:"registry-id",field:"registryId",...Sr(Je.account),defaultText:"\
the caller's account",description:"Account id (12 digits) that owns the registry, for cross-account pushes."},{name:"create-repository",field:"createRepository",
...Mr,default:"true",description:"Create the repository when it is missing."},{name:"image-tag-mutability",field:"imageTagMutability",...Go("MUTABLE","IMMUTABLE",
"IMMUTABLE_WITH_EXCLUSION"),default:"MUTABLE",description:"Tag mutability of a created repository: MUTABLE, IMMUTABLE or IMMUTABLE_WITH_EXCLUSION (the extra `ta\
gs` stay mutable)."},{name:"scan-on-push",field:"scanOnPush",...Mr,default:"true",description:"Scan on push, for a created repository."},{name:"encryption-type",
field:"encryptionType",...Go("AES256","KMS"),default:"AES256",description:"Encryption of a created repository: AES256 or KMS (`kms-key` with KMS)."},{name:"kms-\
key",field:"kmsKey",...Sr($e(Vk,"is not a KMS key ARN, key id or `alias/\u2026`")),description:"KMS key ARN, id or alias, with `encryption-type: KMS`."},{name:"\
lifecycle-policy",field:"lifecyclePolicy",...$n(lE),description:"Path to a lifecycle policy JSON file, applied to the repository."},{name:"repository-policy",field:"\
repositoryPolicy",...$n(lE),description:"Path to a repository policy JSON file, applied to the repository."},{name:"context",field:"context",...$n(),default:".",
description:"Build context directory."},{name:"dockerfile",field:"dockerfile",...$n(),defaultText:"`Dockerfile` in the context",description:"Dockerfile path."},
{name:"build-args",field:"buildArgs",...nE,description:"Build arguments, newline-separated `KEY=VALUE`; values are never printed (names only) and reach docker t\
hrough its environment, not argv."},{name:"target",field:"target",...Sr($e(qk,"is not a build stage name")),description:"Build stage to build."},{name:"platform",
field:"platform",...Sr(t$),description:"Target platforms, e.g. `linux/amd64,linux/arm64` (needs buildx)."},{name:"cache",field:"cache",...Mr,default:"true",description:"\
Reuse the layers of the latest image in the repository on a fresh runner (inline cache on BuildKit, a pull and `--cache-from` on the classic builder); works in \
IMMUTABLE repositories, and a missing or failing cache never fails a delivery."},{name:"provenance",field:"provenance",...Mr,default:"false",description:"BuildK\
it provenance/SBOM attestations (needs buildx). Off by default: the attestation index shows up as untagged images in ECR and breaks Lambda deploys."},{name:"ima\
ge",field:"image",...Sr($e(Kk,"is not a local image reference like `name:tag` or an image id")),description:"Push this existing local image instead of building."},
{name:"commit-sha",field:"commitSha",...Sr(Je.commitSha,t=>t.toLowerCase()),defaultText:"`GITHUB_SHA` (the PR head on `pull_request`), `CIRCLE_SHA1`, else `git \
rev-parse HEAD`",description:"Commit SHA the image is tagged with (40 hex characters)."},{name:"tags",field:"tags",...uE(Je.tag,{commas:!0,max:e$}),description:"\
Extra tags, newline- or comma-separated; the commit SHA tag is always applied."},{name:"skip-existing",field:"skipExisting",...Mr,default:"false",description:"W\
hen the SHA tag already exists in ECR: no build, no layer upload; extra tags are added to the existing image by manifest copy."},{name:"push",field:"push",...Mr,
default:"true",description:"Push to ECR; `false` builds and tags only (pull-request builds)."},{name:"web-identity-token-env",field:"webIdentityTokenEnv",...Sr(
$e(r$,"is not an environment variable name (letters, digits, `_`)")),description:"Name of an environment variable that holds the OIDC token, for CIs other than \
GitHub and CircleCI (no token file needed)."},{name:"pull-registries",field:"pullRegistries",...o$,description:"Other ECR registries docker is logged in to befo\
re the build, so `FROM` and cache pulls can read them: account ids (12 digits), or `ID@REGION` for another region, comma- or newline-separated."},{name:"registr\
y-type",field:"registryType",...Go("private","public"),default:"private",description:"`private`, or `public` for ECR Public (`public.ecr.aws`; also chosen by a \
repository given as `public.ecr.aws/<alias>/<name>`)."},{name:"catalog-description",field:"catalogDescription",...Lu(1024),description:"ECR Public: short descri\
ption of a created repository (text, or `file://PATH`)."},{name:"catalog-about",field:"catalogAbout",...Lu(25600),description:'ECR Public: "About" text (markdow\
n) of a created repository (text, or `file://PATH`).'},{name:"catalog-usage",field:"catalogUsage",...Lu(25600),description:'ECR Public: "Usage" text (markdown) \
of a created repository (text, or `file://PATH`).'},{name:"mode",field:"mode",...Go("deliver","login"),default:"deliver",githubOnly:!0,description:"GitHub Actio\
n only: `deliver`, or `login`: credentials and docker login to the registry and every `pull-registries` id, in the job's docker config, for later docker steps (\
like the orb's `ecr/login` and the CLI's `login`)."},{name:"docker-credentials-output",field:"dockerCredentialsOutput",...Mr,default:"false",githubOnly:!0,description:"\
GitHub Action, `login` mode: set masked outputs `docker-username` and `docker-password` for a later job's `services:` credentials (they are secrets: see the REA\
DME)."},{name:"skip-logout",field:"skipLogout",...Mr,default:"false",githubOnly:!0,description:"GitHub Action, `login` mode: keep the docker login after the job\
 (the post step does not log out; shared self-hosted runners)."},{name:"timeout-seconds",field:"timeoutSeconds",...pE(1,86400),default:"3600",description:"Upper\
 bound on the whole run (AWS calls, build, push), 1\u201386400; a hung endpoint fails the step instead of the CI job's own timeout. Each AWS call also gives up after\
 5 attempts of at most 30 s."},{name:"secrets",field:"secrets",...rE,description:"Build secrets, lines `id=VALUE` or `id=env:NAME`, for `RUN --mount=type=secret\
,id=\u2026` (BuildKit); masked, never in argv, layers or history."},{name:"secret-files",field:"secretFiles",...oE,description:"Build secrets from files, lines \
`id=PATH` (BuildKit)."},{name:"ssh",field:"ssh",...sE,description:"SSH agent or keys for `RUN --mount=type=ssh` (BuildKit): `default` (the agent at `SSH_AUTH_SO\
CK`) or lines `id=PATH`."}],Fu=fE,Na=["aws-region","role-to-assume","audience","web-identity-token-file","role-session-name","role-duration-seconds","registry-i\
d","web-identity-token-env","pull-registries","registry-type"];var Qr=[{name:"registry",description:"Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"\
Repository URI, `<registry>/<repository>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"\
Digest (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",
type:"list",description:"Tags applied, comma-separated, the SHA first."},{name:"pushed",type:"boolean",description:"`true`, or `false` when nothing was uploaded\
 (skip-existing hit, immutable SHA already there, or push: false)."}];function jo(t,e){let r=t[e];return Array.isArray(r)?r.join(","):String(r)}function gE(t){return Object.
fromEntries(Qr.map(({name:e})=>[e,jo(t,e)]))}var hE=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`,yE=t=>`ECR_DELIVERED_${t.toUpperCase().replace(/-/g,"_")}`;function EE(t,e){if(e===void 0||e.trim()==="")return;let r=t.type==="list",o=r?e:e.trim(),s=r?Zk:Qk;if(o.length>s)throw new A(t.name,o,`is longer than ${s} char\
acters`);if((r?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(o))throw new A(t.name,o,"contains control characters");return o}function Xr(t,e){let r=fE.
find(s=>s.name===t),o=EE(r,e)??r.default;return o===void 0?void 0:r.parse(o,t)}function Ns(t,e="deliver"){let r={};for(let s of Fu){let n=EE(s,t(s.name))??s.default;
if(n!==void 0)r[s.field]=s.parse(n,s.name);else if(s.type==="list")r[s.field]=[];else if(s.required&&e==="login")r[s.field]="";else if(s.required)throw new A(s.
name,"","is required")}let o=r;return n$(o,e),o}function n$(t,e){if(t.kmsKey!==void 0&&t.encryptionType!=="KMS")throw new A("kms-key",t.kmsKey,"needs `encryptio\
n-type: KMS`");s$(t),e==="deliver"&&i$(t)}function i$(t){if(t.image!==void 0){let e=[["dockerfile",t.dockerfile],["target",t.target],["platform",t.platform],["b\
uild-args",t.buildArgs.map(o=>`${o.split("=")[0]}=***`).join(`
`)||void 0]];for(let[o,s]of e)if(s!==void 0)throw new A(o,s,"cannot be combined with `image` (nothing is built)");let r=Pa(kn(t));if(r)throw new A(r,"***","cann\
ot be combined with `image` (nothing is built)");return}t.skipExisting||Mu(t)}function Mu(t){if(!(0,Yr.existsSync)(t.context)||!(0,Yr.statSync)(t.context).isDirectory())
throw new A("context",t.context,"is not a directory");Da("dockerfile",Ln(t))}function Ln(t){return t.dockerfile??`${t.context.replace(/\/+$/,"")}/Dockerfile`}function a$(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function ks(t,e=process.env,r="deliver"){return{ci:a$(e),region:Hu(
t.awsRegion,e),commitSha:r==="login"?"":l$(t,e),sessionName:t.roleSessionName??d$(e),sourceUrl:u$(e)}}function Hu(t,e){let r=t??(e.AWS_REGION||e.AWS_DEFAULT_REGION);
if(!r)throw new A("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=Je.region(r);if(o)throw new A("aws-region",r,o);return r}
function Vo(t){return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function c$(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??
"")&&t.GITHUB_EVENT_PATH)try{let r=JSON.parse((0,xE.readFileSync)(t.GITHUB_EVENT_PATH,"utf8")).pull_request?.head?.sha;if(r)return r}catch{}return t.GITHUB_SHA}
function p$(){try{return(0,SE.execFileSync)("git",["rev-parse","HEAD"],{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()}catch{return}}function l$(t,e){
let r=(t.commitSha??c$(e)??e.CIRCLE_SHA1??p$())?.toLowerCase();if(!r)throw new A("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HE\
AD` has no answer");let o=Je.commitSha(r);if(o)throw new A("commit-sha",r,o);return r}function d$(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.
GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function u$(t){if(t.GITHUB_REPOSITORY)
return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?
`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var RE=require("node:child_process"),ka=new Set,Wo=(t,e,r={})=>new Promise((o,s)=>{let n=r.silent?void 0:r.output??process.stdout;n?.write(`[command]${[t,...e].
join(" ")}
`);let i=(0,RE.spawn)(t,e,{stdio:"pipe",env:r.env??process.env});ka.add(i);let a=!1,c=r.timeoutMs===void 0?void 0:setTimeout(()=>{a=!0,i.kill("SIGKILL")},r.timeoutMs),
l=[],d=[];i.stdout.on("data",u=>{l.push(u),n?.write(u)}),i.stderr.on("data",u=>{d.push(u),n?.write(u)}),i.stdin.on("error",()=>{}),i.stdin.end(r.input),i.on("er\
ror",u=>{ka.delete(i),clearTimeout(c),s(u)}),i.on("close",(u,m)=>{ka.delete(i),clearTimeout(c),o({code:u??(m?128:1),stdout:Buffer.concat(l).toString(),stderr:Buffer.
concat(d).toString(),...a?{timedOut:a}:{}})})});async function _E(t){let e=[...ka];if(!e.length)return;let r=i=>new Promise(a=>{i.exitCode!==null||i.signalCode!==
null?a():i.once("close",()=>a())}),o=Promise.all(e.map(r));for(let i of e)i.kill("SIGTERM");let s,n=new Promise(i=>{s=setTimeout(()=>i("grace"),t)});if(await Promise.
race([o,n])==="grace"){for(let i of e)i.exitCode===null&&i.signalCode===null&&i.kill("SIGKILL");await o}clearTimeout(s)}var IE=5,m$=5e3,f$=3e4,g$=2e3,h$=3e3,wE=["SIGINT","SIGTERM"];function y$(t=1/0){let e=Math.max(1e3,Math.min(f$,Math.floor(t/3)));return{connectionTimeout:Math.min(
m$,e),requestTimeout:e}}function $s(t,e,r){return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:IE,requestHandler:{...y$(r?.ms),throwOnRequestTimeout:!0,
...Vy(process.env)}}}function Ls(t){let e=t??{},r=e.name??"",o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,s=o||
!!e.$retryable||(e.$metadata?.httpStatusCode??0)>=500||/Timeout/.test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.
test(e.code??"");return{attempts:e.$metadata?.attempts??1,transient:s,throttled:o}}function Us(t,e){return e?`AWS kept throttling ${t} for longer than ${IE} att\
empts with backoff: re-run later, spread out concurrent deliveries, or raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: \
check the runner's access to AWS (proxy, firewall, VPC endpoint, AWS_ENDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var Un=class{constructor(e){this.
seconds=e;this.expired=new Promise((r,o)=>{this.fail=o}),this.timer=setTimeout(()=>this.end(new Ps(e,this.stillWaiting())),e*1e3),this.expired.catch(()=>{})}seconds;controller=new AbortController;waiting=[];timer;fail;ending=!1;expired;onSignal=e=>this.
end(new Ra(e,this.stillWaiting()));get ms(){return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){for(let r of wE)process.on(r,this.
onSignal);try{let r=e().catch(o=>this.ending?this.expired:Promise.reject(o));return await Promise.race([r,this.expired])}finally{clearTimeout(this.timer);for(let r of wE)
process.off(r,this.onSignal)}}async watch(e,r){this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{this.waiting.splice(this.
waiting.indexOf(e),1)}}stillWaiting(){return[...new Set(this.waiting)]}end(e){this.ending||(this.ending=!0,clearTimeout(this.timer),this.controller.abort(),_E(h$).
then(()=>{this.fail(e),setTimeout(()=>process.exit(process.exitCode||1),g$).unref()}))}};function uo(t,e,r){return t?t.watch(e,r):r()}var TE={buildx:"buildx (docker buildx build)",buildkit:"the daemon's embedded BuildKit (DOCKER_BUILDKIT=1 docker build)",classic:"the classic builder (DOCKER_BU\
ILDKIT=0 docker build)"};function Bu(t){let e=t.DOCKER_BUILDKIT;if(e!==void 0){if(/^(1|t|true)$/i.test(e))return!0;if(/^(0|f|false)$/i.test(e))return!1}}async function vE(t,e,r={}){
let o=Bu(e),s=r.buildx??r.buildkit;if(o===!1){if(s)throw new ke(`${s} needs BuildKit, but DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} selects the classic builder`,"uns\
et DOCKER_BUILDKIT (or set it to 1), or drop the option");return"classic"}let[n,i]=await Promise.all([t.buildx(),t.embeddedBuildkit()]);if(n)return"buildx";if(r.
buildx)throw new ke(`${r.buildx} needs docker buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-action; CircleCI\
: the machine executor has it), or drop the option");if(i)return"buildkit";let a="install the buildx plugin (GitHub: docker/setup-buildx-action), or use a docke\
r CLI older than 23 with the daemon's embedded BuildKit";if(r.buildkit)throw new ke(`${r.buildkit} needs BuildKit, but this docker CLI cannot build with BuildKi\
t without the buildx plugin`,a);if(o===!0)throw new ke(`DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} asks for BuildKit, but this docker CLI cannot build with BuildKit w\
ithout the buildx plugin`,a);return"classic"}var XO=require("node:child_process"),YO=require("node:fs"),QO=require("node:util");F();Oe();v();L();j();U();rt();Q();he();wi();v();j();F();j();j();var ln="ref",ls=-1,Ii=!0,eT="isSet",cT="PartitionResult",Ti="booleanEquals",ze="stringEquals",vg="getAttr",tT="us-east-1",rT="sigv4",oT="sts",sT="https://st\
s.{Region}.{PartitionResult#dnsSuffix}",nT={[ln]:"Endpoint"},je={[ln]:"Region"},Cg={[ln]:cT},pn={},iT=[je],aT={conditions:[[eT,[nT]],[eT,iT],["aws.partition",iT,
cT],[Ti,[{[ln]:"UseFIPS"},Ii]],[Ti,[{[ln]:"UseDualStack"},Ii]],[ze,[je,"aws-global"]],[Ti,[{[ln]:"UseGlobalEndpoint"},Ii]],[ze,[je,"eu-central-1"]],[Ti,[{fn:vg,
argv:[Cg,"supportsDualStack"]},Ii]],[Ti,[{fn:vg,argv:[Cg,"supportsFIPS"]},Ii]],[ze,[je,"ap-south-1"]],[ze,[je,"eu-north-1"]],[ze,[je,"eu-west-1"]],[ze,[je,"eu-w\
est-2"]],[ze,[je,"eu-west-3"]],[ze,[je,"sa-east-1"]],[ze,[je,tT]],[ze,[je,"us-east-2"]],[ze,[je,"us-west-2"]],[ze,[je,"us-west-1"]],[ze,[je,"ca-central-1"]],[ze,
[je,"ap-southeast-1"]],[ze,[je,"ap-northeast-1"]],[ze,[je,"ap-southeast-2"]],[ze,[{fn:vg,argv:[Cg,"name"]},"aws-us-gov"]]],results:[[ls],["https://sts.amazonaws\
.com",{authSchemes:[{name:rT,signingName:oT,signingRegion:tT}]}],[sT,{authSchemes:[{name:rT,signingName:oT,signingRegion:"{Region}"}]}],[ls,"Invalid Configurati\
on: FIPS and custom endpoint are not supported"],[ls,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[nT,pn],["https://sts-fips.{Regio\
n}.{PartitionResult#dualStackDnsSuffix}",pn],[ls,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://sts.{Region}.amazo\
naws.com",pn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",pn],[ls,"FIPS is enabled but this partition does not support FIPS"],["https://sts.{Region\
}.{PartitionResult#dualStackDnsSuffix}",pn],[ls,"DualStack is enabled but this partition does not support DualStack"],[sT,pn],[ls,"Invalid Configuration: Missin\
g Region"]]},CL=2,J=1e8,AL=new Int32Array([-1,1,-1,0,30,3,1,4,J+14,2,5,J+14,3,25,6,4,24,7,5,J+1,8,6,9,J+13,7,J+1,10,10,J+1,11,11,J+1,12,12,J+1,13,13,J+1,14,14,J+
1,15,15,J+1,16,16,J+1,17,17,J+1,18,18,J+1,19,19,J+1,20,20,J+1,21,21,J+1,22,22,J+1,23,23,J+1,J+2,8,J+11,J+12,4,28,26,9,27,J+10,24,J+8,J+9,8,29,J+7,9,J+6,J+7,3,J+
3,31,4,J+4,J+5]),pT=Fe.from(AL,CL,aT.conditions,aT.results);var bL=new Me({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),ap=(t,e={})=>bL.get(t,()=>At(pT,{endpointParams:t,logger:e.logger}));
ve.aws=ot;var PL=t=>async(e,r,o)=>{if(!o)throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let s=await t(e,r,o),n=te(
r)?.commandInstance?.constructor?.getEndpointParameterInstructions;if(!n)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}\
'`);let i=await Vs(o,{getEndpointParameterInstructions:n},e);return Object.assign(s,i)},OL=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||
(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()}),lT=PL(OL);function dT(t){return{schemeId:"aws.auth#sigv4",signingProperties:{
name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}function cp(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{
name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}function Ag(t){return{schemeId:"smithy.api#noAuth"}}var DL=(t,e,r)=>s=>{
let i=t(s).properties?.authSchemes;if(!i)return e(s);let a=[];for(let c of i){let{name:l,properties:d={},...u}=c,m=l.toLowerCase();l!==m&&console.warn(`HttpAuth\
Scheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(E=>{let S=E.name.toLowerCase();return S!==
"sigv4a"&&S.startsWith("sigv4")});if(Dr.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else throw new Error(`Unknown H\
ttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption create function for '${f}'`);let y=g(
s);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...u,...d},a.push(y)}return a},NL=t=>{let e=[];switch(t.operation){case"AssumeRoleWithSAML":{e.push(
Ag(t)),e.push(cp(t));break}case"AssumeRoleWithWebIdentity":{e.push(Ag(t)),e.push(cp(t));break}default:e.push(dT(t)),e.push(cp(t))}return e},uT=DL(ap,NL,{"aws.au\
th#sigv4":dT,"aws.auth#sigv4a":cp,"smithy.api#noAuth":Ag}),mT=t=>{let e=er(t),r=an(e);return Object.assign(r,{authSchemePreference:V(t.authSchemePreference??[])})};var fT=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??!1,defaultSigningName:"\
sts"}),gT={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",
name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}};var hT={name:"@aws-sdk/client-sts",version:"3.1174.0",description:"AWS SDK for JavaScript Sts Client for Node.js, Browser and React Native",homepage:"https://gi\
thub.com/aws/aws-sdk-js-v3/tree/main/clients/client-sts",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/sdk-for-jav\
ascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-sts"},files:["dist-*/**"],sideEffects:!1,main:"./dist\
-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:b\
uild:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","buil\
d:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downle\
vel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../script\
s/generate-clients/single-service",test:"yarn g:vitest run --passWithNoTests","test:watch":"yarn g:vitest watch --passWithNoTests","test:integration":"yarn g:vi\
test run --passWithNoTests -c vitest.config.integ.mts","test:integration:watch":"yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts","test:e2e":"y\
arn g:vitest run -c vitest.config.e2e.mts","test:e2e:watch":"yarn g:vitest watch -c vitest.config.e2e.mts","test:index":"tsc -p tsconfig.test.json && node ./tes\
t/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.981.0","@aws-sdk/credential-provider-node":"^3.972.97","@aws-sdk/signature-v4-multi-region":"^3.996\
.52","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.40.0","@smithy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",
tslib:"^2.6.2"},devDependencies:{"@smithy/snapshot-testing":"^2.4.0","@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dts":"\
0.10.1",premove:"4.0.0",typescript:"~7.0.2",vitest:"^4.0.17"},engines:{node:">=20.0.0"}};F();he();Ng();L();L();var gv="AWS_EC2_METADATA_DISABLED",hv=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:s}=await Promise.resolve().then(()=>(Ep(),yp));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:n}=await Promise.resolve().then(()=>(Vg(),jg));
return Jo(n(t),o(t))}return process.env[gv]&&process.env[gv]!=="false"?async()=>{throw new w("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),s(t))};function yv(t,e){let r=pU(t),o,s,n,i,a=async c=>{if(c?.forceRefresh)return i||(i=r(c).then(l=>{n=l}).finally(()=>{i=void 0})),await i,n;if(n?.expiration&&n?.expiration?.
getTime()<Date.now()&&(n=void 0),o)await o;else if(!n||e?.(n))if(n)s||(s=r(c).then(l=>{n=l}).catch(()=>{}).finally(()=>{s=void 0}));else return o=r(c).then(l=>{
n=l}).finally(()=>{o=void 0}),a(c);return n};return a}var pU=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(s){if(r=s,s?.tryNextLink)continue;throw s}
throw r};var bO=!1,Lo=(t={})=>yv([async()=>{if(t.profile??process.env[Va])throw process.env[vi]&&process.env[Ci]&&(bO||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),bO=!0)),new w("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),pp(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:s,
ssoRoleName:n,ssoSession:i}=t;if(!r&&!o&&!s&&!n&&!i)throw new w("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(_h(),Rh));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(AO(),CO));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(ay(),iy));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>(uy(),dy));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await hv(t))()),async()=>{throw new w("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
PO);var PO=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;Oe();v();L();rt();O();no();he();Co();wi();Oe();Wr();v();U();O();Q();v();var we=class t extends Le{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var dl=class t extends we{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="client";constructor(e){super({name:"Expi\
redTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ul=class t extends we{static shapeId="com.amazonaws.sts#InvalidContextAssert\
ionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},ml=class t extends we{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentException";name="MalformedPolicyDocumentExcept\
ion";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},fl=class t extends we{static shapeId="\
com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){super({name:"PackedPolicyTooLargeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},gl=class t extends we{static shapeId="com.amazonaws.sts#RegionDisabledException";name="RegionDi\
sabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},hl=class t extends we{static shapeId="\
com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="client";constructor(e){super({name:"IDPRejectedClaimException",$fault:"cli\
ent",...e}),Object.setPrototypeOf(this,t.prototype)}},yl=class t extends we{static shapeId="com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdenti\
tyTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},El=class t extends we{static shapeId="\
com.amazonaws.sts#IDPCommunicationErrorException";name="IDPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicati\
onErrorException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Sl=class t extends we{static shapeId="com.amazonaws.sts#InvalidAuthorizationM\
essageException";name="InvalidAuthorizationMessageException";$fault="client";constructor(e){super({name:"InvalidAuthorizationMessageException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},xl=class t extends we{static shapeId="com.amazonaws.sts#ExpiredTradeInTokenException";name="ExpiredTradeInTokenExcepti\
on";$fault="client";constructor(e){super({name:"ExpiredTradeInTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Rl=class t extends we{static shapeId="\
com.amazonaws.sts#InsufficientSessionLifetimeException";name="InsufficientSessionLifetimeException";$fault="client";constructor(e){super({name:"InsufficientSess\
ionLifetimeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},_l=class t extends we{static shapeId="com.amazonaws.sts#InvalidSubjectCre\
dentialsException";name="InvalidSubjectCredentialsException";$fault="client";constructor(e){super({name:"InvalidSubjectCredentialsException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},wl=class t extends we{static shapeId="com.amazonaws.sts#JWTPayloadSizeExceededException";name="JWTPayloadSizeExceededE\
xception";$fault="client";constructor(e){super({name:"JWTPayloadSizeExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Il=class t extends we{static shapeId="\
com.amazonaws.sts#OutboundWebIdentityFederationDisabledException";name="OutboundWebIdentityFederationDisabledException";$fault="client";constructor(e){super({name:"\
OutboundWebIdentityFederationDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Tl=class t extends we{static shapeId="com.amazo\
naws.sts#SessionDurationEscalationException";name="SessionDurationEscalationException";$fault="client";constructor(e){super({name:"SessionDurationEscalationExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var b2="Arn",P2="AccessKeyId";var O2="AssumedRoleId";var OO="AssumedRoleUser";var D2="AssumeRoleWithWebIdentity",N2="AssumeRoleWithWebIdentityRequest",k2="AssumeRoleWithWebIdentityResponse";var $2="Audience",DO="Credentials";var L2="DurationSeconds",U2="Expiration";var F2="ExpiredTokenException",M2="ExpiredTradeInTokenException",H2="FederatedProviderArn";var B2="Issuer",G2="InvalidAuthorizationMessageException",z2="InvalidContextAssertionException",j2="IDPCommunicationErrorException",V2="IDPRejectedClaimExceptio\
n",W2="InvalidIdentityTokenException",q2="IdentityProvider",K2="InvalidSubjectCredentialsException",J2="InsufficientSessionLifetimeException",X2="JWTPayloadSize\
ExceededException";var Y2="MalformedPolicyDocumentException",Q2="MinimumSessionTokenSize";var NO="OriginIdentity",Z2="OutboundWebIdentityFederationDisabledException",e3="Policy",t3="PolicyArns";var r3="PolicyDescriptorType",o3="ProviderId",s3="PackedPolicySize",n3="PackedPolicyTooLargeException",i3="Provider",a3="RoleArn",c3="RegionDisabledException",p3="\
RoleSessionName",l3="Subject";var d3="SecretAccessKey";var u3="SessionDurationEscalationException",m3="SubjectFromWebIdentityToken",f3="SourceIdentity";var g3="SubjectType",h3="SessionTokenSize",y3="SessionTokenUtilization",E3="SessionToken";var kO="TransactionContext",$O="TrustedIdentityPropagationContext";var S3="WebIdentityToken",x3="arn",R3="accessKeySecretType",jt="awsQueryError",Vt="client",_3="clientTokenType",Wt="error",qt="httpError",Kt="message",w3="origi\
nIdentityIssuerType",I3="originIdentitySubjectType",T3="originIdentitySubjectTypeType",v3="policyDescriptorListType",LO="smithy.ts.sdk.synthetic.com.amazonaws.s\
ts",C3="transactionContextIdentityProviderMapType",A3="transactionContextValueType";var W="com.amazonaws.sts",UO=new K(LO),b3=[-3,LO,"STSServiceException",0,[],[]];UO.registerError(b3,we);var at=new K(W),P3=[-3,W,F2,{[jt]:["ExpiredTokenExceptio\
n",400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError(P3,dl);var O3=[-3,W,M2,{[jt]:["ExpiredTradeInTokenException",400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError(
O3,xl);var D3=[-3,W,j2,{[jt]:["IDPCommunicationError",400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError(D3,El);var N3=[-3,W,V2,{[jt]:["IDPRejectedClaim",403],[Wt]:Vt,
[qt]:403},[Kt],[0]];at.registerError(N3,hl);var k3=[-3,W,J2,{[jt]:["InsufficientSessionLifetime",400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError(k3,Rl);var $3=[
-3,W,G2,{[jt]:["InvalidAuthorizationMessageException",400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError($3,Sl);var L3=[-3,W,z2,{[jt]:["InvalidContextAssertion",
400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError(L3,ul);var U3=[-3,W,W2,{[jt]:["InvalidIdentityToken",400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError(U3,yl);
var F3=[-3,W,K2,{[jt]:["InvalidSubjectCredentials",400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError(F3,_l);var M3=[-3,W,X2,{[jt]:["JWTPayloadSizeExceededExcept\
ion",400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError(M3,wl);var H3=[-3,W,Y2,{[jt]:["MalformedPolicyDocument",400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError(
H3,ml);var B3=[-3,W,Z2,{[jt]:["OutboundWebIdentityFederationDisabledException",403],[Wt]:Vt,[qt]:403},[Kt],[0]];at.registerError(B3,Il);var G3=[-3,W,n3,{[jt]:["\
PackedPolicyTooLarge",400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError(G3,fl);var z3=[-3,W,c3,{[jt]:["RegionDisabledException",403],[Wt]:Vt,[qt]:403},[Kt],[0]];
at.registerError(z3,gl);var j3=[-3,W,u3,{[jt]:["SessionDurationEscalationException",403],[Wt]:Vt,[qt]:403},[Kt],[0]];at.registerError(j3,Tl);var FO=[UO,at],V3=[
0,W,R3,8,0],W3=[0,W,_3,8,0],q3=[0,W,w3,8,0],K3=[0,W,I3,8,0],J3=[0,W,T3,8,0];var X3=[0,W,A3,8,0];var Y3=[3,W,OO,0,[O2,b2],[0,0],2];var Q3=[3,W,N2,0,[a3,p3,S3,o3,t3,e3,L2,Q2],[0,0,[()=>W3,0],0,()=>nH,0,1,1],3],Z3=[3,W,k2,0,[DO,m3,OO,s3,i3,$2,f3,y3,h3,$O],[[()=>eH,0],0,()=>Y3,1,0,0,0,1,1,[()=>sH,
0]]];var eH=[3,W,DO,0,[P2,d3,E3,U2],[0,[()=>V3,0],0,4],4];var tH=[3,W,NO,0,[l3,g3,B2,H2],[[()=>K3,0],[()=>J3,0],[()=>q3,0],0]],rH=[3,W,r3,0,[x3],[0]];var oH=[3,W,kO,0,[q2],[[()=>iH,0]]],sH=[3,W,$O,8,[NO,kO],[[()=>tH,0],[()=>oH,0]]],nH=[1,W,v3,0,()=>rH];var iH=[2,W,C3,0,[0,0],[()=>X3,0]];var MO=[9,W,D2,0,()=>Q3,()=>Z3];var HO=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??ap,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??uT,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"aws.auth#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.aut\
h#sigv4a"),signer:new Rr},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ce}],logger:t?.
logger??new Se,protocol:t?.protocol??fs,protocolSettings:t?.protocolSettings??{defaultNamespace:"com.amazonaws.sts",errorTypeRegistries:FO,xmlNamespace:"https:/\
/sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??Ze,signerConstructor:t?.
signerConstructor??Dr,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??Z});var BO=t=>{_t(process.version);let e=Ct(t),r=()=>e().then(Rt),o=HO(t);ut(process.version);let s={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(st,s),bodyLengthChecker:t?.bodyLengthChecker??gt,credentialDefaultProvider:t?.credentialDefaultProvider??
Lo,defaultSocketTimeout:lr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Ht({serviceId:o.serviceId,clientVersion:hT.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:n=>n.getIdentityProvider("aws.auth#sigv4")||(async i=>await Lo(i?.__config||{})()),signer:new ne},
{schemeId:"aws.auth#sigv4a",identityProvider:n=>n.getIdentityProvider("aws.auth#sigv4a"),signer:new Rr},{schemeId:"smithy.api#noAuth",identityProvider:n=>n.getIdentityProvider(
"smithy.api#noAuth")||(async()=>({})),signer:new Ce}],maxAttempts:t?.maxAttempts??_(Lt,t),region:t?.region??_(Te,{...Ue,...s}),requestHandler:Ae.create(t?.requestHandler??
r),retryMode:t?.retryMode??_({...Ft,default:async()=>(await r()).retryMode||Ge},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??_(cn,s),streamCollector:t?.
streamCollector??be,useDualstackEndpoint:t?.useDualstackEndpoint??_(Et,s),useFipsEndpoint:t?.useFipsEndpoint??_(St,s),userAgentAppId:t?.userAgentAppId??_(Bt,s)}};F();v();U();var GO=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);n===-1?e.
push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){return o}}},
zO=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var jO=(t,e)=>{let r=Object.assign(Gt(t),wt(t),bt(t),GO(t));return e.forEach(o=>o.configure(r)),Object.assign(t,zt(r),It(r),Pt(r),zO(r))};var vl=class extends Re{config;constructor(...[e]){let r=BO(e||{});super(r),this.initConfig=r;let o=fT(r),s=$t(o),n=Ut(s),i=vt(n),a=i,c=Yt(a),l=mT(c),d=jO(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(xt(this.config)),this.middlewareStack.use(Mt(this.config)),this.middlewareStack.use(Zt(this.config)),this.
middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(kt(this.config)),
this.middlewareStack.use(et(this.config,{httpAuthSchemeParametersProvider:lT,identityProviderConfigProvider:async u=>new Pe({"aws.auth#sigv4":u.credentials,"aws\
.auth#sigv4a":u.credentials})})),this.middlewareStack.use(tt(this.config))}destroy(){super.destroy()}};v();j();var VO=Tt(gT,"AWSSecurityTokenServiceV20110615","STSClient",Qt),WO={},qO=(t,e,r,o)=>[];var Cl=class extends VO(WO,qO,"AssumeRoleWithWebIdentity",MO){};async function fy(t){if(t.tokenEnv){let r=t.env[t.tokenEnv]?.trim();if(!r)throw new ke(`web-identity-token-env names ${t.tokenEnv}, which is not set or empty`);
return{token:r,source:`environment variable ${t.tokenEnv}`}}if(t.tokenFile)return{token:KO(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{
token:await aH(t),source:"GitHub OIDC"};if(t.ci==="circleci")return cH(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:KO(e),source:`file ${e}`};throw new ke(
"role-to-assume is set but no OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_W\
EB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env")}function KO(t){let e=(0,YO.readFileSync)(t,"utf8").trim();if(!e)throw new ke(
`the OIDC token file ${t} is empty`);return e}async function aH(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)
throw new ke("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add `permissions: id-token: write` (and `contents: read`) t\
o the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw e instanceof Cr?e:new Er(`could not get the GitHub OIDC token: ${e.message}`,
"check `permissions: id-token: write`; tokens are not issued to pull requests from forks")}}async function cH(t){let e=t.env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN,
r=e&&{token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};if(r&&!t.renew)return r;try{let o=["run","oidc","get"];t.audience!==
Uu&&o.push("--claims",JSON.stringify({aud:t.audience}));let{stdout:s}=await(0,QO.promisify)(XO.execFile)("circleci",o,{encoding:"utf8",env:t.env}),n=s.trim();if(n)
return{token:n,source:"circleci run oidc get"}}catch{}if(r)return r;throw new ke("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V2 or CIRCL\
E_OIDC_TOKEN)","run the job with a context (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function pH(t){try{let e=JSON.
parse(Buffer.from(t.split(".")[1]??"","base64url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),sub:r(e.sub),
aud:r(e.aud)}}catch{return{}}}async function gy(t,e,r,o){r.secret(e);let s=new vl($s(t.region,void 0,o)),n=new Cl({RoleArn:t.roleArn,RoleSessionName:t.sessionName,
WebIdentityToken:e,DurationSeconds:t.durationSeconds});try{let a=(await uo(o,"STS AssumeRoleWithWebIdentity",()=>s.send(n,{abortSignal:o?.signal}))).Credentials;
if(!a?.AccessKeyId||!a.SecretAccessKey||!a.SessionToken)throw new Er("STS answered without credentials");return dH({accessKeyId:a.AccessKeyId,secretAccessKey:a.
SecretAccessKey,sessionToken:a.SessionToken,expiration:a.Expiration},r)}catch(i){throw uH(i,t,e)}finally{s.destroy()}}function ZO(t,e){let r={credentials:t,margin:JO(
t)},o;return()=>{let s=r.credentials.expiration?.getTime();return s===void 0||s-Date.now()>r.margin?Promise.resolve(r.credentials):(o??=e().then(n=>(r={credentials:n,
margin:JO(n)},n)).finally(()=>{o=void 0}),o)}}var lH=300*1e3;function JO(t){let e=t.expiration?t.expiration.getTime()-Date.now():1/0;return Math.min(lH,e/2)}function dH(t,e){
for(let r of[t.accessKeyId,t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}function uH(t,e,r){if(t instanceof Er||t instanceof Cr)return t;let o=t,s=pH(
r),n=`token iss=${s.iss??"?"} sub=${s.sub??"?"} aud=${s.aud??"?"}`,i=Ls(t);if(i.transient){let c=`STS AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${i.
attempts} attempt(s) (${o.name}: ${o.message}); ${n}`;return new Er(c,Us("STS",i.throttled),{cause:t})}let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn}\
 (${o.name}: ${o.message}); ${n}`;switch(o.name){case"AccessDenied":case"AccessDeniedException":return new Er(a,"the role's trust policy must allow this token: \
Federated principal for the issuer, `aud` and `sub` conditions matching the values above (`ecr-deliver iam-policy` prints one)",{cause:t});case"InvalidIdentityT\
oken":case"InvalidIdentityTokenException":return new Er(a,"the account needs an IAM OIDC identity provider for this issuer, with the audience above as a client \
id",{cause:t});case"ExpiredTokenException":return new Er(a,"the OIDC token expired before it was used; request a fresh one",{cause:t});case"IDPCommunicationErro\
r":case"IDPCommunicationErrorException":return new Er(a,"STS could not reach the token issuer; retry the job",{cause:t});default:return new Er(a,void 0,{cause:t})}}var mH=[/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,/^ACTIONS_RUNTIME_TOKEN$/,/^CIRCLE_OIDC_TOKEN/,/^INPUT_/];function fa(t,e){let r=Object.fromEntries(Object.entries(
t).filter(([o])=>!mH.some(s=>s.test(o))));return e?{...r,DOCKER_CONFIG:e}:r}var In=require("node:fs"),sD=require("node:os"),hy=require("node:path");var eD=3,fH=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
tD=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,rD=t=>t.startsWith(
"-")?`./${t}`:t;function nD(t,e){let r={};return t.platform?.includes(",")?r.buildx="platform":t.provenance&&(r.buildx="provenance"),r.buildkit=Pa(e),r}function gH(t,e,r){
let o=e==="buildx",s=o?["buildx","build"]:["build"],n=o?{}:{DOCKER_BUILDKIT:e==="buildkit"?"1":"0"};s.push("--file",rD(t.dockerfile));for(let i of t.tags)s.push(
"--tag",i);for(let[i,a]of Object.entries(t.labels))s.push("--label",`${i}=${a}`);for(let i of t.buildArgs){let a=i.indexOf("=");n[i.slice(0,a)]=i.slice(a+1),s.push(
"--build-arg",i.slice(0,a))}if(t.target&&s.push("--target",t.target),t.platform&&s.push("--platform",t.platform),e!=="classic"){let i=cE(t.secrets);s.push(...i.
argv),Object.assign(n,i.env)}return t.cache&&(o&&s.push("--cache-to","type=inline"),e==="buildkit"&&s.push("--build-arg","BUILDKIT_INLINE_CACHE=1"),t.cache.from&&
s.push("--cache-from",o?`type=registry,ref=${t.cache.from}`:t.cache.from)),o&&(s.push("--provenance",t.provenance?"mode=max":"false"),t.provenance&&s.push("--sb\
om","true"),s.push(t.pushFromBuilder?"--push":"--load"),r&&s.push("--metadata-file",r)),s.push(rD(t.context)),{argv:s,env:n}}function hH(t){return/digest: (sha256:[a-f0-9]{64})/.
exec(t)?.[1]}var oD=1e4,Ts=class{constructor(e,r,o,s=process.env){this.runner=e;this.reporter=r;this.deadline=o;this.env=s}runner;reporter;deadline;env;run(e,r,o){
return uo(this.deadline,`docker ${r[0]==="buildx"?"buildx build":r[0]}`,()=>this.runner(e,r,{...o,env:o?.env?{...this.env,...o.env}:this.env}))}async check(){let e;
try{e=await this.run("docker",["version","--format","{{.Server.Version}}"],{silent:!0,timeoutMs:oD})}catch{throw new ke("docker is not installed: no `docker` co\
mmand on PATH","use a runner or executor with Docker (CircleCI: the machine executor, or a docker image with setup_remote_docker)")}if(e.timedOut)throw new ke(`\
the docker daemon did not answer within ${oD/1e3} s (docker version)`,"the daemon is hung or overloaded: restart the docker engine (or check DOCKER_HOST / the d\
ocker context)");if(e.code!==0){let r=e.stderr.trim().split(`
`).pop()??"";throw new ke(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;embedded;chosen;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.
buildx}drivesEmbeddedBuildkit(){return this.embedded??=this.run("docker",["build","--help"],{silent:!0,env:{DOCKER_BUILDKIT:"1"}}).then(e=>e.code===0,()=>!1),this.
embedded}builder(e){return this.chosen??=vE({buildx:()=>this.hasBuildx(),embeddedBuildkit:()=>this.drivesEmbeddedBuildkit()},this.env,e).then(r=>(this.reporter.
info(`Builder: ${TE[r]}`),r)),this.chosen}logins=Promise.resolve();login(e){let r=this.logins.then(()=>this.loginNow(e));return this.logins=r.catch(()=>{}),r}async loginNow(e){
this.reporter.secret(e.password),this.reporter.secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--u\
sername",e.username,"--password-stdin",e.host],{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new pr(`docker login to ${e.host}\
 failed: ${Jr(r)}`)}async logout(e){await this.run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=r==="buildx"?(0,In.mkdtempSync)((0,hy.join)(
(0,sD.tmpdir)(),"ecr-deliver-")):void 0,s=o?(0,hy.join)(o,"metadata.json"):void 0;try{let n=await this.runBuild(e,r,s);if(n.code!==0&&e.cache&&/cache/i.test(Jr(
n))&&(this.reporter.warning(`the build failed on the layer cache (${Jr(n)}); building again without it`),n=await this.runBuild({...e,cache:void 0},r,s)),n.code!==
0)throw new pr(`docker ${r==="buildx"?"buildx build":"build"} failed (exit ${n.code}): ${Jr(n)}`);return!s||!e.pushFromBuilder?void 0:JSON.parse((0,In.readFileSync)(
s,"utf8"))["containerimage.digest"]}finally{o&&(0,In.rmSync)(o,{recursive:!0,force:!0})}}runBuild(e,r,o){let{argv:s,env:n}=gH(e,r,o);return this.run("docker",s,
{output:this.reporter.output,env:n})}async pullCache(e){let r=await this.run("docker",["pull","--quiet",e],{output:this.reporter.output});return r.code!==0&&this.
reporter.warning(`no layer cache: docker pull ${e} failed (${Jr(r)}); building without it`),r.code===0}async tag(e,r){let o=await this.run("docker",["tag",e,r],
{output:this.reporter.output});if(o.code!==0)throw new pr(`docker tag ${e} ${r} failed: ${Jr(o)}`)}async push(e,r){let o=!1;for(let s=1;;s++){let n=await this.run(
"docker",["push",e],{output:this.reporter.output}),i=`${n.stdout}
${n.stderr}`;if(n.code===0){let a=hH(i);if(!a)throw new pr(`docker push ${e} printed no digest`);return a}if(tD.test(i)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${Jr(n)}); logging in again`),await r();continue}if(tD.test(i))throw new pr(`docker push ${e} was refused after a fresh login: ${Jr(
n)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!fH.test(
i)||s>=eD)throw new pr(`docker push ${e} failed after ${s} attempt(s): ${Jr(n)}`);this.reporter.warning(`docker push failed (${Jr(n)}); retrying (${s}/${eD-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(s-1)))}}},yH=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/;
function Jr(t){let e=o=>o.split(`
`).map(s=>s.trim()).filter(s=>s&&!yH.test(s)),r=e(t.stdout);return e(t.stderr).pop()??[...r].reverse().find(o=>/error|denied|fail|unauthorized/i.test(o))??r.pop()??
`exit ${t.code}`}var Ir=require("node:fs"),bl=require("node:os"),Uo=require("node:path"),EH=["auths","credHelpers","credsStore","currentContext","proxies"],SH=["buildx","cli-plu\
gins","contexts"];function xH(t){return t.DOCKER_CONFIG||(0,Uo.join)(t.HOME||(0,bl.homedir)(),".docker")}var Al=class t{constructor(e){this.dir=e;process.once("\
exit",this.onExit)}dir;removed=!1;onExit=()=>this.remove();static create(e){let r=new t((0,Ir.mkdtempSync)((0,Uo.join)((0,bl.tmpdir)(),"ecr-deliver-docker-"))),
o=xH(e);(0,Ir.writeFileSync)((0,Uo.join)(r.dir,"config.json"),JSON.stringify(RH((0,Uo.join)(o,"config.json")),null,2),{mode:384});for(let s of SH)(0,Ir.existsSync)(
(0,Uo.join)(o,s))&&(0,Ir.symlinkSync)((0,Uo.join)(o,s),(0,Uo.join)(r.dir,s));return r}remove(){this.removed||(this.removed=!0,process.off("exit",this.onExit),(0,Ir.rmSync)(
this.dir,{recursive:!0,force:!0}))}};function RH(t){let e;try{e=JSON.parse((0,Ir.readFileSync)(t,"utf8"))}catch{return{}}let r=Object.fromEntries(EH.filter(o=>e[o]!==
void 0).map(o=>[o,e[o]]));return typeof e.credsStore=="string"&&e.credsStore?_H(r,e.credsStore):r}function _H(t,e){let{credsStore:r,...o}=t,s=t.auths??{},n={};for(let[
i,a]of Object.entries(s))a?.auth||(n[i]=e);return{...o,credHelpers:{...n,...t.credHelpers}}}var Ty=require("node:fs");F();Oe();v();L();j();U();rt();Q();he();v();var iD=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function wH(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var aD=t=>{let e=[];switch(t.operation){default:e.push(wH(t))}return e},cD=t=>{let e=er(t);return Object.assign(e,{authSchemePreference:V(t.authSchemePreference??
[])})};var pD=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),lD={UseFIPS:{type:"b\
uiltInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInPar\
ams",name:"useDualstackEndpoint"}};var dD={name:"@aws-sdk/client-ecr",version:"3.1169.0",description:"AWS SDK for JavaScript Ecr Client for Node.js, Browser and React Native",homepage:"https://gi\
thub.com/aws/aws-sdk-js-v3/tree/main/clients/client-ecr",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/sdk-for-jav\
ascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-ecr"},files:["dist-*/**"],sideEffects:!1,main:"./dist\
-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:b\
uild:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","buil\
d:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downle\
vel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../script\
s/generate-clients/single-service","test:e2e":"yarn g:vitest run -c vitest.config.e2e.mts","test:e2e:watch":"yarn g:vitest watch -c vitest.config.e2e.mts","test\
:index":"tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.981.0","@aws-sdk/credential-provider-node":"^3.972.\
97","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.40.0","@smithy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",tslib:"\
^2.6.2"},devDependencies:{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},
engines:{node:">=20.0.0"}};F();he();v();L();rt();O();no();he();Co();Wr();v();U();O();F();j();j();var Tn="ref",vs=-1,Pl=!0,uD="isSet",Ey="PartitionResult",Fo="stringEquals",Ol="booleanEquals",yy="getAttr",mD={[Tn]:"Endpoint"},Mo={fn:yy,argv:[{[Tn]:Ey},"n\
ame"]},fD={[Tn]:Ey},Cs={},gD=[{[Tn]:"Region"}],hD={conditions:[[uD,[mD]],[uD,gD],["aws.partition",gD,Ey],[Fo,[Mo,"aws-eusc"]],[Fo,[Mo,"aws-iso-f"]],[Fo,[Mo,"aws\
-iso-e"]],[Fo,[Mo,"aws-iso-b"]],[Fo,[Mo,"aws-iso"]],[Fo,[Mo,"aws-cn"]],[Fo,[Mo,"aws-us-gov"]],[Fo,[Mo,"aws"]],[Ol,[{[Tn]:"UseFIPS"},Pl]],[Ol,[{fn:yy,argv:[fD,"s\
upportsFIPS"]},Pl]],[Ol,[{[Tn]:"UseDualStack"},Pl]],[Ol,[{fn:yy,argv:[fD,"supportsDualStack"]},Pl]]],results:[[vs],[vs,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[vs,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[mD,Cs],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",Cs],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",Cs],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",Cs],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",Cs],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Cs],[vs,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[vs,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",Cs],[vs,"DualStack is enabled but this partition does not support DualStack"],[vs,"Invalid Configuration: Missing Region"]]},TH=2,Ke=1e8,
vH=new Int32Array([-1,1,-1,0,23,3,1,4,Ke+13,2,5,Ke+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,Ke+4,14,Ke+11,Ke+12,12,18,17,13,
Ke+9,Ke+10,13,19,Ke+6,14,Ke+8,Ke+9,11,22,21,13,Ke+5,Ke+4,13,Ke+7,Ke+6,11,Ke+1,24,13,Ke+2,Ke+3]),yD=Fe.from(vH,TH,hD.conditions,hD.results);var CH=new Me({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),ED=(t,e={})=>CH.get(t,()=>At(yD,{endpointParams:t,logger:e.logger}));ve.aws=ot;Q();v();var P=class t extends Le{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Dl=class t extends P{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Nl=class t extends P{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},kl=class t extends P{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},$l=class t extends P{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ll=class t extends P{static shapeId="\
com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamIma\
geException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ul=class t extends P{static shapeId="com.amazonaws.ecr#ValidationException";name="\
ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Fl=class t extends P{static shapeId="\
com.amazonaws.ecr#EmptyUploadException";name="EmptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Ml=class t extends P{static shapeId="com.amazonaws.ecr#InvalidLayerException";name="InvalidLayerException";$fault="client";constructor(e){
super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Hl=class t extends P{static shapeId="com.amazonaws.ecr#KmsE\
xception";name="KmsException";$fault="client";kmsError;constructor(e){super({name:"KmsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.kmsError=e.kmsError}},Bl=class t extends P{static shapeId="com.amazonaws.ecr#LayerAlreadyExistsException";name="LayerAlreadyExistsException";$fault="client";constructor(e){
super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Gl=class t extends P{static shapeId="com.amazonaws.ec\
r#LayerPartTooSmallException";name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},zl=class t extends P{static shapeId="com.amazonaws.ecr#UploadNotFoundException";name="UploadNotFoundException";$fault="client";constructor(e){
super({name:"UploadNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},jl=class t extends P{static shapeId="com.amazonaws.ecr#Pu\
llThroughCacheRuleAlreadyExistsException";name="PullThroughCacheRuleAlreadyExistsException";$fault="client";constructor(e){super({name:"PullThroughCacheRuleAlre\
adyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vl=class t extends P{static shapeId="com.amazonaws.ecr#SecretNotFoundExcept\
ion";name="SecretNotFoundException";$fault="client";constructor(e){super({name:"SecretNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Wl=class t extends P{static shapeId="com.amazonaws.ecr#UnableToAccessSecretException";name="UnableToAccessSecretException";$fault="client";constructor(e){super(
{name:"UnableToAccessSecretException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ql=class t extends P{static shapeId="com.amazonaws.ecr#Un\
ableToDecryptSecretValueException";name="UnableToDecryptSecretValueException";$fault="client";constructor(e){super({name:"UnableToDecryptSecretValueException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Kl=class t extends P{static shapeId="com.amazonaws.ecr#UnsupportedUpstreamRegistryException";name="Unsu\
pportedUpstreamRegistryException";$fault="client";constructor(e){super({name:"UnsupportedUpstreamRegistryException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Jl=class t extends P{static shapeId="com.amazonaws.ecr#InvalidTagParameterException";name="InvalidTagParameterException";$fault="client";constructor(e){
super({name:"InvalidTagParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Xl=class t extends P{static shapeId="com.amazonaws.e\
cr#RepositoryAlreadyExistsException";name="RepositoryAlreadyExistsException";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yl=class t extends P{static shapeId="com.amazonaws.ecr#TooManyTagsException";name="TooManyTagsException";$fault="\
client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ql=class t extends P{static shapeId="\
com.amazonaws.ecr#TemplateAlreadyExistsException";name="TemplateAlreadyExistsException";$fault="client";constructor(e){super({name:"TemplateAlreadyExistsExcepti\
on",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zl=class t extends P{static shapeId="com.amazonaws.ecr#LifecyclePolicyNotFoundException";name="\
LifecyclePolicyNotFoundException";$fault="client";constructor(e){super({name:"LifecyclePolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},ed=class t extends P{static shapeId="com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";name="PullThroughCacheRuleNotFoundException";$fault="\
client";constructor(e){super({name:"PullThroughCacheRuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},td=class t extends P{static shapeId="\
com.amazonaws.ecr#RegistryPolicyNotFoundException";name="RegistryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RegistryPolicyNotFoundExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},rd=class t extends P{static shapeId="com.amazonaws.ecr#RepositoryNotEmptyException";name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
od=class t extends P{static shapeId="com.amazonaws.ecr#TemplateNotFoundException";name="TemplateNotFoundException";$fault="client";constructor(e){super({name:"T\
emplateNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},sd=class t extends P{static shapeId="com.amazonaws.ecr#RepositoryPoli\
cyNotFoundException";name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},nd=class t extends P{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurati\
onNotFoundException";$fault="client";constructor(e){super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
id=class t extends P{static shapeId="com.amazonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"\
ExclusionNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ad=class t extends P{static shapeId="com.amazonaws.ecr#ImageNotFoun\
dException";name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},cd=class t extends P{static shapeId="com.amazonaws.ecr#ScanNotFoundException";name="ScanNotFoundException";$fault="client";constructor(e){super({
name:"ScanNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pd=class t extends P{static shapeId="com.amazonaws.ecr#Replication\
BackfillNotFoundException";name="ReplicationBackfillNotFoundException";$fault="client";constructor(e){super({name:"ReplicationBackfillNotFoundException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},ld=class t extends P{static shapeId="com.amazonaws.ecr#LayerInaccessibleException";name="LayerInaccessi\
bleException";$fault="client";constructor(e){super({name:"LayerInaccessibleException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},dd=class t extends P{static shapeId="\
com.amazonaws.ecr#LayersNotFoundException";name="LayersNotFoundException";$fault="client";constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},ud=class t extends P{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamLayerException";name="UnableToGetUpstreamLay\
erException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},md=class t extends P{static shapeId="\
com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";name="LifecyclePolicyPreviewNotFoundException";$fault="client";constructor(e){super({name:"LifecycleP\
olicyPreviewNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},fd=class t extends P{static shapeId="com.amazonaws.ecr#UnableToL\
istUpstreamImageReferrersException";name="UnableToListUpstreamImageReferrersException";$fault="client";constructor(e){super({name:"UnableToListUpstreamImageRefe\
rrersException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},gd=class t extends P{static shapeId="com.amazonaws.ecr#ImageAlreadyExistsExcept\
ion";name="ImageAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},hd=class t extends P{static shapeId="com.amazonaws.ecr#ImageDigestDoesNotMatchException";name="ImageDigestDoesNotMatchException";$fault="client";constructor(e){
super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yd=class t extends P{static shapeId="com.amazona\
ws.ecr#ImageTagAlreadyExistsException";name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ed=class t extends P{static shapeId="com.amazonaws.ecr#ReferencedImagesNotFoundException";name="Referen\
cedImagesNotFoundException";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Sd=class t extends P{static shapeId="com.amazonaws.ecr#BlockedByOrganizationPolicyException";name="BlockedByOrganizationPolicyException";$fault="client";constructor(e){
super({name:"BlockedByOrganizationPolicyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xd=class t extends P{static shapeId="com.ama\
zonaws.ecr#ExclusionAlreadyExistsException";name="ExclusionAlreadyExistsException";$fault="client";constructor(e){super({name:"ExclusionAlreadyExistsException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Rd=class t extends P{static shapeId="com.amazonaws.ecr#ImageArchivedException";name="ImageArchi\
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},_d=class t extends P{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wd=class t extends P{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Id=class t extends P{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Td=class t extends P{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},vd=class t extends P{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Cd=class t extends P{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var AH="AuthorizationData",bH="AuthorizationDataList";var PH="BlockedByOrganizationPolicyException";var OH="BatchGetImage",DH="BatchGetImageRequest",NH="BatchGetImageResponse";var kH="CreateRepository";var $H="CreateRepositoryRequest",LH="CreateRepositoryResponse";var UH="DescribeImages",FH="DescribeImagesFilter",MH="DescribeImagesRequest";var HH="DescribeImagesResponse";var BH="DescribeRepositoriesRequest",GH="DescribeRepositoriesResponse";var zH="DescribeRepositories";var jH="ExclusionAlreadyExistsException",VH="EncryptionConfiguration";var WH="ExclusionNotFoundException",qH="EmptyUploadException";var KH="GetAuthorizationToken",JH="GetAuthorizationTokenRequest",XH="GetAuthorizationTokenResponse";var YH="Image",QH="ImageArchivedException",ZH="ImageAlreadyExistsException",eB="ImageDetail",tB="ImageDigestDoesNotMatchException",rB="ImageDetailList",oB="Imag\
eFailure",sB="ImageFailureList",nB="ImageIdentifier",iB="ImageIdentifierList",aB="ImageList",cB="InvalidLayerException",pB="InvalidLayerPartException";var lB="ImageNotFoundException",dB="InvalidParameterException";var uB="ImageScanningConfiguration",mB="ImageStorageClassUpdateNotSupportedException";var fB="ImageScanFindingsSummary";var gB="ImageScanStatus";var hB="ImageTagAlreadyExistsException",yB="ImageTagMutabilityExclusionFilter",EB="ImageTagMutabilityExclusionFilters",SB="InvalidTagParameterException",xB="Key",
RB="KmsException";var _B="LayerAlreadyExistsException",wB="LimitExceededException";var IB="LayerInaccessibleException";var TB="LayersNotFoundException",vB="LifecyclePolicyNotFoundException";var CB="LifecyclePolicyPreviewInProgressException",AB="LifecyclePolicyPreviewNotFoundException";var bB="LayerPartTooSmallException";var PB="PutImage",OB="PutImageRequest",DB="PutImageResponse";var NB="PutLifecyclePolicy",kB="PutLifecyclePolicyRequest",$B="PutLifecyclePolicyResponse";var LB="PullThroughCacheRuleAlreadyExistsException";var UB="PullThroughCacheRuleNotFoundException";var FB="RepositoryAlreadyExistsException",MB="ReplicationBackfillInProgressException",HB="ReplicationBackfillInvalidStatusException",BB="ReplicationBackfillNotF\
oundException";var GB="ReferencedImagesNotFoundException",zB="RepositoryList";var jB="RepositoryNotEmptyException",VB="RepositoryNotFoundException",WB="RegistryPolicyNotFoundException",qB="RepositoryPolicyNotFoundException";var KB="Repository";var JB="SigningConfigurationNotFoundException";var XB="ServerException";var YB="ScanNotFoundException",QB="SecretNotFoundException";var ZB="SetRepositoryPolicy",e4="SetRepositoryPolicyRequest",t4="SetRepositoryPolicyResponse",r4="Tag",o4="TemplateAlreadyExistsException";var s4="TagList",n4="TooManyTagsException",i4="TemplateNotFoundException";var a4="UnsupportedImageTypeException";var c4="UploadNotFoundException";var p4="UnableToAccessSecretException",l4="UnableToDecryptSecretValueException",d4="UnableToGetUpstreamImageException",u4="UnableToGetUpstreamLayerException",m4="\
UnableToListUpstreamImageReferrersException",f4="UnsupportedUpstreamRegistryException",g4="Value",h4="ValidationException";var y4="authorizationData";var E4="acceptedMediaTypes",S4="artifactMediaType";var x4="authorizationToken";var $="client";var R4="createdAt";var _4="description";var N="error",w4="expiresAt";var SD="encryptionConfiguration";var I4="encryptionType";var T4="failures";var v4="failureCode";var C4="failureReason";var A4="findingSeverityCounts",b4="filterType";var xD="filter";var P4="force",O4="httpError",D4="images",N4="imageDetails",Sy="imageDigest";var RD="imageIds",_D="imageId",wD="imageManifest",xy="imageManifestMediaType",k4="imagePushedAt",ID="imageStatus",TD="imageScanningConfiguration",$4="imageScanC\
ompletedAt";var L4="imageScanFindingsSummary",U4="imageSizeInBytes",F4="imageScanStatus",M4="imageTags";var vD="imageTagMutability",CD="imageTagMutabilityExclusionFilters",AD="imageTag";var H4="image";var B4="kmsError",G4="kmsKey";var z4="lastArchivedAt",j4="lastActivatedAt";var bD="lifecyclePolicyText",V4="lastRecordedPullTime";var W4="lastValidByteReceived",k="message",PD="maxResults";var Ad="nextToken";var q4="proxyEndpoint";var OD="policyText";var K4="repositoryArn";var hr="registryId",J4="registryIds",Tr="repositoryName",X4="repositoryNames";var Y4="repositoryUri";var Q4="repository";var Z4="repositories";var DD="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var eG="subjectManifestDigest",tG="scanOnPush";var rG="server";var oG="status";var sG="tags";var nG="tagStatus";var iG="uploadId";var aG="vulnerabilitySourceUpdatedAt";var x="com.amazonaws.ecr",ND=new K(DD),cG=[-3,DD,"ECRServiceException",0,[],[]];ND.registerError(cG,P);var D=new K(x),pG=[-3,x,PH,{[N]:$},[k],[0]];D.registerError(
pG,Sd);var lG=[-3,x,qH,{[N]:$},[k],[0]];D.registerError(lG,Fl);var dG=[-3,x,jH,{[N]:$},[k],[0]];D.registerError(dG,xd);var uG=[-3,x,WH,{[N]:$},[k],[0]];D.registerError(
uG,id);var mG=[-3,x,ZH,{[N]:$},[k],[0]];D.registerError(mG,gd);var fG=[-3,x,QH,{[N]:$},[k],[0]];D.registerError(fG,Rd);var gG=[-3,x,tB,{[N]:$},[k],[0]];D.registerError(
gG,hd);var hG=[-3,x,lB,{[N]:$},[k],[0]];D.registerError(hG,ad);var yG=[-3,x,mB,{[N]:$},[k],[0]];D.registerError(yG,vd);var EG=[-3,x,hB,{[N]:$},[k],[0]];D.registerError(
EG,yd);var SG=[-3,x,cB,{[N]:$},[k],[0]];D.registerError(SG,Ml);var xG=[-3,x,pB,{[N]:$},[hr,Tr,iG,W4,k],[0,0,0,1,0]];D.registerError(xG,Cd);var RG=[-3,x,dB,{[N]:$},
[k],[0]];D.registerError(RG,Dl);var _G=[-3,x,SB,{[N]:$},[k],[0]];D.registerError(_G,Jl);var wG=[-3,x,RB,{[N]:$},[k,B4],[0,0]];D.registerError(wG,Hl);var IG=[-3,
x,_B,{[N]:$},[k],[0]];D.registerError(IG,Bl);var TG=[-3,x,IB,{[N]:$},[k],[0]];D.registerError(TG,ld);var vG=[-3,x,bB,{[N]:$},[k],[0]];D.registerError(vG,Gl);var CG=[
-3,x,TB,{[N]:$},[k],[0]];D.registerError(CG,dd);var AG=[-3,x,vB,{[N]:$},[k],[0]];D.registerError(AG,Zl);var bG=[-3,x,CB,{[N]:$},[k],[0]];D.registerError(bG,wd);
var PG=[-3,x,AB,{[N]:$},[k],[0]];D.registerError(PG,md);var OG=[-3,x,wB,{[N]:$},[k],[0]];D.registerError(OG,$l);var DG=[-3,x,LB,{[N]:$},[k],[0]];D.registerError(
DG,jl);var NG=[-3,x,UB,{[N]:$},[k],[0]];D.registerError(NG,ed);var kG=[-3,x,GB,{[N]:$},[k],[0]];D.registerError(kG,Ed);var $G=[-3,x,WB,{[N]:$},[k],[0]];D.registerError(
$G,td);var LG=[-3,x,MB,{[N]:$},[k],[0]];D.registerError(LG,Id);var UG=[-3,x,HB,{[N]:$},[k],[0]];D.registerError(UG,Td);var FG=[-3,x,BB,{[N]:$},[k],[0]];D.registerError(
FG,pd);var MG=[-3,x,FB,{[N]:$},[k],[0]];D.registerError(MG,Xl);var HG=[-3,x,jB,{[N]:$},[k],[0]];D.registerError(HG,rd);var BG=[-3,x,VB,{[N]:$},[k],[0]];D.registerError(
BG,Nl);var GG=[-3,x,qB,{[N]:$},[k],[0]];D.registerError(GG,sd);var zG=[-3,x,YB,{[N]:$},[k],[0]];D.registerError(zG,cd);var jG=[-3,x,QB,{[N]:$},[k],[0]];D.registerError(
jG,Vl);var VG=[-3,x,XB,{[N]:rG},[k],[0]];D.registerError(VG,kl);var WG=[-3,x,JB,{[N]:$},[k],[0]];D.registerError(WG,nd);var qG=[-3,x,o4,{[N]:$},[k],[0]];D.registerError(
qG,Ql);var KG=[-3,x,i4,{[N]:$},[k],[0]];D.registerError(KG,od);var JG=[-3,x,n4,{[N]:$},[k],[0]];D.registerError(JG,Yl);var XG=[-3,x,p4,{[N]:$},[k],[0]];D.registerError(
XG,Wl);var YG=[-3,x,l4,{[N]:$},[k],[0]];D.registerError(YG,ql);var QG=[-3,x,d4,{[N]:$},[k],[0]];D.registerError(QG,Ll);var ZG=[-3,x,u4,{[N]:$},[k],[0]];D.registerError(
ZG,ud);var ez=[-3,x,m4,{[N]:$},[k],[0]];D.registerError(ez,fd);var tz=[-3,x,a4,{[N]:$},[k],[0]];D.registerError(tz,_d);var rz=[-3,x,f4,{[N]:$},[k],[0]];D.registerError(
rz,Kl);var oz=[-3,x,c4,{[N]:$},[k],[0]];D.registerError(oz,zl);var sz=[-3,x,h4,{[N]:$,[O4]:400},[k],[0]];D.registerError(sz,Ul);var kD=[ND,D];var nz=[3,x,AH,0,[x4,w4,q4],[0,4,0]];var iz=[3,x,DH,0,[Tr,RD,hr,E4],[0,()=>MD,0,64],2],az=[3,x,NH,0,[D4,T4],[()=>Dz,()=>Oz]];var cz=[3,x,$H,0,[Tr,hr,sG,vD,CD,TD,SD],[0,0,()=>kz,0,()=>HD,()=>UD,()=>$D],1],pz=[3,x,LH,0,[Q4],[()=>FD]];var lz=[3,x,FH,0,[nG,ID],[0,0]];var dz=[3,x,MH,0,[Tr,hr,RD,Ad,PD,xD],[0,0,()=>MD,0,1,()=>lz],1],uz=[3,x,HH,0,[N4,Ad],[()=>Pz,0]];var mz=[3,x,BH,0,[hr,X4,Ad,PD],[0,64,0,1]],fz=[3,x,GH,0,[Z4,Ad],[()=>Nz,0]];var $D=[3,x,VH,0,[I4,G4],[0,0],1];var gz=[3,x,JH,0,[J4],[64]],hz=[3,x,XH,0,[y4],[()=>bz]];var LD=[3,x,YH,0,[hr,Tr,_D,wD,xy],[0,0,()=>Ry,0,0]],yz=[3,x,eB,0,[hr,Tr,Sy,M4,U4,k4,F4,L4,xy,S4,V4,eG,ID,z4,j4],[0,0,0,64,1,4,()=>xz,()=>Sz,0,0,4,0,0,4,4]],Ez=[
3,x,oB,0,[_D,v4,C4],[()=>Ry,0,0]],Ry=[3,x,nB,0,[Sy,AD],[0,0]];var Sz=[3,x,fB,0,[$4,aG,A4],[4,4,129]],UD=[3,x,uB,0,[tG],[2]],xz=[3,x,gB,0,[oG,_4],[0,0]];var Rz=[3,x,yB,0,[b4,xD],[0,0],2];var _z=[3,x,OB,0,[Tr,wD,hr,xy,AD,Sy],[0,0,0,0,0,0],2],wz=[3,x,DB,0,[H4],[()=>LD]];var Iz=[3,x,kB,0,[Tr,bD,hr],[0,0,0],2],Tz=[3,x,$B,0,[hr,Tr,bD],[0,0,0]];var FD=[3,x,KB,0,[K4,hr,Tr,Y4,R4,vD,CD,TD,SD],[0,0,0,0,4,0,()=>HD,()=>UD,()=>$D]];var vz=[3,x,e4,0,[Tr,OD,hr,P4],[0,0,0,2],2],Cz=[3,x,t4,0,[hr,Tr,OD],[0,0,0]];var Az=[3,x,r4,0,[xB,g4],[0,0],2];var bz=[1,x,bH,0,()=>nz];var Pz=[1,x,rB,0,()=>yz],Oz=[1,x,sB,0,()=>Ez],MD=[1,x,iB,0,()=>Ry],Dz=[1,x,aB,0,()=>LD];var HD=[1,x,EB,0,()=>Rz];var Nz=[1,x,zB,0,()=>FD];var kz=[1,x,s4,0,()=>Az];var BD=[9,x,OH,0,()=>iz,()=>az];var GD=[9,x,kH,0,()=>cz,()=>pz];var zD=[9,x,UH,0,()=>dz,()=>uz];var jD=[9,x,zH,0,()=>mz,()=>fz];var VD=[9,x,KH,0,()=>gz,()=>hz];var WD=[9,x,PB,0,()=>_z,()=>wz];var qD=[9,x,NB,0,()=>Iz,()=>Tz];var KD=[9,x,ZB,0,()=>vz,()=>Cz];var JD=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??ED,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??aD,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne}],logger:t?.logger??new Se,protocol:t?.protocol??ms,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:kD,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??Ze,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??
Z});var XD=t=>{_t(process.version);let e=Ct(t),r=()=>e().then(Rt),o=JD(t);ut(process.version);let s={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(st,s),bodyLengthChecker:t?.bodyLengthChecker??gt,credentialDefaultProvider:t?.credentialDefaultProvider??
Lo,defaultSocketTimeout:lr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Ht({serviceId:o.serviceId,clientVersion:dD.version}),maxAttempts:t?.
maxAttempts??_(Lt,t),region:t?.region??_(Te,{...Ue,...s}),requestHandler:Ae.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ft,default:async()=>(await r()).
retryMode||Ge},t),streamCollector:t?.streamCollector??be,useDualstackEndpoint:t?.useDualstackEndpoint??_(Et,s),useFipsEndpoint:t?.useFipsEndpoint??_(St,s),userAgentAppId:t?.
userAgentAppId??_(Bt,s)}};F();v();U();var YD=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);n===-1?e.
push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){return o}}},
QD=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var ZD=(t,e)=>{let r=Object.assign(Gt(t),wt(t),bt(t),YD(t));return e.forEach(o=>o.configure(r)),Object.assign(t,zt(r),It(r),Pt(r),QD(r))};var bd=class extends Re{config;constructor(...[e]){let r=XD(e||{});super(r),this.initConfig=r;let o=pD(r),s=$t(o),n=Ut(s),i=vt(n),a=i,c=Yt(a),l=cD(c),d=ZD(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(xt(this.config)),this.middlewareStack.use(Mt(this.config)),this.middlewareStack.use(Zt(this.config)),this.
middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(kt(this.config)),
this.middlewareStack.use(et(this.config,{httpAuthSchemeParametersProvider:iD,identityProviderConfigProvider:async u=>new Pe({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(tt(this.config))}destroy(){super.destroy()}};v();j();var ct=Tt(lD,"AmazonEC2ContainerRegistry_V20150921","ECRClient",Qt),pt={},lt=(t,e,r,o)=>[];var Pd=class extends ct(pt,lt,"BatchGetImage",BD){};var Od=class extends ct(pt,lt,"CreateRepository",GD){};var Dd=class extends ct(pt,lt,"DescribeImages",zD){};var Nd=class extends ct(pt,lt,"DescribeRepositories",jD){};var ga=class extends ct(pt,lt,"GetAuthorizationToken",VD){};var kd=class extends ct(pt,lt,"PutImage",WD){};var $d=class extends ct(pt,lt,"PutLifecyclePolicy",qD){};var Ld=class extends ct(pt,lt,"SetRepositoryPolicy",KD){};var _y=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],$z=5,Lz=5,wy=100,Uz=4,As=t=>t?.name??"",vn=class{constructor(e,r,o,s){this.registryId=o;this.deadline=s;this.
ecr=new bd($s(e,r,s)),this.sendOptions={abortSignal:s?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}async login(){let e=await this.call(
"GetAuthorizationToken",()=>this.ecr.send(new ga(this.registryId?{registryIds:[this.registryId]}:{}),this.sendOptions));return Ud(e.authorizationData?.[0])}async logins(e){
return((await this.call("GetAuthorizationToken",()=>this.ecr.send(new ga({registryIds:e}),this.sendOptions))).authorizationData??[]).map(o=>Ud(o))}async findRepository(e){
let r=await this.describe(e);return r&&Iy(r,!1)}async ensureRepository(e){let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new xe(
`repository ${e.repository} does not exist`,"create it, or set create-repository: true");try{let o=await this.call("CreateRepository",()=>this.ecr.send(new Od({
registryId:this.registryId,repositoryName:e.repository,imageTagMutability:e.imageTagMutability,imageTagMutabilityExclusionFilters:Fz(e),imageScanningConfiguration:{
scanOnPush:e.scanOnPush},encryptionConfiguration:{encryptionType:e.encryptionType,kmsKey:e.kmsKey}}),this.sendOptions));return Iy(o.repository,!0)}catch(o){if(As(
o)!=="RepositoryAlreadyExistsException")throw o;let s=await this.describe(e.repository);if(!s)throw o;return Iy(s,!1)}}async applyPolicies(e){let r=[];if(e.lifecyclePolicy){
let o=(0,Ty.readFileSync)(e.lifecyclePolicy,"utf8");r.push(this.call("PutLifecyclePolicy",()=>this.ecr.send(new $d({registryId:this.registryId,repositoryName:e.
repository,lifecyclePolicyText:o}),this.sendOptions)))}if(e.repositoryPolicy){let o=(0,Ty.readFileSync)(e.repositoryPolicy,"utf8");r.push(this.call("SetReposito\
ryPolicy",()=>this.ecr.send(new Ld({registryId:this.registryId,repositoryName:e.repository,policyText:o}),this.sendOptions)))}await Promise.all(r)}async images(e,r){
let o=new Map,s=Array.from({length:Math.ceil(r.length/wy)},(i,a)=>r.slice(a*wy,(a+1)*wy)),n;try{n=await Promise.all(s.map(i=>this.call("BatchGetImage",()=>this.
ecr.send(new Pd({registryId:this.registryId,repositoryName:e,imageIds:i.map(a=>({imageTag:a})),acceptedMediaTypes:_y}),this.sendOptions))))}catch(i){if(As(i)===
"RepositoryNotFoundException")return o;throw i}for(let i of n.flatMap(a=>a.images??[])){let a=i.imageId?.imageTag;a&&i.imageId?.imageDigest&&i.imageManifest&&o.
set(a,{digest:i.imageId.imageDigest,manifest:i.imageManifest,mediaType:i.imageManifestMediaType??""})}return o}async latestImage(e){let r,o;for(let s=0;s<$z;s++){
let n;try{n=await this.call("DescribeImages",()=>this.ecr.send(new Dd({registryId:this.registryId,repositoryName:e,filter:{tagStatus:"TAGGED"},maxResults:1e3,nextToken:o}),
this.sendOptions))}catch(i){if(As(i)==="RepositoryNotFoundException")return;throw i}for(let i of n.imageDetails??[]){let a=i.imagePushedAt?.getTime()??0;i.imageDigest&&
!i.artifactMediaType?.includes("artifact")&&_y.includes(i.imageManifestMediaType??_y[0])&&a>=(r?.at??-1)&&(r={digest:i.imageDigest,at:a})}if(o=n.nextToken,!o)break}
return r?.digest}async putTag(e,r,o){try{await this.call("PutImage",()=>this.ecr.send(new kd({registryId:this.registryId,repositoryName:e,imageManifest:r.manifest,
imageManifestMediaType:r.mediaType||void 0,imageDigest:r.digest,imageTag:o}),this.sendOptions))}catch(s){if(As(s)==="ImageAlreadyExistsException")return;throw As(
s)==="ImageTagAlreadyExistsException"?new xe(`tag ${o} already exists in the immutable repository ${e} at another image`,"immutable tags cannot move: drop the t\
ag from `tags`, or use a new one",{cause:s}):s}}async describe(e){try{return(await this.call("DescribeRepositories",()=>this.ecr.send(new Nd({registryId:this.registryId,
repositoryNames:[e]}),this.sendOptions))).repositories?.[0]}catch(r){if(As(r)==="RepositoryNotFoundException")return;throw r}}async call(e,r){try{return await uo(
this.deadline,`ECR ${e}`,r)}catch(o){let s=As(o);if(o instanceof Xt||/NotFound|AlreadyExists/.test(s))throw o;if(s==="CredentialsProviderError")throw new xe(`no\
 AWS credentials for ECR ${e}: ${o.message}`,"set role-to-assume to use the CI's OIDC token, or provide credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a \
profile, an instance role)",{cause:o});let n=Ls(o);if(n.transient)throw new xe(`ECR ${e} failed after ${n.attempts} attempt(s): ${s}: ${o.message}`,Us("ECR",n.throttled),
{cause:o});let i=`ECR ${e} failed: ${s}: ${o.message}`;throw/ExpiredToken/.test(s)?new xe(`ECR ${e} failed: the AWS credentials have expired (${s}: ${o.message}\
)`,"with role-to-assume they are refreshed before they expire; ambient credentials must outlive the run (or raise role-duration-seconds for the role that issued\
 them)",{cause:o}):/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.test(s)?new xe(i,`the credentials need ecr:${e} on this repository (\`ecr-deli\
ver iam-policy\` prints the policy)`,{cause:o}):new xe(i,void 0,{cause:o})}}};function Ud(t,e=t?.proxyEndpoint){if(!t?.authorizationToken||!e)throw new xe("ECR \
returned no authorization data");let r=Buffer.from(t.authorizationToken,"base64").toString("utf8"),o=r.indexOf(":");return{host:e.replace(/^https?:\/\//,"").replace(
/\/+$/,""),username:r.slice(0,o),password:r.slice(o+1)}}function Iy(t,e){return{name:t.repositoryName,uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.imageTagMutability??
"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??[]).map(r=>r.filter??"").filter(Boolean),created:e}}function Fz(t){return t.imageTagMutability!==
"IMMUTABLE_WITH_EXCLUSION"?void 0:(t.tags.length?t.tags:["latest"]).slice(0,Lz).map(r=>({filterType:"WILDCARD",filter:r}))}function Mz(t){return new RegExp(`^${t.
split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(".*")}$`)}function vy(t,e){let r=t.exclusionFilters.some(o=>Mz(o).test(e));switch(t.mutability){case"\
IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"MUTABLE_WITH_EXCLUSION":return r;default:return!1}}async function eN(t,e,r,o){let s=[...o],n=async()=>{
for(let i=s.shift();i!==void 0;i=s.shift())await t.putTag(e,r,i)};await Promise.all(Array.from({length:Math.min(Uz,s.length)},n))}var tN=require("node:fs");async function Cy(t,e,r,o){let s=new Map;for(let i of t)s.set(i.region??e,[...s.get(i.region??e)??[],i.id]);return(await Promise.all([...s].map(async([i,a])=>{let c=new vn(
i,r,void 0,o);try{return await c.logins(a)}finally{c.close()}}))).flat()}var Hz=/unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b|may require 'docker login'/i,
Bz=/^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;function Ay(t){let e;try{e=(0,tN.readFileSync)(t,"utf8")}catch{return[]}let r=new Set;for(let o of e.
matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)){let s=o[1].split("/")[0];o[1].includes("/")&&(/[.:]/.test(s)||s==="localhost")&&r.add(s)}return[...r]}function rN(t,e,r,o){
if(!Hz.test(t))return;let s=Ay(e).filter(i=>!r.includes(i));return s.length?`the Dockerfile pulls from ${s.map(i=>{let a=Bz.exec(i);return a?`${i} (pull-registr\
ies: ${a[2]===o?a[1]:`${a[1]}@${a[2]}`})`:i}).join(", ")}, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries`:void 0}F();Oe();v();L();j();U();rt();Q();he();v();var oN=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function Gz(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr-public",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{
config:e,context:r}})}}var sN=t=>{let e=[];switch(t.operation){default:e.push(Gz(t))}return e},nN=t=>{let e=er(t);return Object.assign(e,{authSchemePreference:V(
t.authSchemePreference??[])})};var iN=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr-public"}),aN={UseFIPS:{
type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"bui\
ltInParams",name:"useDualstackEndpoint"}};var cN={name:"@aws-sdk/client-ecr-public",version:"3.1108.0",description:"AWS SDK for JavaScript Ecr Public Client for Node.js, Browser and React Native",homepage:"\
https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-ecr-public",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazo\
n.com/sdk-for-javascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-ecr-public"},files:["dist-*/**"],sideEffects:!1,
main:"./dist-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:b\
uild:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","buil\
d:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downle\
vel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../script\
s/generate-clients/single-service","test:index":"tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.977.7","@aw\
s-sdk/credential-provider-node":"^3.972.79","@aws-sdk/types":"^3.974.3","@smithy/core":"^3.31.1","@smithy/fetch-http-handler":"^5.6.13","@smithy/node-http-handl\
er":"^4.9.13","@smithy/types":"^4.16.1",tslib:"^2.6.2"},devDependencies:{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dt\
s":"0.10.1",premove:"4.0.0",typescript:"~6.0.3"},engines:{node:">=20.0.0"}};F();he();v();L();rt();O();no();he();Co();Wr();v();U();O();F();j();j();var ha="ref",bs=-1,Fd=!0,pN="isSet",mN="PartitionResult",Md="booleanEquals",by="getAttr",lN={[ha]:"Endpoint"},Py={[ha]:mN},Cn={},dN=[{[ha]:"Region"}],uN={conditions:[
[pN,[lN]],[pN,dN],["aws.partition",dN,mN],[Md,[{[ha]:"UseFIPS"},Fd]],[Md,[{[ha]:"UseDualStack"},Fd]],[Md,[{fn:by,argv:[Py,"supportsDualStack"]},Fd]],[Md,[{fn:by,
argv:[Py,"supportsFIPS"]},Fd]],["stringEquals",[{fn:by,argv:[Py,"name"]},"aws"]]],results:[[bs],[bs,"Invalid Configuration: FIPS and custom endpoint are not sup\
ported"],[bs,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[lN,Cn],["https://api.ecr-public-fips.{Region}.{PartitionResult#dualStack\
DnsSuffix}",Cn],[bs,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://api.ecr-public-fips.{Region}.{PartitionResult#d\
nsSuffix}",Cn],[bs,"FIPS is enabled but this partition does not support FIPS"],["https://ecr-public.{Region}.api.aws",Cn],["https://api.ecr-public.{Region}.{Par\
titionResult#dualStackDnsSuffix}",Cn],[bs,"DualStack is enabled but this partition does not support DualStack"],["https://api.ecr-public.{Region}.{PartitionResu\
lt#dnsSuffix}",Cn],[bs,"Invalid Configuration: Missing Region"]]},jz=2,sr=1e8,Vz=new Int32Array([-1,1,-1,0,13,3,1,4,sr+12,2,5,sr+12,3,9,6,4,7,sr+11,5,8,sr+10,7,
sr+8,sr+9,4,11,10,6,sr+6,sr+7,5,12,sr+5,6,sr+4,sr+5,3,sr+1,14,4,sr+2,sr+3]),fN=Fe.from(Vz,jz,uN.conditions,uN.results);var Wz=new Me({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),gN=(t,e={})=>Wz.get(t,()=>At(fN,{endpointParams:t,logger:e.logger}));ve.aws=ot;Q();v();var ee=class t extends Le{constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Hd=class t extends ee{name="InvalidParameterException";$fault="client";constructor(e){super({name:"InvalidParameterException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Bd=class t extends ee{name="RegistryNotFoundException";$fault="client";constructor(e){super({name:"RegistryNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Gd=class t extends ee{name="RepositoryNotFoundException";$fault="client";constructor(e){super({
name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},zd=class t extends ee{name="ServerException";$fault="server";constructor(e){
super({name:"ServerException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},jd=class t extends ee{name="UnsupportedCommandException";$fault="\
client";constructor(e){super({name:"UnsupportedCommandException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vd=class t extends ee{name="Em\
ptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Wd=class t extends ee{name="\
InvalidLayerException";$fault="client";constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},qd=class t extends ee{name="\
LayerAlreadyExistsException";$fault="client";constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Kd=class t extends ee{name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Jd=class t extends ee{name="UploadNotFoundException";$fault="client";constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Xd=class t extends ee{name="InvalidTagParameterException";$fault="client";constructor(e){super({name:"InvalidTagParame\
terException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yd=class t extends ee{name="LimitExceededException";$fault="client";constructor(e){
super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Qd=class t extends ee{name="RepositoryAlreadyExistsExcepti\
on";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zd=class t extends ee{name="\
TooManyTagsException";$fault="client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},eu=class t extends ee{name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
tu=class t extends ee{name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},ru=class t extends ee{name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ou=class t extends ee{name="RepositoryCatalogDataNotFoundException";$fault="client";constructor(e){
super({name:"RepositoryCatalogDataNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},su=class t extends ee{name="ImageAlreadyEx\
istsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},nu=class t extends ee{name="\
ImageDigestDoesNotMatchException";$fault="client";constructor(e){super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},iu=class t extends ee{name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"c\
lient",...e}),Object.setPrototypeOf(this,t.prototype)}},au=class t extends ee{name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){
super({name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}},cu=class t extends ee{name="LayersNotFoundException";$fault="client";constructor(e){
super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pu=class t extends ee{name="ReferencedImagesNotFoundExcep\
tion";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var qz="AuthorizationData";var Kz="CreateRepository",Jz="CreateRepositoryRequest",Xz="CreateRepositoryResponse";var Yz="DescribeImageTags",Qz="DescribeImageTagsRequest",Zz="DescribeImageTagsResponse";var ej="DescribeRegistriesRequest",tj="DescribeRegistriesResponse",rj="DescribeRepositoriesRequest",oj="DescribeRepositoriesResponse",sj="DescribeRegistries",nj="\
DescribeRepositories",ij="EmptyUploadException",aj="GetAuthorizationToken",cj="GetAuthorizationTokenRequest",pj="GetAuthorizationTokenResponse";var lj="Image",dj="ImageAlreadyExistsException";var uj="ImageDigestDoesNotMatchException";var mj="ImageIdentifier";var fj="InvalidLayerException",gj="InvalidLayerPartException";var hj="ImageNotFoundException",yj="InvalidParameterException",Ej="ImageTagAlreadyExistsException",Sj="ImageTagDetail",xj="ImageTagDetailList",Rj="InvalidTagPar\
ameterException",_j="Key";var wj="LayerAlreadyExistsException",Ij="LimitExceededException";var Tj="LayersNotFoundException",vj="LayerPartTooSmallException";var Cj="PutImage",Aj="PutImageRequest",bj="PutImageResponse";var Pj="Registry",Oj="RegistryAlias",Dj="RepositoryAlreadyExistsException",Nj="RegistryAliasList";var kj="RepositoryCatalogDataInput",$j="RepositoryCatalogDataNotFoundException",Lj="RepositoryCatalogData",Uj="ReferencedImageDetail",Fj="ReferencedImagesNotFou\
ndException",Mj="RegistryList",Hj="RepositoryList",Bj="RepositoryNotEmptyException",Gj="RegistryNotFoundException",zj="RepositoryNotFoundException",jj="Reposito\
ryPolicyNotFoundException",Vj="Repository",Wj="ServerException",qj="SetRepositoryPolicy",Kj="SetRepositoryPolicyRequest",Jj="SetRepositoryPolicyResponse",Xj="Ta\
g",Yj="TagList",Qj="TooManyTagsException";var Zj="UnsupportedCommandException";var eV="UploadNotFoundException";var tV="Value",rV="aliases",oV="authorizationData",sV="artifactMediaType",nV="authorizationToken",hN="aboutText",yN="architectures",ue="client",EN="createdAt",SN="\
catalogData",xN="description";var iV="defaultRegistryAlias",ae="error",aV="expiresAt";var cV="force",pV="image";var Oy="imageDigest",lV="imageDetail";var dV="imageId",RN="imageManifest",Dy="imageManifestMediaType",uV="imagePushedAt",mV="imageSizeInBytes";var fV="imageTagDetails",Ny="imageTag";var gV="logoImageBlob";var hV="logoUrl",yV="lastValidByteReceived",ce="message",EV="marketplaceCertified",ky="maxResults";var SV="name",An="nextToken",_N="operatingSystems";var xV="primaryRegistryAlias";var wN="policyText",RV="repository";var _V="registryArn",wV="repositoryArn";var po="registryId",Ho="repositoryName",IV="repositoryNames",TV="registryUri",vV="repositoryUri",CV="registries",AV="repositories",IN="smithy.ts.sdk.synthetic.c\
om.amazonaws.ecrpublic",bV="server",PV="status",OV="tags";var DV="uploadId",TN="usageText",NV="verified",C="com.amazonaws.ecrpublic",vN=K.for(IN),kV=[-3,IN,"ECRPUBLICServiceException",0,[],[]];vN.registerError(kV,ee);var se=K.
for(C),$V=[-3,C,ij,{[ae]:ue},[ce],[0]];se.registerError($V,Vd);var LV=[-3,C,dj,{[ae]:ue},[ce],[0]];se.registerError(LV,su);var UV=[-3,C,uj,{[ae]:ue},[ce],[0]];se.
registerError(UV,nu);var FV=[-3,C,hj,{[ae]:ue},[ce],[0]];se.registerError(FV,ru);var MV=[-3,C,Ej,{[ae]:ue},[ce],[0]];se.registerError(MV,iu);var HV=[-3,C,fj,{[ae]:ue},
[ce],[0]];se.registerError(HV,Wd);var BV=[-3,C,gj,{[ae]:ue},[po,Ho,DV,yV,ce],[0,0,0,1,0]];se.registerError(BV,au);var GV=[-3,C,yj,{[ae]:ue},[ce],[0]];se.registerError(
GV,Hd);var zV=[-3,C,Rj,{[ae]:ue},[ce],[0]];se.registerError(zV,Xd);var jV=[-3,C,wj,{[ae]:ue},[ce],[0]];se.registerError(jV,qd);var VV=[-3,C,vj,{[ae]:ue},[ce],[0]];
se.registerError(VV,Kd);var WV=[-3,C,Tj,{[ae]:ue},[ce],[0]];se.registerError(WV,cu);var qV=[-3,C,Ij,{[ae]:ue},[ce],[0]];se.registerError(qV,Yd);var KV=[-3,C,Fj,
{[ae]:ue},[ce],[0]];se.registerError(KV,pu);var JV=[-3,C,Gj,{[ae]:ue},[ce],[0]];se.registerError(JV,Bd);var XV=[-3,C,Dj,{[ae]:ue},[ce],[0]];se.registerError(XV,
Qd);var YV=[-3,C,$j,{[ae]:ue},[ce],[0]];se.registerError(YV,ou);var QV=[-3,C,Bj,{[ae]:ue},[ce],[0]];se.registerError(QV,eu);var ZV=[-3,C,zj,{[ae]:ue},[ce],[0]];
se.registerError(ZV,Gd);var e6=[-3,C,jj,{[ae]:ue},[ce],[0]];se.registerError(e6,tu);var t6=[-3,C,Wj,{[ae]:bV},[ce],[0]];se.registerError(t6,zd);var r6=[-3,C,Qj,
{[ae]:ue},[ce],[0]];se.registerError(r6,Zd);var o6=[-3,C,Zj,{[ae]:ue},[ce],[0]];se.registerError(o6,jd);var s6=[-3,C,eV,{[ae]:ue},[ce],[0]];se.registerError(s6,
Jd);var CN=[vN,se],n6=[3,C,qz,0,[nV,aV],[0,4]];var i6=[3,C,Jz,0,[Ho,SN,OV],[0,()=>T6,()=>N6],1],a6=[3,C,Xz,0,[RV,SN],[()=>AN,()=>I6]];var c6=[3,C,Qz,0,[Ho,po,An,ky],[0,0,0,1],1],p6=[3,C,Zz,0,[fV,An],[()=>b6,0]],l6=[3,C,ej,0,[An,ky],[0,1]],d6=[3,C,tj,0,[CV,An],[()=>O6,0],1],u6=[3,C,rj,0,[po,IV,
An,ky],[0,64,0,1]],m6=[3,C,oj,0,[AV,An],[()=>D6,0]],f6=[3,C,cj,0,[],[]],g6=[3,C,pj,0,[oV],[()=>n6]];var h6=[3,C,lj,0,[po,Ho,dV,RN,Dy],[0,0,()=>y6,0,0]];var y6=[3,C,mj,0,[Oy,Ny],[0,0]],E6=[3,C,Sj,0,[Ny,EN,lV],[0,4,()=>R6]];var S6=[3,C,Aj,0,[Ho,RN,po,Dy,Ny,Oy],[0,0,0,0,0,0],2],x6=[3,C,bj,0,[pV],[()=>h6]];var R6=[3,C,Uj,0,[Oy,mV,uV,Dy,sV],[0,1,4,0,0]],_6=[3,C,Pj,0,[po,_V,TV,NV,rV],[0,0,0,2,()=>P6],5],w6=[3,C,Oj,0,[SV,PV,xV,iV],[0,0,2,2],4];var AN=[3,C,Vj,0,[wV,po,Ho,vV,EN],[0,0,0,0,4]],I6=[3,C,Lj,0,[xN,yN,_N,hV,hN,TN,EV],[0,64,64,0,0,0,2]],T6=[3,C,kj,0,[xN,yN,_N,gV,hN,TN],[0,64,64,21,0,0]],v6=[3,C,
Kj,0,[Ho,wN,po,cV],[0,0,0,2],2],C6=[3,C,Jj,0,[po,Ho,wN],[0,0,0]],A6=[3,C,Xj,0,[_j,tV],[0,0]];var b6=[1,C,xj,0,()=>E6];var P6=[1,C,Nj,0,()=>w6],O6=[1,C,Mj,0,()=>_6],D6=[1,C,Hj,0,()=>AN];var N6=[1,C,Yj,0,()=>A6];var bN=[9,C,Kz,0,()=>i6,()=>a6];var PN=[9,C,Yz,0,()=>c6,()=>p6],ON=[9,C,sj,0,()=>l6,()=>d6],DN=[9,C,nj,0,()=>u6,()=>m6],NN=[9,C,aj,0,()=>f6,()=>g6];var kN=[9,C,Cj,0,()=>S6,()=>x6];var $N=[9,C,qj,0,()=>v6,()=>C6];var LN=t=>({apiVersion:"2020-10-30",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??gN,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??sN,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne}],logger:t?.logger??new Se,protocol:t?.protocol??ms,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecrpublic",errorTypeRegistries:CN,xmlNamespace:"http://ecr-public.amazonaws.com/doc/2020-12-02/",version:"2020-10-30",serviceTarget:"\
SpencerFrontendService"},serviceId:t?.serviceId??"ECR PUBLIC",sha256:t?.sha256??Ze,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??
Z});var UN=t=>{_t(process.version);let e=Ct(t),r=()=>e().then(Rt),o=LN(t);ut(process.version);let s={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(st,s),bodyLengthChecker:t?.bodyLengthChecker??gt,credentialDefaultProvider:t?.credentialDefaultProvider??
Lo,defaultUserAgentProvider:t?.defaultUserAgentProvider??Ht({serviceId:o.serviceId,clientVersion:cN.version}),maxAttempts:t?.maxAttempts??_(Lt,t),region:t?.region??
_(Te,{...Ue,...s}),requestHandler:Ae.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ft,default:async()=>(await r()).retryMode||Ge},t),streamCollector:t?.
streamCollector??be,useDualstackEndpoint:t?.useDualstackEndpoint??_(Et,s),useFipsEndpoint:t?.useFipsEndpoint??_(St,s),userAgentAppId:t?.userAgentAppId??_(Bt,s)}};F();v();U();var FN=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);n===-1?e.
push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){return o}}},
MN=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var HN=(t,e)=>{let r=Object.assign(Gt(t),wt(t),bt(t),FN(t));return e.forEach(o=>o.configure(r)),Object.assign(t,zt(r),It(r),Pt(r),MN(r))};var lu=class extends Re{config;constructor(...[e]){let r=UN(e||{});super(r),this.initConfig=r;let o=iN(r),s=$t(o),n=Ut(s),i=vt(n),a=i,c=Yt(a),l=nN(c),d=HN(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(xt(this.config)),this.middlewareStack.use(Mt(this.config)),this.middlewareStack.use(Zt(this.config)),this.
middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(kt(this.config)),
this.middlewareStack.use(et(this.config,{httpAuthSchemeParametersProvider:oN,identityProviderConfigProvider:async u=>new Pe({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(tt(this.config))}destroy(){super.destroy()}};v();j();var nr=Tt(aN,"SpencerFrontendService","ECRPUBLICClient",Qt),ir={},ar=(t,e,r,o)=>[];var du=class extends nr(ir,ar,"CreateRepository",bN){};var uu=class extends nr(ir,ar,"DescribeImageTags",PN){};var mu=class extends nr(ir,ar,"DescribeRegistries",ON){};var fu=class extends nr(ir,ar,"DescribeRepositories",DN){};var gu=class extends nr(ir,ar,"GetAuthorizationToken",NN){};var hu=class extends nr(ir,ar,"PutImage",kN){};var yu=class extends nr(ir,ar,"SetRepositoryPolicy",$N){};var BN=3e4,k6=t=>/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(t)?"http":"https";function $6(t){let e=/^(\w+)\s*(.*)$/.exec(t??"");if(!e)return;let r={};
for(let o of e[2].matchAll(/(\w+)="([^"]*)"/g))r[o[1]]=o[2];return{kind:e[1].toLowerCase(),params:r}}async function GN(t,e,r,o,s){let n=`${k6(t.host)}://${t.host}\
/v2/${e}/manifests/${encodeURIComponent(r)}`,i=`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`,a=d=>Pn(n,{headers:{accept:o.join(", "),
...d?{authorization:d}:{}},timeoutMs:BN,signal:s}),c=await a();if(c.status===401){let d=$6(c.headers["www-authenticate"]);if(d?.kind==="bearer"&&d.params.realm){
let u=new URL(d.params.realm);d.params.service&&u.searchParams.set("service",d.params.service),u.searchParams.set("scope",d.params.scope??`repository:${e}:pull`);
let m=await Pn(u,{headers:{authorization:i},timeoutMs:BN,signal:s}),f=JSON.parse(m.text);c=await a(`Bearer ${f.token??f.access_token}`)}else c=await a(i)}if(c.status!==
200)throw new Error(`the registry answered ${c.status} for ${e}:${r}`);let l=JSON.parse(c.text).mediaType;return{manifest:c.text,mediaType:l??String(c.headers["\
content-type"]??"").split(";")[0]}}var L6="us-east-1",U6=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.i\
mage.manifest.v1+json","application/vnd.oci.image.index.v1+json"];function F6(t){let e={description:t.catalogDescription,aboutText:t.catalogAbout,usageText:t.catalogUsage};
return Object.values(e).some(r=>r!==void 0)?e:void 0}var ya=t=>t?.name??"",Eu=class{constructor(e,r,o){this.registryId=r;this.deadline=o;this.client=new lu($s(L6,
e,o))}registryId;deadline;client;registryUri;loginData;close(){this.client.destroy()}send(e,r){return this.call(e,()=>this.client.send(r,{abortSignal:this.deadline?.
signal}))}async login(){let[e,r]=await Promise.all([this.send("GetAuthorizationToken",new gu({})),this.registryUri??this.describeRegistryUri()]);return Ud(e.authorizationData,
r.split("/")[0])}async describeRegistryUri(){let e=await this.send("DescribeRegistries",new mu({})),r=e.registries?.find(o=>!this.registryId||o.registryId===this.
registryId)??e.registries?.[0];if(!r?.registryUri)throw new xe("ECR Public returned no registry","create the public registry (its alias) in the ECR Public conso\
le first");return this.registryUri=r.registryUri,r.registryUri}async findRepository(e){try{let o=(await this.send("DescribeRepositories",new fu({registryId:this.
registryId,repositoryNames:[lo(e)]}))).repositories?.[0];return o&&this.info(o,!1)}catch(r){if(ya(r)==="RepositoryNotFoundException")return;throw r}}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new xe(`repository ${e.repository} does not exist in ECR Public`,"creat\
e it, or set create-repository: true");try{let o=await this.send("CreateRepository",new du({repositoryName:lo(e.repository),catalogData:F6(e)}));return this.info(
o.repository,!0)}catch(o){if(ya(o)!=="RepositoryAlreadyExistsException")throw o;let s=await this.findRepository(e.repository);if(!s)throw o;return s}}async applyPolicies(e){
if(!e.repositoryPolicy)return;let{readFileSync:r}=await import("node:fs");await this.send("SetRepositoryPolicy",new yu({registryId:this.registryId,repositoryName:lo(
e.repository),policyText:r(e.repositoryPolicy,"utf8")}))}async images(e,r){let o=new Map,s;try{do{let n=await this.send("DescribeImageTags",new uu({registryId:this.
registryId,repositoryName:lo(e),nextToken:s}));for(let i of n.imageTagDetails??[])i.imageTag&&r.includes(i.imageTag)&&i.imageDetail?.imageDigest&&o.set(i.imageTag,
{digest:i.imageDetail.imageDigest,manifest:"",mediaType:i.imageDetail.imageManifestMediaType??""});s=n.nextToken}while(s&&o.size<r.length)}catch(n){if(ya(n)==="\
RepositoryNotFoundException")return o;throw n}return o}async putTag(e,r,o){let{manifest:s,mediaType:n}=r;if(!s){this.loginData??=this.login();let i=await this.loginData,
a=`${(this.registryUri??"").split("/").slice(1).join("/")}/${lo(e)}`.replace(/^\//,"");({manifest:s,mediaType:n}=await GN(i,a,r.digest,U6,this.deadline?.signal))}
try{await this.send("PutImage",new hu({registryId:this.registryId,repositoryName:lo(e),imageManifest:s,imageManifestMediaType:n||void 0,imageDigest:r.digest,imageTag:o}))}catch(i){
if(ya(i)==="ImageAlreadyExistsException")return;throw i}}info(e,r){return this.registryUri??=e.repositoryUri.slice(0,e.repositoryUri.length-e.repositoryName.length-
1),{name:e.repositoryName,uri:e.repositoryUri,arn:e.repositoryArn,mutability:"MUTABLE",exclusionFilters:[],created:r}}async call(e,r){try{return await uo(this.deadline,
`ECR Public ${e}`,r)}catch(o){let s=ya(o);if(o instanceof Xt||/NotFound|AlreadyExists/.test(s))throw o;let n=Ls(o);if(n.transient)throw new xe(`ECR Public ${e} \
failed after ${n.attempts} attempt(s): ${s}: ${o.message}`,Us("ECR",n.throttled),{cause:o});let i=/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.
test(s)?`the credentials need ecr-public:${e}${e==="GetAuthorizationToken"?" and sts:GetServiceBearerToken":""} (\`ecr-deliver iam-policy --registry-type public\`\
 prints the policy)`:void 0;throw new xe(`ECR Public ${e} failed: ${s}: ${o.message}`,i,{cause:o})}}};var M6=(t,e,r,o)=>new vn(t,e,r,o);function Su(t){let e=new Un(t.options.timeoutSeconds),r=Al.create(t.env);return e.bound(()=>H6(t,e,fa(t.env,r.dir))).finally(()=>r.
remove())}async function H6(t,e,r){let{options:o,context:s,reporter:n}=t,i=new Ts(t.run,n,e,r),a=kn(o);if(!o.image){for(let y of aE(a,t.env))n.secret(y);iE(a,t.
env)}let c=o.image?{}:nD(o,a),l=!o.image&&(c.buildx||c.buildkit||Bu(t.env)!==void 0),d=i.check().then(()=>l?i.builder(c):void 0),u=jN(t);await d,o.image||i.builder().
catch(()=>{});let m=await n.phase("Credentials",()=>WN(t,u,e)),f=(t.openRegistry??zN(o))(s.region,m,o.registryId,e),g=()=>Cy(o.pullRegistries,s.region,m,e);try{
return await new $y(t,i,f,g).run()}finally{f.close()}}function zN(t){return t.registryType==="public"?(e,r,o,s)=>new Eu(r,o,s):M6}function xu(t){let e=new Un(t.
options.timeoutSeconds);return e.bound(()=>B6(t,e))}async function B6(t,e){let r=new Ts(t.run,t.reporter,e,fa(t.env)),o=r.check(),s=jN(t);await o;let n=await t.
reporter.phase("Credentials",()=>WN(t,s,e)),i=(t.openRegistry??zN(t.options))(t.context.region,n,t.options.registryId,e);try{return await t.reporter.phase("Logi\
n",async()=>{let[a,c]=await Promise.all([i.login(),Cy(t.options.pullRegistries,t.context.region,n,e)]),l=[a,...c.filter(d=>d.host!==a.host)];for(let d of l)t.onLogin?.(
d.host),await r.login(d);return{registry:a.host,registries:l.map(d=>d.host),login:a}})}finally{i.close()}}function jN(t){if(t.options.roleToAssume)return fy(VN(
t)).catch(e=>e)}function VN({options:t,context:e,platformToken:r,env:o}){return{ci:e.ci,audience:t.audience,tokenFile:t.webIdentityTokenFile,tokenEnv:t.webIdentityTokenEnv,
platformToken:r,env:o}}async function WN(t,e,r){let{options:o,context:s,reporter:n}=t;if(!o.roleToAssume||!e){n.info("No role-to-assume: using the ambient AWS c\
redential chain");return}let i=await e;if(i instanceof Error)throw i;n.secret(i.token),n.info(`Assuming ${o.roleToAssume} as ${s.sessionName} with the OIDC toke\
n from ${i.source}`);let a={roleArn:o.roleToAssume,sessionName:s.sessionName,durationSeconds:o.roleDurationSeconds,region:s.region},c=await gy(a,i.token,n,r);return ZO(
c,async()=>{let l=await fy({...VN(t),renew:!0});return n.secret(l.token),n.info(`Renewing the credentials of ${o.roleToAssume} before they expire, with a new OI\
DC token from ${l.source}`),gy(a,l.token,n,r)})}var $y=class{constructor(e,r,o,s=async()=>[]){this.req=e;this.docker=r;this.ecr=o;this.pullLogins=s;this.o=e.options,
this.sha=e.context.commitSha,this.tags=[this.sha,...this.o.tags.filter(n=>n!==this.sha)]}req;docker;ecr;pullLogins;o;sha;tags;loggedIn=[];background=[];async run(){
try{return await this.steps()}catch(e){throw await Promise.allSettled(this.background),e}}async steps(){let{reporter:e}=this.req,[r,o]=await e.phase("Repository",
()=>Promise.all([this.o.push?this.ecr.ensureRepository(this.o):this.lookUpRepository(),this.ecr.images(this.o.repository,this.tags)]));r.created&&e.info(`Create\
d repository ${r.uri} (${r.mutability})`);let s=this.o.push?this.inBackground(this.ecr.applyPolicies(this.o)):Promise.resolve(),n=o.get(this.sha),i=n&&(this.o.skipExisting||
vy(r,this.sha))?n:void 0;if(this.refuseImmutableConflicts(r,o,i),i)return e.info(`${r.uri}:${this.sha} already exists (${i.digest}): nothing to build or upload`),
this.o.push?(await s,await e.phase("Tag",()=>this.copyTags(r,i,o)),this.verified(r,i.digest,!1)):this.outputs(r,i.digest,!1);let a=!this.o.image&&Ay(Ln(this.o)).
includes(r.uri.split("/")[0]),c=this.o.cache&&!this.o.image&&this.ecr.latestImage!==void 0,l=this.o.push||a?this.inBackground(this.login()):void 0,d=this.o.pullRegistries.
length&&!this.o.image?this.inBackground(this.loginPullRegistries()):void 0,u=c?this.cacheSource(r,()=>l??this.login()):void 0;a&&await l,await d;let m=await e.phase(
this.o.image?"Tag":"Build",()=>this.produceImage(r,u));if(!this.o.push)return this.outputs(r,"",!1);await Promise.all([l,s]);let f=m??await e.phase("Push",()=>this.
docker.push(`${r.uri}:${this.sha}`,()=>this.login()));return this.tags.length>1&&await e.phase("Tag",async()=>{let g=(await this.ecr.images(this.o.repository,[this.
sha])).get(this.sha);if(!g||g.digest!==f)throw new xe(`ECR does not show ${this.sha} at the pushed digest ${f}`);await this.copyTags(r,g,o)}),this.verified(r,f,
!0)}async cacheSource(e,r){try{let o=await this.ecr.latestImage(e.name);if(!o){this.req.reporter.info("No layer cache yet: the repository has no image to reuse \
layers from");return}let s=`${e.uri}@${o}`;return await r(),await this.docker.builder()==="classic"&&!await this.docker.pullCache(s)?void 0:(this.req.reporter.info(
`Layer cache: ${s}`),s)}catch(o){if(o instanceof Ps)throw o;this.req.reporter.warning(`no layer cache: ${o.message}`);return}}inBackground(e){return e.catch(()=>{}),
this.background.push(e),e}async lookUpRepository(){let e=await this.ecr.findRepository(this.o.repository);if(e)return e;let{host:r}=await this.ecr.login();return{
name:this.o.repository,uri:`${r}/${this.o.repository}`,arn:"",mutability:"MUTABLE",exclusionFilters:[],created:!1}}async login(){let e=await this.ecr.login();await this.
docker.login(e),this.loggedIn.push(e.host)}async loginPullRegistries(){let e=await this.req.reporter.phase("Login to pull registries",()=>this.pullLogins());for(let r of e)
await this.docker.login(r),this.loggedIn.push(r.host)}refuseImmutableConflicts(e,r,o){for(let s of this.tags){let n=r.get(s);if(!(!n||!vy(e,s)||o&&n.digest===o.
digest))throw new xe(`tag ${s} already exists in the immutable repository ${e.name} at ${n.digest}, which is not the image being delivered`,"immutable tags cann\
ot move: remove the tag from `tags` (use a new one), or make the repository MUTABLE")}}async produceImage(e,r){let o=this.tags.map(d=>`${e.uri}:${d}`);if(this.o.
image){for(let d of o)await this.docker.tag(this.o.image,d);return}Mu(this.o);let s=this.req.context,n={"org.opencontainers.image.revision":this.sha,"org.openco\
ntainers.image.created":new Date().toISOString()};s.sourceUrl&&(n["org.opencontainers.image.source"]=s.sourceUrl);let i=await this.docker.builder(),a=i==="build\
x"&&this.o.push&&(!!this.o.platform?.includes(",")||this.o.provenance),l=await this.docker.build({context:this.o.context,dockerfile:Ln(this.o),tags:a?o.slice(0,
1):o,labels:n,buildArgs:this.o.buildArgs,target:this.o.target,platform:this.o.platform,cache:r?{from:await r}:void 0,secrets:kn(this.o),provenance:this.o.provenance,
pushFromBuilder:a},i).catch(d=>{let u=d instanceof pr&&rN(d.message,Ln(this.o),[...this.loggedIn,e.uri.split("/")[0]],this.req.context.region);throw u?new pr(d.
message,u):d});if(a&&!l)throw new pr("buildx pushed but reported no digest");return l}async copyTags(e,r,o){let s=this.tags.slice(1).filter(n=>o.get(n)?.digest!==
r.digest);await eN(this.ecr,e.name,r,s)}async verified(e,r,o){let s=await this.ecr.images(this.o.repository,this.tags),n=this.tags.filter(i=>s.get(i)?.digest!==
r);if(n.length)throw new xe(`after delivery, tag(s) ${n.join(", ")} do not point at ${r} in ECR`,"another delivery may have moved them at the same time; re-run \
to deliver again");return this.outputs(e,r,o)}outputs(e,r,o){return{registry:e.uri.split("/")[0],"repository-uri":e.uri,image:`${e.uri}:${this.sha}`,digest:r,"i\
mage-ref":r?`${e.uri}@${r}`:"",tags:this.tags,pushed:o}}};var Ea=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{this.timings.push({title:e,seconds:(Date.now()-o)/1e3})}}get totalSeconds(){
return(Date.now()-this.started)/1e3}describe(){let e=this.timings.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.
totalSeconds.toFixed(1)} s`}},Sa=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new Ea;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),s=await this.clock.time(e,r);return this.info(`\u2714 ${e} (${((Date.now()-o)/1e3).toFixed(
1)} s)`),s}};var qN="isPost",KN="registries",JN="skipLogout",Ru=class{clock=new Ea;output=Jy;info=e=>ba(e);warning=e=>Yy(e);secret=e=>Aa(e);phase(e,r){return Zy(e,()=>this.clock.
time(e,r))}},XN=t=>t[`STATE_${qN}`]==="true";async function YN(){Ca(qN,"true");let t=new Ru,e=new Set,r=o=>{e.add(o),Ca(KN,JSON.stringify([...e]))};try{let o=mE(
a=>va(a));if(o.mode==="login")return await G6(t,r,o);let s=Ns(a=>va(a)),n=ks(s),i=await Su({options:s,context:n,reporter:t,run:Wo,env:process.env,platformToken:a=>ku(
a)});for(let{name:a}of Qr)Ds(a,jo(i,a));z6(i,t.clock)}catch(o){let s=_a(o);Qy(s.hint?`${s.message}
Hint: ${s.hint}`:s.message)}}async function G6(t,e,r){r.skipLogout&&Ca(JN,"true");let o=Ns(i=>va(i),"login"),s=ks(o,process.env,"login"),n=await xu({options:o,context:s,
reporter:t,run:Wo,env:process.env,platformToken:i=>ku(i),onLogin:e});Ds("registry",n.registry),Ds("registries",n.registries.join(",")),r.dockerCredentialsOutput&&
(Aa(n.login.password),Ds("docker-username",n.login.username),Ds("docker-password",n.login.password)),ba(`Logged in to ${n.registries.join(", ")}${r.skipLogout?"\
 (kept after the job: skip-logout)":"; the post step logs out"}`),Nu(["### ecr-deliver login","",...n.registries.map(i=>`- \`${i}\``),"",`timings: ${t.clock.describe()}`,
""].join(`
`))}async function QN(){let t=JSON.parse(Du(KN)||"[]");if(Du(JN)==="true"){ba(`skip-logout: docker stays logged in to ${t.join(", ")||"nothing"}`);return}let e=new Ts(
Wo,new Ru,void 0,fa(process.env));for(let r of t)await e.logout(r)}function z6(t,e){let r=[["image",`\`${t.image}\``],["digest",t.digest?`\`${t.digest}\``:"(not\
 pushed)"],["tags",t.tags.map(o=>`\`${o}\``).join(" ")],["pushed",String(t.pushed)],["timings",e.describe()]];Nu(["### ecr-deliver","","| | |","|---|---|",...r.
map(([o,s])=>`| ${o} | ${s} |`),""].join(`
`))}var uk=require("node:util");var ok=require("node:util");var j6=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],Ly=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"];function V6(t){let e=new Set(["ecr:DescribeRepositories","ecr:BatchGetImage"]),r=o=>{for(let s of o)
e.add(s)};return t.push&&(r(j6),t.createRepository&&e.add("ecr:CreateRepository"),t.lifecyclePolicy&&e.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&e.add("\
ecr:SetRepositoryPolicy")),t.cache&&r(["ecr:DescribeImages",...Ly]),[...e].sort()}function W6(t){return`arn:${Vo(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}\
:repository/${t.repository}`}function ZN(t){if(t.registryType==="public")return J6(t);let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:GetAuthorizationToken",Resource:"\
*"},{Sid:"EcrDeliver",Effect:"Allow",Action:V6(t),Resource:W6(t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.
test(t.kmsKey)?t.kmsKey:`arn:${Vo(t.region)}:kms:${t.region}:${t.registryId??t.accountId}:key/*`,o={"kms:ViaService":`ecr.${t.region}.amazonaws.com${Vo(t.region)===
"aws-cn"?".cn":""}`};e.push({Sid:"KmsGrantForNewRepository",Effect:"Allow",Action:"kms:CreateGrant",Resource:r,Condition:{StringEquals:o,Bool:{"kms:GrantIsForAW\
SResource":"true"}}},{Sid:"KmsForNewRepository",Effect:"Allow",Action:["kms:DescribeKey","kms:RetireGrant"],Resource:r,Condition:{StringEquals:o}})}return e.push(
...sk(t)),{Version:"2012-10-17",Statement:e}}function sk(t){let e=[],r=t.pullRepositories?.length?t.pullRepositories:["*"],o=(t.pullRegistries??[]).flatMap(n=>r.
map(i=>`arn:${Vo(n.region??t.region)}:ecr:${n.region??t.region}:${n.id}:repository/${i}`));o.length&&e.push({Sid:"EcrPullBaseImages",Effect:"Allow",Action:Ly.slice().
sort(),Resource:o.length===1?o[0]:o});let s=(t.pullThrough??[]).map(n=>`arn:${Vo(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${n}/*`);return s.
length&&e.push({Sid:"EcrPullThroughCache",Effect:"Allow",Action:[...q6,...Ly].sort(),Resource:s.length===1?s[0]:s}),e}function nk(t){return!t.pullRegistries?.length||
t.pullRepositories?.length?[]:[`--pull-repositories not given: the role may pull every repository of ${t.pullRegistries.map(e=>e.id).join(", ")}; pass name patt\
erns to narrow it`]}var q6=["ecr:BatchImportUpstreamImage","ecr:CreateRepository"],ek=["ecr-public:GetAuthorizationToken","sts:GetServiceBearerToken"],K6=["ecr-\
public:BatchCheckLayerAvailability","ecr-public:InitiateLayerUpload","ecr-public:UploadLayerPart","ecr-public:CompleteLayerUpload","ecr-public:PutImage"];function J6(t){
let e=t.push?ek:[...ek,"ecr-public:DescribeRegistries"],r=new Set(["ecr-public:DescribeRepositories","ecr-public:DescribeImageTags"]);if(t.push){for(let s of K6)
r.add(s);t.createRepository&&r.add("ecr-public:CreateRepository"),t.repositoryPolicy&&r.add("ecr-public:SetRepositoryPolicy")}let o=t.repository.replace(/^public\.ecr\.aws\/[^/]+\//,
"");return{Version:"2012-10-17",Statement:[{Sid:"EcrPublicLogin",Effect:"Allow",Action:e,Resource:"*"},{Sid:"EcrPublicDeliver",Effect:"Allow",Action:[...r].sort(),
Resource:`arn:aws:ecr-public::${t.registryId??t.accountId}:repository/${o}`},...sk(t)]}}var X6="token.actions.githubusercontent.com",Y6="oidc.circleci.com/org";
function Q6(t){let e=t.pullRequest?"pull_request":t.environment!==void 0?`environment:${t.environment}`:`ref:refs/heads/${t.branch??"main"}`;return`repo:${t.repo}\
:${e}`}function Z6(t){let e=Vo(t.region),r,o,s;if(t.provider==="github")r=t.githubIssuer??X6,o=t.audience??"sts.amazonaws.com",s=Q6(t);else if(t.provider==="cir\
cleci")r=`${Y6}/${t.orgId}`,o=t.audience??t.orgId,s=`org/${t.orgId}/project/${t.projectId}/user/*${t.vcsRef?`/vcs-origin/*/vcs-ref/${t.vcsRef}`:""}`;else return;
let n=/[*?]/.test(s),i={StringEquals:{[`${r}:aud`]:o}};return n?i.StringLike={[`${r}:sub`]:s}:i.StringEquals[`${r}:sub`]=s,{Version:"2012-10-17",Statement:[{Effect:"\
Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},Action:"sts:AssumeRoleWithWebIdentity",Condition:i}]}}function eW(t){let e=Z6(t);
return e?{permissionsPolicy:ZN(t),trustPolicy:e}:{permissionsPolicy:ZN(t)}}var Uy=[{name:"repository",value:"NAME",description:"ECR repository the role delivers\
 to (required)."},{name:"account-id",value:"ID",description:"AWS account id (12 digits) of the role and its OIDC provider (required)."},{name:"aws-region",value:"\
REGION",description:"Region of the registry (default: AWS_REGION, then AWS_DEFAULT_REGION)."},{name:"registry-id",value:"ID",description:"Account that owns the \
registry, for cross-account pushes (default: account-id)."},{name:"provider",value:"github|circleci|none",description:"Whose OIDC tokens the role trusts (defaul\
t: github with --repo, circleci with --org-id). `none` prints the permissions policy only."},{name:"audience",value:"AUD",description:"Pinned `aud` (default: st\
s.amazonaws.com on GitHub, the org id on CircleCI)."},{name:"repo",value:"OWNER/REPO",description:"GitHub repository, or its immutable form OWNER@ID/REPO@ID whe\
n its OIDC subject carries ids."},{name:"branch",value:"BRANCH",description:"GitHub branch allowed to deliver (default: main; `*` patterns allowed)."},{name:"en\
vironment",value:"NAME",description:"GitHub environment allowed to deliver, for jobs that use `environment:` (instead of --branch)."},{name:"pull-request",value:"\
true|false",description:"Trust runs on `pull_request` events of the repository instead of a branch (pair it with --push false)."},{name:"org-id",value:"UUID",description:"\
CircleCI organization id (Organization Settings > Overview)."},{name:"project-id",value:"UUID",description:"CircleCI project id allowed to deliver (required wit\
h --org-id: without it every project of the org, with any context, could deliver)."},{name:"vcs-ref",value:"REF",description:"CircleCI: pin the git ref too, e.g\
. refs/heads/main (matched in the sub of CIRCLE_OIDC_TOKEN_V2, which the orb uses; `*` patterns allowed)."},{name:"github-issuer",value:"HOST",description:"GitH\
ub Enterprise Server's OIDC issuer, HOST/_services/token (default: token.actions.githubusercontent.com)."},{name:"pull-registries",value:"IDS",description:"Base\
-image registries the build pulls from: account ids or ID@REGION, comma-separated (as given to the delivery)."},{name:"pull-repositories",value:"PATTERNS",description:"\
Repositories of those registries the build pulls, name patterns, comma-separated (default: every repository, `*`)."},{name:"pull-through",value:"PREFIXES",description:"\
Pull-through cache prefixes of the target registry the build pulls from (adds ecr:BatchImportUpstreamImage and ecr:CreateRepository on PREFIX/*)."},{name:"regis\
try-type",value:"private|public",description:"public: the ECR Public actions instead (default: private, or public for a public.ecr.aws/ repository)."},{name:"cr\
eate-repository",value:"true|false",description:"The delivery may create the repository (default: true)."},{name:"lifecycle-policy",value:"FILE|true",description:"\
The delivery applies a lifecycle policy (default: false)."},{name:"repository-policy",value:"FILE|true",description:"The delivery applies a repository policy (d\
efault: false)."},{name:"cache",value:"true|false",description:"The delivery uses the layer cache (default: true)."},{name:"push",value:"true|false",description:"\
The delivery pushes; false = build-only runs that just look up the repository (default: true)."},{name:"encryption-type",value:"AES256|KMS",description:"Encrypt\
ion of a created repository; KMS adds the KMS grants ECR needs (default: AES256)."},{name:"kms-key",value:"ARN",description:"KMS key ARN of a created repository\
 (default: any key of the account)."},{name:"only",value:"permissions|trust",description:"Print just that one policy document, ready for `aws iam \u2026 file://`."}],
ik="[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",ak="[A-Za-z0-9._-]{1,100}",tW=new RegExp(`^${ik}/${ak}$`),rW=new RegExp(`^${ik}@\\d{1,20}/${ak}@\\d{1,20}$`),oW=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,
sW=/^[^\x00-\x1f\x7f:]{1,255}$/,tk=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,nW=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/,
iW=Go("github","circleci","none"),aW=Go("permissions","trust");function rk(t,e){if(e===void 0||e.trim()===""||/^(false|0)$/i.test(e))return!1;if(/[\x00-\x1f\x7f]/.
test(e))throw new A(t,e,"contains control characters");return!0}function ck(t,e=process.env){let{values:r,positionals:o}=(0,ok.parseArgs)({args:t,options:Object.
fromEntries(Uy.map(R=>[R.name,{type:"string"}])),strict:!0,allowPositionals:!0});if(o.length)throw new A("iam-policy",o[0],"is not a flag: every value follows i\
ts --flag (see `ecr-deliver iam-policy --help`)");let s=R=>{let T=r[R]?.trim();return T===""?void 0:T},n=(R,T)=>{let M=s(R);if(M===void 0)throw new A(R,"",`is r\
equired: ${T}`);return M},i=(R,T)=>{let M=s(R);return M!==void 0&&zo(R,M,T(M)),M},a=n("repository","the ECR repository the role delivers to");zo("repository",a,
Je.repository(a));let c=Hu(s("aws-region"),e),l=n("account-id","the 12-digit AWS account id of the role");zo("account-id",l,Je.account(l));let d=Xr("registry-id",
s("registry-id")),u=["repo","branch","environment","pull-request","github-issuer"].filter(R=>s(R)!==void 0),m=["org-id","project-id","vcs-ref"].filter(R=>s(R)!==
void 0),f=s("provider"),g=f!==void 0?iW.parse(f,"provider"):u.length?"github":m.length?"circleci":void 0;if(!g)throw new A("provider","","is required: github (w\
ith --repo), circleci (with --org-id), or none");let y=g==="github"?m:g==="circleci"?u:[...u,...m];if(y.length)throw new A(y[0],s(y[0]),`does not apply to --pro\
vider ${g}`);let h=i("audience",Je.audience),E={repository:a,region:c,accountId:l,registryId:d,provider:g,audience:h,createRepository:Xr("create-repository",s("\
create-repository")),lifecyclePolicy:rk("lifecycle-policy",s("lifecycle-policy")),repositoryPolicy:rk("repository-policy",s("repository-policy")),cache:Xr("cach\
e",s("cache")),push:Xr("push",s("push")),encryptionType:Xr("encryption-type",s("encryption-type"))};if(E.kmsKey=i("kms-key",$e(nW,"is not a KMS key or alias ARN\
 like `arn:aws:kms:eu-west-1:123456789012:key/\u2026`")),E.kmsKey&&E.encryptionType!=="KMS")throw new A("kms-key",E.kmsKey,"needs --encryption-type KMS");if(g===
"github"){let R=n("repo","the GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");if(!tW.test(R)&&!rW.test(R))throw new A("repo",R,"is not a GitHub reposito\
ry like `octo-org/octo-repo`, or `octo-org@123456/octo-repo@456789` with the immutable ids");E.repo=R,E.environment=i("environment",$e(sW,"is not a GitHub envir\
onment name (1\u2013255 characters, no `:`)"));let T=s("branch")?.replace(/^refs\/heads\//,"");if(T!==void 0&&E.environment!==void 0)throw new A("branch",T,"can\
not be combined with --environment: a job with an environment gets `environment:NAME` as its OIDC subject");if(T!==void 0&&!oW.test(T))throw new A("branch",T,"i\
s not a git branch name");let M=s("pull-request");if(E.pullRequest=M!==void 0&&Mr.parse(M,"pull-request"),E.pullRequest&&(T!==void 0||E.environment!==void 0))throw new A(
"pull-request",s("pull-request"),"cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`");E.environment===
void 0&&!E.pullRequest&&(E.branch=T??"main")}else if(g==="circleci"){let R=n("org-id","the CircleCI organization id (a UUID, Organization Settings > Overview)");
if(!tk.test(R))throw new A("org-id",R,"is not a CircleCI organization id (a lowercase UUID)");E.orgId=R;let T=n("project-id","the CircleCI project id (a UUID, P\
roject Settings > Overview): without it every project of the org could deliver");if(!tk.test(T))throw new A("project-id",T,"is not a CircleCI project id (a lowe\
rcase UUID)");E.projectId=T,E.vcsRef=i("vcs-ref",$e(/^[A-Za-z0-9._/+@*#-]{1,255}$/,"is not a git ref like `refs/heads/main`"))}Object.assign(E,cW(s)),a.startsWith(
"public.ecr.aws/")&&(E.registryType="public"),g==="github"&&s("github-issuer")!==void 0&&(E.githubIssuer=i("github-issuer",$e(/^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i,
"is not an OIDC issuer like `ghe.example.com/_services/token`")).replace(/^https:\/\//,"").replace(/\/+$/,""));let S=s("only"),I=S===void 0?void 0:aW.parse(S,"o\
nly");if(I==="trust"&&g==="none")throw new A("only",S,"needs a --provider: `none` has no trust policy");return{request:E,only:I}}function cW(t){let e=i=>(t(i)??
"").split(",").map(a=>a.trim()).filter(Boolean),r=e("pull-registries").map(i=>{let a=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/.exec(i);if(!a)throw new A(
"pull-registries",i,"is not an ECR registry id (12 digits) or `ID@REGION`");return{id:a[1],region:a[2]}}),o=e("pull-repositories");for(let i of o)if(!/^[a-z0-9*][a-z0-9._/*-]{0,255}$/.
test(i))throw new A("pull-repositories",i,"is not a repository name pattern (lowercase name, `*` wildcards)");if(o.length&&!r.length)throw new A("pull-repositor\
ies",t("pull-repositories"),"needs --pull-registries");let s=e("pull-through");for(let i of s)if(i.length<2||i.length>30||Je.repository(i))throw new A("pull-thr\
ough",i,"is not a pull-through cache prefix (2\u201330 characters, ECR's repository naming rule)");let n=t("registry-type")?.toLowerCase();if(n!==void 0&&n!=="p\
rivate"&&n!=="public")throw new A("registry-type",n,"is not one of private, public");return{pullRegistries:r,pullRepositories:o,pullThrough:s,registryType:n}}function pk(t,e){
let r=eW(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,null,2)}
`}var xa=t=>e=>t[hE(e)];function _u(t){let e=_a(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function wu(t,e){let r=new Sa(process.stderr);try{let o=Ns(t),s=ks(o),n=await Su({options:o,context:s,reporter:r,run:Wo,env:process.env});return r.
info(lW(n,r.clock)),e(n),0}catch(o){return _u(o)}}async function Iu(t,e){let r=new Sa(process.stderr);try{let o=Ns(t,"login"),s=ks(o,process.env,"login"),{registry:n}=await xu(
{options:o,context:s,reporter:r,run:Wo,env:process.env});return r.info(lk(`logged in to ${n}`,[["registry",n]],r.clock)),e(n),0}catch(o){return _u(o)}}function pW(t){
return t.pushed?"true":t.digest?"false (the SHA tag was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged locally only)"}function lW(t,e){
let r=t.pushed?`delivered ${t.image}`:t.digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,o=Qr.map(({name:s})=>[s,s==="pushed"?pW(t):jo(t,s)||
"-"]);return lk(r,o,e)}function lk(t,e,r){let o=[...e,["time",r.describe()]],s=Math.max(...o.map(([n])=>n.length));return[`\u2500\u2500 ecr-deliver: ${t} \u2500\u2500`,
...o.map(([n,i])=>`  ${n.padEnd(s)}  ${i}`)].join(`
`)}var dk="0.1.0";var Fy=Fu.filter(t=>!t.githubOnly),mk=["iam-policy","login"];function My(t,e,r=100){let o=[],s="";for(let n of t.split(/\s+/).filter(Boolean))s&&e.length+s.length+
1+n.length>r?(o.push(s),s=n):s=s?`${s} ${n}`:n;return s&&o.push(s),o.map(n=>e+n).join(`
`)}function uW(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver iam-policy --help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: O\
IDC credentials, ECR login, repository, build,","commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DEL\
IVER_ROLE_TO_ASSUME); a flag wins over the environment.","","Options:",...Fy.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default:\
 ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name} <value>
${My(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${Qr.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function mW(){return["Usage: ecr-deliver login [--option value \u2026] [--json]","","Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR \
registry, nothing else;",'later docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"Unlike a delivery (which logs in to a\
 private docker config removed when it ends), login writes","the registry password to your docker config (DOCKER_CONFIG, else ~/.docker) by design, where it","s\
tays for 12 hours: run `docker logout <registry>` when done on a shared host.","","Options (also as ECR_DELIVER_<OPTION>):",...Fy.filter(e=>Na.includes(e.name)).
map(e=>`  --${e.name} <value>
${My(e.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 logged in, 1 failed, 2 bad input."].join(`
`)}function fW(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --e\
nvironment NAME]     (GitHub)","         --org-id UUID --project-id UUID [--vcs-ref REF]               (CircleCI)","         [the delivery options the role must\
 allow, e.g. --cache false]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the re\
pository with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...Uy.map(t=>`  --${t.name} ${t.value}
${My(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function fk(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],s=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${s})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${s})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let n=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${bn(n)} is not a command or flag: use ${mk.join(", ")} or --flags \
(${s})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${s})`}}function gW(t,e,r){try{let o=Object.fromEntries(e.map(s=>[s,{type:"string"}]));return(0,uk.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${fk(o,r)}
`),process.exitCode=2;return}}function hW(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${fW()}
`),0;try{let{request:e,only:r}=ck(t.filter(o=>o!=="--json"));process.stdout.write(pk(e,r));for(let o of nk(e))process.stderr.write(`note: ${o}
`);return 0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.stderr.write(`ecr-deliver: ${fk(e,"iam-policy")}
`),2):_u(e)}}async function gk(t){let e=mk.find(i=>i===t[0])??"";if(e==="iam-policy"){process.exitCode=hW(t.slice(1));return}let r=e?t.slice(1):t,o=gW(r,e==="lo\
gin"?Na:Fy.map(i=>i.name),e);if(!o)return;if(o.help)return void process.stdout.write(`${e==="login"?mW():uW()}
`);if(o.version)return void process.stdout.write(`${dk}
`);let s=xa(process.env);if(e==="login"){let i=a=>Na.includes(a)?o[a]??s(a):void 0;process.exitCode=await Iu(i,a=>{o.json&&process.stdout.write(`${JSON.stringify(
{registry:a})}
`)});return}let n=i=>o[i]??s(i);process.exitCode=await wu(n,i=>{o.json&&process.stdout.write(`${JSON.stringify(gE(i))}
`)})}var Ek=require("node:fs");var yW=["deliver","login"],hk="ECR_DELIVER_COMMAND",EW=t=>`'${t.replace(/'/g,"'\\''")}'`,Sk=(t,e)=>`export ${yE(t)}=${EW(e)}
`;function SW(t){return Qr.map(({name:e})=>Sk(e,jo(t,e))).join("")}function yk(t,e){t.BASH_ENV?(0,Ek.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warning\
: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function xk(t=process.env){let e=t[hk]||"deliver";e==="login"?process.exitCode=await Iu(xa(t),r=>yk(t,Sk("registry",r))):e==="deliver"?process.exitCode=
await wu(xa(t),r=>yk(t,SW(r))):(process.stderr.write(`ecr-deliver: ${hk}: ${bn(e)} is not one of ${yW.join(", ")}
`),process.exitCode=2)}async function xW(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?XN(
t)?QN():YN():e.length===0&&t.CIRCLECI==="true"?xk():gk(e)}xW();
