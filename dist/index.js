#!/usr/bin/env node
"use strict";var Hk=Object.create;var Dd=Object.defineProperty;var Bk=Object.getOwnPropertyDescriptor;var Gk=Object.getOwnPropertyNames;var jk=Object.getPrototypeOf,zk=Object.prototype.hasOwnProperty;var p=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var ur=(t,e)=>{for(var r in e)Dd(t,r,{get:e[r],enumerable:!0})},Vk=(t,e,r,o)=>{if(e&&typeof e=="object"||typeof e=="function")for(let n of Gk(e))!zk.call(t,n)&&
n!==r&&Dd(t,n,{get:()=>e[n],enumerable:!(o=Bk(e,n))||o.enumerable});return t};var Hr=(t,e,r)=>(r=t!=null?Hk(jk(t)):{},Vk(e||!t||!t.__esModule?Dd(r,"default",{value:t,enumerable:!0}):r,t));var Ma,dt,CS=p(()=>{Ma={warningEmitted:!1},dt=t=>{if(t&&!Ma.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){Ma.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(Ma.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function B(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var bS=p(()=>{});function Gr(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var PS=p(()=>{});var G$,mr,OS=p(()=>{G$=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",mr=(t,e)=>{if(G$()&&typeof t?.handle!="functi\
on")return e}});var Gs,Qd=p(()=>{Gs=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var Gn,Ha,jn=p(()=>{Qd();Gn=(t,e=0,r=t.byteLength-e)=>{if(!Gs(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},Ha=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var j$,Ee,DS=p(()=>{jn();j$=/^[A-Za-z0-9+/]*={0,2}$/,Ee=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!j$.exec(t))throw new TypeError(
"Invalid base64 string.");let e=Ha(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var oe,Ba=p(()=>{jn();oe=t=>{let e=Ha(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var pe,NS=p(()=>{jn();Ba();pe=t=>{let e;if(typeof t=="string"?e=oe(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return Gn(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function kS(t,e,r,o){return class Ga extends Uint8Array{static fromString(s,i="utf-8"){if(typeof s=="string")return i==="base64"?Ga.mutate(o(s)):Ga.mutate(e(s));
throw new Error(`Unsupported conversion from ${typeof s} to Uint8ArrayBlobAdapter.`)}static mutate(s){return Object.setPrototypeOf(s,Ga.prototype),s}transformToString(s="\
utf-8"){return s==="base64"?r(this):t(this)}}}var $S=p(()=>{});var ee,LS=p(()=>{jn();ee=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error(
"@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return Gn(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function US(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,Qe[e[0]]+Qe[e[1]]+Qe[e[2]]+Qe[e[3]]+"-"+Qe[e[4]]+Qe[e[5]]+"-"+Qe[e[6]]+Qe[e[7]]+"-"+Qe[e[8]]+Qe[e[9]]+"-"+Qe[e[10]]+Qe[e[11]]+Qe[e[12]]+Qe[e[13]]+
Qe[e[14]]+Qe[e[15]]}}var Qe,FS=p(()=>{Qe=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var qo,MS=p(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(qo||(qo={}))});var Zr,HS=p(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Zr||(Zr={}))});var BS=p(()=>{HS()});var Pr,GS=p(()=>{Pr="__smithy_context"});var jr,jS=p(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(jr||(jr={}))});var zr=p(()=>{MS();BS();GS();jS()});var re,zS=p(()=>{zr();re=t=>t[Pr]||(t[Pr]={})});function C(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var Zd=p(()=>{});function z$(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var j,VS=p(()=>{j=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=z$(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var mt,WS=p(()=>{mt=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var V$,Vr,qS=p(()=>{V$=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),Vr=(t,e=!1)=>{if(!e)return V$.test(t);let r=t.split(".");for(let o of r)if(!Vr(o))return!1;
return!0}});function em(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var KS=p(()=>{});var W,JS=p(()=>{W=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function XS(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,n=null]=r.split("=");o=decodeURIComponent(o),n&&(n=decodeURIComponent(n)),o in
e?Array.isArray(e[o])?e[o].push(n):e[o]=[e[o],n]:e[o]=n}return e}var YS=p(()=>{});var fe,tm=p(()=>{YS();fe=t=>{if(typeof t=="string")return fe(new URL(t));let{hostname:e,pathname:r,port:o,protocol:n,search:s}=t,i;return s&&(i=XS(s)),{hostname:e,
port:o?parseInt(o):void 0,protocol:n,path:r,query:i}}});var fo,QS=p(()=>{Zd();tm();fo=t=>{if(typeof t=="object"){if("url"in t){let e=fe(t.url);if(t.headers){e.headers={};for(let r in t.headers)C(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return fe(t)}});var Q=p(()=>{zS();Zd();VS();WS();qS();KS();JS();tm();QS()});var rm,W$,ZS,q$,eE,tE,rE,K$,oE,nE,J$,ja,zn,sE,X$,Y$,iE=p(()=>{rm=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&Y$.warn(X$(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
W$=Math.ceil(2**127*(2-2**-23)),ZS=t=>{let e=rm(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>W$)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},q$=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},eE=
t=>rE(t,16),tE=t=>rE(t,8),rE=(t,e)=>{let r=q$(t);if(r!==void 0&&K$(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},K$=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},oE=t=>rm(typeof t=="string"?ja(t):t),nE=t=>ZS(typeof t=="string"?
ja(t):t),J$=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,ja=t=>{let e=t.match(J$);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},zn=t=>eE(typeof t=="string"?ja(t):t),sE=t=>tE(typeof t=="string"?ja(t):t),X$=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),Y$={warn:console.warn}});function Ko(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),n=t.getUTCDate(),s=t.getUTCHours(),i=t.getUTCMinutes(),a=t.getUTCSeconds(),c=n<10?`0${n}`:
`${n}`,l=s<10?`0${s}`:`${s}`,u=i<10?`0${i}`:`${i}`,d=a<10?`0${a}`:`${a}`;return`${Q$[o]}, ${c} ${nm[r]} ${e} ${l}:${u}:${d} GMT`}var Q$,nm,Z$,sm,e1,im,t1,r1,o1,
zs,am,js,n1,s1,i1,om,a1,c1,p1,Wr,l1,u1,Vn,aE=p(()=>{iE();Q$=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],nm=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];Z$=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),sm=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=Z$.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l]=e,u=zn(Vn(
o)),d=Wr(n,"month",1,12),m=Wr(s,"day",1,31);return js(u,d,m,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})},e1=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
im=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=e1.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l,u]=e,d=zn(Vn(o)),m=Wr(n,"month",1,12),f=Wr(s,"day",1,31),g=js(d,m,f,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l});
return u.toUpperCase()!="Z"&&g.setTime(g.getTime()-u1(u)),g},t1=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
r1=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
o1=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
zs=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=t1.exec(t);if(e){let[r,o,n,s,i,a,c,
l]=e;return js(zn(Vn(s)),om(n),Wr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})}if(e=r1.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return i1(js(n1(
s),om(n),Wr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l}))}if(e=o1.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return js(zn(Vn(l)),om(o),Wr(n.trimLeft(),
"day",1,31),{hours:s,minutes:i,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},am=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=oE(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},js=(t,e,r,o)=>{let n=e-1;return c1(t,n,r),new Date(Date.UTC(t,n,r,Wr(o.hours,"hour",0,23),Wr(o.minutes,"\
minute",0,59),Wr(o.seconds,"seconds",0,60),l1(o.fractionalMilliseconds)))},n1=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+zn(Vn(t));return r<e?
r+100:r},s1=50*365*24*60*60*1e3,i1=t=>t.getTime()-new Date().getTime()>s1?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,om=t=>{let e=nm.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},a1=[31,28,
31,30,31,30,31,31,30,31,30,31],c1=(t,e,r)=>{let o=a1[e];if(e===1&&p1(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${nm[e]} in ${t}: ${r}`)},p1=t=>t%4===0&&
(t%100!==0||t%400===0),Wr=(t,e,r,o)=>{let n=sE(Vn(t));if(n<r||n>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return n},l1=t=>t==null?0:
nE("0."+t)*1e3,u1=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),n=Number(t.substring(4,6));return r*(o*60+n)*60*1e3},Vn=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var ft,cE=p(()=>{ft=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};ft.from=t=>t&&typeof t=="object"&&(t instanceof ft||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?ft(String(t)):
ft(JSON.stringify(t));ft.fromObject=ft.from});function cm(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var pE=p(()=>{});function eo(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var pm,lm,um,lE,uE,d1,m1,f1,g1,h1,y1,dm,mm,fm,dE=p(()=>{pm=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",lm="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",um="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",lE="(\
\\d?\\d)",uE="(\\d{4})",d1=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),m1=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
f1=new RegExp(`^${pm}, ${lE} ${lm} ${uE} ${um} GMT$`),g1=new RegExp(`^${pm}, ${lE}-${lm}-(\\d\\d) ${um} GMT$`),h1=new RegExp(`^${pm} ${lm} ( [1-9]|\\d\\d) ${um}\
 ${uE}$`),y1=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],dm=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},mm=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=d1.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,n,s,i,a,,c,l]=e;eo(o,1,12),eo(n,1,31),eo(s,0,23),eo(i,0,59),eo(a,0,60);let u=new Date(Date.UTC(Number(r),Number(o)-1,Number(n),Number(s),
Number(i),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(u.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,d,m,f]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],g=d==="-"?1:-1;u.setTime(u.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return u},fm=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(m1.test(t))return new Date(t);let e,r,o,n,s,i,a,c;if((c=f1.exec(t))?[,e,r,o,n,s,i,a]=c:(c=g1.exec(t))?([,e,r,o,n,s,i,a]=
c,o=(Number(o)+1900).toString()):(c=h1.exec(t))&&([,r,e,n,s,i,a,o]=c),o&&i){let l=Date.UTC(Number(o),y1.indexOf(r),Number(e),Number(n),Number(s),Number(i),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);eo(e,1,31),eo(n,0,23),eo(s,0,59),eo(i,0,60);let u=new Date(l);return u.setUTCFullYear(Number(o)),u}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function gm(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let n=[],
s="";for(let i=0;i<o.length;i++)s===""?s=o[i]:s+=e+o[i],(i+1)%r===0&&(n.push(s),s="");return s!==""&&n.push(s),n}var mE=p(()=>{});var Vs,fE=p(()=>{Vs=t=>{let e=t.length,r=[],o=!1,n=!1,s=0;for(let i=0;i<e;++i){let a=t[i];switch(a){case'"':n||(o=!o);break;case",":o||(r.push(t.slice(s,i)),s=i+
1);break;default:}n=a==="\\"&&!n}return r.push(t.slice(s)),r.map(i=>{i=i.trim();let a=i.length;return a<2?i:i[0]==='"'&&i[a-1]==='"'?(i=i.slice(1,a-1),i.replace(
/\\(["\\])/g,"$1")):i.replace(/\\"/g,'"')})}});var gE,Te,hE=p(()=>{gE=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,Te=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!gE.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&gE.test(r.string)}}});function Ws(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in hm)e[r/2]=hm[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function le(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=yE[t[r]];return e}var yE,hm,ym=p(()=>{yE={},hm={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),yE[t]=e,hm[e]=t}});var Wn,gt,SE=p(()=>{Wn=require("node:fs"),gt=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof Wn.ReadStream){if(t.path!=null)
return(0,Wn.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,Wn.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var fr,EE=p(()=>{Ba();fr=t=>t instanceof Uint8Array?t:typeof t=="string"?oe(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function za(t,e){if(e===void 0){e=0;for(let n of t)e+=n.byteLength}let r=new Uint8Array(e),o=0;for(let n of t)r.set(n,o),o+=n.byteLength;return r}var Sm=p(()=>{});var Ze,qs=p(()=>{Ze=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,n=!0;typeof r=="boolean"?(o=void 0,n=r):r!=null&&typeof r==
"object"&&(o=r.logger,n=r.tryNextLink??!0),super(e),this.tryNextLink=n,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${n?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var w,Va=p(()=>{qs();w=class t extends Ze{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var gr,xE=p(()=>{qs();gr=class t extends Ze{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Jo,Em=p(()=>{qs();Jo=(...t)=>async()=>{if(t.length===0)throw new Ze("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var RE,_E=p(()=>{RE=t=>()=>Promise.resolve(t)});var Wa,xm=p(()=>{Wa=(t,e,r)=>{let o,n,s,i=!1,a=async()=>{n||(n=t());try{o=await n,s=!0,i=!1}finally{n=void 0}return o};return e===void 0?async c=>((!s||c?.forceRefresh)&&
(o=await a()),o):async c=>((!s||c?.forceRefresh)&&(o=await a()),i?o:r&&!r(o)?(i=!0,o):(e(o)&&await a(),o))}});var hr,qa=p(()=>{hr=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var ht,Ka=p(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(ht||(ht={}))});var wE,IE,Rm,S1,go,Ks=p(()=>{wE=require("node:os"),IE=require("node:path"),Rm={},S1=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",go=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${IE.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let n=S1();return Rm[n]||(Rm[n]=(0,wE.homedir)()),
Rm[n]}});var Ja,TE,yt,_m=p(()=>{Ja="AWS_PROFILE",TE="default",yt=t=>t.profile||process.env[Ja]||TE});var vE,AE,Js,wm=p(()=>{vE=require("node:crypto"),AE=require("node:path");Ks();Js=t=>{let r=(0,vE.createHash)("sha1").update(t).digest("hex");return(0,AE.join)(go(),
".aws","sso","cache",`${r}.json`)}});var CE,Xs,Ys,Im=p(()=>{CE=require("node:fs/promises");wm();Xs={},Ys=async t=>{if(Xs[t])return Xs[t];let e=Js(t),r=await(0,CE.readFile)(e,"utf8");return JSON.parse(
r)}});var bE,PE=p(()=>{zr();bE=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(jr).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let n=r.indexOf("."),s=r.substring(0,n)===jr.PROFILE?r.substring(n+1):r;return e[s]=o,e},{...t.default&&{default:t.default}})});var OE,E1,Xa,Tm=p(()=>{OE=require("node:path");Ks();E1="AWS_CONFIG_FILE",Xa=()=>process.env[E1]||(0,OE.join)(go(),".aws","config")});var DE,x1,NE,kE=p(()=>{DE=require("node:path");Ks();x1="AWS_SHARED_CREDENTIALS_FILE",NE=()=>process.env[x1]||(0,DE.join)(go(),".aws","credentials")});var R1,_1,Qs,vm=p(()=>{zr();R1=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,_1=["__proto__","profile __proto__"],Qs=t=>{let e={},r,o;for(let n of t.split(/\r?\n/)){let s=n.
split(/(^|\s)[;#]/)[0].trim();if(s[0]==="["&&s[s.length-1]==="]"){r=void 0,o=void 0;let a=s.substring(1,s.length-1),c=R1.exec(a);if(c){let[,l,,u]=c;Object.values(
jr).includes(l)&&(r=[l,u].join("."))}else r=a;if(_1.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=s.indexOf("=");if(![0,-1].
includes(a)){let[c,l]=[s.substring(0,a).trim(),s.substring(a+1).trim()];if(l==="")o=c;else{o&&n.trimStart()===n&&(o=void 0),e[r]=e[r]||{};let u=o?[o,c].join("."):
c;e[r][u]=l}}}}return e}});var $E,Am,Zs,ei,Ya=p(()=>{$E=require("node:fs/promises"),Am={},Zs={},ei=(t,e)=>Zs[t]!==void 0?Zs[t]:((!Am[t]||e?.ignoreCache)&&(Am[t]=(0,$E.readFile)(t,"utf8")),
Am[t])});var Cm,LE,Qa,bm=p(()=>{Cm=require("node:path");PE();Tm();kE();Ks();vm();Ya();LE=()=>({}),Qa=async(t={})=>{let{filepath:e=NE(),configFilepath:r=Xa()}=t,o=go(),n="\
~/",s=e;e.startsWith(n)&&(s=(0,Cm.join)(o,e.slice(2)));let i=r;r.startsWith(n)&&(i=(0,Cm.join)(o,r.slice(2)));let a=await Promise.all([ei(i,{ignoreCache:t.ignoreCache}).
then(Qs).then(bE).catch(LE),ei(s,{ignoreCache:t.ignoreCache}).then(Qs).catch(LE)]);return{configFile:a[0],credentialsFile:a[1]}}});var UE,FE=p(()=>{zr();UE=t=>Object.entries(t).filter(([e])=>e.startsWith(jr.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var w1,ti,ME=p(()=>{Tm();FE();vm();Ya();w1=()=>({}),ti=async(t={})=>ei(t.configFilepath??Xa()).then(Qs).then(UE).catch(w1)});var HE,BE=p(()=>{HE=(...t)=>{let e={};for(let r of t)for(let[o,n]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],n):e[o]=n;return e}});var Or,GE=p(()=>{bm();BE();Or=async t=>{let e=await Qa(t);return HE(e.configFile,e.credentialsFile)}});var ri,jE=p(()=>{Im();Ya();ri={getFileRecord(){return Zs},interceptFile(t,e){Zs[t]=Promise.resolve(e)},getTokenRecord(){return Xs},interceptToken(t,e){Xs[t]=e}}});function Za(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var Pm=p(()=>{});var zE,VE=p(()=>{Va();Pm();zE=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new w(r.message||`Not found in E\
NV: ${Za(t.toString())}`,{logger:e?.logger})}}});var WE,qE=p(()=>{Va();_m();bm();Pm();WE=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=yt(r),{configFile:n,credentialsFile:s}=await Qa(r),i=s[o]||{},a=n[o]||
{},c=e==="config"?{...i,...a}:{...a,...i};try{let u=t(c,e==="config"?n:s);if(u===void 0)throw new Error;return u}catch(l){throw new w(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${Za(t.toString())}`,{logger:r.logger})}}});var I1,KE,JE=p(()=>{_E();I1=t=>typeof t=="function",KE=t=>I1(t)?async()=>await t():RE(t)});var _,Om=p(()=>{Em();xm();VE();qE();JE();_=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:n,logger:s}=o;return Wa(Jo(zE(
t,{signingName:n,logger:s}),WE(e,o),KE(r)))}});var XE,YE,St,QE=p(()=>{qa();Ka();XE="AWS_USE_DUALSTACK_ENDPOINT",YE="use_dualstack_endpoint",St={environmentVariableSelector:t=>hr(t,XE,ht.ENV),configFileSelector:t=>hr(
t,YE,ht.CONFIG),default:!1}});var ZE,ex,Et,tx=p(()=>{qa();Ka();ZE="AWS_USE_FIPS_ENDPOINT",ex="use_fips_endpoint",Et={environmentVariableSelector:t=>hr(t,ZE,ht.ENV),configFileSelector:t=>hr(t,
ex,ht.CONFIG),default:!1}});var Yo,ho,qn,rx,ox,Dm=p(()=>{Yo=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},ho=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,qn=()=>{let t=[],e=[],r=!1,o=new Set,n=d=>d.sort((m,f)=>rx[f.step]-rx[m.step]||ox[f.priority||"normal"]-ox[m.priority||"normal"]),s=d=>{let m=!1,
f=g=>{let y=Yo(g.name,g.aliases);if(y.includes(d)){m=!0;for(let h of y)o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},i=d=>{let m=!1,f=g=>{
if(g.middleware===d){m=!0;for(let y of Yo(g.name,g.aliases))o.delete(y);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=d=>(t.forEach(m=>{d.add(m.middleware,
{...m})}),e.forEach(m=>{d.addRelativeTo(m.middleware,{...m})}),d.identifyOnResolve?.(u.identifyOnResolve()),d),c=d=>{let m=[];return d.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(d),d.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},l=(d=!1)=>{let m=[],f=[],g={};return t.forEach(h=>{let S={...h,before:[],after:[]};for(let E of Yo(S.name,S.aliases))g[E]=S;m.push(S)}),e.forEach(h=>{let S={
...h,before:[],after:[]};for(let E of Yo(S.name,S.aliases))g[E]=S;f.push(S)}),f.forEach(h=>{if(h.toMiddleware){let S=g[h.toMiddleware];if(S===void 0){if(d)return;
throw new Error(`${h.toMiddleware} is not found when adding ${ho(h.name,h.aliases)} middleware ${h.relation} ${h.toMiddleware}`)}h.relation==="after"&&S.after.push(
h),h.relation==="before"&&S.before.push(h)}}),n(m).map(c).reduce((h,S)=>(h.push(...S),h),[])},u={add:(d,m={})=>{let{name:f,override:g,aliases:y}=m,h={step:"init\
ialize",priority:"normal",middleware:d,...m},S=Yo(f,y);if(S.length>0){if(S.some(E=>o.has(E))){if(!g)throw new Error(`Duplicate middleware name '${ho(f,y)}'`);for(let E of S){
let I=t.findIndex(T=>T.name===E||T.aliases?.some(M=>M===E));if(I===-1)continue;let R=t[I];if(R.step!==h.step||h.priority!==R.priority)throw new Error(`"${ho(R.name,
R.aliases)}" middleware with ${R.priority} priority in ${R.step} step cannot be overridden by "${ho(f,y)}" middleware with ${h.priority} priority in ${h.step} s\
tep.`);t.splice(I,1)}}for(let E of S)o.add(E)}t.push(h)},addRelativeTo:(d,m)=>{let{name:f,override:g,aliases:y}=m,h={middleware:d,...m},S=Yo(f,y);if(S.length>0){
if(S.some(E=>o.has(E))){if(!g)throw new Error(`Duplicate middleware name '${ho(f,y)}'`);for(let E of S){let I=e.findIndex(T=>T.name===E||T.aliases?.some(M=>M===
E));if(I===-1)continue;let R=e[I];if(R.toMiddleware!==h.toMiddleware||R.relation!==h.relation)throw new Error(`"${ho(R.name,R.aliases)}" middleware ${R.relation}\
 "${R.toMiddleware}" middleware cannot be overridden by "${ho(f,y)}" middleware ${h.relation} "${h.toMiddleware}" middleware.`);e.splice(I,1)}}for(let E of S)o.
add(E)}e.push(h)},clone:()=>a(qn()),use:d=>{d.applyToStack(u)},remove:d=>typeof d=="string"?s(d):i(d),removeByTag:d=>{let m=!1,f=g=>{let{tags:y,name:h,aliases:S}=g;
if(y&&y.includes(d)){let E=Yo(h,S);for(let I of E)o.delete(I);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:d=>{let m=a(qn());return m.use(
d),m.identifyOnResolve(r||m.identifyOnResolve()||(d.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>l(!0).map(d=>{let m=d.step??d.relation+" "+d.toMiddleware;
return ho(d.name,d.aliases)+" - "+m}),identifyOnResolve(d){return typeof d=="boolean"&&(r=d),r},resolve:(d,m)=>{for(let f of l().map(g=>g.middleware).reverse())
d=f(d,m);return r&&console.log(u.identify()),d}};return u},rx={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},ox={high:3,normal:2,low:1}});var Re,nx=p(()=>{Dm();Re=class{config;middlewareStack=qn();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let n=typeof r!="function"?r:void 0,s=typeof r=="function"?r:o,i=n===void 0&&this.config.cacheMiddleware===!0,a;if(i){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
n),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,n);if(s)a(e).then(c=>s(null,c.output),c=>s(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var to,Nm=p(()=>{to=t=>typeof t=="function"?t():t});var ec,km=p(()=>{ec=(t,e,r,o,n)=>({name:e,namespace:t,traits:r,input:o,output:n})});var sx,$m,ix=p(()=>{Q();km();sx=t=>(e,r)=>async o=>{let{response:n}=await e(o),{operationSchema:s}=re(r),[,i,a,c,l,u]=s??[];try{let d=await t.protocol.deserializeResponse(
ec(i,a,c,l,u),{...t,...r},n);return{response:n,output:d}}catch(d){if(Object.defineProperty(d,"$response",{value:n,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in d)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{d.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof d.$responseBodyText<"u"&&d.$response&&(d.$response.
body=d.$responseBodyText);try{if(mt.isInstance(n)){let{headers:f={},statusCode:g}=n,y=Object.entries(f);d.$metadata={httpStatusCode:g,requestId:$m(/^x-[\w-]+-request-?id$/,
y),extendedRequestId:$m(/^x-[\w-]+-id-2$/,y),cfId:$m(/^x-[\w-]+-cf-id$/,y)}}}catch{}}throw d}},$m=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var ax,cx=p(()=>{Q();km();ax=t=>(e,r)=>async o=>{let{operationSchema:n}=re(r),[,s,i,a,c,l]=n??[],u=r.endpointV2?async()=>fo(r.endpointV2):t.endpoint,d=await t.protocol.
serializeRequest(ec(s,i,a,c,l),o.input,{...t,...r,endpoint:u});return e({...o,request:d})}});function xt(t){return{applyToStack:e=>{e.add(ax(t),lx),e.add(sx(t),px),t.protocol.setSerdeContext(t)}}}var px,lx,ux=p(()=>{ix();cx();px={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},lx={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function yo(t){if(typeof t=="object")return t;if(t=t|0,tc[t])return tc[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return tc[t]=e}var tc,Lm=p(()=>{tc=[]});function ni(t,e){if(t instanceof H)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=H;return new r(t,e)}var oi,rc,oc,H,Um,dx,mx=p(()=>{Nm();Lm();
oi={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},rc=[],oc={},H=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],n=e,s=e;for(this._isMemberSchema=!1;Um(n);)o.push(n[1]),n=n[0],s=to(n),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let i=o.length-1;i>=0;--i){let a=o[i];Object.assign(this.memberTraits,yo(a))}}else this.memberTraits=0;if(s instanceof t){let i=this.memberTraits;Object.
assign(this,s),this.memberTraits=Object.assign({},i,s.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??s.memberName;return}
if(this.schema=to(s),dx(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(s),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(rc[e])return rc[e]}else if(typeof e=="string"){if(oc[e])return oc[e]}else if(r&&e[oi.ns])return e[oi.ns];let o=to(e);if(o instanceof
t)return o;if(Um(o)){let[s,i]=o;if(s instanceof t)return Object.assign(s.getMergedTraits(),yo(i)),s;throw new Error(`@smithy/core/schema - may not init unwrappe\
d member schema=${JSON.stringify(e,null,2)}.`)}let n=new t(o);return r?e[oi.ns]=n:typeof o=="string"?oc[o]=n:typeof o=="number"?rc[o]=n:n}getSchema(){let e=this.
schema;return Array.isArray(e)&&e[0]===0?e[4]:e}getName(e=!1){let{name:r}=this;return!e&&r&&r.includes("#")?r.split("#")[1]:r||void 0}getMemberName(){return this.
memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let e=this.getSchema();return typeof e=="number"?e>=64&&e<128:e[0]===1}isMapSchema(){let e=this.
getSchema();return typeof e=="number"?e>=128&&e<=255:e[0]===2}isStructSchema(){let e=this.getSchema();if(typeof e!="object")return!1;let r=e[0];return r===3||r===
-3||r===4}isUnionSchema(){let e=this.getSchema();return typeof e!="object"?!1:e[0]===4}isBlobSchema(){let e=this.getSchema();return e===21||e===42}isTimestampSchema(){
let e=this.getSchema();return typeof e=="number"&&e>=4&&e<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){
return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===
17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming:e}=this.getMergedTraits();return!!e||this.getSchema()===42}isIdempotencyToken(){
return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){
return yo(this.memberTraits)}getOwnTraits(){return yo(this.traits)}getKeySchema(){let[e,r]=[this.isDocumentSchema(),this.isMapSchema()];if(!e&&!r)throw new Error(
`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let o=this.getSchema(),n=e?15:o[4]??0;return ni([n,0],"key")}getValueSchema(){let e=this.
getSchema(),[r,o,n]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],s=typeof e=="number"?63&e:e&&typeof e=="object"&&(o||n)?e[3+e[0]]:r?15:void 0;
if(s!=null)return ni([s,0],o?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){let r=this.getSchema();
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),n=r[5][o];return ni(Um(n)?n:[n,0],e)}if(this.isDocumentSchema())return ni([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[oi.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let n=0;n<r;++n){let s=e[4][n],i=ni([e[5][n],0],s);yield o[n]=[s,i]}e[oi.it]=o}};Um=t=>Array.isArray(t)&&t.length===
2,dx=t=>Array.isArray(t)&&t.length>=5});var J,fx=p(()=>{J=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[n,s]of e.
schemas)r.has(n)||r.set(n,s);for(let[n,s]of e.exceptions)o.has(n)||o.set(n,s)}register(e,r){let o=this.normalizeShapeId(e);for(let n of[this,t.for(o.split("#")[0])])
n.schemas.has(o)||n.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,n=[];for(let[s,i]of this.
schemas.entries())s.endsWith(o)&&n.push(i);if(n.length===1)return n[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,n=o[1],s=n+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=s);for(let i of[this,t.for(n)])!i.schemas.has(s)&&!i.exceptions.has(
o)&&(i.schemas.set(s,o),i.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,n=r+"#"+o;if(n.startsWith("smithy.ts.sdk.synthetic.")&&n.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var Z=p(()=>{Nm();ux();mx();Lm();fx()});function Kn(t,e){if(e==null)return e;let r=H.of(t);if(r.getMergedTraits().sensitive)return Fm;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return Fm;if(Array.isArray(e))return e.map(n=>Kn(o,n))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return Fm;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([n,s])=>[n,Kn(o,s)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,n={};for(let[s,i]of r.structIterator())o[s]!=null&&(n[s]=Kn(i,o[s]));return n}return e}var Fm,gx=p(()=>{Z();Fm="***SensitiveInformat\
ion***"});var hx,_r,Mm,Hm=p(()=>{zr();Dm();gx();Z();hx=Symbol.for("@smithy/op-event-stream"),_r=class{middlewareStack=qn();schema;static classBuilder(){return new Mm}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:n,clientName:s,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:l,additionalContext:u,CommandCtor:d}){for(let T of n.
bind(this)(d,e,r,o))this.middlewareStack.use(T);let m=e.concat(this.middlewareStack),{logger:f}=r,g=u[Pr],y={logger:f,clientName:s,commandName:i,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...u,[Pr]:{...g,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:h}=r,S=o??{};S.metricsRecorder&&(S={...S},delete S.metricsRecorder);let E,I=this.schema,R=I?.[hx];if(R!==void 0)
E=R;else if(I&&Array.isArray(I)&&I[0]===9){let[,,,,T,M]=I;E=I[hx]=!!(H.of(T).getEventStreamMember()||H.of(M).getEventStreamMember())}return E&&(S={isEventStream:E,
...S}),m.resolve(T=>h.handle(T.request,S),y)}},Mm=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends _r{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,n,s){let i=e._operationSchema,a=i?.[4]??i?.input,c=i?.[5]??i?.output;return this.resolveMiddlewareWithContext(o,n,
s,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?Kn.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?Kn.bind(null,c):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var ro,yx=p(()=>{ro=(t,e,r)=>{for(let[s,i]of Object.entries(t)){let a=async function(l,u,d){let m=new i(l);if(typeof u=="function")this.send(m,u);else if(typeof d==
"function"){if(typeof u!="object")throw new Error(`Expected http options but got ${typeof u}`);this.send(m,u||{},d)}else return this.send(m,u)},c=(s[0].toLowerCase()+
s.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:n={}}=r??{};for(let[s,i]of Object.entries(o))e.prototype[s]===void 0&&(e.prototype[s]=
function(a={},c,...l){return i({...c,client:this},a,...l)});for(let[s,i]of Object.entries(n))e.prototype[s]===void 0&&(e.prototype[s]=async function(a={},c,...l){
let u=c;return typeof c=="number"&&(u={maxWaitTime:c}),i({...u,client:this},a,...l)})}});var Me,nc,Sx=p(()=>{Me=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,n=!1;if(o){let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(n=!0,c===o))return!0;i=Object.getPrototypeOf(i)}}if(o&&n)return!1;let s=this.name;if(s&&s.length>=6){if(r.
name===s)return!0;let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor?.name;if(a&&a!=="Error"&&a===s)return!0;i=Object.getPrototypeOf(
i)}}}return!1}},nc=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,n])=>{(t[o]==null||t[o]==="")&&(t[o]=n)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var Rt,Ex=p(()=>{Rt=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var xx,_t,Rx=p(()=>{xx=!1,_t=t=>{t&&!xx&&parseInt(t.substring(1,t.indexOf(".")))<16&&(xx=!0)}});var _x,wx,Ix,Tx=p(()=>{Q();zr();_x=Object.values(Zr),wx=t=>{let e=[];for(let r in Zr){if(!C(Zr,r))continue;let o=Zr[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),n=r.checksumConstructor();_x.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=n:t.checksumAlgorithms[o]=
n,e.push(r)},checksumAlgorithms(){return e}}},Ix=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();_x.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var vx,Ax,Cx=p(()=>{vx=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),Ax=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var wt,It,bx=p(()=>{Tx();Cx();wt=t=>Object.assign(wx(t),vx(t)),It=t=>Object.assign(Ix(t),Ax(t))});var sc,Px=p(()=>{Q();sc=t=>{let e="#text";for(let r in t)C(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=sc(t[r])));return t}});var xe,Ox=p(()=>{xe=class{trace(){}debug(){}info(){}warn(){}error(){}}});function Tt(t,e,r,o){return function(s,i,a,c,l={}){let u=Object.assign({},t,s);return _r.classBuilder().ep(u).m(function(d,m,f,g){let y=i.call(this,d,m,f,g);return y.
unshift(o(f,d.getEndpointParameterInstructions())),y}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var Dx=p(()=>{Hm()});var v=p(()=>{Q();Q();nx();Hm();yx();Ex();Rx();Sx();bx();Px();Ox();Dx()});var Nx,Bm,Gm,kx,$x,Lx,Ux,Fx,Mx,jm=p(()=>{Nx="AWS_EXECUTION_ENV",Bm="AWS_REGION",Gm="AWS_DEFAULT_REGION",kx="AWS_EC2_METADATA_DISABLED",$x=["in-region","cross-re\
gion","mobile","standard","legacy"],Lx="/latest/meta-data/placement/region",Ux="/latest/api/token",Fx="x-aws-ec2-metadata-token",Mx="x-aws-ec2-metadata-token-tt\
l-seconds"});var Hx,T1,jx,ic,Bx,v1,Gx,zm=p(()=>{jm();Hx=1e3,T1=6e4,jx=0,ic=async()=>{if(!process.env[kx]&&!(Date.now()<jx))try{let t=v1(),e=(await Gx({...t,path:Ux,method:"P\
UT",headers:{[Mx]:"21600"}})).toString();return(await Gx({...t,path:Lx,method:"GET",headers:{[Fx]:e}})).toString().trim()||Bx()}catch{return Bx()}},Bx=()=>{jx=Date.
now()+T1},v1=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},Gx=async t=>{let{request:e}=await import("node:http");
return new Promise((r,o)=>{let n=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:Hx,signal:AbortSignal.timeout(Hx)});n.
on("error",s=>{o(s),n.destroy()}),n.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),n.destroy()}),n.on("response",s=>{let{statusCode:i=400}=s;
if(i<200||i>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:i})),n.destroy();return}let a=[];s.on("data",c=>a.
push(c)),s.on("end",()=>{r(Buffer.concat(a)),n.destroy()})}),n.end()})}});var zx,Vx,ve,He,Vm=p(()=>{zm();zx="AWS_REGION",Vx="region",ve={environmentVariableSelector:t=>t[zx],configFileSelector:t=>t[Vx],default:async()=>{let t=await ic();
if(t)return t;throw new Error("Region is missing")}},He={preferredFile:"credentials"}});var Wx,qx,Kx=p(()=>{Q();Wx=new Set,qx=(t,e=Vr)=>{if(!Wx.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else Wx.add(t)}});var ac,Wm=p(()=>{ac=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var Jx,Xx=p(()=>{Wm();Jx=t=>ac(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var vt,Yx=p(()=>{Kx();Xx();Wm();vt=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,n=Jx(o);return qx(n),n},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return ac(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var A1,C1,Qx,Zx=p(()=>{A1="AWS_DEFAULTS_MODE",C1="defaults_mode",Qx={environmentVariableSelector:t=>t[A1],configFileSelector:t=>t[C1],default:"legacy"}});var At,b1,P1,eR=p(()=>{Vm();zm();Om();xm();jm();Zx();At=({region:t=_(ve),defaultsMode:e=_(Qx)}={})=>Wa(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return b1(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${$x.join(", ")}, got ${r}`)}}),b1=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await P1();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},P1=async()=>process.env[Nx]&&(process.env[Bm]||process.
env[Gm])?process.env[Bm]??process.env[Gm]:ic()});var L=p(()=>{qs();Va();xE();Em();qa();Ka();_m();wm();Im();ME();GE();jE();Om();QE();tx();Vm();Yx();eR()});var tR,rR,oR,nR=p(()=>{tR="AWS_ENDPOINT_URL",rR="endpoint_url",oR=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(s=>s.toUpperCase()),o=e[[tR,...r].
join("_")];if(o)return o;let n=e[tR];if(n)return n},configFileSelector:(e,r)=>{if(e.services){let n=["services",e.services].join(".");if(!r||!r[n])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let s=r[n],i=t.split(" ").map(c=>c.toLowerCase()),
a=s[[i.join("_"),rR].join(".")];if(a)return a}let o=e[rR];if(o)return o},default:void 0})});var O1,D1,sR,iR=p(()=>{L();O1="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",D1="ignore_configured_endpoint_urls",sR={environmentVariableSelector:t=>hr(t,O1,ht.ENV),configFileSelector:t=>hr(
t,D1,ht.CONFIG),default:!1}});var si,aR=p(()=>{L();nR();iR();si=async t=>{if(!await _(sR)())return _(oR(t??""))()}});var qm,N1,k1,$1,cR,pR,lR=p(()=>{qm=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),pR(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!cR(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},N1=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,k1=/(\d+\.){3}\d+/,$1=/\.\./,cR=t=>N1.test(t)&&!k1.test(t)&&!$1.test(t),pR=t=>{let[e,r,o,,,n]=t.split(":"),s=e===
"arn"&&t.split(":").length>=6,i=!!(s&&r&&o&&n);if(s&&!i)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return i}});var uR=p(()=>{lR()});var dR,mR=p(()=>{dR=(t,e,r,o=!1)=>{let n=async()=>{let s;return o?s=r.clientContextParams?.[t]??r[t]??r[e]:s=r[t]??r[e],typeof s=="function"?s():s};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.credentialScope??s?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.accountId??s?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let s=await n();if(s&&typeof s=="object"){if("url"in s)return s.url.href;if("hostname"in s){
let{protocol:i,hostname:a,port:c,path:l}=s;return`${i}//${a}${c?":"+c:""}${l}`}}return s}:n}});var Km=p(()=>{Q()});function cc(t){return async(e,r,o,n)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(fo(a)),o.isCustomEndpoint=!0,n?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let s=await Jn(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let i=o.endpointProvider(s,n);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){i.headers??={};for(let[c,l]of Object.entries(a.headers))i.headers[c]=Array.isArray(l)?l:[l]}}
return i}}var Jn,pc=p(()=>{uR();mR();Km();Jn=async(t,e,r)=>{let o={},n=e?.getEndpointParameterInstructions?.()||{};for(let[s,i]of Object.entries(n))switch(i.type){case"\
staticContextParams":o[s]=i.value;break;case"contextParams":o[s]=t[i.name];break;case"clientContextParams":case"builtInParams":o[s]=await dR(i.name,s,r,i.type!==
"builtInParams")();break;case"operationContextParams":o[s]=i.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
i))}return Object.keys(n).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await qm(o),o}});function L1(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function lc(t){let e=cc(t);return({config:r,instructions:o})=>(n,s)=>async i=>{r.isCustomEndpoint&&L1(s,"ENDPOINT_OVERRIDE","N");let a=await e(i.input,{getEndpointParameterInstructions(){
return o}},{...r},s);s.endpointV2=a,s.authSchemes=a.properties?.authSchemes;let c=s.authSchemes?.[0];if(c){s.signing_region=c.signingRegion,s.signing_service=c.
signingName;let u=re(s)?.selectedHttpAuthScheme?.httpAuthOption;u&&(u.signingProperties=Object.assign(u.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return n({...i})}}var Jm=p(()=>{Q();pc()});function fR(t){let e=lc(t);return(r,o)=>({applyToStack:n=>{n.addRelativeTo(e({config:r,instructions:o}),F1)}})}var U1,F1,gR=p(()=>{Jm();U1={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},F1={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:U1.name}});function hR(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:n,useFipsEndpoint:s}=e,i=o!=null?async()=>fo(await W(o)()):void 0,c=Object.assign(e,{
endpoint:i,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:W(n??!1),useFipsEndpoint:W(s??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),l;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),c}}var yR=p(()=>{Q();Km()});var Be,SR=p(()=>{Be=class t{nodes;root;conditions;results;constructor(e,r,o,n){this.nodes=e,this.root=r,this.conditions=o,this.results=n}static from(e,r,o,n){return new t(
e,r,o,n)}}});var Ge,ER=p(()=>{Ge=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let n=this.data.keys(),s=0;for(;;){let{value:i,done:a}=n.next();if(this.data.delete(
i),a||++s>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let n of o){
let s=e[n],i=s==null?"\0":String(s);if(i.includes("|;"))return!1;r+=i+"|;"}return r}}});var ge,xR=p(()=>{ge=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var oo=p(()=>{xR()});var Xm,RR=p(()=>{Xm="endpoints"});function Xn(t){return typeof t!="object"||t==null?t:"ref"in t?`$${Xn(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(Xn).join(", ")})`:JSON.stringify(t,null,2)}var _R=p(
()=>{});var wR=p(()=>{RR();_R()});var Ae,Ym=p(()=>{Ae={}});var Qm,IR=p(()=>{Qm=(t,e)=>t===e});function Zm(...t){for(let e of t)if(e!=null)return e}var TR=p(()=>{});var vR,AR=p(()=>{oo();vR=t=>{let e=t.split("."),r=[];for(let o of e){let n=o.indexOf("[");if(n!==-1){if(o.indexOf("]")!==o.length-1)throw new ge(`Path: '${t}' d\
oes not end with ']'`);let s=o.slice(n+1,-1);if(Number.isNaN(parseInt(s)))throw new ge(`Invalid array index: '${s}' in path: '${t}'`);n!==0&&r.push(o.slice(0,n)),
r.push(s)}else r.push(o)}return r}});var ii,CR=p(()=>{oo();AR();ii=(t,e)=>vR(e).reduce((r,o)=>{if(typeof r!="object")throw new ge(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let n=parseInt(o);return r[n<0?r.length+n:n]}return r[o]},t)});var ef,bR=p(()=>{ef=t=>t!=null});function tf(t,e,r){return t?e:r}var PR=p(()=>{});var rf,OR=p(()=>{rf=t=>!t});var M1,Yn,of=p(()=>{M1=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),Yn=t=>M1.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var nf,sf,DR=p(()=>{zr();of();nf={[qo.HTTP]:80,[qo.HTTPS]:443},sf=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:y="",query:h={}}=t,S=new URL(`${g}//${m}${f?`:${f}`:""}${y}`);return S.search=Object.entries(h).map(([E,I])=>`${E}=${I}`).join("&"),S}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:n,
pathname:s,protocol:i,search:a}=e;if(a)return null;let c=i.slice(0,-1);if(!Object.values(qo).includes(c))return null;let l=Yn(n),u=r.includes(`${o}:${nf[c]}`)||
typeof t=="string"&&t.includes(`${o}:${nf[c]}`),d=`${o}${u?`:${nf[c]}`:""}`;return{scheme:c,authority:d,path:s,normalizedPath:s.endsWith("/")?s:`${s}/`,isIp:l}}});function af(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var NR=p(()=>{});var cf,kR=p(()=>{cf=(t,e)=>t===e});var pf,$R=p(()=>{pf=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var lf,LR=p(()=>{lf=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var uf=p(()=>{IR();TR();CR();bR();Q();PR();OR();DR();NR();kR();$R();LR()});var UR,FR=p(()=>{uf();UR={booleanEquals:Qm,coalesce:Zm,getAttr:ii,isSet:ef,isValidHostLabel:Vr,ite:tf,not:rf,parseURL:sf,split:af,stringEquals:cf,substring:pf,uriEncode:lf}});var uc,df=p(()=>{uf();uc=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:n}=e,s=0;for(;s<t.length;){let i=t.indexOf("{",s);if(i===-1){r.push(t.slice(s));break}
r.push(t.slice(s,i));let a=t.indexOf("}",i);if(a===-1){r.push(t.slice(i));break}t[i+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(i+1,a)),s=a+2);let c=t.substring(i+1,
a);if(c.includes("#")){let[l,u]=c.split("#");r.push(ii(o[l]??n[l],u))}else r.push(o[c]??n[c]);s=a+1}return r.join("")}});var MR,HR=p(()=>{MR=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var Qo,dc,BR,ai=p(()=>{oo();Ym();FR();df();HR();Qo=(t,e,r)=>{if(typeof t=="string")return uc(t,r);if(t.fn)return BR.callFunction(t,r);if(t.ref)return MR(t,r);throw new ge(
`'${e}': ${String(t)} is not a string, function or reference.`)},dc=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let i=0;i<o.length;++i){let a=e[i];typeof a=="\
boolean"||typeof a=="number"?o[i]=a:o[i]=BR.evaluateExpression(a,"arg",r)}let n=t.indexOf(".");if(n!==-1){let a=Ae[t.slice(0,n)]?.[t.slice(n+1)];if(typeof a=="f\
unction")return a(...o)}let s=UR[t];if(typeof s=="function")return s(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},BR={evaluateExpression:Qo,
callFunction:dc}});var GR=p(()=>{ai()});var jR,zR=p(()=>{wR();oo();GR();jR=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new ge(`'${r}' is already defined in Reference Record.`);let o=dc(
t,e);e.logger?.debug?.(`${Xm} evaluateCondition: ${Xn(t)} = ${Xn(o)}`);let n=o===""?!0:!!o;return r!=null?{result:n,toAssign:{name:r,value:o}}:{result:n}}});var VR,WR=p(()=>{oo();ai();VR=(t,e)=>Object.entries(t??{}).reduce((r,[o,n])=>(r[o]=n.map(s=>{let i=Qo(s,"Header value entry",e);if(typeof i!="string")throw new ge(
`Header '${o}' value '${i}' is not a string`);return i}),r),{})});var mf,qR,KR,JR=p(()=>{oo();df();mf=(t,e)=>Object.entries(t).reduce((r,[o,n])=>(r[o]=KR.getEndpointProperty(n,e),r),{}),qR=(t,e)=>{if(Array.isArray(t))return t.
map(r=>qR(r,e));switch(typeof t){case"string":return uc(t,e);case"object":if(t===null)throw new ge(`Unexpected endpoint property: ${t}`);return KR.getEndpointProperties(
t,e);case"boolean":return t;default:throw new ge(`Unexpected endpoint property type: ${typeof t}`)}},KR={getEndpointProperty:qR,getEndpointProperties:mf}});var XR,YR=p(()=>{oo();ai();XR=(t,e)=>{let r=Qo(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new ge(`Endpoint URL must be a string, got ${typeof r}`)}});var ff,Ct,QR=p(()=>{oo();zR();ai();WR();JR();YR();ff=1e8,Ct=(t,e)=>{let{nodes:r,root:o,results:n,conditions:s}=t,i=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;i!==1&&i!==-1&&i<ff;){let l=3*(Math.abs(i)-1),[u,d,m]=[r[l],r[l+1],r[l+2]],[f,g,y]=s[u],h=jR({fn:f,assign:y,argv:g},c);if(h.
toAssign){let{name:S,value:E}=h.toAssign;a[S]=E}i=i>=0===h.result?d:m}if(i>=ff){let l=n[i-ff];if(l[0]===-1){let[,f]=l;throw new ge(Qo(f,"Error",c))}let[u,d,m]=l;
return{url:XR(u,c),properties:mf(d,c),headers:VR(m??{},c)}}throw new ge("No matching endpoint.")}});var CY,er,bY,tr,z=p(()=>{aR();pc();Jm();gR();yR();SR();ER();QR();of();Q();Ym();pc();CY=cc(si),er=hR(si),bY=lc(si),tr=fR(si)});var ci,mc,fc=p(()=>{ci=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),mc=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});var ZR,e_=p(()=>{ZR=t=>new TextEncoder().encode(t)});var t_,HY,r_,gc,gf,o_,n_=p(()=>{t_="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",HY=Object.entries(t_).reduce((t,[e,r])=>(t[r]=Number(e),t),
{}),r_=t_.split(""),gc=6,gf=8,o_=63});function s_(t){let e;typeof t=="string"?e=ZR(t):e=t;let r=typeof e=="object"&&typeof e.length=="number",o=typeof e=="object"&&typeof e.byteOffset=="number"&&typeof e.
byteLength=="number";if(!r&&!o)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");let n="";for(let s=0;s<e.length;s+=
3){let i=0,a=0;for(let l=s,u=Math.min(s+3,e.length);l<u;l++)i|=e[l]<<(u-l-1)*gf,a+=gf;let c=Math.ceil(a/gc);i<<=c*gc-a;for(let l=1;l<=c;l++){let u=(c-l)*gc;n+=r_[(i&
o_<<u)>>u]}n+="==".slice(0,4-c)}return n}var i_=p(()=>{e_();n_()});var a_,c_=p(()=>{a_=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@smi\
thy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return new TextDecoder("utf-8").decode(t)}});async function hf(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function yf(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:n,value:s}=await r.read();
if(s&&(e.push(s),o+=s.length),n)break}return za(e,o)}var p_,Sf=p(()=>{Sm();fc();p_=async t=>mc(t)?hf(t):yf(t)});var l_,d_,u_,m_=p(()=>{i_();ym();c_();Sf();fc();l_="The stream has already been transformed.",d_=t=>{if(!u_(t)&&!ci(t)){let n=t?.__proto__?.constructor?.name||t;
throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${n}`)}let e=!1,r=async()=>{if(e)throw new Error(l_);return e=!0,await p_(
t)},o=n=>{if(typeof n.stream!="function")throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);return n.stream()};return Object.
assign(t,{transformToByteArray:r,transformToString:async n=>{let s=await r();if(n==="base64")return s_(s);if(n==="hex")return le(s);if(n===void 0||n==="utf8"||n===
"utf-8")return a_(s);if(typeof TextDecoder=="function")return new TextDecoder(n).decode(s);throw new Error("TextDecoder is not available, please make sure polyf\
ill is provided.")},transformToWebStream:()=>{if(e)throw new Error(l_);if(e=!0,u_(t))return o(t);if(ci(t))return t;throw new Error(`Cannot transform payload to \
web stream, got ${t}`)}})},u_=t=>typeof Blob=="function"&&t instanceof Blob});var f_,Pe,Ef,xf=p(()=>{f_=require("node:stream");Sm();Sf();fc();Pe=t=>mc(t)?hf(t):ci(t)?yf(t):new Promise((e,r)=>{let o=new Ef,n=t;n.pipe(o),n.on("error",s=>{o.
end(),r(s)}),o.on("error",r),o.on("finish",function(){let s=za(this.bufferedBytes);e(s)})}),Ef=class extends f_.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var hc,g_,pi,h_=p(()=>{hc=require("node:stream");jn();m_();xf();g_="The stream has already been transformed.",pi=t=>{if(!(t instanceof hc.Readable))try{return d_(
t)}catch{let n=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${n}`)}let e=!1,r=async()=>{
if(e)throw new Error(g_);return e=!0,await Pe(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let n=await r();return o===void 0||
Buffer.isEncoding(o)?Gn(n.buffer,n.byteOffset,n.byteLength).toString(o):new TextDecoder(o).decode(n)},transformToWebStream:()=>{if(e)throw new Error(g_);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof hc.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,hc.Readable.toWeb(t)}})}});function no(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var y_=p(()=>{});var S_,Qn,H1,Rf,Zn,O=p(()=>{S_=require("node:crypto");DS();NS();$S();Ba();LS();FS();aE();cE();pE();dE();mE();fE();hE();ym();SE();EE();Qd();h_();xf();Q();y_();Qn=
class extends kS(ee,oe,pe,Ee){},H1=S_.getRandomValues,Rf=US(H1),Zn=Rf});var et,es=p(()=>{O();et=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return Qn.mutate(t);if(!t)return Qn.mutate(new Uint8Array);let r=e.streamCollector(
t);return Qn.mutate(await r)}});function Zo(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var _f=p(
()=>{});var x_,je,B1,G1,j1,z1,yc,E_,en=p(()=>{Z();O();x_=Symbol.for("@smithy/schema-x"),je=class t extends H{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=H.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
n=typeof o=="object"&&o!==null?o:r;return n[x_]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let n=this.getSchema(),s=typeof n=="number"?n&255:this.isListSchema()?
64:255,i=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||s===42?this.isStructSchema()?2:1:0,l=s>=4&&s<=7?
i>=6?2:i>0&&i<4?1:0:0,u=s|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof n!="object"?1:0)<<18,d=s&192,m=i&
2&&(d===64||!o&&i&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return u|=(i>=6&&(f===4||f===6)?1:0)<<16,[this,u,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?z1:this.bindings??=B1(this)}},B1=t=>{let e=[],r=[],o=[],n=[],s=[],i={},a={},c=[],l={headers:a,prefixHeaders:c},u={request:{memberBindings:s,byName:i},
response:{bodyMemberNames:e,bindings:l}},{request:d,response:m}=u;for(let[f,g]of t.structIterator()){let y=je.of(g),h=y.getMergedTraits(),S=y.getHttpBindingLocation(
h),E=h.httpHeader?.toLowerCase()??h.httpPrefixHeaders?.toLowerCase()??h.httpQuery,I=y.getHttpBindingValue(S,h),R=[f,I,S,E];f==="__proto__"&&no(i),i[f]=R,I[1]>>10&
1&&(d.hasIdempotency=!0),s.push(R);let T=S&7;if(T===0&&(o.push(f),n.push(g)),(T&4)===0)e.push(f),r.push(g);else if((T&6)===4)if(T&1)l.statusCode=R;else{l.payload=
R;let M=I[1]&255;d.contentTypeInstruction=h.mediaType??(M===0?"text/plain":M===21||M===42?"application/octet-stream":null)}else T&1?(d.hasPrefixHeaders=!0,c.push(
R)):(E==="__proto__"&&no(a),a[E]=R)}return d.contentTypeInstruction===void 0&&o.length&&(d.contentTypeInstruction=null),d.syntheticBodySchema=E_(t,o,n),m.syntheticBodySchema=
E_(t,e,r),u},G1=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},j1=t=>{let{http:e,endpoint:r}=yo(t.traits??{}),[o,n]=e?.[1].split("?")??[];return[
e?.[0],o,n?[...new URLSearchParams(n)]:[],o?G1(o):void 0,r?.[0]]},z1={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
yc=t=>t[x_]??=j1(t),E_=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),n=[3,o[1],o[2],t.getMergedTraits(),e,r],s=o[6],i=s&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
s?1:0),0);return i&&(n[6]=i),n}});var qr,li=p(()=>{qr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var R_,wf,Sc,__=p(()=>{R_=new Uint32Array(256);for(let t=0;t<256;++t){let e=t;for(let r=0;r<8;++r)e=e&1?3988292384^e>>>1:e>>>1;R_[t]=e>>>0}wf=4294967295,Sc=class{digestLength=4;checksum=wf;update(e){
for(let r=0;r<e.length;++r)this.checksum=this.checksum>>>8^R_[(this.checksum^e[r])&255]}digestSync(){return(this.checksum^wf)>>>0}async digest(){let e=this.digestSync(),
r=new Uint8Array(4);return new DataView(r.buffer).setUint32(0,e,!1),r}reset(){this.checksum=wf}}});function V1(t){return class{digestLength=4;value=0;update(r){this.value=t(r,this.value)}digestSync(){return this.value>>>0}async digest(){let r=new Uint8Array(4);
return new DataView(r.buffer).setUint32(0,this.digestSync(),!1),r}reset(){this.value=0}}}var If,w_,ts,I_=p(()=>{If=Hr(require("node:zlib"));__();w_=typeof If.crc32==
"function"?If.crc32:void 0,ts=w_?V1(w_):Sc});var ze,T_,W1,Ec,v_,q1,A_=p(()=>{O();ze=64,T_=32,W1=2**53-1,Ec=class t{digestLength=T_;state=Int32Array.from(v_);w;buffer=new Uint8Array(64);bufferLength=0;bytesHashed=0;finished=!1;inner;outer;constructor(e){
if(e){let r=t.normalizeKey(e);this.inner=new t,this.outer=new t;let{inner:o,outer:n}=this,s=new Uint8Array(ze*2);for(let i=0;i<ze;++i)s[i]=54^r[i],s[i+ze]=92^r[i];
o.update(s.subarray(0,ze)),n.update(s.subarray(ze))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.");if(this.inner){
this.inner.update(e);return}let r=fr(e),o=0,{byteLength:n}=r;if(this.bytesHashed+=n,this.bytesHashed*8>W1)throw new Error("Cannot hash more than 2^53 - 1 bits");
for(;n>0;)this.buffer[this.bufferLength++]=r[o++],n--,this.bufferLength===ze&&(this.hashBuffer(),this.bufferLength=0)}async digest(){let{inner:e,outer:r}=this;if(e&&
r){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.");this.finished=!0;let o=e.digestSync();return r.update(o),r.digestSync()}return this.
digestSync()}reset(){this.state=Int32Array.from(v_),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){let e=this.state.slice(),
r=this.buffer.slice(),o=this.bufferLength,n=this.bytesHashed*8,s=new DataView(r.buffer,r.byteOffset,r.byteLength);if(s.setUint8(o++,128),(o-1)%ze>=ze-8){for(let a=o;a<
ze;++a)s.setUint8(a,0);this.hashBufferWith(e,r),o=0}for(let a=o;a<ze-8;++a)s.setUint8(a,0);s.setUint32(ze-8,Math.floor(n/4294967296),!1),s.setUint32(ze-4,n,!1),
this.hashBufferWith(e,r);let i=new Uint8Array(T_);for(let a=0;a<8;++a)i[a*4]=e[a]>>>24&255,i[a*4+1]=e[a]>>>16&255,i[a*4+2]=e[a]>>>8&255,i[a*4+3]=e[a]>>>0&255;return i}static normalizeKey(e){
let r=fr(e);if(r.byteLength>ze){let o=new t;o.update(r);let n=o.digestSync(),s=new Uint8Array(ze);return s.set(n),s}if(r.byteLength<ze){let o=new Uint8Array(ze);
return o.set(r),o}return r}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,r){let o=this.w??=new Int32Array(64),n=e[0],s=e[1],i=e[2],a=e[3],
c=e[4],l=e[5],u=e[6],d=e[7];for(let m=0;m<ze;++m){if(m<16)o[m]=(r[m*4]&255)<<24|(r[m*4+1]&255)<<16|(r[m*4+2]&255)<<8|r[m*4+3]&255;else{let y=o[m-2],h=(y>>>17|y<<
15)^(y>>>19|y<<13)^y>>>10;y=o[m-15];let S=(y>>>7|y<<25)^(y>>>18|y<<14)^y>>>3;o[m]=(h+o[m-7]|0)+(S+o[m-16]|0)}let f=(((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+
(c&l^~c&u)|0)+(d+(q1[m]+o[m]|0)|0)|0,g=((n>>>2|n<<30)^(n>>>13|n<<19)^(n>>>22|n<<10))+(n&s^n&i^s&i)|0;d=u,u=l,l=c,c=a+f|0,a=i,i=s,s=n,n=f+g|0}e[0]+=n,e[1]+=s,e[2]+=
i,e[3]+=a,e[4]+=c,e[5]+=l,e[6]+=u,e[7]+=d}},v_=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),q1=new Int32Array(
[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,
3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,
113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,
3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,
2756734187,3204031479,3329325298])});function J1(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,ui.createHmac)("sha256",X1(this.secret)):(0,ui.createHash)("sha256")}}}function X1(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var ui,K1,tt,C_=p(()=>{ui=require("node:crypto");A_();K1=(()=>{try{return(0,ui.createHash)("sha256"),!0}catch{return!1}})(),
tt=K1?J1():Ec});var Kr=p(()=>{I_();C_()});function b_(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var So,Tf=p(()=>{O();So=class t{bytes;constructor(e){if(this.bytes=e,e.byteLength!==
8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(`${e} is too larg\
e (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=n;return e<0&&
b_(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&b_(e),parseInt(le(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var rs,P_,O_,Y1,Q1,Z1,eL,tL,rL,oL,nL,sL,xc,vf=p(()=>{Q();O();Tf();rs=class{toUtf8;fromUtf8;constructor(e,r){this.toUtf8=e,this.fromUtf8=r}format(e){let r=[];for(let s in e){
if(!C(e,s))continue;let i=this.fromUtf8(s);if(i.byteLength>255)throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${i.byteLength}`);r.
push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[s]))}let o=new Uint8Array(r.reduce((s,i)=>s+i.byteLength,0)),n=0;for(let s of r)o.set(s,n),n+=s.
byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.from([2,e.value]);case"\
short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(new ArrayBuffer(
5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,1),n;case"bina\
ry":if(e.value.byteLength>xc)throw new Error(`@smithy/core/event-streams - header value (binary) exceeds ${xc} bytes: ${e.value.byteLength}`);let s=new DataView(
new ArrayBuffer(3+e.value.byteLength));s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(s.buffer);return i.set(e.value,3),i;case"string":
let a=this.fromUtf8(e.value);if(a.byteLength>xc)throw new Error(`@smithy/core/event-streams - header value (string) exceeds ${xc} bytes: ${a.byteLength}`);let c=new DataView(
new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(c.buffer);return l.set(a,3),l;case"timestamp":let u=new Uint8Array(
9);return u[0]=8,u.set(So.fromNumber(e.value.valueOf()).bytes,1),u;case"uuid":if(!sL.test(e.value))throw new Error(`Invalid UUID received: ${e.value}`);let d=new Uint8Array(
17);return d[0]=9,d.set(Ws(e.value.replace(/-/g,"")),1),d}}parse(e){let r={},o=0;for(;o<e.byteLength;){let n=e.getUint8(o++),s=this.toUtf8(new Uint8Array(e.buffer,
e.byteOffset+o,n));switch(o+=n,e.getUint8(o++)){case 0:r[s]={type:O_,value:!0};break;case 1:r[s]={type:O_,value:!1};break;case 2:r[s]={type:Y1,value:e.getInt8(o++)};
break;case 3:r[s]={type:Q1,value:e.getInt16(o,!1)},o+=2;break;case 4:r[s]={type:Z1,value:e.getInt32(o,!1)},o+=4;break;case 5:r[s]={type:eL,value:new So(new Uint8Array(
e.buffer,e.byteOffset+o,8))},o+=8;break;case 6:let i=e.getUint16(o,!1);o+=2,r[s]={type:tL,value:new Uint8Array(e.buffer,e.byteOffset+o,i)},o+=i;break;case 7:let a=e.
getUint16(o,!1);o+=2,r[s]={type:rL,value:this.toUtf8(new Uint8Array(e.buffer,e.byteOffset+o,a))},o+=a;break;case 8:r[s]={type:oL,value:new Date(new So(new Uint8Array(
e.buffer,e.byteOffset+o,8)).valueOf())},o+=8;break;case 9:let c=new Uint8Array(e.buffer,e.byteOffset+o,16);o+=16,r[s]={type:nL,value:`${le(c.subarray(0,4))}-${le(
c.subarray(4,6))}-${le(c.subarray(6,8))}-${le(c.subarray(8,10))}-${le(c.subarray(10))}`};break;default:throw new Error("Unrecognized header type tag")}}return r}};
(function(t){t[t.boolTrue=0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=
6]="byteArray",t[t.string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(P_||(P_={}));O_="boolean",Y1="byte",Q1="short",Z1="integer",eL="long",tL=
"binary",rL="string",oL="timestamp",nL="uuid",sL=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,xc=32767});function N_({byteLength:t,byteOffset:e,buffer:r}){if(t<iL)throw new Error("Provided message too short to accommodate event stream message overhead");let o=new DataView(
r,e,t),n=o.getUint32(0,!1);if(t!==n)throw new Error("Reported message length does not match received message length");let s=o.getUint32(D_,!1),i=o.getUint32(Eo,
!1),a=o.getUint32(t-tn,!1),c=new ts;if(c.update(new Uint8Array(r,e,Eo)),i!==c.digestSync())throw new Error(`The prelude checksum specified in the message (${i})\
 does not match the calculated CRC32 checksum (${c.digestSync()})`);if(c.update(new Uint8Array(r,e+Eo,t-(Eo+tn))),a!==c.digestSync())throw new Error(`The messag\
e checksum (${c.digestSync()}) did not match the expected value of ${a}`);return{headers:new DataView(r,e+Eo+tn,s),body:new Uint8Array(r,e+Eo+tn+s,n-s-(Eo+tn+tn))}}
var D_,Eo,tn,iL,k_=p(()=>{Kr();D_=4,Eo=D_*2,tn=4,iL=Eo+tn*2});var os,Af=p(()=>{Kr();vf();k_();os=class{headerMarshaller;messageBuffer;isEndOfStream;constructor(e,r){this.headerMarshaller=new rs(e,r),this.messageBuffer=[],this.
isEndOfStream=!1}feed(e){this.messageBuffer.push(this.decode(e))}endOfStream(){this.isEndOfStream=!0}getMessage(){let e=this.messageBuffer.pop(),r=this.isEndOfStream;
return{getMessage(){return e},isEndOfStream(){return r}}}getAvailableMessages(){let e=this.messageBuffer;this.messageBuffer=[];let r=this.isEndOfStream;return{getMessages(){
return e},isEndOfStream(){return r}}}encode({headers:e,body:r}){let o=this.headerMarshaller.format(e),n=o.byteLength+r.byteLength+16,s=new Uint8Array(n),i=new DataView(
s.buffer,s.byteOffset,s.byteLength),a=new ts;return i.setUint32(0,n,!1),i.setUint32(4,o.byteLength,!1),a.update(s.subarray(0,8)),i.setUint32(8,a.digestSync(),!1),
s.set(o,12),s.set(r,o.byteLength+12),a.update(s.subarray(8,n-4)),i.setUint32(n-4,a.digestSync(),!1),s}decode(e){let{headers:r,body:o}=N_(e);return{headers:this.
headerMarshaller.parse(r),body:o}}formatHeaders(e){return this.headerMarshaller.format(e)}}});var ns,Cf=p(()=>{ns=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.inputStream)yield this.options.decoder.decode(e)}}});var ss,bf=p(()=>{ss=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.messageStream)yield this.options.encoder.encode(e);this.options.includeEndFrame&&(yield new Uint8Array(0))}}});var is,Pf=p(()=>{is=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.messageStream){let r=await this.options.deserializer(e);r!==void 0&&(yield r)}}}});var as,Of=p(()=>{as=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.inputStream)yield this.options.serializer(e)}}});function Rc(t){let e=0,r=0,o=null,n=null,s=a=>{if(typeof a!="number")throw new Error("Attempted to allocate an event message where size was not a number: "+a);e=
a,r=4,o=new Uint8Array(a),new DataView(o.buffer).setUint32(0,a,!1)},i=async function*(){let a=t[Symbol.asyncIterator]();for(;;){let{value:c,done:l}=await a.next();
if(l){if(e)if(e===r)yield o;else throw new Error("Truncated event message received.");else return;return}let u=c.length,d=0;for(;d<u;){if(!o){let f=u-d;n||(n=new Uint8Array(
4));let g=Math.min(4-r,f);if(n.set(c.slice(d,d+g),r),r+=g,d+=g,r<4)break;s(new DataView(n.buffer).getUint32(0,!1)),n=null}let m=Math.min(e-r,u-d);o.set(c.slice(
d,d+m),r),r+=m,d+=m,e&&e===r&&(yield o,o=null,e=0,r=0)}}};return{[Symbol.asyncIterator]:i}}var Df=p(()=>{});function $_(t,e){let r=di(e.deserializer,e.toUtf8);return{[Symbol.asyncIterator]:async function*(){for await(let o of t){let n=e.eventStreamCodec.decode(o),s=await r(
n);s!==void 0&&(yield s)}}}}function di(t,e){return async function(r){let{value:o}=r.headers[":message-type"];if(o==="error"){let n=new Error(r.headers[":error-\
message"].value||"UnknownError");throw n.name=r.headers[":error-code"].value,n}else if(o==="exception"){let n=r.headers[":exception-type"].value,s={[n]:r},i=await t(
s);if(i.$unknown){let a=new Error(e(r.body));throw a.name=n,a}throw i[n]}else if(o==="event"){let n={[r.headers[":event-type"].value]:r},s=await t(n);return s.$unknown?
void 0:s}else throw Error(`Unrecognizable event type: ${r.headers[":event-type"].value}`)}}var Nf=p(()=>{});var rn,L_,kf=p(()=>{Af();Cf();bf();Pf();Of();Df();Nf();rn=class{eventStreamCodec;utfEncoder;constructor({utf8Encoder:e,utf8Decoder:r}){this.eventStreamCodec=new os(
e,r),this.utfEncoder=e}deserialize(e,r){let o=Rc(e);return new is({messageStream:new ns({inputStream:o,decoder:this.eventStreamCodec}),deserializer:di(r,this.utfEncoder)})}serialize(e,r){
return new ss({messageStream:new as({inputStream:e,serializer:r}),encoder:this.eventStreamCodec,includeEndFrame:!0})}},L_=t=>new rn(t)});async function*aL(t){let e=!1,r=!1,o=new Array;for(t.on("error",n=>{if(e||(e=!0),n)throw n}),t.on("data",n=>{o.push(n)}),t.on("end",()=>{e=!0});!r;){let n=await new Promise(
s=>setTimeout(()=>s(o.shift()),0));n&&(yield n),r=e&&o.length===0}}var U_,mi,F_,M_=p(()=>{U_=require("node:stream");kf();mi=class{universalMarshaller;constructor({
utf8Encoder:e,utf8Decoder:r}){this.universalMarshaller=new rn({utf8Decoder:r,utf8Encoder:e})}deserialize(e,r){let o=typeof e[Symbol.asyncIterator]=="function"?e:
aL(e);return this.universalMarshaller.deserialize(o,r)}serialize(e,r){return U_.Readable.from(this.universalMarshaller.serialize(e,r))}},F_=t=>new mi(t)});var H_,B_,G_=p(()=>{H_=t=>({[Symbol.asyncIterator]:async function*(){let e=t.getReader();try{for(;;){let{done:r,value:o}=await e.read();if(r)return;yield o}}finally{
e.releaseLock()}}}),B_=t=>{let e=t[Symbol.asyncIterator]();return new ReadableStream({async pull(r){let{done:o,value:n}=await e.next();if(o)return r.close();r.enqueue(
n)}})}});var j_,z_=p(()=>{j_=t=>Object.assign(t,{eventStreamMarshaller:t.eventStreamSerdeProvider(t)})});var _c,V_=p(()=>{Q();Z();O();_c=class{marshaller;serializer;deserializer;serdeContext;defaultContentType;compositeErrorRegistry;constructor({marshaller:e,serializer:r,
deserializer:o,serdeContext:n,defaultContentType:s,compositeErrorRegistry:i}){this.marshaller=e,this.serializer=r,this.deserializer=o,this.serdeContext=n,this.defaultContentType=
s,this.compositeErrorRegistry=i}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o,initialMessageType:n}){let s=this.marshaller,i=r.getEventStreamMember(),
a=r.getMemberSchema(i),c=this.serializer,l=this.defaultContentType,u=Symbol("initialRequestMarker"),d={async*[Symbol.asyncIterator](){if(o){let m={":event-type":{
type:"string",value:n??"initial-request"},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:l}};c.write(r,o);let f=c.flush();yield{
[u]:!0,headers:m,body:f}}for await(let m of e)yield m}};return s.serialize(d,m=>{if(m[u])return{headers:m.headers,body:m.body};let f="";for(let I in m)if(C(m,I)&&
I!=="__type"){f=I;break}let{additionalHeaders:g,body:y,eventType:h,explicitPayloadContentType:S}=this.writeEventBody(f,a,m);return{headers:{":event-type":{type:"\
string",value:h},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:S??l},...g},body:y}})}async deserializeEventStream({response:e,
responseSchema:r,initialResponseContainer:o,initialMessageType:n}){let s=this.marshaller,i=r.getEventStreamMember(),c=r.getMemberSchema(i).getMemberSchemas(),l=Symbol(
"initialResponseMarker"),u=s.deserialize(e.body,async f=>{let g="";for(let h in f)if(C(f,h)&&h!=="__type"){g=h;break}let y=f[g].body;if(g===(n??"initial-respons\
e")){let h=await this.deserializer.read(r,y);return delete h[i],{[l]:!0,...h}}else if(g in c){let h=c[g];if(h.isStructSchema()){let S={},E=!1;for(let[I,R]of h.structIterator()){
let{eventHeader:T,eventPayload:M}=R.getMergedTraits();if(E=E||!!(T||M),M)R.isBlobSchema()?S[I]=y:R.isStringSchema()?S[I]=(this.serdeContext?.utf8Encoder??ee)(y):
R.isStructSchema()&&(S[I]=await this.deserializer.read(R,y));else if(T){let V=f[g].headers[I]?.value;V!=null&&(R.isNumericSchema()?V&&typeof V=="object"&&"bytes"in
V?S[I]=BigInt(V.toString()):S[I]=Number(V):S[I]=V)}}return{[g]:await this.readEventMember(h,y,E,S)}}return{[g]:await this.deserializer.read(h,y)}}else return{$unknown:f}}),
d=u[Symbol.asyncIterator](),m=await d.next();if(m.done)return u;if(m.value?.[l]){if(!r)throw new Error("@smithy::core/protocols - initial-response event encount\
ered in event stream but no response schema given.");for(let f in m.value)C(m.value,f)&&(o[f]=m.value[f])}return{async*[Symbol.asyncIterator](){for(m?.value?.[l]||
(yield m.value);;){let{done:f,value:g}=await d.next();if(f)break;yield g}}}}async readEventMember(e,r,o,n){let s,i=e.getSchema();if(Array.isArray(i)&&i[0]===-3){
let c=i[1],l=J.for(c);this.compositeErrorRegistry?.copyFrom(l),s=(this.compositeErrorRegistry??l)?.getErrorCtor(i)}let a=o?n:r.byteLength===0?{}:await this.deserializer.
read(e,r);if(s){let c=a.message??a.Message??"Unknown",l={},u=e.getMergedTraits().error;return u&&(l.$fault=u),Object.assign(new s({}),l,{message:c},a)}return a}writeEventBody(e,r,o){
let n=this.serializer,s=e,i=null,a,c=r.getSchema()[4].includes(e),l={};if(c){let m=r.getMemberSchema(e);if(m.isStructSchema()){for(let[f,g]of m.structIterator()){
let{eventHeader:y,eventPayload:h}=g.getMergedTraits();if(h)i=f;else if(y){let S=o[e][f],E="binary";g.isNumericSchema()?(-2)**31<=S&&S<=2**31-1?E="integer":E="lo\
ng":g.isTimestampSchema()?E="timestamp":g.isStringSchema()?E="string":g.isBooleanSchema()&&(E="boolean"),S!=null&&(l[f]={type:E,value:S},delete o[e][f])}}if(i!==
null){let f=m.getMemberSchema(i);f.isBlobSchema()?a="application/octet-stream":f.isStringSchema()&&(a="text/plain"),n.write(f,o[e][i])}else n.write(m,o[e])}else if(m.
isUnitSchema())n.write(m,{});else throw new Error("@smithy/core/event-streams - non-struct member not supported in event stream union.")}else{let[m,f]=o[e];s=m,
n.write(15,f)}let u=n.flush()??new Uint8Array;return{body:typeof u=="string"?(this.serdeContext?.utf8Decoder??oe)(u):u,eventType:s,explicitPayloadContentType:a,
additionalHeaders:l}}}});var W_={};ur(W_,{EventStreamCodec:()=>os,EventStreamMarshaller:()=>mi,EventStreamSerde:()=>_c,HeaderMarshaller:()=>rs,Int64:()=>So,MessageDecoderStream:()=>ns,MessageEncoderStream:()=>ss,
SmithyMessageDecoderStream:()=>is,SmithyMessageEncoderStream:()=>as,UniversalEventStreamMarshaller:()=>rn,eventStreamSerdeProvider:()=>F_,getChunkedStream:()=>Rc,
getMessageUnmarshaller:()=>di,getUnmarshalledStream:()=>$_,iterableToReadableStream:()=>B_,readableStreamToIterable:()=>H_,resolveEventStreamSerdeConfig:()=>j_,
universalEventStreamSerdeProvider:()=>L_});var q_=p(()=>{Af();vf();Tf();Cf();bf();Pf();Of();M_();G_();kf();Df();Nf();z_();V_()});var cs,$f=p(()=>{Q();Z();li();en();cs=class extends qr{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new J(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return j}getResponseType(){return mt}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,n]of r.url.searchParams.entries())e.query[o]=n;if(r.headers)
for(let o in r.headers)C(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)C(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,n=yc(
r)){if(this.serdeContext?.disableHostPrefix)return;let s=n[4];if(typeof s!="string")return;let i=s;for(let[a,[,c]]of je.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);i=i.replace(`{${a}\
}`,l)}if(e.hostname=i+e.hostname,!em(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let n=[-3,"","Error",0,[],[],0],s;for(let i of o)for(let a of r)try{a==="*"?s=i.getSchema(e):s=i.getSchema(a+"#"+e);let c=i.getErrorCtor(
s);if(c)return[s,c,"modeled"];{let l=i.getBaseException();if(l){let u=i.getErrorCtor(l);if(u)return[s,u,"synthetic"]}}}catch{}for(let i of o){let a=i.getBaseException();
if(a){let c=i.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[n,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>(q_(),W_)),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,n,s){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var fi,K_=p(()=>{Q();O();en();$f();es();_f();fi=class extends cs{async serializeRequest(e,r,o){let n=r&&typeof r=="object"?r:{},s={},i={},a=await o.endpoint(),c=je.
of(e?.input),l=c.getHttpBindings().request,u=yc(e),d=new j({query:s,headers:i});if(a){this.updateServiceEndpoint(d,a),this.setHostPrefix(d,e,n,u);let[f,g,y]=u;if(f){
d.method=f,d.path=d.path==="/"?g:d.path+g;for(let[h,S]of y)s[h]=S}}d.query=s;let m=this.serializeHttpBindings(n,d,l,u);return m&&(d.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),d}serializeHttpBindings(e,r,o,n){let s=this.serializer,i=typeof s.writeCodec=="function"?s:void 0,a=r.query,c=r.headers,l=o.syntheticBodySchema,
u=!1,d,m,f,g=Object.getOwnPropertyNames(e),y=Object.getPrototypeOf(e),h=(y===Object.prototype||y===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,S=h?g.length:o.memberBindings.length;for(let R=0;R<S;++R){let T=h?C(o.byName,g[R])?o.byName[g[R]]:void 0:o.memberBindings[R];if(!T)continue;let M=T[1],V=T[0],
Er=M[0],Mr=M[1],me=M[2],Ue=T[2],Yt=T[3],lt=e[V];if(!(lt==null&&!(Mr>>10&1)))if(Ue===36){let K=Mr>>11&3;K?K===2?m=lt||void 0:d=lt:(i?i.writeCodec(Er,lt):s.write(
Er,lt),d=s.flush())}else if(Ue===33||Ue===38){let K=this.serializeHttpValue(M,lt,Ue,i);Ue===33?(f??=Object.create(null))[V]=K:c[Yt]=K}else if(Ue===39)for(let K in lt){
if(!C(lt,K))continue;let Ar=Yt+K;c[Ar.toLowerCase()]=this.serializeHttpValue(me,lt[K],38,i,i?me[0]:[me[0],{httpHeader:Ar}])}else(Ue&62)===34?this.serializeQuery(
M,lt,Yt,a,i):u=!0}let E=n[1],I=n[3];return E&&I&&r.path.endsWith(E)&&(r.path=r.path.slice(0,-E.length)+this.serializePath(I,f,o)),u&&l&&(i?i.writeCodec(l,e):s.write(
l,e),d=s.flush()),r.body=d,m}serializeQuery(e,r,o,n,s){let[i,a,c]=e,l=s?void 0:i.getMergedTraits();if(o===void 0){for(let u in r)!C(r,u)||u in n||(s||Object.assign(
c[0].getMergedTraits(),{...l,httpQuery:u,httpQueryParams:void 0}),this.serializeQuery(c,r[u],u,n,s));return}if((a&192)===64){let u=[];for(let d of r){let m=this.
serializeHttpValue(c,d,34,s,s?c[0]:[c[0],l]);(a>>13&1||m!==void 0)&&u.push(m)}n[o]=u}else n[o]=this.serializeHttpValue(e,r,34,s,s?i:[i,l])}serializeHttpValue(e,r,o,n,s=e[0]){
let i=e[1],a=i&255;return n&&!(i&1792)&&(a<=2||a===17||a===19)?String(r):(n?n.writeHttpBinding(e,r,o):this.serializer.write(s,r),this.serializer.flush())}serializePath(e,r,o){
let n="";for(let[s,i]of e){if(i===0){n+=s;continue}let a=r?.[s];if(a===void 0){if(C(o.byName,s)&&o.byName[s][2]===33)throw new Error(`No value provided for inpu\
t HTTP label: ${s}.`);n+=`{${s}${i===2?"+":""}}`}else n+=i===2?a.split("/").map(Zo).join("/"):Zo(a)}return n}async deserializeResponse(e,r,o){let n=this.deserializer,
s=typeof n.readCodec=="function"?n:void 0,i=je.of(e.output),a=i.getHttpBindings().response,c={};if(o.statusCode>=300){let u=await et(o.body,r);throw u.byteLength>
0&&Object.assign(c,await n.read(15,u)),await this.handleError(e,r,o,c,this.deserializeMetadata(o)),new Error("@smithy/core/protocols - HTTP Protocol error handl\
er failed to throw.")}let l=await this.deserializeHttpMessage(i,r,o,c);if(l.length){let u=await et(o.body,r);if(u.byteLength>0){let d=await(s?s.readCodec(a.syntheticBodySchema,
u):n.read(a.syntheticBodySchema,u));for(let m of l)d[m]!=null&&(c[m]=d[m])}}else a.bindings.payload||await et(o.body,r);return c.$metadata=this.deserializeMetadata(
o),c}async deserializeHttpMessage(e,r,o,n,s){let i=n instanceof Set?s:n,a=this.deserializer,c=typeof a.readCodec=="function"?a:void 0,l=je.of(e),{bodyMemberNames:u,
bindings:{payload:d,statusCode:m,headers:f,prefixHeaders:g}}=l.getHttpBindings().response,y=o.headers;if(d){let[h,S]=d,[E,I]=S,R=I>>11&3;if(R)R===2?i[h]=await this.
deserializeEventStream({response:o,responseSchema:l}):i[h]=pi(o.body);else if(o.body){let T=await et(o.body,r);T.byteLength>0&&(i[h]=await(c?c.readPayload(S,T):
a.read(E,T)))}}for(let h in y){if(!C(y,h))continue;let S=h.toLowerCase(),E=y[h];S!==h&&(delete y[h],y[S]=E);let I=C(f,S)?f[S]:void 0;if(!I)continue;let[R,[T,M,V],
,Er]=I;if(V){let Mr=M>>16&1?gm(E,",",2):Vs(E),me=[];for(let Ue of Mr)me.push(c?c.readHttpBinding(V,Ue.trim(),38):await a.read([V[0],{httpHeader:Er}],Ue.trim()));
i[R]=me}else i[R]=c?c.readHttpBinding(I[1],E,38):await a.read(T,E)}for(let[h,[,,S],,E]of g){i[h]={};for(let I in y){if(!C(y,I)||!I.startsWith(E))continue;let R=y[I];
i[h][I.slice(E.length)]=c?c.readHttpBinding(S,R,38):await a.read([S[0],{httpHeader:I}],R)}}return m&&(i[m[0]]=o.statusCode),u}}});var on,J_=p(()=>{Q();Z();Q();$f();es();on=class extends cs{async serializeRequest(e,r,o){let n=this.serializer,s={},i={},a=await o.endpoint(),c=H.of(e?.input),l=c.
getSchema(),u,d=r&&typeof r=="object"?r:{},m=new j({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:s,headers:i,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,d)),d){let f=c.getEventStreamMember();if(f){if(d[f]){let g={};for(let[y]of c.structIterator())y!==f&&d[y]!=null&&(g[y]=d[y]);u=await this.
serializeEventStream({eventStream:d[f],requestSchema:c,initialRequest:g})}}else n.write(l,d),u=n.flush()}return m.headers=Object.assign(m.headers,i),m.query=s,m.
body=u,m.method="POST",m}async deserializeResponse(e,r,o){let n=this.deserializer,s=H.of(e.output),i={};if(this.isErrorResponse(o.statusCode)){let c=await et(o.
body,r);throw c.byteLength>0&&Object.assign(i,await n.read(15,c)),await this.handleError(e,r,o,i,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!C(o.headers,c))continue;let l=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
l}let a=s.getEventStreamMember();if(a)i[a]=await this.deserializeEventStream({response:o,responseSchema:s,initialResponseContainer:i});else{let c=await et(o.body,
r);c.byteLength>0&&Object.assign(i,await n.read(s,c))}return i.$metadata=this.deserializeMetadata(o),i}isErrorResponse(e){return e>=300}}});var nn,Lf=p(()=>{O();en();li();nn=class extends qr{settings;constructor(e){super(),this.settings=e}read(e,r){let o=je.of(e),n=o.getMergedTraits(),s=o.getHttpBindingLocation(
n);return this.readHttpBinding(o.getHttpBindingValue(s,n),r,s)}readHttpBinding([e,r,o],n,s){let i=r&255;if((i&192)===64)return o??=e.getHttpBindingCollectionValue(
s),Vs(n).map(a=>this.readHttpBinding(o,a,s));switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??Ee)(n);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:a?a+4:this.settings.timestampFormat.default){case 5:return mm(n);case 6:return fm(n);case 7:
return dm(n);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",n),new Date(n)}}case 0:{let a=r>>8&3;if(!a)return n;let c=n;
return(s&6)===6&&(c=(this.serdeContext?.utf8Encoder??ee)((this.serdeContext?.base64Decoder??Ee)(c))),a===2?ft.from(c):c}case 1:return Number(n);case 2:return n.
toLowerCase()==="true";case 17:return BigInt(n);case 19:return new Te(n,"bigDecimal");default:return n}}}});var gi,X_=p(()=>{O();en();li();Lf();gi=class extends qr{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new nn(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=je.of(e),n=o.
getMergedTraits();if(n.httpHeader||n.httpResponseCode){let s=o.getHttpBindingValue(38,n);return this.readHttpBinding(s,r,38)}return n.httpPayload?this.readPayload(
o.getHttpBindingValue(36,n),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let n=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??ee)(r);return this.stringDeserializer.
readHttpBinding(e,n,o)}readPayload([e,r],o){let n=r&255;return n===21||n===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??oe)(o):o:n===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??ee)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var wc,Y_=p(()=>{O();en();li();wc=class extends qr{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=je.of(e),n=o.getMergedTraits(),
s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s)}writeHttpBinding([e,r,o],n,s){let i=r&255;switch(typeof n){case"object":if(n===
null){this.stringBuffer="null";return}if(i>=4&&i<=7){if(!(n instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${n} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=n.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=Ko(n);break;case 7:this.stringBuffer=String(n.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",n),this.stringBuffer=String(n.getTime()/1e3)}return}if((i===21||i===42)&&"byteLength"in
n){this.stringBuffer=(this.serdeContext?.base64Encoder??pe)(n);return}if((i&192)===64&&Array.isArray(n)){o??=e.getHttpBindingCollectionValue(s);let l=o[1]&255,u=l>=
4&&l<=7,d="";for(let m of n){this.writeHttpBinding(o,m,s);let f=this.flush();d&&(d+=", "),d+=u?f:cm(f)}this.stringBuffer=d;return}this.stringBuffer=JSON.stringify(
n,null,2);break;case"string":let a=r>>8&3,c=n;if(a===2&&(c=ft.from(c)),a&&(s&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??pe)(c.toString());return}
this.stringBuffer=n;break;default:this.stringBuffer=r>>10&1?Zn():String(n)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var hi,Q_=p(()=>{en();Y_();hi=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new wc(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=je.of(e),n=o.getMergedTraits();if(n.httpHeader||n.httpLabel||n.
httpQuery){let s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function sn(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:n,httpQuery:s}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||n?6:s||r?5:void 0:void 0)??e.timestampFormat.default}var Ic=p(()=>{});var bt,Pt,Z_=p(()=>{bt=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
Pt=t=>({requestHandler:t.httpHandler()})});function tw(t){return e=>async r=>{let o=r.request;if(j.isInstance(o)){let{body:n,headers:s}=o;if(n&&Object.keys(s).map(i=>i.toLowerCase()).indexOf(ew)===-1)try{
let i=t(n);i!=null&&(o.headers={...o.headers,[ew]:String(i)})}catch{}}return e({...r,request:o})}}var ew,rw,Ot,ow=p(()=>{Q();ew="content-length";rw={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},Ot=t=>({applyToStack:e=>{e.add(tw(t.bodyLengthChecker),rw)}})});var Dr,cL,Uf=p(()=>{Dr=t=>encodeURIComponent(t).replace(/[!'()*]/g,cL),cL=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function Ff(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=Dr(r),Array.isArray(o))for(let n=0,s=o.length;n<s;n++)e.push(`${r}=${Dr(o[n])}`);else{
let n=r;(o||typeof o=="string")&&(n+=`=${Dr(o)}`),e.push(n)}}return e.join("&")}var nw=p(()=>{Uf()});var xo,Tc=p(()=>{xo=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var vc,sw=p(()=>{vc=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function Ac(){if(yi===void 0)try{if(typeof Buffer!="function")yi=!1;else{let t=JSON.parse(Buffer.from([123,125]));yi=t!==null&&typeof t=="object"}}catch{yi=!1}return yi}
var yi,Mf=p(()=>{});function Cc(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?lL(o,e)?e:new Te(o,"bigDecim\
al"):pL(o)?new Te(o,"bigDecimal"):/[eE]/.test(o)?uL(o):BigInt(o)}return e}function pL(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function lL(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return Hf(t)===Hf(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===Hf(o):!1}function Hf(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),n;if(o===-1)n=r;else{let s=parseInt(r.slice(o+1),10),i=r.slice(0,o),a=i.indexOf("."),c,l;a===-1?(c=i,l=i.length):(c=i.slice(0,a)+i.slice(
a+1),l=a),c=c.replace(/0+$/,"")||"0";let u=l+s;c==="0"?n="0":u<=0?n="0."+"0".repeat(-u)+c:u>=c.length?n=c+"0".repeat(u-c.length):n=c.slice(0,u)+"."+c.slice(u)}return n.
includes(".")&&(n=n.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+n}function uL(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),n=t.slice(o?1:0,e),s=n.indexOf("."),i,a;if(s===-1)i=n,a=r;else{i=n.slice(0,s)+n.slice(s+1);let l=n.length-s-1;a=r-l}i=i.replace(/0+$/,"")||"0";let c=BigInt(
i)*10n**BigInt(a+(n.replace(".","").length-i.length));return o?-c:c}var Bf=p(()=>{O()});function Pc(t){let e=H.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(Gf in r)return r[Gf];let o=bc(e,new Set);return r[Gf]=o,o}return bc(e,new Set)}
function bc(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(bc(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(bc(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var Gf,jf=p(()=>{Z();Gf=Symbol.for("@aws-sdk/reviver")});var iw,aw=p(()=>{es();O();iw=(t,e)=>et(t,e).then(r=>(e?.utf8Encoder??ee)(r))});async function Vf(t,e,r){let o;if(Ac()&&typeof t?.[Symbol.asyncIterator]=="function"){let s=await et(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(s)?o=s:o=Buffer.
from(s.buffer,s.byteOffset,s.byteLength))}if(o||(o=await iw(t,e)),o.length===0)return{};let n=r&&Pc(r)?Cc:void 0;try{return JSON.parse(o,n)}catch(s){throw s?.name===
"SyntaxError"&&Object.defineProperty(s,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),s}}var cw,zf,Wf,qf,pw,Kf=p(()=>{es();aw();Mf();Bf();
jf();cw=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),zf=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},Wf=(t,e)=>pw(t,e,["header","code","type"]),qf=(t,e,r=!1)=>pw(t,e,r?["c\
ode","header","type"]:["type","code","header"]),pw=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let n=cw(t??{},"x-amzn-errortype");if(n!==
void 0)return zf(t[n]);break;case"code":let s=cw(e??{},"code");if(s&&e[s]!==void 0)return zf(e[s]);break;case"type":if(e?.__type!==void 0)return zf(e.__type);break}}});var Oc,lw=p(()=>{Ic();Z();O();Tc();sw();Mf();Bf();jf();Kf();Q();Oc=class extends xo{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=Pc(e)?
Cc:void 0,n;if(typeof r=="string"){if(r.length===0)return{};n=JSON.parse(r,o)}else if(r instanceof Uint8Array&&Ac()){if(r.byteLength===0)return{};let s=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);n=JSON.parse(s,o)}else n=await Vf(r,this.serdeContext,e);return this._read(e,n)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",n=H.of(e);if(o){if(n.isStructSchema())return this._readStruct(n,r);if(Array.isArray(r)&&n.isListSchema()){
let i=n.getValueSchema();if(this.needsTransform(i))for(let a=0;a<r.length;++a)r[a]=this._read(i,r[a]);return r}if(n.isMapSchema()){let i=n.getValueSchema(),a=r;
if(this.needsTransform(i))for(let c in a)C(a,c)&&(c==="__proto__"&&no(a),a[c]=this._read(i,a[c]));return a}}if(n.isBlobSchema()&&typeof r=="string")return Ee(r);
let s=n.getMergedTraits().mediaType;if(n.isStringSchema()&&typeof r=="string"&&s)return s==="application/json"||s.endsWith("+json")?ft.from(r):r;if(n.isTimestampSchema()&&
r!=null)switch(sn(n,this.settings)){case 5:return im(r);case 6:return zs(r);case 7:return am(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(n.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(n.isBigDecimalSchema()&&r!=null){
if(r instanceof Te)return r;let i=r;return i.type==="bigDecimal"&&"string"in i?new Te(i.string,i.type):new Te(String(r),"bigDecimal")}if(n.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(n.isDocumentSchema()&&o)if(Array.isArray(r))for(let i=0;i<
r.length;++i){let a=r[i];a instanceof Te||(r[i]=this._read(n,a))}else{let i=r;for(let a in i){if(!C(i,a))continue;a==="__proto__"&&no(i);let c=i[a];c instanceof
Te||(i[a]=this._read(n,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),n={},s,i=typeof r.__type=="string",{jsonName:a}=this.settings;a&&i&&(s={});let c;o&&
(c=new vc(r,n));for(let[l,u]of e.structIterator()){let d=l;a&&(d=u.getMergedTraits().jsonName??d,i&&(s[d]=l)),o&&c.mark(d),r[d]!=null&&(n[l]=this._read(u,r[d]))}
if(o)c.writeUnknown();else if(i)for(let l in r){if(!C(r,l))continue;let u=r[l],d=a?s[l]??l:l;d in n||(n[d]=u)}return n}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var Dc,uw,dw=p(()=>{O();Dc=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>uw+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),uw=e),this.string=ee(this)}return this.
string}},uw=0});function Jf(t){return Dc.allocUnsafe(t)}var Nc,mw,fw,dL,mL,ps,kc,$c,gw,fL,gL,hL,Jr,hw,Lc,yw=p(()=>{Ic();Z();O();Tc();Q();dw();Nc=new TextEncoder,mw=123,fw=125,dL=
91,mL=93,ps=34,kc=58,$c=44,gw=92,fL=new Uint8Array([116,114,117,101]),gL=new Uint8Array([102,97,108,115,101]),hL=new Uint8Array([110,117,108,108]),Jr=new Array(
128).fill(null);Jr[8]="b";Jr[9]="t";Jr[10]="n";Jr[12]="f";Jr[13]="r";Jr[34]='"';Jr[92]="\\";for(let t=0;t<32;t++)Jr[t]===null&&(Jr[t]="u00"+t.toString(16).padStart(
2,"0"));hw=2048;Lc=class t extends xo{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=Jf(hw)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=H.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=H.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let n=`"__type":"${o.getName(!0)??"Unknown"}",`,s=n.length;this.ensure(s),this.json.copyWithin(1+s,1,this.i),Nc.encodeInto(n,this.
json.subarray(1)),this.i+=s}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=Jf(hw),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let n=o.length*2;for(;n<r+e;)n*=2;let s=Jf(n);
s.set(this.json),this.json=s}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:n}=this;for(let s=0;s<r;++s)n[o]=e.charCodeAt(s),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:n}=this;o[n++]=ps;for(let s=0;s<r;++s)o[n++]=e.charCodeAt(s);o[n++]=ps,this.i=n}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=ps;for(let o=0;o<r;++o){let n=e.charCodeAt(o);if(n>34&&n<92)this.json[this.i++]=n;else if(n<128){let s=Jr[n];if(s!==null){this.
ensure(s.length+1+(r-o-1)*3+1),this.json[this.i++]=gw;for(let i=0;i<s.length;i++)this.json[this.i++]=s.charCodeAt(i)}else this.json[this.i++]=n}else if(n>=55296&&
n<=56319){let s=o+1<r?e.charCodeAt(o+1):0;if(s>=56320&&s<=57343){this.ensure(4);let{written:i}=Nc.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=i,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n)}else if(n>=56320&&n<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n);else{let{i:s,
json:i}=this;n<2048?(i[s++]=192|n>>6,i[s++]=128|n&63):(i[s++]=224|n>>12,i[s++]=128|n>>6&63,i[s++]=128|n&63),this.i=s}}this.json[this.i++]=ps}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=gw,r[o++]=117;let n=e.toString(16).padStart(4,"0");for(let s=0;s<4;++s)r[o++]=n.charCodeAt(s);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,n=t.B64,s=this.i;o[s++]=ps;let i=e.length,a=i%3,c=i-a;for(let l=0;l<c;l+=3){let u=e[l],d=e[l+1],m=e[l+2];o[s++]=
n[u>>2],o[s++]=n[(u&3)<<4|d>>4],o[s++]=n[(d&15)<<2|m>>6],o[s++]=n[m&63]}if(a===2){let l=e[c],u=e[c+1];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4|u>>4],o[s++]=n[(u&15)<<2],
o[s++]=61}else if(a===1){let l=e[c];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4],o[s++]=61,o[s++]=61}o[s++]=ps,this.i=s}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&H.of(e).isIdempotencyToken()){this.writeAsciiQuoted(Zn());return}return}this.ensure(4),this.json.set(hL,this.i),this.i+=4;return}let n=H.of(e),s=typeof r==
"object";if(n.isStringSchema()){let i=n.getMergedTraits().mediaType;if(i&&(i==="application/json"||i.endsWith("+json"))){this.writeJsonString(ft.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(n.isBigIntegerSchema()||n.isBigDecimalSchema())){let i=r instanceof Te?r.string:String(r);this.writeAsciiQuoted(
i);return}if(s){if(n.isStructSchema()){this.writeStruct(n,r);return}if(Array.isArray(r)&&(n.isListSchema()||n.isDocumentSchema())){this.writeList(n,r,n.isDocumentSchema());
return}if(n.isMapSchema()){this.writeMap(n,r,!1);return}if(r instanceof Uint8Array&&(n.isBlobSchema()||n.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(n.isTimestampSchema()||n.isDocumentSchema())){this.writeTimestamp(n,r);return}if(r instanceof Te){this.writeAscii(r.string);return}if(n.isDocumentSchema()){
Array.isArray(r)?this.writeList(n,r,!0):this.writeMap(n,r,!0);return}let i=JSON.stringify(r);this.writeAscii(i);return}if(typeof r=="string"){if(n.isBlobSchema()){
let i=(this.serdeContext?.base64Encoder??pe)(r);this.writeAsciiQuoted(i);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let i=String(r);this.writeAscii(i);return}if(typeof r=="boolean"){this.ensure(5);let{i,json:a}=this;r?(a.set(fL,
i),i+=4):(a.set(gL,i),i+=5),this.i=i;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=mw;let o=!1,n=typeof r.__type=="string",s;n&&(s=new Set);for(let[i,a]of e.structIterator()){let c=r[i];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=$c),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??i:i;s&&(s.add(i),s.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=kc,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=kc,this.writeValue(15,c,e)}}else if(n)for(let i in r){if(s.has(i))continue;s.add(i);let a=r[i];o&&(this.ensure(1),this.json[this.i++]=$c),
o=!0,this.writeAsciiQuoted(i),this.ensure(1),this.json[this.i++]=kc,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=fw}writeList(e,r,o){let n=!!e.
getMergedTraits().sparse,s=e.getValueSchema();if(!o&&(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let u=r[l];
if(Number.isNaN(u)||u===1/0||u===-1/0||u==null&&!n){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let l=[];for(let u=0;u<r.length;++u){let d=r[u];d==null&&!n||
(Number.isNaN(d)||d===1/0||d===-1/0?l.push(String(d)):l.push(d))}c=JSON.stringify(l)}this.ensure(c.length*3),this.i+=Nc.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=dL;let i=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!n)||(i&&(this.ensure(1),this.json[this.
i++]=$c),this.writeValue(s,c,void 0),i=!0)}this.ensure(1),this.json[this.i++]=mL}writeMap(e,r,o){let n=!!e.getMergedTraits().sparse,s=e.getValueSchema();if(!o&&
(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a;for(let l in r){if(!C(r,l))continue;let u=r[l];Number.isNaN(u)||u===1/0||u===-1/0?((a??={})[l]=
u,r[l]=String(u)):u===null&&!n&&((a??={})[l]=null,r[l]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=Nc.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=mw;let i=!0;for(let a in r){if(!C(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!n)||
(i||(this.ensure(1),this.json[this.i++]=$c),i=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=kc,this.writeValue(s,c,void 0))}this.ensure(1),this.
json[this.i++]=fw}writeTimestamp(e,r){switch(sn(e,this.settings)){case 5:{let n=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(n);return}case 6:{this.
writeAsciiQuoted(Ko(r));return}case 7:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}default:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}}}}});var an,Sw=p(()=>{Tc();lw();yw();an=class extends xo{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new Lc(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new Oc(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var U=p(()=>{es();_f();K_();J_();Lf();X_();Q_();Ic();Q();Q();Z_();ow();Uf();nw();Q();Kf();Sw()});var Ew,xw,Dt,Rw=p(()=>{U();Ew=t=>e=>async r=>{if(!j.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:n=""}=t.requestHandler.metadata||{};if(n.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let s=o.hostname;
o.port!=null&&(s+=`:${o.port}`),o.headers.host=s}return e(r)},xw={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},Dt=t=>({applyToStack:e=>{
e.add(Ew(t),xw)}})});var _w,ww,Nt,Iw=p(()=>{v();_w=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:n}=e,s=n instanceof xe;if(n&&!s){let{clientName:i,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:u}=c,d=l??e.inputFilterSensitiveLog,m=u??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
n.info?.({clientName:i,commandName:a,input:d(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:n,commandName:s,logger:i,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,l=c??e.inputFilterSensitiveLog;throw i?.error?.({clientName:n,commandName:s,input:l(r.input),error:o,metadata:o.$metadata}),
o}},ww={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},Nt=t=>({applyToStack:e=>{e.add(_w(),ww)}})});var Tw,vw=p(()=>{Tw={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var Ro,Xf,Uc,Yf,Qf,Si,Aw=p(()=>{Ro={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for(
"_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGA\
GE")},Xf=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"");Xf||(globalThis.awslambda=globalThis.awslambda||{});Uc=class{static PROTECTED_KEYS=Ro;isProtectedKey(e){
return Object.values(Ro).includes(e)}getRequestId(){return this.get(Ro.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(Ro.X_RAY_TRACE_ID)}getTenantId(){return this.
get(Ro.TENANT_ID)}getTraceparent(){return this.get(Ro.TRACEPARENT)}getTracestate(){return this.get(Ro.TRACESTATE)}getBaggage(){return this.get(Ro.BAGGAGE)}},Yf=
class extends Uc{currentContext;getContext(){return this.currentContext}hasContext(){return this.currentContext!==void 0}get(e){return this.currentContext?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);this.currentContext=this.currentContext||{},this.currentContext[e]=
r}run(e,r){return this.currentContext=e,r()}},Qf=class t extends Uc{als;static async create(){let e=new t,r=await import("node:async_hooks");return e.als=new r.
AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return this.als.getStore()!==void 0}get(e){return this.als.getStore()?.[e]}set(e,r){if(this.
isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);let o=this.als.getStore();if(!o)throw new Error("No context avai\
lable");o[e]=r}run(e,r){return this.als.run(e,r)}};(function(t){let e=null;async function r(o){return e||(e=(async()=>{let s=o===!0||"AWS_LAMBDA_MAX_CONCURRENCY"in
process.env?await Qf.create():new Yf;return!Xf&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:(!Xf&&globalThis.awslambda&&(globalThis.awslambda.
InvokeStore=s),s)})()),e}t.getInstanceAsync=r,t._testing=process.env.AWS_LAMBDA_BENCHMARK_MODE==="1"?{reset:()=>{e=null,globalThis.awslambda?.InvokeStore&&delete globalThis.
awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0})(Si||(Si={}))});function EL(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===eg||r===Cw||r===bw)&&(t[r]=t[e],delete t[e])}}var yL,SL,Zf,eg,Cw,bw,Pw,Ow=p(()=>{Aw();
U();yL="AWS_LAMBDA_FUNCTION_NAME",SL="_X_AMZN_TRACE_ID",Zf="X-Amzn-Trace-Id",eg="traceparent",Cw="tracestate",bw="baggage",Pw=()=>t=>async e=>{let{request:r}=e;
if(!j.isInstance(r))return t(e);let o;{let n=Object.keys(r.headers??{}).find(s=>s.toLowerCase()===Zf.toLowerCase())??Zf;if(!r.headers.hasOwnProperty(n)){let s=process.
env[yL],i=process.env[SL];o??=await Si.getInstanceAsync();let c=o?.getXRayTraceId()??i,l=u=>typeof u=="string"&&u.length>0;l(s)&&l(c)&&(r.headers[Zf]=c)}}if(EL(
r.headers),!r.headers[eg]){let s=(o??=await Si.getInstanceAsync())?.getTraceparent?.();if(s){r.headers[eg]=s;let i=o?.getTracestate?.();i&&(r.headers[Cw]=i);let a=o?.
getBaggage?.();a&&(r.headers[bw]=a)}}return t(e)}});var kt,Dw=p(()=>{vw();Ow();kt=t=>({applyToStack:e=>{e.add(Pw(),Tw)}})});var Nw,kw=p(()=>{Nw=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let n of t)n.schemeId.split("#")[1]===o&&r.push(n);for(let o of t)r.find(({
schemeId:n})=>n===o.schemeId)||r.push(o);return r}});function xL(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var tg,$w=p(()=>{Q();kw();tg=(t,e)=>(r,o)=>async n=>{let s=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,n.input)),i=t.authSchemePreference?await t.authSchemePreference():[],a=Nw(s,i),c=xL(t.httpAuthSchemes),l=re(o),u=[];for(let d of a){
let m=c.get(d.schemeId);if(!m){u.push(`HttpAuthScheme \`${d.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){u.push(`HttpAuthScheme \`${d.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:y={}}=d.
propertiesExtractor?.(t,o)||{};d.identityProperties=Object.assign(d.identityProperties||{},g),d.signingProperties=Object.assign(d.signingProperties||{},y),l.selectedHttpAuthScheme=
{httpAuthOption:d,identity:await f(d.identityProperties),signer:m.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(u.join(`
`));return r(n)}});var rg,rt,Lw=p(()=>{$w();rg={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},rt=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(tg(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),rg)}})});var Uw=p(()=>{Lw()});var RL,_L,og,Fw=p(()=>{U();Q();RL=t=>e=>{throw e},_L=(t,e)=>{},og=t=>(e,r)=>async o=>{if(!j.isInstance(o.request))return e(o);let s=re(r).selectedHttpAuthScheme;
if(!s)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:i={}},identity:a,signer:c}=s,l=await e({...o,
request:await c.sign(o.request,a,i)}).catch((c.errorHandler||RL)(i));return(c.successHandler||_L)(l.response,i),l}});var ng,ot,Mw=p(()=>{Fw();ng={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},ot=t=>({applyToStack:e=>{e.addRelativeTo(og(t),ng)}})});var Hw=p(()=>{Mw()});var Nr,Bw=p(()=>{Nr=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var Oe,Gw=p(()=>{Q();Oe=class{authSchemes=new Map;constructor(e){for(let r in e){if(!C(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var Ce,jw=p(()=>{Ce=class{async sign(e,r,o){return e}}});var zw=p(()=>{jw()});var sg,Fc,Ei,Mc,Vw=p(()=>{sg=t=>function(r){return Ei(r)&&r.expiration.getTime()-Date.now()<t},Fc=sg(3e5),Ei=t=>t.expiration!==void 0,Mc=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,n,s,i,a=!1,c=async l=>{s||(s=o(l));try{n=await s,i=!0,a=!1}finally{s=void 0}return n};return e===
void 0?async l=>((!i||l?.forceRefresh)&&(n=await c(l)),n):async l=>((!i||l?.forceRefresh)&&(n=await c(l)),a?n:r(n)?(e(n)&&await c(l),n):(a=!0,n))}});var Ww=p(()=>{Gw();zw();Vw()});var De=p(()=>{Uw();Hw();Bw();Ww()});function vL(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function $t(t){let e=Nr(t.userAgentAppId??Hc),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!vL(o)){let n=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?n?.warn("userAgentAppId must be a string or undefined."):o.length>50&&n?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var Hc,ig=p(()=>{De();Hc=void 0});var qw,Kw=p(()=>{qw={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
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
1.1"}});var AL,CL,Jw,Xw,ag=p(()=>{Kw();AL=qw,CL="",Jw=t=>{let{partitions:e}=AL;for(let o of e){let{regions:n,outputs:s}=o;for(let[i,a]of Object.entries(n))if(i===t)return{
...s,...a}}for(let o of e){let{regionRegex:n,outputs:s}=o;if(new RegExp(n).test(t))return{...s}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},Xw=()=>CL});var Yw,cg,Qw=p(()=>{Yw=require("node:stream"),cg=t=>t?.body instanceof Yw.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var Zw,e0,t0,r0,o0,n0=p(()=>{Zw=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],e0=["TimeoutError","RequestTimeout","RequestTimeoutException"],t0=[500,502,503,504],r0=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],o0=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function DL(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var bL,PL,OL,Bc,Gc,s0,pg=p(()=>{n0();bL=t=>t?.$retryable!==
void 0,PL=t=>t.$metadata?.clockSkewCorrected,OL=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},Bc=t=>t.$metadata?.httpStatusCode===429||Zw.
includes(t.name)||t.$retryable?.throttling==!0,Gc=(t,e=0)=>t?.name!=="AbortError"&&(bL(t)||PL(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||e0.includes(t.name)||r0.includes(t?.code||"")||o0.includes(t?.code||"")||t0.includes(t.$metadata?.httpStatusCode||0)||OL(t)||DL(t)||t.cause!==
void 0&&e<=10&&Gc(t.cause,e+1)),s0=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!Gc(t)}return!1}});var jc,NL,i0,a0=p(()=>{jc=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((n,s)=>{let i=()=>s(NL());e.aborted?i():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",i,{once:!0}),r=()=>e.removeEventListener("abort",i)):e.onabort=i});return Promise.race([t,o]).finally(r)},NL=()=>Object.assign(new Error("Request aborte\
d"),{name:"AbortError"}),i0=t=>typeof t=="object"&&t!==null&&"name"in t&&t.name==="AbortError"});var c0,p0,l0=p(()=>{c0="amz-sdk-invocation-id",p0="amz-sdk-request"});function u0(t,e){if(mt.isInstance(t))for(let r in t.headers){if(!C(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let n=t.headers[r],s=NaN;if(n.
endsWith("GMT"))try{s=(zs(n).getTime()-Date.now())/1e3}catch(i){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(i)}else n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
s=Number(n.match(/ GMT, ([\d.]+)$/)?.[1]):n.match(/^((\d+)|(\d+\.\d+))$/)?s=Number(n):Date.parse(n)>=Date.now()&&(s=(Date.parse(n)-Date.now())/1e3);return isNaN(
s)?void 0:new Date(Date.now()+s*1e3)}else if(o==="x-amz-retry-after"){let n=t.headers[r],s=Number(n);if(isNaN(s)){e?.trace?.(`Failed to parse x-amz-retry-after=${n}`);
return}return new Date(Date.now()+s)}}}var d0=p(()=>{Q();U();O()});var m0,f0=p(()=>{m0=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function lg(t){return e=>(r,o)=>async n=>{let s=await e.retryStrategy(),i=await e.maxAttempts(),a=o[Pr]?.abortSignal;if(kL(s)){s=s;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await jc(s.acquireInitialRetryToken(c),a),u=new Error,d=0,m=0,{request:f}=n,g=j.isInstance(f);for(g&&(f.headers[c0]=Rf());;)try{
g&&(f.headers[p0]=`attempt=${d+1}; max=${i}`);let{response:y,output:h}=await r(n);return s.recordSuccess(l),h.$metadata.attempts=d+1,h.$metadata.totalRetryDelay=
m,{response:y,output:h}}catch(y){let h=$L(y,e.logger);if(u=m0(y),g&&t(f))throw(o.logger instanceof xe?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),u;try{l=await jc(s.refreshRetryTokenForRetry(l,h),a)}catch(E){throw a?.aborted&&i0(E)?E:(u.$metadata||(u.$metadata={}),u.$metadata.
attempts=d+1,u.$metadata.totalRetryDelay=m,u)}d=l.getRetryCount();let S=l.getRetryDelay();m+=(l?.$retryLog?.acquisitionDelay??0)+S,S>0&&await jc(new Promise(E=>setTimeout(
E,S)),a)}}else return s=s,s?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",s.mode]]),s.retry(r,n)}}function g0(t){let e=lg(t);return r=>({applyToStack:o=>{
o.add(e(r),UL)}})}var kL,$L,LL,UL,h0=p(()=>{v();U();O();zr();pg();a0();l0();d0();f0();kL=t=>typeof t.acquireInitialRetryToken<"u"&&typeof t.refreshRetryTokenForRetry<
"u"&&typeof t.recordSuccess<"u",$L=(t,e)=>{let r={error:t,errorType:LL(t)},o=u0(t.$response,e);return o&&(r.retryAfterHint=o),r},LL=t=>Bc(t)?"THROTTLING":Gc(t)?
"TRANSIENT":s0(t)?"SERVER_ERROR":"CLIENT_ERROR",UL={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"high",override:!0}});var zc,y0=p(()=>{pg();zc=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.
lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=
this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let r;this.updateMeasuredRate();let o=e;if(o?.errorType==="TH\
ROTTLING"||Bc(o?.error??e)){let i=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=i,this.calculateTimeWindow(),this.
lastThrottleTime=this.getCurrentTimeInSeconds(),r=this.cubicThrottle(i),this.enableTokenBucket()}else this.calculateTimeWindow(),r=this.cubicSuccess(this.getCurrentTimeInSeconds());
let s=Math.min(r,2*this.measuredTxRate);this.updateTokenBucketRate(s)}getCurrentTimeInSeconds(){return Date.now()/1e3}async acquireTokenBucket(e){if(this.enabled){
for(this.refillTokenBucket();e>this.availableTokens;){let r=(e-this.availableTokens)/this.fillRate*1e3;await new Promise(o=>t.setTimeoutFn(o,r)),this.refillTokenBucket()}
this.availableTokens=this.availableTokens-e}}refillTokenBucket(){let e=this.getCurrentTimeInSeconds();if(!this.lastTimestamp){this.lastTimestamp=e;return}let r=(e-
this.lastTimestamp)*this.fillRate;this.availableTokens=Math.min(this.maxCapacity,this.availableTokens+r),this.lastTimestamp=e}calculateTimeWindow(){this.timeWindow=
this.getPrecise(Math.pow(this.lastMaxRate*(1-this.beta)/this.scaleConstant,1/3))}cubicThrottle(e){return this.getPrecise(e*this.beta)}cubicSuccess(e){return this.
getPrecise(this.scaleConstant*Math.pow(e-this.lastThrottleTime-this.timeWindow,3)+this.lastMaxRate)}enableTokenBucket(){this.enabled=!0}updateTokenBucketRate(e){
this.refillTokenBucket(),this.fillRate=Math.max(e,this.minFillRate),this.maxCapacity=Math.max(e,this.minCapacity),this.availableTokens=Math.min(this.availableTokens,
this.maxCapacity)}updateMeasuredRate(){let e=this.getCurrentTimeInSeconds(),r=Math.floor(e*2)/2;if(this.requestCount++,r>this.lastTxRateBucket){let o=this.requestCount/
(r-this.lastTxRateBucket);this.measuredTxRate=this.getPrecise(o*this.smooth+this.measuredTxRate*(1-this.smooth)),this.requestCount=0,this.lastTxRateBucket=r}}getPrecise(e){
return parseFloat(e.toFixed(8))}}});var yr,Vc=p(()=>{yr=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var Wc,S0=p(()=>{Vc();Wc=class{x=yr.delay();computeNextBackoffDelay(e){let n=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(n)}setDelayBase(e){this.x=
e}}});var xi,E0=p(()=>{xi=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,n){this.delay=e,this.count=r,this.cost=o,this.longPoll=n}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var Sr,_o,Ve,Ri=p(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(Sr||(Sr={}));_o=3,Ve=Sr.STANDARD});var qc,cn,ug=p(()=>{S0();E0();Ri();Vc();qc={incompatible:1,attempts:2,capacity:3},cn=class{mode=Sr.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>_o,this.baseDelay??=yr.delay(),this.retryBackoffStrategy??=
new Wc}async acquireInitialRetryToken(e){return new xi(yr.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
n=this.retryCode(e,r,o),s=n===0,i=e.isLongPoll?.();if(s||i){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?yr.throttlingDelay():this.
baseDelay);let c=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),l=c;if(r.retryAfterHint instanceof Date&&(l=Math.max(c,Math.min(r.retryAfterHint.
getTime()-Date.now(),c+5e3))),s){let u=this.getCapacityCost(a);this.capacity-=u;let d=new xi(0,e.getRetryCount()+1,u,e.isLongPoll?.()??!1);return await new Promise(
m=>setTimeout(m,l)),d.$retryLog.acquisitionDelay=l,d}else{let u=n===qc.capacity&&i?l:0;u>0&&await new Promise(d=>setTimeout(d,u))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${_o}`),_o}}retryCode(e,r,o){let n=e.getRetryCount()+1,s=this.isRetryableError(r.errorType)?0:qc.incompatible,i=n<o?0:qc.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:qc.capacity;return s||i||a}getCapacityCost(e){return e===yr.modifiedCostType()?yr.throttlingCost():yr.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var Kc,x0=p(()=>{y0();ug();Ri();Kc=class{mode=Sr.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new zc,
this.standardRetryStrategy=r?new cn({maxAttempts:typeof e=="number"?e:3,...r}):new cn(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var dg,mg,Lt,Ut,R0,_0,Ft,w0=p(()=>{v();x0();ug();Ri();Vc();dg="AWS_MAX_ATTEMPTS",mg="max_attempts",Lt={environmentVariableSelector:t=>{let e=t[dg];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${dg} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[mg];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${mg} mast be a number, got "${e}"`);return r},default:_o},Ut=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:n=_o,defaultBaseDelay:s=yr.delay()}=e??{},i=W(t.maxAttempts??n),a=r?Promise.resolve(r):void 0,c=async()=>{let l=await i();
return await W(o)()===Sr.ADAPTIVE?new Kc(i,{maxAttempts:l,baseDelay:s}):new cn({maxAttempts:l,baseDelay:s})};return Object.assign(t,{maxAttempts:i,retryStrategy:()=>a??=
c()})},R0="AWS_RETRY_MODE",_0="retry_mode",Ft={environmentVariableSelector:t=>t[R0],configFileSelector:t=>t[_0],default:Ve}});var Coe,rr,nt=p(()=>{Qw();h0();Ri();w0();Coe=lg(cg),rr=g0(cg)});async function I0(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&Gr(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let s=await e.
retryStrategy();if(typeof s.mode=="string")switch(s.mode){case Sr.ADAPTIVE:Gr(t,"RETRY_MODE_ADAPTIVE","F");break;case Sr.STANDARD:Gr(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let s=t.endpointV2;switch(String(s?.url?.hostname).match(HL)&&Gr(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":Gr(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":Gr(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":Gr(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let n=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(n?.$source){let s=n;s.accountId&&Gr(t,"RESOLVED_ACCOUNT_ID","T");for(let[i,a]of Object.
entries(s.$source??{}))Gr(t,i,a)}}var HL,T0=p(()=>{nt();PS();HL=/\d{12}\.ddb/});var fg,Jc,v0,A0,C0=p(()=>{fg="user-agent",Jc="x-amz-user-agent",v0=/[^!$%&'*+\-.^_`|~\w]/g,A0=/[^!$%&'*+\-.^_`|~\w#]/g});function b0(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var P0=p(()=>{});var N0,Xc,k0,Mt,$0=p(()=>{U();ag();T0();C0();P0();N0=t=>(e,r)=>async o=>{let{request:n}=o;if(!j.isInstance(n))return e(o);let{headers:s}=n,i=r?.userAgent?.map(Xc)||
[],a=(await t.defaultUserAgentProvider()).map(Xc);await I0(r,t,o);let c=r;a.push(`m/${b0(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(Xc)||[],u=await t.userAgentAppId();u&&a.push(Xc(["app",`${u}`]));let d=Xw(),m=(d?[d]:[]).concat([...a,...i,...l]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(f&&(s[Jc]=s[Jc]?`${s[fg]} ${f}`:f),s[fg]=m):s[Jc]=m,e({...o,request:n})},Xc=t=>{
let e=t[0].split("/").map(i=>i.replace(v0,"-")).join("/"),r=t[1]?.replace(A0,"-"),o=e.indexOf("/"),n=e.substring(0,o),s=e.substring(o+1);return n==="api"&&(s=s.
toLowerCase()),[n,s,r].filter(i=>i&&i.length>0).reduce((i,a,c)=>{switch(c){case 0:return a;case 1:return`${i}/${a}`;default:return`${i}#${a}`}},"")},k0={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},Mt=t=>({applyToStack:e=>{e.add(N0(t),k0)}})});var Yc,L0,U0=p(()=>{Yc=require("node:process"),L0=()=>{let t=["deno","bun","llrt"];for(let e of t)if(Yc.versions[e])return[`md/${e}`,Yc.versions[e]];return["md/\
nodejs",Yc.versions.node]}});var hg,F0=p(()=>{hg={isCrtAvailable:!1}});var M0,H0=p(()=>{F0();M0=()=>hg.isCrtAvailable?["md/crt-avail"]:null});var Qc,yg,Ht,B0=p(()=>{Qc=require("node:os"),yg=require("node:process");U0();H0();Ht=({serviceId:t,clientVersion:e})=>{let r=L0();return async o=>{let n=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,Qc.platform)()}`,(0,Qc.release)()],["lang/js"],r],s=M0();s&&n.push(s),t&&n.push([`api/${t}`,e]),yg.env.AWS_EXECUTION_ENV&&n.push(
[`exec-env/${yg.env.AWS_EXECUTION_ENV}`]);let i=await o?.userAgentAppId?.();return i?[...n,[`app/${i}`]]:[...n]}}});var G0,j0,BL,Bt,z0=p(()=>{ig();G0="AWS_SDK_UA_APP_ID",j0="sdk_ua_app_id",BL="sdk-ua-app-id",Bt={environmentVariableSelector:t=>t[G0],configFileSelector:t=>t[j0]??
t[BL],default:Hc}});var V0=p(()=>{z()});var Sg,W0=p(()=>{z();V0();Sg=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!Sg(r))return!1;return!0}return!(!Vr(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
Yn(t))}});var q0,K0=p(()=>{q0=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,n,s,i,...a]=e;if(r!=="arn"||o===""||n===""||a.join(":")==="")return null;let c=a.map(
l=>l.split("/")).flat();return{partition:o,service:n,region:s,accountId:i,resourceId:c}}});var st,J0=p(()=>{z();W0();K0();ag();st={isVirtualHostableS3Bucket:Sg,parseArn:q0,partition:Jw};Ae.aws=st});function Eg(t={}){return _({...ve,async default(){return X0.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...He,...t})}var X0,Y0=p(()=>{L();X0={silence:!1}});var Gt,jt,Q0=p(()=>{Gt=t=>({setRegion(e){t.region=e},region(){return t.region}}),jt=t=>({region:t.region()})});var F=p(()=>{CS();bS();OS();Rw();Iw();Dw();ig();$0();B0();z0();J0();Y0();Q0()});var Zc,ep,Z0=p(()=>{U();Zc=t=>mt.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,ep=t=>mt.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var _i,eI=p(()=>{_i=t=>new Date(Date.now()+t)});var tp,tI=p(()=>{tp=(t,e,r,o)=>{if(o!==void 0)return e;let n=Date.parse(t);if(Number.isNaN(n))return e;let s=Date.now();return r!==void 0&&s-r>9e5?e:n-s}});var xg=p(()=>{Z0();eI();tI()});var wi,GL,Ii,se,Rg=p(()=>{U();zr();xg();wi=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},GL=t=>t.context?.[Pr]?.
eventStream?.output===!0,Ii=async t=>{let e=wi("context",t.context),r=wi("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],s=await wi("signer",r.signer)(
o),i=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}},se=class{async sign(e,r,o){
if(!j.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let n=await Ii(o),{config:s,signer:i}=n,{signingRegion:a,
signingName:c}=n,l=o.context;if(l?.authSchemes?.length??!1){let[f,g]=l.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let u=await s.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=u;let d=u||GL(o);return o._skipClockSkewSampling=d,d||(o._preRequestSystemClockOffset=
s.systemClockOffset,o._requestSentAt=Date.now()),await i.sign(e,{signingDate:u?new Date:_i(s.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let n=o.ServerTime??Zc(o.$response);if(n){let s=wi("config",e.config),i=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=ep(o.$response),l=tp(n,s.systemClockOffset,a,c);s.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==i||i!==void 0&&i!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=Zc(e);if(o){let n=wi("config",r.config),
s=r._requestSentAt,i=ep(e);n.systemClockOffset=tp(o,n.systemClockOffset,s,i)}}}});var wr,rI=p(()=>{U();xg();Rg();wr=class extends se{async sign(e,r,o){if(!j.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:n,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}=await Ii(o),u=(await n.sigv4aSigningRegionSet?.()??a??[i]).join(","),d=await n.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=d,d||(o._preRequestSystemClockOffset=n.systemClockOffset,o._requestSentAt=Date.now()),await s.
sign(e,{signingDate:d?new Date:_i(n.systemClockOffset),signingRegion:u,signingService:c})}}});var _g,oI=p(()=>{_g=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var nI,sI=p(()=>{nI=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var iI,aI,it,cI=p(()=>{oI();sI();iI="AWS_AUTH_SCHEME_PREFERENCE",aI="auth_scheme_preference",it={environmentVariableSelector:(t,e)=>{if(e?.signingName&&nI(e.signingName)in
t)return["httpBearerAuth"];if(iI in t)return _g(t[iI])},configFileSelector:t=>{if(aI in t)return _g(t[aI])},default:[]}});var ls,us,pI=p(()=>{De();L();ls=t=>(t.sigv4aSigningRegionSet=Nr(t.sigv4aSigningRegionSet),t),us={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new Ze("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new Ze("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function uI(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var rp,lI,jL,wg,dI=p(()=>{O();O();rp=class{format(e){let r=[];for(let s in e){
if(!C(e,s))continue;let i=oe(s);r.push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[s]))}let o=new Uint8Array(r.reduce((s,i)=>s+i.byteLength,0)),n=0;
for(let s of r)o.set(s,n),n+=s.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,
1),n;case"binary":let s=new DataView(new ArrayBuffer(3+e.value.byteLength));s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(s.buffer);
return i.set(e.value,3),i;case"string":let a=oe(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
c.buffer);return l.set(a,3),l;case"timestamp":let u=new Uint8Array(9);return u[0]=8,u.set(wg.fromNumber(e.value.valueOf()).bytes,1),u;case"uuid":if(!jL.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let d=new Uint8Array(17);return d[0]=9,d.set(Ws(e.value.replace(/-/g,"")),1),d}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(lI||(lI={}));jL=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,wg=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=
n;return e<0&&uI(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&uI(e),parseInt(le(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var mI,fI,Ig,gI,hI,Tg,vg,Ag,Cg,zL,yI,SI,Ti,EI,xI,RI,_I,op,wI,II,TI,bg,vI,ln=p(()=>{mI="X-Amz-Algorithm",fI="X-Amz-Credential",Ig="X-Amz-Date",gI="X-Amz-SignedHe\
aders",hI="X-Amz-Expires",Tg="X-Amz-Signature",vg="X-Amz-Security-Token",Ag="authorization",Cg=Ig.toLowerCase(),zL="date",yI=[Ag,Cg,zL],SI=Tg.toLowerCase(),Ti="\
x-amz-content-sha256",EI=vg.toLowerCase(),xI={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},RI=/^proxy-/,_I=/^sec-/,op="AWS4-HMAC-SHA256",wI="AWS4-HMAC-SHA256-PAYL\
OAD",II="UNSIGNED-PAYLOAD",TI=50,bg="aws4_request",vI=3600*24*7});var AI,CI=p(()=>{O();U();ln();AI=({query:t={}})=>{let e=[],r={};for(let o in t){if(!C(t,o)||o.toLowerCase()===SI)continue;let n=Dr(o);e.push(n);let s=t[o];typeof s==
"string"?r[n]=`${n}=${Dr(s)}`:Array.isArray(s)&&(r[n]=s.slice(0).reduce((i,a)=>i.concat([`${n}=${Dr(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var bI,VL,PI=p(()=>{bI=t=>VL(t).toISOString().replace(/\.\d{3}Z$/,"Z"),VL=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var np,OI=p(()=>{v();U();O();CI();PI();np=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:n,sha256:s,uriEscapePath:i=!0}){this.service=n,this.sha256=s,this.uriEscapePath=i,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
W(o),this.credentialProvider=W(r)}createCanonicalRequest(e,r,o){let n=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${AI(e)}
${n.map(s=>`${s}:${r[s]}`).join(`
`)}

${n.join(";")}
${o}`}async createStringToSign(e,r,o,n){let s=new this.sha256;s.update(fr(o));let i=await s.digest();return`${n}
${e}
${r}
${le(i)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let s of e.split("/"))s?.length!==0&&s!=="."&&(s===".."?r.pop():r.push(s));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return Dr(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=bI(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var sp,Pg,ip,NI,DI,kI=p(()=>{O();ln();sp={},Pg=[],ip=(t,e,r)=>`${t}/${e}/${r}/${bg}`,NI=async(t,e,r,o,n)=>{let s=await DI(t,e.secretAccessKey,e.accessKeyId),i=`${r}\
:${o}:${n}:${le(s)}:${e.sessionToken}`;if(i in sp)return sp[i];for(Pg.push(i);Pg.length>TI;)delete sp[Pg.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,n,bg])a=await DI(t,a,c);return sp[i]=a},DI=(t,e,r)=>{let o=new t(e);return o.update(fr(r)),o.digest()}});var Og,$I=p(()=>{O();ln();Og=({headers:t},e,r)=>{let o={};for(let n of Object.keys(t).sort()){if(t[n]==null)continue;let s=n.toLowerCase();(C(xI,s)||e?.has(s)||
RI.test(s)||_I.test(s))&&(!r||r&&!r.has(s))||(s==="__proto__"&&no(o),o[s]=t[n].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var ap,LI=p(()=>{O();O();ln();ap=async({headers:t,body:e},r)=>{for(let o in t)if(C(t,o)&&o.toLowerCase()===Ti)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||Gs(e)){let o=new r;return o.update(fr(e)),le(await o.digest())}return II}});var UI,FI=p(()=>{O();UI=(t,e)=>{t=t.toLowerCase();for(let r in e)if(C(e,r)&&t===r.toLowerCase())return!0;return!1}});var MI,HI=p(()=>{O();U();MI=(t,e={})=>{let{headers:r,query:o={}}=j.clone(t);for(let n in r){if(!C(r,n))continue;let s=n.toLowerCase();(s.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(s)||e.hoistableHeaders?.has(s))&&(o[n]=r[n],delete r[n])}return{...t,headers:r,query:o}}});var Dg,BI=p(()=>{O();U();ln();Dg=t=>{t=j.clone(t);for(let e in t.headers)C(t.headers,e)&&yI.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var wo,GI=p(()=>{O();dI();OI();ln();kI();$I();LI();FI();HI();BI();wo=class extends np{headerFormatter=new rp;constructor({applyChecksum:e,credentials:r,region:o,
service:n,sha256:s,uriEscapePath:i=!0}){super({applyChecksum:e,credentials:r,region:o,service:n,sha256:s,uriEscapePath:i})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:n=3600,unsignableHeaders:s,unhoistableHeaders:i,signableHeaders:a,hoistableHeaders:c,signingRegion:l,signingService:u}=r,d=await this.credentialProvider();
this.validateResolvedCredentials(d);let m=l??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(n>vI)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let y=ip(g,m,u??this.service),h=MI(Dg(e),{unhoistableHeaders:i,hoistableHeaders:c});
d.sessionToken&&(h.query[vg]=d.sessionToken),h.query[mI]=op,h.query[fI]=`${d.accessKeyId}/${y}`,h.query[Ig]=f,h.query[hI]=n.toString(10);let S=Og(h,s,a);return h.
query[gI]=this.getCanonicalHeaderList(S),h.query[Tg]=await this.getSignature(f,y,this.getSigningKey(d,m,g,u),this.createCanonicalRequest(h,S,await ap(e,this.sha256))),
h}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:n,signingRegion:s,signingService:i,eventStreamCredentials:a}){let c=s??await this.regionProvider(),{
shortDate:l,longDate:u}=this.formatDate(o),d=ip(l,c,i??this.service),m=await ap({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=le(await f.
digest()),y=[wI,u,d,n,g,m].join(`
`);return this.signString(y,{signingDate:o,signingRegion:c,signingService:i,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:n,eventStreamCredentials:s}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:n,priorSignature:e.priorSignature,eventStreamCredentials:s}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:n,eventStreamCredentials:s}={}){let i=s??await this.credentialProvider();this.validateResolvedCredentials(i);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(i,a,c,n));return l.update(fr(e)),le(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:n,signingRegion:s,signingService:i}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=s??await this.regionProvider(),l=Dg(e),{longDate:u,shortDate:d}=this.formatDate(r),m=ip(d,c,i??this.service);l.headers[Cg]=u,a.sessionToken&&(l.headers[EI]=
a.sessionToken);let f=await ap(l,this.sha256);!UI(Ti,l.headers)&&this.applyChecksum&&(l.headers[Ti]=f);let g=Og(l,n,o),y=await this.getSignature(u,m,this.getSigningKey(
a,c,d,i),this.createCanonicalRequest(l,g,f));return l.headers[Ag]=`${op} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${y}`,l}async getSignature(e,r,o,n){let s=await this.createStringToSign(e,r,n,op),i=new this.sha256(await o);return i.update(fr(s)),le(await i.digest())}getSigningKey(e,r,o,n){
return NI(this.sha256,e,o,r,n||this.service)}}});var cp,jI=p(()=>{cp={SignatureV4a:null}});var pp=p(()=>{GI();jI()});function WL(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=Mc(e,Fc,Ei):r?o=Nr(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function qL(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var Ng,zI=p(()=>{F();
De();pp();Ng=t=>e=>{let r=e.credentials,o=!!e.credentials,n;Object.defineProperty(e,"credentials",{set(u){u&&u!==r&&u!==n&&(o=!0),r=u;let d=WL(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=qL(e,d);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;n=async g=>{let h=await m(g);return f&&
(!h.$source||Object.keys(h.$source).length===0)?B(h,"CREDENTIALS_CODE","e"):h},n.memoized=m.memoized,n.configBound=m.configBound,n.attributed=!0}else n=m},get(){
return n},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:s=!0,systemClockOffset:i=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
Nr(e.signer):e.regionInfoProvider?c=()=>Nr(e.region)().then(async u=>[await e.regionInfoProvider(u,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},u]).then(([u,d])=>{let{signingRegion:m,signingService:f}=u;e.signingRegion=e.signingRegion||m||d,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:s},y=e.signerConstructor||wo;return new y(g)}):
c=async u=>{u=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await Nr(e.region)(),properties:{}},u);let d=u.signingRegion,
m=u.signingName;e.signingRegion=e.signingRegion||d,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:s},g=e.signerConstructor||wo;return new g(f)},Object.assign(e,{systemClockOffset:i,signingEscapePath:s,signer:c,disableClockSkewCorrection:Nr(
e.disableClockSkewCorrection??t)})}});var kg=p(()=>{Rg();rI();cI();pI();zI()});var JL,XL,VI,WI=p(()=>{L();JL="AWS_DISABLE_CLOCK_SKEW_CORRECTION",XL="disable_clock_skew_correction",VI={environmentVariableSelector:t=>hr(t,JL,ht.ENV),configFileSelector:t=>hr(
t,XL,ht.CONFIG),default:!1}});var qI,KI=p(()=>{L();WI();qI=_(VI)});var or,he=p(()=>{kg();kg();KI();or=Ng(qI)});var vi,JI=p(()=>{vi={CrtSignerV4:null}});function YI(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function QI(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var $g,XI,lp,ZI=p(()=>{pp();$g="X-Amz-S3session-Token",XI=$g.toLowerCase(),lp=class extends wo{async signWithCredentials(e,r,o){
let n=YI(r);e.headers[XI]=r.sessionToken;let s=this;return QI(s,n),s.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let n=YI(r);return delete e.headers[XI],
e.headers[$g]=r.sessionToken,e.query=e.query??{},e.query[$g]=r.sessionToken,QI(this,n),this.presign(e,o)}}});var kr,eT=p(()=>{pp();JI();ZI();kr=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof vi.CrtSignerV4=="function"?"crt":typeof cp.
SignatureV4a=="function"?"js":"none"}constructor(e){this.sigv4Signer=new lp(e),this.signerOptions=e}async sign(e,r={}){return r.signingRegion==="*"?this.getSigv4aSigner().
sign(e,r):this.sigv4Signer.sign(e,r)}async signWithCredentials(e,r,o={}){if(o.signingRegion==="*"){let n=this.getSigv4aSigner(),s=vi.CrtSignerV4;if(s&&n instanceof
s)return n.signWithCredentials(e,r,o);throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signa\
ture-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require(\
"@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-\
sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.signWithCredentials(e,r,o)}async presign(e,r={}){if(r.signingRegion==="*"){let o=this.
getSigv4aSigner(),n=vi.CrtSignerV4;if(n&&o instanceof n)return o.presign(e,r);throw new Error(`presign with signingRegion '*' is only supported when using the C\
RT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the \
package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to\
 https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.presign(e,r)}async presignWithCredentials(e,r,o={}){
if(o.signingRegion==="*")throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");return this.sigv4Signer.presignWithCredentials(
e,r,o)}getSigv4aSigner(){if(!this.sigv4aSigner){let e=vi.CrtSignerV4,r=cp.SignatureV4a;if(this.signerOptions.runtime==="node"){if(!e&&!r)throw new Error("Neithe\
r CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https\
://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");if(e&&typeof e=="function")this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1});else if(r&&
typeof r=="function")this.sigv4aSigner=new r({...this.signerOptions});else throw new Error("Available SigV4a implementation is not a valid constructor. Please e\
nsure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functi\
onality-requiring-aws-common-runtime-crt")}else{if(!r||typeof r!="function")throw new Error("JS SigV4a implementation is not available or not a valid constructo\
r. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also re\
gister the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please \
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var Ai=p(()=>{eT()});var Pi,Oi,Mg,Hg,Bg,Gg,mp,ST=p(()=>{F();L();Pi="AWS_ACCESS_KEY_ID",Oi="AWS_SECRET_ACCESS_KEY",Mg="AWS_SESSION_TOKEN",Hg="AWS_CREDENTIAL_EXPIRATION",Bg="AWS_CREDE\
NTIAL_SCOPE",Gg="AWS_ACCOUNT_ID",mp=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[Pi],r=process.env[Oi],o=process.
env[Mg],n=process.env[Hg],s=process.env[Bg],i=process.env[Gg];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...n&&{expiration:new Date(
n)},...s&&{credentialScope:s},...i&&{accountId:i}};return B(a,"CREDENTIALS_ENV_VARS","g"),a}throw new w("Unable to find environment variable credentials.",{logger:t?.
logger})}});var ET={};ur(ET,{ENV_ACCOUNT_ID:()=>Gg,ENV_CREDENTIAL_SCOPE:()=>Bg,ENV_EXPIRATION:()=>Hg,ENV_KEY:()=>Pi,ENV_SECRET:()=>Oi,ENV_SESSION:()=>Mg,fromEnv:()=>mp});var jg=p(
()=>{ST()});var fp,gp,zg=p(()=>{fp=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",gp=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var xT,RT,fs,hp=p(()=>{xT=1e3,RT=0,fs=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var Vg,_T=p(()=>{Vg=Hr(require("node:http"))});function Io(t){return new Promise((e,r)=>{let o=Vg.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",n=>{r(Object.
assign(new Ze("Unable to connect to instance metadata service"),n)),o.destroy()}),o.on("timeout",()=>{r(new Ze("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",n=>{let{statusCode:s=400}=n;(s<200||300<=s)&&(r(Object.assign(new Ze("Error response received from instance metadata service"),{statusCode:s})),
o.destroy());let i=[];n.on("data",a=>{i.push(a)}),n.on("end",()=>{e(Buffer.concat(i)),o.destroy()})}),o.end()})}var yp=p(()=>{L();_T()});var Di,Wg=p(()=>{Di=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var gs,Ni,Sp,wT,sU,iU,aU,cU,pU,IT=p(()=>{L();zg();hp();yp();Wg();gs="AWS_CONTAINER_CREDENTIALS_FULL_URI",Ni="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",Sp="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",wT=(t={})=>{let{timeout:e,maxRetries:r}=fs(t);return()=>Di(async()=>{let o=await pU({logger:t.logger}),n=JSON.parse(await sU(e,o));if(!fp(
n))throw new w("Invalid response received from instance metadata service.",{logger:t.logger});return gp(n)},r)},sU=async(t,e)=>(process.env[Sp]&&(e.headers={...e.
headers,Authorization:process.env[Sp]}),(await Io({...e,timeout:t})).toString()),iU="169.254.170.2",aU=new Set(["localhost","127.0.0.1"]),cU=new Set(["http:","h\
ttps:"]),pU=async({logger:t})=>{if(process.env[Ni])return{hostname:iU,path:process.env[Ni]};if(process.env[gs]){let e;try{e=new URL(process.env[gs])}catch{throw new w(
`${process.env[gs]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!aU.has(e.hostname))throw new w(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!cU.has(e.protocol))throw new w(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new w(`The container metadata credential provider cannot be used unless the ${Ni} or ${gs} environment variable is set`,{tryNextLink:!1,logger:t})}});var Ep,TT=p(()=>{L();Ep=class t extends w{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var dn,qg=p(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(dn||(dn={}))});var lU,uU,vT,AT=p(()=>{lU="AWS_EC2_METADATA_SERVICE_ENDPOINT",uU="ec2_metadata_service_endpoint",vT={environmentVariableSelector:t=>t[lU],configFileSelector:t=>t[uU],
default:void 0}});var To,Kg=p(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(To||(To={}))});var dU,mU,CT,bT=p(()=>{Kg();dU="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",mU="ec2_metadata_service_endpoint_mode",CT={environmentVariableSelector:t=>t[dU],configFileSelector:t=>t[mU],
default:To.IPv4}});var xp,fU,gU,Jg=p(()=>{L();U();qg();AT();Kg();bT();xp=async()=>fe(await fU()||await gU()),fU=async()=>_(vT)(),gU=async()=>{let t=await _(CT)();switch(t){case To.
IPv4:return dn.IPv4;case To.IPv6:return dn.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(To)}`)}}});var hU,Xg,PT=p(()=>{hU="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",Xg=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+hU);let n=t.originalExpiration??t.expiration;return{...t,...n?{originalExpiration:n}:{},expiration:o}}});var OT,DT=p(()=>{PT();OT=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let n;try{n=await t(),n.expiration&&n.expiration.getTime()<Date.now()&&(n=Xg(n,r))}catch(s){
if(o)r.warn("Credential renew failed: ",s),n=Xg(o,r);else throw s}return o=n,n}}});var $T,yU,Yg,NT,kT,LT,SU,EU,xU,RU,UT=p(()=>{L();TT();zg();hp();yp();Wg();Jg();DT();$T="/latest/meta-data/iam/security-credentials/",yU="/latest/api/token",Yg="A\
WS_EC2_METADATA_V1_DISABLED",NT="ec2_metadata_v1_disabled",kT="x-aws-ec2-metadata-token",LT=(t={})=>OT(SU(t),{logger:t.logger}),SU=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:n,maxRetries:s}=fs(t),i=async(a,c)=>{if(e||c.headers?.[kT]==null){let d=!1,m=!1,f=await _({environmentVariableSelector:g=>{let y=g[Yg];if(m=!!y&&y!=="f\
alse",y===void 0)throw new w(`${Yg} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let y=g[NT];return d=!!y&&y!==
"false",d},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),d&&g.push(`config file profile (${NT})`),m&&g.push(`process environment variable (${Yg})`),new Ep(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let u=(await Di(async()=>{let d;try{d=await xU(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return d},a)).trim();return Di(async()=>{let d;try{d=await RU(u,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return d},a)};return async()=>{let a=await xp();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),i(s,{...a,timeout:n});{let c;try{c=(await EU({...a,timeout:n})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),i(s,{...a,timeout:n})}return i(s,{...a,headers:{[kT]:c},timeout:n})}}},
EU=async t=>Io({...t,path:yU,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),xU=async t=>(await Io({...t,path:$T})).toString(),RU=async(t,e,r)=>{
let o=JSON.parse((await Io({...e,path:$T+t})).toString());if(!fp(o))throw new w("Invalid response received from instance metadata service.",{logger:r.logger});return gp(
o)}});var Rp={};ur(Rp,{DEFAULT_MAX_RETRIES:()=>RT,DEFAULT_TIMEOUT:()=>xT,ENV_CMDS_AUTH_TOKEN:()=>Sp,ENV_CMDS_FULL_URI:()=>gs,ENV_CMDS_RELATIVE_URI:()=>Ni,Endpoint:()=>dn,
fromContainerMetadata:()=>wT,fromInstanceMetadata:()=>LT,getInstanceMetadataEndpoint:()=>xp,httpRequest:()=>Io,providerConfigFromInit:()=>fs});var _p=p(()=>{IT();
UT();hp();yp();Jg();qg()});function Qg(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let n=new Error("Request aborted");return n.name="AbortErr\
or",n.cause=e,n}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var FT=p(()=>{});var MT,HT=p(()=>{MT=["ECONNRESET","EPIPE","ETIMEDOUT"]});var BT,GT=p(()=>{O();BT=t=>{let e={};for(let r in t){if(!C(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var hs,jT=p(()=>{hs=Hr(require("node:https"))});var ue,mn=p(()=>{ue={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var zT,VT,WT=p(()=>{mn();zT=1e3,VT=(t,e,r=0)=>{if(!r)return-1;let o=n=>{let s=ue.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-n),i=a=>{a?.connecting?
a.on("connect",()=>{ue.clearTimeout(s)}):ue.clearTimeout(s)};t.socket?i(t.socket):t.on("socket",i)};return r<2e3?(o(0),0):ue.setTimeout(o.bind(null,zT),zT)}});var qT,KT=p(()=>{mn();qT=(t,e,r=0,o,n)=>r?ue.setTimeout(()=>{let s=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let i=Object.assign(new Error(s),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(i),e(i)}else s+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",n?.warn?.(s)},r):-1});var _U,JT,XT=p(()=>{mn();_U=3e3,JT=(t,{keepAlive:e,keepAliveMsecs:r},o=_U)=>{if(e!==!0)return-1;let n=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
s=>{s.setKeepAlive(e,r||0)})};return o===0?(n(),0):ue.setTimeout(n,o)}});var wp,YT=p(()=>{wp=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var wU,Zg,QT=p(()=>{mn();wU=3e3,Zg=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let n;t.once("response",c=>n=c);let s=()=>{if(n?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});n?.destroy(c),t.destroy(),e(c)},i=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",i):(c.setTimeout(
r,s),t.on("close",()=>c.removeListener("timeout",s))):t.once("socket",i)};if(r<6e3){i();return}let a=ue.setTimeout(i,wU);t.once("close",()=>ue.clearTimeout(a))}});async function tv(t,e,r=ZT,o=!1){let n=e.headers,s=n?n.Expect||n.expect:void 0,i=-1,a=!0;!o&&s==="100-continue"&&(a=await Promise.race([new Promise(c=>{i=Number(
ue.setTimeout(()=>c(!0),Math.max(ZT,r)))}),new Promise(c=>{t.on("continue",()=>{ue.clearTimeout(i),c(!0)}),t.on("response",()=>{ue.clearTimeout(i),c(!1)}),t.on(
"error",()=>{ue.clearTimeout(i),c(!1)})})])),a&&IU(t,e.body)}function IU(t,e){if(e instanceof ev.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let n=e;if(typeof n=="object"&&n.buffer&&typeof n.byteOffset=="number"&&typeof n.byteLength=="nu\
mber"){t.end(Buffer.from(n.buffer,n.byteOffset,n.byteLength));return}t.end(Buffer.from(e));return}t.end()}var ev,ZT,rv=p(()=>{ev=require("node:stream");mn();ZT=
6e3});var Ip,ov,be,nv=p(()=>{O();U();FT();HT();GT();jT();WT();KT();XT();YT();QT();mn();rv();be=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:n,requests:s,maxSockets:i}=e;
if(typeof i!="number"||i===1/0||Date.now()-15e3<r)return r;if(n&&s)for(let c in n){if(!C(n,c))continue;let l=n[c]?.length??0,u=s[c]?.length??0;if(l>=i&&u>=2*i)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${u} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(n=>{r(this.resolveDefaultConfig(n))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let n=this.config,s=n.logger,
i=e.protocol==="https:";return!i&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let l,u=-1,d=-1,m=-1,
f=-1,g=()=>{ue.clearTimeout(u),ue.clearTimeout(d),ue.clearTimeout(m),ue.clearTimeout(f)},y=async K=>{await l,g(),a(K)},h=async K=>{await l,g(),c(K)};if(r?.aborted){
let K=Qg(r);h(K);return}let S=e.headers,E=S?(S.Expect??S.expect)==="100-continue":!1,I=i?n.httpsAgent:n.httpAgent;E&&!this.externalAgent&&(I=new(i?hs.default.Agent:
Ip)({keepAlive:!1,maxSockets:1/0})),u=ue.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(I,this.socketWarningTimestamp,s)},n.socketAcquisitionWarningTimeout??
(n.requestTimeout??2e3)+(n.connectionTimeout??1e3));let R=e.query?Ff(e.query):"",T;if(e.username!=null||e.password!=null){let K=e.username??"",Ar=e.password??"";
T=`${K}:${Ar}`}let M=e.path;R&&(M+=`?${R}`),e.fragment&&(M+=`#${e.fragment}`);let V=e.hostname??"";V[0]==="["&&V.endsWith("]")?V=e.hostname.slice(1,-1):V=e.hostname;
let Er={headers:e.headers,host:V,method:e.method,path:M,port:e.port,agent:I,auth:T},me=(i?hs.default.request:ov)(Er,K=>{let Ar=new mt({statusCode:K.statusCode||
-1,reason:K.statusMessage,headers:BT(K.headers),body:K});y({response:Ar})});if(me.on("error",K=>{MT.includes(K.code)?h(Object.assign(K,{name:"TimeoutError"})):h(
K)}),r){let K=()=>{me.destroy();let Ar=Qg(r);h(Ar)};if(typeof r.addEventListener=="function"){let Ar=r;Ar.addEventListener("abort",K,{once:!0}),me.once("close",
()=>Ar.removeEventListener("abort",K))}else r.onabort=K}let Ue=o??n.requestTimeout;d=VT(me,h,n.connectionTimeout),m=qT(me,h,Ue,n.throwOnRequestTimeout,s??console);
let Yt=n.socketTimeout===void 0?wp(n):void 0;Yt?Zg(me,h,Yt,!0):Zg(me,h,n.socketTimeout);let lt=Er.agent;typeof lt=="object"&&"keepAlive"in lt&&(f=JT(me,{keepAlive:lt.
keepAlive,keepAliveMsecs:lt.keepAliveMsecs})),l=tv(me,e,Ue,this.externalAgent).catch(K=>(g(),c(K)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=
this.configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocket\
Timeout",r=wp(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:n,
socketAcquisitionWarningTimeout:s,httpAgent:i,httpsAgent:a,throwOnRequestTimeout:c,logger:l}=e||{},u=!0,d=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:n,
defaultSocketTimeout:wp(e),socketAcquisitionWarningTimeout:s,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await import("node:http"),{Agent:g,
request:y}=f.default??f;return ov=y,Ip=g,i instanceof Ip||typeof i?.destroy=="function"?(this.externalAgent=!0,i):new Ip({keepAlive:u,maxSockets:d,...i})})(),httpsAgent:a instanceof
hs.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new hs.default.Agent({keepAlive:u,maxSockets:d,...a}),logger:l}}}});var so=p(()=>{nv();O()});var TU,vU,AU,sv,iv=p(()=>{L();TU="169.254.170.2",vU="169.254.170.23",AU="[fd00:ec2::23]",sv=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===TU||t.hostname===vU||
t.hostname===AU)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=n=>{let s=parseInt(n,10);return 0<=s&&s<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new w(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function av(t){return new j({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function cv(t,e){let o=await pi(t.body).transformToString();if(t.statusCode===200){let n=JSON.parse(o);if(typeof n.AccessKeyId!=
"string"||typeof n.SecretAccessKey!="string"||typeof n.Token!="string"||typeof n.Expiration!="string")throw new w("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:n.
AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.Token,expiration:sm(n.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let n={};try{n=JSON.parse(
o)}catch{}throw Object.assign(new w(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:n.Code,Message:n.Message})}throw new w(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var pv=p(()=>{L();U();O();O()});var lv,uv=p(()=>{lv=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(s=>setTimeout(s,r))}return await t()}});var mv,CU,bU,PU,OU,DU,fv,dv,gv=p(()=>{F();L();so();mv=Hr(require("node:fs/promises"));iv();pv();uv();CU="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",bU="http://169.\
254.170.2",PU="AWS_CONTAINER_CREDENTIALS_FULL_URI",OU="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",DU="AWS_CONTAINER_AUTHORIZATION_TOKEN",fv=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[CU],o=t.awsContainerCredentialsFullUri??process.env[PU],
n=t.awsContainerAuthorizationToken??process.env[DU],s=t.awsContainerAuthorizationTokenFile??process.env[OU],i=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(i("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),i("awsContainerCredentialsRelativeUri will take precedence.")),n&&s&&(i("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),i("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${bU}${r}`;else if(o)e=o;else
throw new w(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);sv(a,t.logger);let c=be.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,u=lv(async()=>{let d=av(a);s?d.headers.Authorization=dv((await mv.default.readFile(s)).toString()):n&&(d.headers.Authorization=dv(
n));try{let m=await c.handle(d,{requestTimeout:l});return cv(m.response).then(f=>B(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new w(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await u()}finally{c.destroy?.()}}},dv=t=>{if(t.includes(`\r
`))throw new w("Authorization token contains invalid \\r\\n sequence.");return t}});var eh={};ur(eh,{fromHttp:()=>fv});var th=p(()=>{gv()});var Tp,rh=p(()=>{Tp=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var ys,vp=p(()=>{ys="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function kU(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function $U(t){return{schemeId:"smithy.api#noAuth"}}var Ev,xv,Rv,oh=p(()=>{he();v();Ev=async(t,e,r)=>({operation:re(e).operation,region:await W(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});xv=t=>{let e=[];return t.operation==="CreateToken"?e.push($U(t)):e.push(kU(t)),
e},Rv=t=>{let e=or(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var _v,wv,nh=p(()=>{_v=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
wv={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var vo,ki=p(()=>{vo={name:"@aws-sdk/nested-clients",version:"3.998.4",description:"Nested clients for AWS SDK packages.",homepage:"https://github.com/aws/aws-sd\
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
l-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},engines:{node:">=20.0.0"}}});var Ao,Ap=p(()=>{v();Z();Ao=class{queryCompat;errorRegistry;constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,r){let o=r.getMemberSchemas(),n=Object.
values(o).find(s=>!!s.getMergedTraits().httpPayload);if(n){let s=n.getMergedTraits().mediaType;return s||(n.isStringSchema()?"text/plain":n.isBlobSchema()?"appl\
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(i=>{let{httpQuery:a,httpQueryParams:c,httpHeader:l,httpLabel:u,httpPrefixHeaders:d}=i.
getMergedTraits();return!a&&!c&&!l&&!u&&d===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,n,s,i){let a=e;e.includes("#")&&([,a]=e.split("#"));
let c={$metadata:s,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:i?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:c}}catch{n.message=n.message??n.Message??"UnknownError";let u=this.
errorRegistry,d=u.getBaseException();if(d){let g=u.getErrorCtor(d)??Error;throw this.decorateServiceException(Object.assign(new g({name:a}),c),n)}let m=n,f=m?.message??
m?.Message??m?.Error?.Message??m?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(f),{name:a},c),n)}}compose(e,r,o){let n=o;r.includes(
"#")&&([n]=r.split("#"));let s=J.for(n),i=J.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(s),e.copyFrom(i),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,n=nc(e,r);o&&(n.message=o);let s=n.Error??{};s.Type=n.Error?.Type,s.Code=n.Error?.Code,s.Message=n.Error?.message??
n.Error?.Message??o,n.Error=s;let i=n.$metadata.requestId;return i&&(n.RequestId=i),n}return nc(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[n,s]=o.split(";"),i=Object.keys(e),a={Code:n,Type:s};e.Code=n,e.Type=s;for(let c=0;c<i.length;c++){let l=i[c];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(n=>H.of(n).getMergedTraits().awsQueryError?.[0]===r)}}}});var Cp,Iv=p(()=>{U();Z();Ap();Cp=class extends on{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=s??new an({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!n,
this.mixin=new Ao(this.awsQueryCompatible)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,o);return n.path.endsWith("/")||(n.path+="/"),n.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,n.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(n.headers["x-amzn-query-mode"]="true"),(to(e.input)==="unit"||!n.body)&&(n.body="{}"),n}getPayloadCodec(){return this.codec}async handleError(e,r,o,n,s){let{awsQueryCompatible:i}=this;
i&&this.mixin.setQueryCompatError(n,o);let a=qf(o,n,i)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,n,s,i?this.mixin.findQueryCompatibleError:void 0),u=H.of(
c),d=n.message??n.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},y=this.codec.createDeserializer();for(let[h,S]of u.
structIterator())n[h]!=null&&(g[h]=y.readObject(S,n[h]));throw i&&this.mixin.queryCompatOutput(n,g),this.mixin.decorateServiceException(Object.assign(f,l,{$fault:u.
getMergedTraits().error,message:d},g),n)}}});var fn,Tv=p(()=>{Iv();fn=class extends Cp{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var io,vv=p(()=>{U();Z();Ap();io=class extends fi{serializer;deserializer;codec;mixin=new Ao;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let n={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new an(n),this.serializer=
new hi(this.codec.createSerializer(),n),this.deserializer=new gi(this.codec.createDeserializer(),n)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,
o),s=H.of(e.input);if(!n.headers["content-type"]){let i=this.mixin.resolveRestContentType(this.getDefaultContentType(),s);i&&(n.headers["content-type"]=i)}return n.
body==null&&n.headers["content-type"]===this.getDefaultContentType()&&(n.body="{}"),n}async deserializeResponse(e,r,o){let n=await super.deserializeResponse(e,r,
o),s=H.of(e.output);for(let[i,a]of s.structIterator())a.getMemberTraits().httpPayload&&!(i in n)&&(n[i]=null);return n}async handleError(e,r,o,n,s){let i=Wf(o,n)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
i,this.options.defaultNamespace,o,n,s),l=H.of(a),u=n.message??n.Message??"UnknownError",d=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new d({});await this.
deserializeHttpMessage(a,r,o,n);let f={},g=this.codec.createDeserializer();for(let[y,h]of l.structIterator()){let S=h.getMergedTraits().jsonName??y;f[y]=g.readObject(
h,n[S])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:l.getMergedTraits().error,message:u},f),n)}getDefaultContentType(){return"applicatio\
n/json"}}});function sh(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function ah(t){return new ih(t).parse()}var ih,Av=p(
()=>{ih=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let n=r.x.slice(r.i,o);return r.i=o+e.length,n}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,n={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let u="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)u+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),u==="__proto__"&&sh(n),n[u]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?n:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let s=[],i=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,s.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,i.push(e.parseTag()));else{let u="";for(;e.i<e.z&&e.x[e.i]!=="<";)u+=e.x[e.i++];s.push(e.decodeEntities(u))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let c=e.readTo(">").trim();if(c!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${c}>.`);if(!o&&s.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let u=s.length===1?s[0]:s.join("");return u.trim()===""&&u.
includes(`
`)?{tag:r,value:""}:{tag:r,value:u}}let l={};for(let u of s)u.trim()===""&&u.includes(`
`)||(l["#text"]="#text"in l?l["#text"]+u:u);for(let u of i)u.tag==="__proto__"&&sh(l),u.tag in l?Array.isArray(l[u.tag])?l[u.tag].push(u.value):l[u.tag]=[l[u.tag],
u.value]:l[u.tag]=u.value;for(let[u,d]of Object.entries(n))u==="__proto__"&&sh(l),l[u]=d;return{tag:r,value:l}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,n,s)=>o?
String.fromCharCode(parseInt(o,16)):n?String.fromCharCode(parseInt(n,10)):t.ENTITIES[s]??"")}}});var Cv=p(()=>{Av()});var Ss,ch=p(()=>{Ss=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var bp,bv=p(()=>{bp=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function Pv(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var Ov=p(()=>{});var Pp,Dv=p(()=>{Cv();v();U();Z();O();ch();bv();Ov();Pp=class extends Ss{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new nn(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let n=H.of(e),s=n.getMemberSchemas();if(n.isStructSchema()&&
n.isMemberSchema()&&!!Object.values(s).find(l=>!!l.getMemberTraits().eventPayload)){let l={},u=Object.keys(s)[0];return s[u].isBlobSchema()?l[u]=r:l[u]=this.read(
s[u],r),l}let a=(this.serdeContext?.utf8Encoder??ee)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=H.of(e);if(o.isUnitSchema())
return;let n=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let s=!!n.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],l=a.getMergedTraits().xmlName??"member",u=s?r:(r[0]??r)[l];if(u==null)return c;let d=Array.isArray(u)?u:[u];for(let m of d)
c.push(this.readSchema(a,m));return c}let i={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),l;s?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let u=a.getMergedTraits().xmlName??"key",d=c.getMergedTraits().xmlName??"value";for(let m of l){let f=m[u],g=m[d];f==="__proto__"&&Pv(i),i[f]=
this.readSchema(c,g)}return i}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new bp(r,i));for(let[l,u]of o.structIterator()){let d=u.getMergedTraits(),m=d.
httpPayload?d.xmlName??u.getName():u.getMemberTraits().xmlName??l;a&&c.mark(m),r[m]!=null&&(i[l]=this.readSchema(u,r[m]))}return a&&c.writeUnknown(),i}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=ah(e)}catch(i){throw i&&typeof i=="object"&&Object.defineProperty(i,"\
$responseBodyText",{value:e}),i}let o="#text",n=Object.keys(r)[0],s=r[n];return s[o]&&(s[n]=s[o],delete s[o]),sc(s)}return{}}}});var Op,Nv=p(()=>{U();Z();O();O();ch();Op=class extends Ss{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let n=H.of(e);if(o&&!o.endsWith(".")&&(o+="."),n.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??pe)(r)));else if(n.isBooleanSchema()||n.isNumericSchema()||n.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):n.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue(Zn()));else if(n.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(n.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof Te?r.string:String(r)));else if(n.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),sn(n,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue(Ko(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
break}}else if(n.isDocumentSchema())Array.isArray(r)?this.write(79,r,o):r instanceof Date?this.write(4,r,o):r instanceof Uint8Array?this.write(21,r,o):r&&typeof r==
"object"?this.write(143,r,o):(this.writeKey(o),this.writeValue(String(r)));else if(n.isListSchema()){if(Array.isArray(r))if(r.length===0)this.settings.serializeEmptyLists&&
(this.writeKey(o),this.writeValue(""));else{let s=n.getValueSchema(),i=this.settings.flattenLists||n.getMergedTraits().xmlFlattened,a=1;for(let c of r){if(c==null)
continue;let l=s.getMergedTraits(),u=this.getKey("member",l.xmlName,l.ec2QueryName),d=i?`${o}${a}`:`${o}${u}.${a}`;this.write(s,c,d),++a}}}else if(n.isMapSchema()){
if(r&&typeof r=="object"){let s=n.getKeySchema(),i=n.getValueSchema(),a=n.getMergedTraits().xmlFlattened,c=1;for(let l in r){let u=r[l];if(u==null)continue;let d=s.
getMergedTraits(),m=this.getKey("key",d.xmlName,d.ec2QueryName),f=a?`${o}${c}.${m}`:`${o}entry.${c}.${m}`,g=i.getMergedTraits(),y=this.getKey("value",g.xmlName,
g.ec2QueryName),h=a?`${o}${c}.${y}`:`${o}entry.${c}.${y}`;this.write(s,l,f),this.write(i,u,h),++c}}}else if(n.isStructSchema()){if(r&&typeof r=="object"){let s=!1;
for(let[i,a]of n.structIterator()){if(r[i]==null&&!a.isIdempotencyToken())continue;let c=a.getMergedTraits(),l=this.getKey(i,c.xmlName,c.ec2QueryName,"struct"),
u=`${o}${l}`;this.write(a,r[i],u),s=!0}if(!s&&n.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i,l=`${o}${a}`;this.write(15,c,l)}}}}else if(!n.
isUnitSchema())throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${n.getName(!0)}`)}flush(){if(this.buffer===void 0)throw new Error(
"@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");let e=this.buffer;return delete this.buffer,e}getKey(e,r,o,n){let{ec2:s,
capitalizeKeys:i}=this.settings;if(s&&o)return o;let a=r??e;return i&&n==="struct"?a[0].toUpperCase()+a.slice(1):a}writeKey(e){e.endsWith(".")&&(e=e.slice(0,e.length-
1)),this.buffer+=`&${Zo(e)}=`}writeValue(e){this.buffer+=Zo(e)}}});var gn,kv=p(()=>{U();Z();Ap();Dv();Nv();gn=class extends on{options;serializer;deserializer;mixin=new Ao;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new Op(r),this.deserializer=new Pp(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,r,o){
let n=await super.serializeRequest(e,r,o);n.path.endsWith("/")||(n.path+="/"),n.headers["content-type"]="application/x-www-form-urlencoded",(to(e.input)==="unit"||
!n.body)&&(n.body="");let s=e.name.split("#")[1]??e.name;return n.body=`Action=${s}&Version=${this.options.version}`+n.body,n.body.endsWith("&")&&(n.body=n.body.
slice(-1)),n}async deserializeResponse(e,r,o){let n=this.deserializer,s=H.of(e.output),i={};if(o.statusCode>=300){let u=await et(o.body,r);u.byteLength>0&&Object.
assign(i,await n.read(15,u)),await this.handleError(e,r,o,i,this.deserializeMetadata(o))}for(let u in o.headers){let d=o.headers[u];delete o.headers[u],o.headers[u.
toLowerCase()]=d}let a=e.name.split("#")[1]??e.name,c=s.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,l=await et(o.body,r);return l.byteLength>0&&Object.
assign(i,await n.read(s,l,c)),i.$metadata=this.deserializeMetadata(o),i}useNestedResult(){return!0}async handleError(e,r,o,n,s){let i=this.loadQueryErrorCode(o,
n)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let a=this.loadQueryError(n)??{},c=this.loadQueryErrorMessage(n);a.
message=c,a.Error={Type:a.Type,Code:a.Code,Message:c};let{errorSchema:l,errorMetadata:u}=await this.mixin.getErrorSchemaOrThrowBaseException(i,this.options.defaultNamespace,
o,a,s,this.mixin.findQueryCompatibleError),d=H.of(l),m=this.compositeErrorRegistry.getErrorCtor(l)??Error,f=new m({}),g={Type:a.Error.Type,Code:a.Error.Code,Error:a.
Error};for(let[y,h]of d.structIterator()){let S=h.getMergedTraits().xmlName??y,E=a[S]??n[S];g[y]=this.deserializer.readSchema(h,E)}throw this.mixin.decorateServiceException(
Object.assign(f,u,{$fault:d.getMergedTraits().error,message:c},g),n)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var Co=p(()=>{Tv();vv();kv()});var $i,hn,Dp,$v,Mv,Np,ph,Lv,lh,Es,Uv,Fv,UU,nr,FU,Hv,Bv=p(()=>{z();$i="ref",hn=-1,Dp=!0,$v="isSet",Mv="PartitionResult",Np="booleanEquals",ph="getAttr",Lv={[$i]:"\
Endpoint"},lh={[$i]:Mv},Es={},Uv=[{[$i]:"Region"}],Fv={conditions:[[$v,[Lv]],[$v,Uv],["aws.partition",Uv,Mv],[Np,[{[$i]:"UseFIPS"},Dp]],[Np,[{[$i]:"UseDualStack"},
Dp]],[Np,[{fn:ph,argv:[lh,"supportsDualStack"]},Dp]],[Np,[{fn:ph,argv:[lh,"supportsFIPS"]},Dp]],["stringEquals",[{fn:ph,argv:[lh,"name"]},"aws-us-gov"]]],results:[
[hn],[hn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[hn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Lv,
Es],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Es],[hn,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",Es],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",Es],[hn,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",Es],[hn,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",Es],[hn,"Invalid Configuration: Missing Region"]]},UU=2,nr=1e8,FU=new Int32Array([-1,1,-1,0,13,3,1,4,nr+12,2,5,nr+12,3,
8,6,4,7,nr+11,5,nr+9,nr+10,4,11,9,6,10,nr+8,7,nr+6,nr+7,5,12,nr+5,6,nr+4,nr+5,3,nr+1,14,4,nr+2,nr+3]),Hv=Be.from(FU,UU,Fv.conditions,Fv.results)});var MU,Gv,jv=p(()=>{F();z();Bv();MU=new Ge({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),Gv=(t,e={})=>MU.get(t,()=>Ct(Hv,{endpointParams:t,logger:e.
logger}));Ae.aws=st});var Ne,kp=p(()=>{v();Ne=class t extends Me{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var Li,Ui,Fi,Mi,Hi,Bi,Gi,ji,zi,Vi,Wi,uh=p(()=>{kp();Li=class t extends Ne{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
on";$fault="client";error;reason;error_description;constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},Ui=class t extends Ne{static shapeId="com.amazonaws.ssooidc#AuthorizationPe\
ndingException";name="AuthorizationPendingException";$fault="client";error;error_description;constructor(e){super({name:"AuthorizationPendingException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Fi=class t extends Ne{static shapeId="com\
.amazonaws.ssooidc#ExpiredTokenException";name="ExpiredTokenException";$fault="client";error;error_description;constructor(e){super({name:"ExpiredTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Mi=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#InternalServerException";name="InternalServerException";$fault="server";error;error_description;constructor(e){super({name:"InternalServer\
Exception",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Hi=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#InvalidClientException";name="InvalidClientException";$fault="client";error;error_description;constructor(e){super({name:"InvalidClientExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Bi=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#InvalidGrantException";name="InvalidGrantException";$fault="client";error;error_description;constructor(e){super({name:"InvalidGrantExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Gi=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#InvalidRequestException";name="InvalidRequestException";$fault="client";error;reason;error_description;constructor(e){super({name:"Invalid\
RequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},
ji=class t extends Ne{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
zi=class t extends Ne{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Vi=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Wi=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var HU,BU,GU,jU,zU,VU,WU,qU,KU,JU,XU,YU,QU,ZU,eF,tF,rF,oF,nF,sF,Xr,iF,aF,cF,pF,lF,ye,uF,$r,dF,mF,Lr,fF,zv,Vv,gF,Wv,hF,yF,SF,_e,qv,Kv,Ir,Jv,Xv,Yv,Qv,Zv,eA,tA,rA,
oA,nA,sA,dh,EF,xF,RF,_F,iA,aA,cA,mh,$p=p(()=>{Z();uh();kp();HU="AccessDeniedException",BU="AuthorizationPendingException",GU="AccessToken",jU="ClientSecret",zU=
"CreateToken",VU="CreateTokenRequest",WU="CreateTokenResponse",qU="CodeVerifier",KU="ExpiredTokenException",JU="InvalidClientException",XU="InvalidGrantExceptio\
n",YU="InvalidRequestException",QU="InternalServerException",ZU="InvalidScopeException",eF="IdToken",tF="RefreshToken",rF="SlowDownException",oF="UnauthorizedCl\
ientException",nF="UnsupportedGrantTypeException",sF="accessToken",Xr="client",iF="clientId",aF="clientSecret",cF="codeVerifier",pF="code",lF="deviceCode",ye="e\
rror",uF="expiresIn",$r="error_description",dF="grantType",mF="http",Lr="httpError",fF="idToken",zv="reason",Vv="refreshToken",gF="redirectUri",Wv="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",hF="scope",yF="server",SF="tokenType",_e="com.amazonaws.ssooidc",qv=new J(Wv),Kv=[-3,Wv,"SSOOIDCServiceException",0,[],[]];qv.
registerError(Kv,Ne);Ir=new J(_e),Jv=[-3,_e,HU,{[ye]:Xr,[Lr]:400},[ye,zv,$r],[0,0,0]];Ir.registerError(Jv,Li);Xv=[-3,_e,BU,{[ye]:Xr,[Lr]:400},[ye,$r],[0,0]];Ir.
registerError(Xv,Ui);Yv=[-3,_e,KU,{[ye]:Xr,[Lr]:400},[ye,$r],[0,0]];Ir.registerError(Yv,Fi);Qv=[-3,_e,QU,{[ye]:yF,[Lr]:500},[ye,$r],[0,0]];Ir.registerError(Qv,Mi);
Zv=[-3,_e,JU,{[ye]:Xr,[Lr]:401},[ye,$r],[0,0]];Ir.registerError(Zv,Hi);eA=[-3,_e,XU,{[ye]:Xr,[Lr]:400},[ye,$r],[0,0]];Ir.registerError(eA,Bi);tA=[-3,_e,YU,{[ye]:Xr,
[Lr]:400},[ye,zv,$r],[0,0,0]];Ir.registerError(tA,Gi);rA=[-3,_e,ZU,{[ye]:Xr,[Lr]:400},[ye,$r],[0,0]];Ir.registerError(rA,ji);oA=[-3,_e,rF,{[ye]:Xr,[Lr]:400},[ye,
$r],[0,0]];Ir.registerError(oA,zi);nA=[-3,_e,oF,{[ye]:Xr,[Lr]:400},[ye,$r],[0,0]];Ir.registerError(nA,Vi);sA=[-3,_e,nF,{[ye]:Xr,[Lr]:400},[ye,$r],[0,0]];Ir.registerError(
sA,Wi);dh=[qv,Ir],EF=[0,_e,GU,8,0],xF=[0,_e,jU,8,0],RF=[0,_e,qU,8,0],_F=[0,_e,eF,8,0],iA=[0,_e,tF,8,0],aA=[3,_e,VU,0,[iF,aF,dF,lF,pF,Vv,hF,gF,cF],[0,[()=>xF,0],
0,0,0,[()=>iA,0],64,0,[()=>RF,0]],3],cA=[3,_e,WU,0,[sF,SF,uF,Vv,fF],[[()=>EF,0],0,1,[()=>iA,0],[()=>_F,0]]],mh=[9,_e,zU,{[mF]:["POST","/token",200]},()=>aA,()=>cA]});var pA,lA=p(()=>{he();Co();De();Kr();v();U();O();oh();jv();$p();pA=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??Gv,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
xv,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new se},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ce}],logger:t?.logger??new xe,protocol:t?.protocol??io,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:dh,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??tt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??oe,utf8Encoder:t?.utf8Encoder??ee})});var uA,dA=p(()=>{ki();F();he();v();L();nt();O();so();lA();uA=t=>{_t(process.version);let e=At(t),r=()=>e().then(Rt),o=pA(t);dt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(it,n),bodyLengthChecker:t?.bodyLengthChecker??
gt,defaultSocketTimeout:mr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Ht({serviceId:o.serviceId,clientVersion:vo.version}),maxAttempts:t?.
maxAttempts??_(Lt,t),region:t?.region??_(ve,{...He,...n}),requestHandler:be.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ft,default:async()=>(await r()).
retryMode||Ve},t),streamCollector:t?.streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(St,n),useFipsEndpoint:t?.useFipsEndpoint??_(Et,n),userAgentAppId:t?.
userAgentAppId??_(Bt,n)}}});var mA,fA,gA=p(()=>{mA=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},fA=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var hA,yA=p(()=>{F();v();U();gA();hA=(t,e)=>{let r=Object.assign(Gt(t),wt(t),bt(t),mA(t));return e.forEach(o=>o.configure(r)),Object.assign(t,jt(r),It(r),Pt(r),
fA(r))}});var qi,fh=p(()=>{F();De();v();L();z();U();nt();Z();oh();nh();dA();yA();qi=class extends Re{config;constructor(...[e]){let r=uA(e||{});super(r),this.initConfig=r;
let o=_v(r),n=$t(o),s=Ut(n),i=vt(s),a=i,c=er(a),l=Rv(c),u=hA(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(xt(this.config)),this.middlewareStack.use(
Mt(this.config)),this.middlewareStack.use(rr(this.config)),this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.
use(Nt(this.config)),this.middlewareStack.use(kt(this.config)),this.middlewareStack.use(rt(this.config,{httpAuthSchemeParametersProvider:Ev,identityProviderConfigProvider:async d=>new Oe(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(ot(this.config))}destroy(){super.destroy()}}});var SA,EA,xA,RA=p(()=>{v();z();nh();SA=Tt(wv,"AWSSSOOIDCService","SSOOIDCClient",tr),EA={},xA=(t,e,r,o)=>[]});var Ki,gh=p(()=>{RA();$p();Ki=class extends SA(EA,xA,"CreateToken",mh){}});var wF,Lp,_A=p(()=>{v();gh();fh();wF={CreateTokenCommand:Ki},Lp=class extends qi{};ro(wF,Lp)});var wA=p(()=>{gh()});var IF,TF,IA=p(()=>{IF={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},TF={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var TA=p(()=>{});var hh={};ur(hh,{$Command:()=>_r,AccessDeniedException:()=>Li,AccessDeniedException$:()=>Jv,AccessDeniedExceptionReason:()=>IF,AuthorizationPendingException:()=>Ui,
AuthorizationPendingException$:()=>Xv,CreateToken$:()=>mh,CreateTokenCommand:()=>Ki,CreateTokenRequest$:()=>aA,CreateTokenResponse$:()=>cA,ExpiredTokenException:()=>Fi,
ExpiredTokenException$:()=>Yv,InternalServerException:()=>Mi,InternalServerException$:()=>Qv,InvalidClientException:()=>Hi,InvalidClientException$:()=>Zv,InvalidGrantException:()=>Bi,
InvalidGrantException$:()=>eA,InvalidRequestException:()=>Gi,InvalidRequestException$:()=>tA,InvalidRequestExceptionReason:()=>TF,InvalidScopeException:()=>ji,InvalidScopeException$:()=>rA,
SSOOIDC:()=>Lp,SSOOIDCClient:()=>qi,SSOOIDCServiceException:()=>Ne,SSOOIDCServiceException$:()=>Kv,SlowDownException:()=>zi,SlowDownException$:()=>oA,UnauthorizedClientException:()=>Vi,
UnauthorizedClientException$:()=>nA,UnsupportedGrantTypeException:()=>Wi,UnsupportedGrantTypeException$:()=>sA,__Client:()=>Re,errorTypeRegistries:()=>dh});var yh=p(
()=>{fh();_A();wA();v();$p();IA();uh();TA();kp()});var vA,AA=p(()=>{vA=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(yh(),hh)),n=i=>e.clientConfig?.[i]??e.parentClientConfig?.[i]??r?.[i];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:n("logger"),userAgentAppId:n("userAgentAppId")}))}});var CA,bA=p(()=>{AA();CA=async(t,e,r={},o)=>{let{CreateTokenCommand:n}=await Promise.resolve().then(()=>(yh(),hh));return(await vA(e,r,o)).send(new n({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var Sh,PA=p(()=>{L();vp();Sh=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new gr(`Token is expired. ${ys}`,!1)}});var bo,OA=p(()=>{L();vp();bo=(t,e,r=!1)=>{if(typeof e>"u")throw new gr(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${ys}`,!1)}});var DA,vF,NA,kA=p(()=>{L();DA=require("node:fs"),{writeFile:vF}=DA.promises,NA=(t,e)=>{let r=Js(t),o=JSON.stringify(e,null,2);return vF(r,o)}});var $A,Up,Eh,LA=p(()=>{L();vp();bA();PA();OA();kA();$A=new Map,Up=new Map,Eh=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await Or(t),o=yt({profile:t.profile??e?.profile}),n=r[o];if(n){if(!n.sso_session)throw new gr(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new gr(`Profile '${o}' could not be found in shared credentials file.`,!1);let s=n.sso_session,i=Up.get(s);if(i)return await i;let c=(await ti(
t))[s];if(!c)throw new gr(`Sso session '${s}' could not be found in shared credentials file.`,!1);for(let E of["sso_start_url","sso_region"])if(!c[E])throw new gr(
`Sso session '${s}' is missing required property '${E}'.`,!1);let l=c.sso_start_url,u=c.sso_region,d;try{d=await Ys(s)}catch{throw new gr(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${ys}`,!1)}bo("accessToken",d.accessToken),bo("expiresAt",d.expiresAt);let{accessToken:m,expiresAt:f}=d,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let y=Up.get(s);if(y)return await y;let h=$A.get(s)??0;if(Date.now()-h<30*1e3)
return Sh(g),g;bo("clientId",d.clientId,!0),bo("clientSecret",d.clientSecret,!0),bo("refreshToken",d.refreshToken,!0);let S=(async()=>{try{$A.set(s,Date.now());
let E=await CA(d,u,t,e);bo("accessToken",E.accessToken),bo("expiresIn",E.expiresIn);let I=new Date(Date.now()+E.expiresIn*1e3);try{await NA(s,{...d,accessToken:E.
accessToken,expiresAt:I.toISOString(),refreshToken:E.refreshToken})}catch{}return{token:E.accessToken,expiration:I}}catch{return Sh(g),g}})();Up.set(s,S);try{return await S}finally{
Up.delete(s)}}});var UA=p(()=>{LA()});function CF(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function bF(t){return{schemeId:"smithy.api#noAuth"}}var FA,MA,HA,xh=p(()=>{he();v();FA=async(t,e,r)=>({operation:re(e).operation,region:await W(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});MA=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
bF(t)):e.push(CF(t)),e},HA=t=>{let e=or(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var BA,GA,Rh=p(()=>{BA=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),GA={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Ji,yn,Fp,jA,qA,Mp,_h,zA,wh,xs,VA,WA,PF,sr,OF,KA,JA=p(()=>{z();Ji="ref",yn=-1,Fp=!0,jA="isSet",qA="PartitionResult",Mp="booleanEquals",_h="getAttr",zA={[Ji]:"\
Endpoint"},wh={[Ji]:qA},xs={},VA=[{[Ji]:"Region"}],WA={conditions:[[jA,[zA]],[jA,VA],["aws.partition",VA,qA],[Mp,[{[Ji]:"UseFIPS"},Fp]],[Mp,[{[Ji]:"UseDualStack"},
Fp]],[Mp,[{fn:_h,argv:[wh,"supportsDualStack"]},Fp]],[Mp,[{fn:_h,argv:[wh,"supportsFIPS"]},Fp]],["stringEquals",[{fn:_h,argv:[wh,"name"]},"aws-us-gov"]]],results:[
[yn],[yn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[yn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[zA,
xs],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",xs],[yn,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",xs],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",xs],[yn,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",xs],[yn,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",xs],[yn,"Invalid Configuration: Missing Region"]]},PF=2,sr=1e8,OF=new Int32Array([-1,1,
-1,0,13,3,1,4,sr+12,2,5,sr+12,3,8,6,4,7,sr+11,5,sr+9,sr+10,4,11,9,6,10,sr+8,7,sr+6,sr+7,5,12,sr+5,6,sr+4,sr+5,3,sr+1,14,4,sr+2,sr+3]),KA=Be.from(OF,PF,WA.conditions,
WA.results)});var DF,XA,YA=p(()=>{F();z();JA();DF=new Ge({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),XA=(t,e={})=>DF.get(t,()=>Ct(KA,{endpointParams:t,logger:e.
logger}));Ae.aws=st});var ao,Ih=p(()=>{v();ao=class t extends Me{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Hp,Bp,Gp,jp,Th=p(()=>{Ih();Hp=class t extends ao{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Bp=class t extends ao{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Gp=class t extends ao{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},jp=class t extends ao{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var NF,kF,$F,LF,UF,FF,MF,HF,BF,GF,jF,zF,VF,WF,qF,zp,Vp,KF,JF,Wp,XF,QA,qp,YF,QF,ZF,ZA,eM,tM,rM,Tr,eC,oM,Xi,nM,sM,iM,aM,tC,cM,pM,lM,uM,dM,mM,rC,Kp=p(()=>{Z();Th();
Ih();NF="AccessTokenType",kF="GetRoleCredentials",$F="GetRoleCredentialsRequest",LF="GetRoleCredentialsResponse",UF="InvalidRequestException",FF="RoleCredential\
s",MF="ResourceNotFoundException",HF="SecretAccessKeyType",BF="SessionTokenType",GF="TooManyRequestsException",jF="UnauthorizedException",zF="accountId",VF="acc\
essKeyId",WF="accessToken",qF="account_id",zp="client",Vp="error",KF="expiration",JF="http",Wp="httpError",XF="httpHeader",QA="httpQuery",qp="message",YF="roleC\
redentials",QF="roleName",ZF="role_name",ZA="smithy.ts.sdk.synthetic.com.amazonaws.sso",eM="secretAccessKey",tM="sessionToken",rM="x-amz-sso_bearer_token",Tr="c\
om.amazonaws.sso",eC=new J(ZA),oM=[-3,ZA,"SSOServiceException",0,[],[]];eC.registerError(oM,ao);Xi=new J(Tr),nM=[-3,Tr,UF,{[Vp]:zp,[Wp]:400},[qp],[0]];Xi.registerError(
nM,Hp);sM=[-3,Tr,MF,{[Vp]:zp,[Wp]:404},[qp],[0]];Xi.registerError(sM,Bp);iM=[-3,Tr,GF,{[Vp]:zp,[Wp]:429},[qp],[0]];Xi.registerError(iM,Gp);aM=[-3,Tr,jF,{[Vp]:zp,
[Wp]:401},[qp],[0]];Xi.registerError(aM,jp);tC=[eC,Xi],cM=[0,Tr,NF,8,0],pM=[0,Tr,HF,8,0],lM=[0,Tr,BF,8,0],uM=[3,Tr,$F,0,[QF,zF,WF],[[0,{[QA]:ZF}],[0,{[QA]:qF}],
[()=>cM,{[XF]:rM}]],3],dM=[3,Tr,LF,0,[YF],[[()=>mM,0]]],mM=[3,Tr,FF,0,[VF,eM,tM,KF],[0,[()=>pM,0],[()=>lM,0],1]],rC=[9,Tr,kF,{[JF]:["GET","/federation/credentia\
ls",200]},()=>uM,()=>dM]});var oC,nC=p(()=>{he();Co();De();Kr();v();U();O();xh();YA();Kp();oC=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??XA,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
MA,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new se},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ce}],logger:t?.logger??new xe,protocol:t?.protocol??io,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:tC,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??tt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??oe,utf8Encoder:t?.utf8Encoder??ee})});var sC,iC=p(()=>{ki();F();he();v();L();nt();O();so();nC();sC=t=>{_t(process.version);let e=At(t),r=()=>e().then(Rt),o=oC(t);dt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(it,n),bodyLengthChecker:t?.bodyLengthChecker??
gt,defaultSocketTimeout:mr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Ht({serviceId:o.serviceId,clientVersion:vo.version}),maxAttempts:t?.
maxAttempts??_(Lt,t),region:t?.region??_(ve,{...He,...n}),requestHandler:be.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ft,default:async()=>(await r()).
retryMode||Ve},t),streamCollector:t?.streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(St,n),useFipsEndpoint:t?.useFipsEndpoint??_(Et,n),userAgentAppId:t?.
userAgentAppId??_(Bt,n)}}});var aC,cC,pC=p(()=>{aC=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},cC=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var lC,uC=p(()=>{F();v();U();pC();lC=(t,e)=>{let r=Object.assign(Gt(t),wt(t),bt(t),aC(t));return e.forEach(o=>o.configure(r)),Object.assign(t,jt(r),It(r),Pt(r),
cC(r))}});var Rs,vh=p(()=>{F();De();v();L();z();U();nt();Z();xh();Rh();iC();uC();Rs=class extends Re{config;constructor(...[e]){let r=sC(e||{});super(r),this.initConfig=r;
let o=BA(r),n=$t(o),s=Ut(n),i=vt(s),a=i,c=er(a),l=HA(c),u=lC(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(xt(this.config)),this.middlewareStack.use(
Mt(this.config)),this.middlewareStack.use(rr(this.config)),this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.
use(Nt(this.config)),this.middlewareStack.use(kt(this.config)),this.middlewareStack.use(rt(this.config,{httpAuthSchemeParametersProvider:FA,identityProviderConfigProvider:async d=>new Oe(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(ot(this.config))}destroy(){super.destroy()}}});var dC,mC,fC,gC=p(()=>{v();z();Rh();dC=Tt(GA,"SWBPortalService","SSOClient",tr),mC={},fC=(t,e,r,o)=>[]});var _s,Ah=p(()=>{gC();Kp();_s=class extends dC(mC,fC,"GetRoleCredentials",rC){}});var fM,Ch,hC=p(()=>{v();Ah();vh();fM={GetRoleCredentialsCommand:_s},Ch=class extends Rs{};ro(fM,Ch)});var yC=p(()=>{Ah()});var SC=p(()=>{});var EC=p(()=>{vh();hC();yC();Kp();Th();SC()});var xC={};ur(xC,{GetRoleCredentialsCommand:()=>_s,SSOClient:()=>Rs});var RC=p(()=>{EC()});var Yi,bh,_C=p(()=>{F();UA();L();Yi=!1,bh=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:n,ssoClient:s,clientConfig:i,parentClientConfig:a,
callerClientConfig:c,profile:l,filepath:u,configFilepath:d,ignoreCache:m,logger:f})=>{let g,y="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let Yt=await Eh({profile:l,filepath:u,configFilepath:d,ignoreCache:m,clientConfig:i,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:Yt.token,expiresAt:new Date(Yt.expiration).toISOString()}}catch(Yt){throw new w(Yt.message,{tryNextLink:Yi,logger:f})}else try{g=await Ys(t)}catch{
throw new w(`The SSO session associated with this profile is invalid. ${y}`,{tryNextLink:Yi,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new w(
`The SSO session associated with this profile has expired. ${y}`,{tryNextLink:Yi,logger:f});let{accessToken:h}=g,{SSOClient:S,GetRoleCredentialsCommand:E}=await Promise.resolve().then(()=>(RC(),xC)),
I=s||new S(Object.assign({},i??{},{logger:i?.logger??c?.logger??a?.logger,region:i?.region??o,userAgentAppId:i?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
R;try{R=await I.send(new E({accountId:r,roleName:n,accessToken:h}))}catch(Yt){throw new w(Yt,{tryNextLink:Yi,logger:f})}let{roleCredentials:{accessKeyId:T,secretAccessKey:M,
sessionToken:V,expiration:Er,credentialScope:Mr,accountId:me}={}}=R;if(!T||!M||!V||!Er)throw new w("SSO returns an invalid temporary credential.",{tryNextLink:Yi,
logger:f});let Ue={accessKeyId:T,secretAccessKey:M,sessionToken:V,expiration:new Date(Er),...Mr&&{credentialScope:Mr},...me&&{accountId:me}};return e?B(Ue,"CRED\
ENTIALS_SSO","s"):B(Ue,"CREDENTIALS_SSO_LEGACY","u"),Ue}});var Jp,Ph=p(()=>{L();Jp=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:n,sso_role_name:s}=t;if(!r||!o||!n||!s)throw new w(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var wC,IC=p(()=>{L();rh();_C();Ph();wC=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoSession:i}=t,{ssoClient:a}=t,c=yt({profile:t.profile??e?.profile});if(!r&&!o&&!n&&!s&&!i){let u=(await Or(t))[c];if(!u)
throw new w(`Profile ${c} was not found.`,{logger:t.logger});if(!Tp(u))throw new w(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(u?.
sso_session){let S=(await ti(t))[u.sso_session],E=` configurations in profile ${c} and sso-session ${u.sso_session}`;if(n&&n!==S.sso_region)throw new w("Conflic\
ting SSO region"+E,{tryNextLink:!1,logger:t.logger});if(r&&r!==S.sso_start_url)throw new w("Conflicting SSO start_url"+E,{tryNextLink:!1,logger:t.logger});u.sso_region=
S.sso_region,u.sso_start_url=S.sso_start_url}let{sso_start_url:d,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:y}=Jp(u,t.logger);return bh({ssoStartUrl:d,
ssoSession:y,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!n||!s)throw new w('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return bh({ssoStartUrl:r,
ssoSession:i,ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var Oh={};ur(Oh,{fromSSO:()=>wC,isSsoProfile:()=>Tp,validateSsoProfile:()=>Jp});var Dh=p(()=>{IC();rh();Ph()});var TC,Nh,vC=p(()=>{F();L();TC=(t,e,r)=>{let o={EcsContainer:async n=>{let{fromHttp:s}=await Promise.resolve().then(()=>(th(),eh)),{fromContainerMetadata:i}=await Promise.resolve().then(()=>(_p(),Rp));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>Jo(s(n??{}),i(n))().then(Nh)},Ec2InstanceMetadata:async n=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:s}=await Promise.resolve().then(()=>(_p(),Rp));return async()=>s(
n)().then(Nh)},Environment:async n=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:s}=await Promise.resolve().then(()=>(jg(),ET));
return async()=>s(n)().then(Nh)}};if(t in o)return o[t];throw new w(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},Nh=t=>B(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var Is,Sn,Qi,AC,$C,Zi,Ke,kh,CC,bC,PC,OC,DC,Je,$h,ws,NC,kC,gM,Y,hM,LC,UC=p(()=>{z();Is="ref",Sn=-1,Qi=!0,AC="isSet",$C="PartitionResult",Zi="booleanEquals",Ke="s\
tringEquals",kh="getAttr",CC="us-east-1",bC="sigv4",PC="sts",OC="https://sts.{Region}.{PartitionResult#dnsSuffix}",DC={[Is]:"Endpoint"},Je={[Is]:"Region"},$h={[Is]:$C},
ws={},NC=[Je],kC={conditions:[[AC,[DC]],[AC,NC],["aws.partition",NC,$C],[Zi,[{[Is]:"UseFIPS"},Qi]],[Zi,[{[Is]:"UseDualStack"},Qi]],[Ke,[Je,"aws-global"]],[Zi,[{
[Is]:"UseGlobalEndpoint"},Qi]],[Ke,[Je,"eu-central-1"]],[Zi,[{fn:kh,argv:[$h,"supportsDualStack"]},Qi]],[Zi,[{fn:kh,argv:[$h,"supportsFIPS"]},Qi]],[Ke,[Je,"ap-s\
outh-1"]],[Ke,[Je,"eu-north-1"]],[Ke,[Je,"eu-west-1"]],[Ke,[Je,"eu-west-2"]],[Ke,[Je,"eu-west-3"]],[Ke,[Je,"sa-east-1"]],[Ke,[Je,CC]],[Ke,[Je,"us-east-2"]],[Ke,
[Je,"us-west-2"]],[Ke,[Je,"us-west-1"]],[Ke,[Je,"ca-central-1"]],[Ke,[Je,"ap-southeast-1"]],[Ke,[Je,"ap-northeast-1"]],[Ke,[Je,"ap-southeast-2"]],[Ke,[{fn:kh,argv:[
$h,"name"]},"aws-us-gov"]]],results:[[Sn],["https://sts.amazonaws.com",{authSchemes:[{name:bC,signingName:PC,signingRegion:CC}]}],[OC,{authSchemes:[{name:bC,signingName:PC,
signingRegion:"{Region}"}]}],[Sn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Sn,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[DC,ws],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",ws],[Sn,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",ws],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",ws],[Sn,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",ws],[Sn,"DualStack is enabled but this partition does not support D\
ualStack"],[OC,ws],[Sn,"Invalid Configuration: Missing Region"]]},gM=2,Y=1e8,hM=new Int32Array([-1,1,-1,0,30,3,1,4,Y+14,2,5,Y+14,3,25,6,4,24,7,5,Y+1,8,6,9,Y+13,
7,Y+1,10,10,Y+1,11,11,Y+1,12,12,Y+1,13,13,Y+1,14,14,Y+1,15,15,Y+1,16,16,Y+1,17,17,Y+1,18,18,Y+1,19,19,Y+1,20,20,Y+1,21,21,Y+1,22,22,Y+1,23,23,Y+1,Y+2,8,Y+11,Y+12,
4,28,26,9,27,Y+10,24,Y+8,Y+9,8,29,Y+7,9,Y+6,Y+7,3,Y+3,31,4,Y+4,Y+5]),LC=Be.from(hM,gM,kC.conditions,kC.results)});var yM,Xp,Lh=p(()=>{F();z();UC();yM=new Ge({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),Xp=(t,e={})=>yM.get(t,()=>Ct(LC,
{endpointParams:t,logger:e.logger}));Ae.aws=st});function MC(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Uh(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function HC(t){return{schemeId:"smithy.api#noAuth"}}var SM,EM,FC,xM,RM,BC,GC,Fh=p(()=>{he();Ai();v();z();Lh();SM=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),s=re(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!s)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let i=await Jn(o,{getEndpointParameterInstructions:s},e);return Object.
assign(n,i)},EM=async(t,e,r)=>({operation:re(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()}),FC=SM(EM);xM=(t,e,r)=>n=>{let i=t(n).properties?.authSchemes;if(!i)return e(n);let a=[];for(let c of i){let{name:l,properties:u={},...d}=c,m=l.toLowerCase();
l!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(S=>{let E=S.
name.toLowerCase();return E!=="sigv4a"&&E.startsWith("sigv4")});if(kr.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let y=g(n);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...d,...u},a.push(y)}return a},RM=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(HC(t)),e.push(Uh(t))):(e.push(MC(t)),e.push(Uh(t))),e},BC=xM(Xp,RM,{"aws.auth#sigv4":MC,"aws.auth#sigv4a":Uh,"smithy.api#noA\
uth":HC}),GC=t=>{let e=or(t),r=ls(e);return Object.assign(r,{authSchemePreference:W(t.authSchemePreference??[])})}});var jC,zC,Mh=p(()=>{jC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),zC={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var ir,Yp=p(()=>{v();ir=class t extends Me{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var ea,ta,ra,oa,na,sa,ia,Hh=p(()=>{Yp();ea=class t extends ir{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="clie\
nt";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ta=class t extends ir{static shapeId="co\
m.amazonaws.sts#MalformedPolicyDocumentException";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ra=class t extends ir{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="\
PackedPolicyTooLargeException";$fault="client";constructor(e){super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
oa=class t extends ir{static shapeId="com.amazonaws.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"Regi\
onDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},na=class t extends ir{static shapeId="com.amazonaws.sts#IDPRejectedClaimEx\
ception";name="IDPRejectedClaimException";$fault="client";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},sa=class t extends ir{static shapeId="com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){
super({name:"InvalidIdentityTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ia=class t extends ir{static shapeId="com.amazonaws\
.sts#IDPCommunicationErrorException";name="IDPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}}});var _M,wM,IM,TM,vM,AM,Bh,CM,bM,PM,OM,Gh,DM,VC,NM,kM,$M,LM,UM,FM,MM,HM,WC,qC,KC,BM,GM,jM,zM,VM,WM,JC,qM,KM,XC,JM,YC,XM,YM,jh,QM,ZM,QC,ZC,e2,t2,r2,o2,n2,s2,i2,a2,
En,xn,c2,Rn,_n,wn,p2,eb,l2,ie,tb,rb,Po,ob,nb,sb,ib,ab,cb,pb,zh,u2,d2,Vh,lb,ub,db,mb,Wh,fb,gb,hb,yb,m2,f2,qh,Kh,aa=p(()=>{Z();Hh();Yp();_M="Arn",wM="AccessKeyId",
IM="AssumeRole",TM="AssumedRoleId",vM="AssumeRoleRequest",AM="AssumeRoleResponse",Bh="AssumedRoleUser",CM="AssumeRoleWithWebIdentity",bM="AssumeRoleWithWebIdent\
ityRequest",PM="AssumeRoleWithWebIdentityResponse",OM="Audience",Gh="Credentials",DM="ContextAssertion",VC="DurationSeconds",NM="Expiration",kM="ExternalId",$M=
"ExpiredTokenException",LM="IDPCommunicationErrorException",UM="IDPRejectedClaimException",FM="InvalidIdentityTokenException",MM="Key",HM="MalformedPolicyDocume\
ntException",WC="MinimumSessionTokenSize",qC="Policy",KC="PolicyArns",BM="ProviderArn",GM="ProvidedContexts",jM="ProvidedContextsListType",zM="ProvidedContext",
VM="PolicyDescriptorType",WM="ProviderId",JC="PackedPolicySize",qM="PackedPolicyTooLargeException",KM="Provider",XC="RoleArn",JM="RegionDisabledException",YC="R\
oleSessionName",XM="SecretAccessKey",YM="SubjectFromWebIdentityToken",jh="SourceIdentity",QM="SerialNumber",ZM="SessionToken",QC="SessionTokenSize",ZC="SessionT\
okenUtilization",e2="Tags",t2="TokenCode",r2="TransitiveTagKeys",o2="Tag",n2="Value",s2="WebIdentityToken",i2="arn",a2="accessKeySecretType",En="awsQueryError",
xn="client",c2="clientTokenType",Rn="error",_n="httpError",wn="message",p2="policyDescriptorListType",eb="smithy.ts.sdk.synthetic.com.amazonaws.sts",l2="tagList\
Type",ie="com.amazonaws.sts",tb=new J(eb),rb=[-3,eb,"STSServiceException",0,[],[]];tb.registerError(rb,ir);Po=new J(ie),ob=[-3,ie,$M,{[En]:["ExpiredTokenExcepti\
on",400],[Rn]:xn,[_n]:400},[wn],[0]];Po.registerError(ob,ea);nb=[-3,ie,LM,{[En]:["IDPCommunicationError",400],[Rn]:xn,[_n]:400},[wn],[0]];Po.registerError(nb,ia);
sb=[-3,ie,UM,{[En]:["IDPRejectedClaim",403],[Rn]:xn,[_n]:403},[wn],[0]];Po.registerError(sb,na);ib=[-3,ie,FM,{[En]:["InvalidIdentityToken",400],[Rn]:xn,[_n]:400},
[wn],[0]];Po.registerError(ib,sa);ab=[-3,ie,HM,{[En]:["MalformedPolicyDocument",400],[Rn]:xn,[_n]:400},[wn],[0]];Po.registerError(ab,ta);cb=[-3,ie,qM,{[En]:["Pa\
ckedPolicyTooLarge",400],[Rn]:xn,[_n]:400},[wn],[0]];Po.registerError(cb,ra);pb=[-3,ie,JM,{[En]:["RegionDisabledException",403],[Rn]:xn,[_n]:403},[wn],[0]];Po.registerError(
pb,oa);zh=[tb,Po],u2=[0,ie,a2,8,0],d2=[0,ie,c2,8,0],Vh=[3,ie,Bh,0,[TM,_M],[0,0],2],lb=[3,ie,vM,0,[XC,YC,KC,qC,VC,e2,r2,kM,QM,t2,jh,GM,WC],[0,0,()=>yb,0,1,()=>f2,
64,0,0,0,0,()=>m2,1],2],ub=[3,ie,AM,0,[Gh,Bh,JC,jh,ZC,QC],[[()=>Wh,0],()=>Vh,1,0,1,1]],db=[3,ie,bM,0,[XC,YC,s2,WM,KC,qC,VC,WC],[0,0,[()=>d2,0],0,()=>yb,0,1,1],3],
mb=[3,ie,PM,0,[Gh,YM,Bh,JC,KM,OM,jh,ZC,QC],[[()=>Wh,0],0,()=>Vh,1,0,0,0,1,1]],Wh=[3,ie,Gh,0,[wM,XM,ZM,NM],[0,[()=>u2,0],0,4],4],fb=[3,ie,VM,0,[i2],[0]],gb=[3,ie,
zM,0,[BM,DM],[0,0]],hb=[3,ie,o2,0,[MM,n2],[0,0],2],yb=[1,ie,p2,0,()=>fb],m2=[1,ie,jM,0,()=>gb],f2=[1,ie,l2,0,()=>hb],qh=[9,ie,IM,0,()=>lb,()=>ub],Kh=[9,ie,CM,0,
()=>db,()=>mb]});var Sb,Eb=p(()=>{he();Co();Ai();De();Kr();v();U();O();Fh();Lh();aa();Sb=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??Xp,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
BC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new se},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new wr},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new Ce}],logger:t?.logger??new xe,protocol:t?.protocol??gn,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:zh,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??tt,signerConstructor:t?.signerConstructor??kr,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??oe,
utf8Encoder:t?.utf8Encoder??ee})});var xb,Rb=p(()=>{ki();F();he();De();v();L();nt();O();so();Eb();xb=t=>{_t(process.version);let e=At(t),r=()=>e().then(Rt),o=Sb(t);dt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(it,n),bodyLengthChecker:t?.bodyLengthChecker??
gt,defaultSocketTimeout:mr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Ht({serviceId:o.serviceId,clientVersion:vo.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4")||(async i=>await t.credentialDefaultProvider(i?.__config||
{})()),signer:new se},{schemeId:"aws.auth#sigv4a",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4a"),signer:new wr},{schemeId:"smithy.api#noAuth",identityProvider:s=>s.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ce}],maxAttempts:t?.maxAttempts??_(Lt,t),region:t?.region??_(ve,{...He,...n}),requestHandler:be.
create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ft,default:async()=>(await r()).retryMode||Ve},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??_(
us,n),streamCollector:t?.streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(St,n),useFipsEndpoint:t?.useFipsEndpoint??_(Et,n),userAgentAppId:t?.
userAgentAppId??_(Bt,n)}}});var _b,wb,Ib=p(()=>{_b=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},wb=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var Tb,vb=p(()=>{F();v();U();Ib();Tb=(t,e)=>{let r=Object.assign(Gt(t),wt(t),bt(t),_b(t));return e.forEach(o=>o.configure(r)),Object.assign(t,jt(r),It(r),Pt(r),
wb(r))}});var Oo,Qp=p(()=>{F();De();v();L();z();U();nt();Z();Fh();Mh();Rb();vb();Oo=class extends Re{config;constructor(...[e]){let r=xb(e||{});super(r),this.initConfig=r;
let o=jC(r),n=$t(o),s=Ut(n),i=vt(s),a=i,c=er(a),l=GC(c),u=Tb(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(xt(this.config)),this.middlewareStack.use(
Mt(this.config)),this.middlewareStack.use(rr(this.config)),this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.
use(Nt(this.config)),this.middlewareStack.use(kt(this.config)),this.middlewareStack.use(rt(this.config,{httpAuthSchemeParametersProvider:FC,identityProviderConfigProvider:async d=>new Oe(
{"aws.auth#sigv4":d.credentials,"aws.auth#sigv4a":d.credentials})})),this.middlewareStack.use(ot(this.config))}destroy(){super.destroy()}}});var Zp,el,tl,Jh=p(()=>{v();z();Mh();Zp=Tt(zC,"AWSSecurityTokenServiceV20110615","STSClient",tr),el={},tl=(t,e,r,o)=>[]});var In,rl=p(()=>{Jh();aa();In=class extends Zp(el,tl,"AssumeRole",qh){}});var Tn,ol=p(()=>{Jh();aa();Tn=class extends Zp(el,tl,"AssumeRoleWithWebIdentity",Kh){}});var g2,nl,Ab=p(()=>{v();rl();ol();Qp();g2={AssumeRoleCommand:In,AssumeRoleWithWebIdentityCommand:Tn},nl=class extends Oo{};ro(g2,nl)});var Cb=p(()=>{rl();ol()});var bb=p(()=>{});var Pb,Ob,Db,Nb,kb,$b=p(()=>{F();rl();ol();Pb=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},Ob=async(t,e,r,o={})=>{
let n=typeof t=="function"?await t():t,s=typeof e=="function"?await e():e,i="",a=n??s??(i=await Eg(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${n} (credential provider clientConfig)`,`${s} (contextual client)`,`${i} (STS default: AWS_REGION, profile region, or us-east-1)`),a},Db=
(t,e)=>{let r,o;return async(n,s)=>{if(o=n,!r){let{logger:u=t?.parentClientConfig?.logger,profile:d=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:y=t?.parentClientConfig?.userAgentAppId}=t,h=await Ob(m,t?.parentClientConfig?.region,
g,{logger:u,profile:d}),S=!kb(f);r=new e({...t,userAgentAppId:y,profile:d,credentialDefaultProvider:()=>async()=>o,region:h,requestHandler:S?f:void 0,logger:u})}
let{Credentials:i,AssumedRoleUser:a}=await r.send(new In(s));if(!i||!i.AccessKeyId||!i.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${s.RoleArn}`);let c=Pb(a),l={accessKeyId:i.AccessKeyId,secretAccessKey:i.SecretAccessKey,sessionToken:i.SessionToken,expiration:i.Expiration,...i.CredentialScope&&
{credentialScope:i.CredentialScope},...c&&{accountId:c}};return B(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},Nb=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:u,requestHandler:d=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await Ob(u,t?.parentClientConfig?.region,m,{logger:c,profile:l}),y=!kb(d);r=new e({...t,userAgentAppId:f,profile:l,region:g,
requestHandler:y?d:void 0,logger:c})}let{Credentials:n,AssumedRoleUser:s}=await r.send(new Tn(o));if(!n||!n.AccessKeyId||!n.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let i=Pb(s),a={accessKeyId:n.AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.
SessionToken,expiration:n.Expiration,...n.CredentialScope&&{credentialScope:n.CredentialScope},...i&&{accountId:i}};return i&&B(a,"RESOLVED_ACCOUNT_ID","T"),B(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},kb=t=>t?.metadata?.handlerProtocol==="h2"});var Lb,Ub,Fb,h2,Mb=p(()=>{$b();Qp();Lb=(t,e)=>e?class extends t{constructor(o){super(o);for(let n of e)this.middlewareStack.use(n)}}:t,Ub=(t={},e)=>Db(t,Lb(Oo,e)),
Fb=(t={},e)=>Nb(t,Lb(Oo,e)),h2=t=>e=>t({roleAssumer:Ub(e),roleAssumerWithWebIdentity:Fb(e),...e})});var Xh={};ur(Xh,{$Command:()=>_r,AssumeRole$:()=>qh,AssumeRoleCommand:()=>In,AssumeRoleRequest$:()=>lb,AssumeRoleResponse$:()=>ub,AssumeRoleWithWebIdentity$:()=>Kh,
AssumeRoleWithWebIdentityCommand:()=>Tn,AssumeRoleWithWebIdentityRequest$:()=>db,AssumeRoleWithWebIdentityResponse$:()=>mb,AssumedRoleUser$:()=>Vh,Credentials$:()=>Wh,
ExpiredTokenException:()=>ea,ExpiredTokenException$:()=>ob,IDPCommunicationErrorException:()=>ia,IDPCommunicationErrorException$:()=>nb,IDPRejectedClaimException:()=>na,
IDPRejectedClaimException$:()=>sb,InvalidIdentityTokenException:()=>sa,InvalidIdentityTokenException$:()=>ib,MalformedPolicyDocumentException:()=>ta,MalformedPolicyDocumentException$:()=>ab,
PackedPolicyTooLargeException:()=>ra,PackedPolicyTooLargeException$:()=>cb,PolicyDescriptorType$:()=>fb,ProvidedContext$:()=>gb,RegionDisabledException:()=>oa,RegionDisabledException$:()=>pb,
STS:()=>nl,STSClient:()=>Oo,STSServiceException:()=>ir,STSServiceException$:()=>rb,Tag$:()=>hb,__Client:()=>Re,decorateDefaultCredentialProvider:()=>h2,errorTypeRegistries:()=>zh,
getDefaultRoleAssumer:()=>Ub,getDefaultRoleAssumerWithWebIdentity:()=>Fb});var Yh=p(()=>{Qp();Ab();Cb();v();aa();Hh();bb();Mb();Yp()});var Bb,y2,S2,Gb,Hb,jb=p(()=>{F();L();vC();Bb=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(y2(t,{
profile:e,logger:r})||S2(t,{profile:e,logger:r})),y2=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},S2=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},Gb=async(t,e,r,o,n={},s)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let i=e[t],{source_profile:a,region:c}=i;if(!r.roleAssumer){let{getDefaultRoleAssumer:u}=await Promise.resolve().then(()=>(Yh(),Xh));
r.roleAssumer=u({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in n)throw new w(`Detected a cycle attempting to resolve credentials for profile ${yt(r)}. Profiles visited: `+Object.keys(
n).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?s(a,e,r,o,{...n,[a]:!0},Hb(e[a]??{})):(await TC(i.credential_source,t,r.logger)(r))();if(Hb(i))return l.then(u=>B(u,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let u={RoleArn:i.role_arn,RoleSessionName:i.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:i.external_id,DurationSeconds:parseInt(i.duration_seconds||
"3600",10)},{mfa_serial:d}=i;if(d){if(!r.mfaCodeProvider)throw new w(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});u.SerialNumber=d,u.TokenCode=await r.mfaCodeProvider(d)}let m=await l;return r.roleAssumer(m,u).then(f=>B(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},Hb=t=>!t.role_arn&&!!t.credential_source});function E2(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function x2(t){return{schemeId:"smithy.api#noAuth"}}var zb,Vb,Wb,Qh=p(()=>{he();v();zb=async(t,e,r)=>({operation:re(e).operation,region:await W(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});Vb=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(x2(t)):e.push(E2(
t)),e},Wb=t=>{let e=or(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var qb,Kb,Zh=p(()=>{qb=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),Kb=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var ko,Do,Jb,Ts,Xb,vs,Yb,ty,co,ey,Qb,Zb,No,oP,eP,sl,at,tP,rP,R2,G,_2,nP,sP=p(()=>{z();ko="ref",Do=-1,Jb=!1,Ts=!0,Xb="isSet",vs="booleanEquals",Yb="coalesce",ty=
"PartitionResult",co="stringEquals",ey="getAttr",Qb="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",Zb={[ko]:"Endpoint"},No={fn:ey,argv:[{[ko]:ty},
"name"]},oP={[ko]:"Region"},eP={[ko]:ty},sl={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},at={},tP=[oP],rP={conditions:[[Xb,tP],[
vs,[{fn:Yb,argv:[{[ko]:"IsControlPlane"},Jb]},Ts]],[Xb,[Zb]],["aws.partition",tP,ty],[vs,[{[ko]:"UseFIPS"},Ts]],[co,[No,"aws"]],[vs,[{fn:Yb,argv:[{[ko]:"IsOAuth\
Endpoint"},Jb]},Ts]],[vs,[{[ko]:"UseDualStack"},Ts]],[co,[No,"aws-cn"]],[co,[oP,"us-gov-west-1"]],[co,[No,"aws-us-gov"]],[vs,[{fn:ey,argv:[eP,"supportsFIPS"]},Ts]],
[co,[No,"aws-iso"]],[co,[No,"aws-iso-b"]],[co,[No,"aws-iso-f"]],[co,[No,"aws-iso-e"]],[co,[No,"aws-eusc"]],[vs,[{fn:ey,argv:[eP,"supportsDualStack"]},Ts]]],results:[
[Do],["https://signin.{Region}.api.aws",sl],["https://signin.{Region}.api.amazonwebservices.com.cn",sl],[Qb,sl],[Do,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",sl],["https://{Region}.signin.aws.amazon.com",at],["https://{Regio\
n}.signin.amazonaws.cn",at],["https://{Region}.signin.amazonaws-us-gov.com",at],["https://{Region}.signin.c2shome.ic.gov",at],["https://{Region}.signin.sc2shome\
.sgov.gov",at],["https://{Region}.signin.csphome.hci.ic.gov",at],["https://{Region}.signin.csphome.adc-e.uk",at],["https://{Region}.signin.amazonaws-eusc.eu",at],
["https://signin-fips.amazonaws-us-gov.com",at],["https://{Region}.signin-fips.amazonaws-us-gov.com",at],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
at],[Do,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Do,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Zb,at],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",at],[Do,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",at],[Do,"FIPS is enabled but this partition does not support FIPS"],[Qb,at],[Do,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",at],[Do,"Invalid Configuration: Missing Region"]]},R2=2,
G=1e8,_2=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,G+27,6,G+4,G+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,G+7,13,10,G+8,14,12,G+9,15,13,G+10,16,14,G+11,17,
15,G+12,18,16,G+13,G+16,6,G+5,20,7,21,G+6,17,G+24,G+25,6,G+4,23,7,27,24,9,G+14,25,10,G+15,26,11,G+22,G+23,11,28,G+21,17,G+20,G+21,2,35,30,3,39,31,4,32,G+27,6,G+
4,33,7,G+27,34,9,G+14,G+27,3,39,36,4,38,37,7,G+18,G+19,6,G+4,G+17,5,G+1,40,8,G+2,G+3]),nP=Be.from(_2,R2,rP.conditions,rP.results)});var w2,iP,aP=p(()=>{F();z();sP();w2=new Ge({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),iP=(t,e={})=>w2.get(
t,()=>Ct(nP,{endpointParams:t,logger:e.logger}));Ae.aws=st});var Ur,il=p(()=>{v();Ur=class t extends Me{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var ca,pa,la,ua,ry=p(()=>{il();ca=class t extends Ur{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},pa=class t extends Ur{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},la=class t extends Ur{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},ua=class t extends Ur{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var I2,T2,v2,A2,C2,b2,P2,O2,D2,N2,k2,$2,L2,U2,F2,cP,oy,M2,ay,pP,lP,H2,$o,ny,B2,sy,G2,gP,cy,uP,Xe,cl,j2,al,dP,hP,mP,fP,z2,V2,W2,iy,q2,ct,yP,SP,da,EP,xP,RP,_P,py,
K2,wP,IP,TP,vP,AP,CP,bP,PP,ly,uy,ma=p(()=>{Z();ry();il();I2="AccessDeniedException",T2="AccessToken",v2="CreateOAuth2Token",A2="CreateOAuth2TokenRequest",C2="Cr\
eateOAuth2TokenRequestBody",b2="CreateOAuth2TokenResponseBody",P2="CreateOAuth2TokenResponse",O2="CreateOAuth2TokenWithIAM",D2="CreateOAuth2TokenWithIAMRequest",
N2="CreateOAuth2TokenWithIAMResponse",k2="InternalServerException",$2="OAuthAccessToken",L2="RefreshToken",U2="TooManyRequestsError",F2="ValidationException",cP=
"accessKeyId",oy="accessToken",M2="access_token",ay="client",pP="clientId",lP="codeVerifier",H2="code",$o="error",ny="expiresIn",B2="expires_in",sy="grantType",
G2="grant_type",gP="http",cy="httpError",uP="idToken",Xe="jsonName",cl="message",j2="resource",al="refreshToken",dP="redirectUri",hP="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",mP="secretAccessKey",fP="sessionToken",z2="server",V2="tokenInput",W2="tokenOutput",iy="tokenType",q2="token_type",ct="com.amazonaws.signin",
yP=new J(hP),SP=[-3,hP,"SigninServiceException",0,[],[]];yP.registerError(SP,Ur);da=new J(ct),EP=[-3,ct,I2,{[$o]:ay},[$o,cl],[0,0],2];da.registerError(EP,ca);xP=
[-3,ct,k2,{[$o]:z2,[cy]:500},[$o,cl],[0,0],2];da.registerError(xP,pa);RP=[-3,ct,U2,{[$o]:ay,[cy]:429},[$o,cl],[0,0],2];da.registerError(RP,la);_P=[-3,ct,F2,{[$o]:ay,
[cy]:400},[$o,cl],[0,0],2];da.registerError(_P,ua);py=[yP,da],K2=[0,ct,$2,8,0],wP=[0,ct,L2,8,0],IP=[3,ct,T2,8,[cP,mP,fP],[[0,{[Xe]:cP}],[0,{[Xe]:mP}],[0,{[Xe]:fP}]],
3],TP=[3,ct,A2,0,[V2],[[()=>vP,16]],1],vP=[3,ct,C2,0,[pP,sy,H2,dP,lP,al],[[0,{[Xe]:pP}],[0,{[Xe]:sy}],0,[0,{[Xe]:dP}],[0,{[Xe]:lP}],[()=>wP,{[Xe]:al}]],2],AP=[3,
ct,P2,0,[W2],[[()=>CP,16]],1],CP=[3,ct,b2,0,[oy,iy,ny,al,uP],[[()=>IP,{[Xe]:oy}],[0,{[Xe]:iy}],[1,{[Xe]:ny}],[()=>wP,{[Xe]:al}],[0,{[Xe]:uP}]],4],bP=[3,ct,D2,0,
[sy,j2],[[0,{[Xe]:G2}],0],2],PP=[3,ct,N2,0,[oy,iy,ny],[[()=>K2,{[Xe]:M2}],[0,{[Xe]:q2}],[1,{[Xe]:B2}]],3],ly=[9,ct,v2,{[gP]:["POST","/v1/token",200]},()=>TP,()=>AP],
uy=[9,ct,O2,{[gP]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>bP,()=>PP]});var OP,DP=p(()=>{he();Co();De();Kr();v();U();O();Qh();aP();ma();OP=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??iP,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
Vb,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new se},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ce}],logger:t?.logger??new xe,protocol:t?.protocol??io,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:py,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??tt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??oe,utf8Encoder:t?.utf8Encoder??ee})});var NP,kP=p(()=>{ki();F();he();v();L();nt();O();so();DP();NP=t=>{_t(process.version);let e=At(t),r=()=>e().then(Rt),o=OP(t);dt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(it,n),bodyLengthChecker:t?.bodyLengthChecker??
gt,defaultSocketTimeout:mr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Ht({serviceId:o.serviceId,clientVersion:vo.version}),maxAttempts:t?.
maxAttempts??_(Lt,t),region:t?.region??_(ve,{...He,...n}),requestHandler:be.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ft,default:async()=>(await r()).
retryMode||Ve},t),streamCollector:t?.streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(St,n),useFipsEndpoint:t?.useFipsEndpoint??_(Et,n),userAgentAppId:t?.
userAgentAppId??_(Bt,n)}}});var $P,LP,UP=p(()=>{$P=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},LP=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var FP,MP=p(()=>{F();v();U();UP();FP=(t,e)=>{let r=Object.assign(Gt(t),wt(t),bt(t),$P(t));return e.forEach(o=>o.configure(r)),Object.assign(t,jt(r),It(r),Pt(r),
LP(r))}});var fa,dy=p(()=>{F();De();v();L();z();U();nt();Z();Qh();Zh();kP();MP();fa=class extends Re{config;constructor(...[e]){let r=NP(e||{});super(r),this.initConfig=r;
let o=qb(r),n=$t(o),s=Ut(n),i=vt(s),a=i,c=er(a),l=Wb(c),u=FP(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(xt(this.config)),this.middlewareStack.use(
Mt(this.config)),this.middlewareStack.use(rr(this.config)),this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.
use(Nt(this.config)),this.middlewareStack.use(kt(this.config)),this.middlewareStack.use(rt(this.config,{httpAuthSchemeParametersProvider:zb,identityProviderConfigProvider:async d=>new Oe(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(ot(this.config))}destroy(){super.destroy()}}});var pl,HP,BP,ll,my=p(()=>{v();z();Zh();pl=Tt(Kb,"Signin","SigninClient",tr),HP={IsControlPlane:{type:"staticContextParams",value:!1}},BP={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},ll=(t,e,r,o)=>[]});var ga,fy=p(()=>{my();ma();ga=class extends pl(HP,ll,"CreateOAuth2Token",ly){}});var ha,gy=p(()=>{my();ma();ha=class extends pl(BP,ll,"CreateOAuth2TokenWithIAM",uy){}});var J2,ul,GP=p(()=>{v();fy();gy();dy();J2={CreateOAuth2TokenCommand:ga,CreateOAuth2TokenWithIAMCommand:ha},ul=class extends fa{};ro(J2,ul)});var jP=p(()=>{fy();gy()});var X2,zP=p(()=>{X2={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"invalid_target",OAUTH_RATE_EXCEEDED:"\
rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"RESOURCE_NOT_FOUND",SERVER_ERROR:"\
server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CREDENTIALS_CHANGED"}});var VP=p(()=>{});var WP={};ur(WP,{$Command:()=>_r,AccessDeniedException:()=>ca,AccessDeniedException$:()=>EP,AccessToken$:()=>IP,CreateOAuth2Token$:()=>ly,CreateOAuth2TokenCommand:()=>ga,
CreateOAuth2TokenRequest$:()=>TP,CreateOAuth2TokenRequestBody$:()=>vP,CreateOAuth2TokenResponse$:()=>AP,CreateOAuth2TokenResponseBody$:()=>CP,CreateOAuth2TokenWithIAM$:()=>uy,
CreateOAuth2TokenWithIAMCommand:()=>ha,CreateOAuth2TokenWithIAMRequest$:()=>bP,CreateOAuth2TokenWithIAMResponse$:()=>PP,InternalServerException:()=>pa,InternalServerException$:()=>xP,
OAuth2ErrorCode:()=>X2,Signin:()=>ul,SigninClient:()=>fa,SigninServiceException:()=>Ur,SigninServiceException$:()=>SP,TooManyRequestsError:()=>la,TooManyRequestsError$:()=>RP,
ValidationException:()=>ua,ValidationException$:()=>_P,__Client:()=>Re,errorTypeRegistries:()=>py});var qP=p(()=>{dy();GP();jP();v();ma();zP();ry();VP();il()});var Lo,dl,KP,ya,ml,JP=p(()=>{L();U();Lo=require("node:crypto"),dl=require("node:fs"),KP=require("node:os"),ya=require("node:path"),ml=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new w(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),n=new Date(r.accessToken.expiresAt).getTime(),s=new Date(
e.accessToken.expiresAt).getTime(),i=n<=o&&s>o?e:r;if(new Date(i.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(i.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(qP(),WP)),{logger:u,userAgentAppId:d}=this.callerClientConfig??{},f=(E=>E?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof i.signInRegion=="string"&&i.signInRegion.
length>0?i.signInRegion:void 0,y=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,h=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:y,requestHandler:f,logger:u,userAgentAppId:d,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(h.middlewareStack);
let S={tokenInput:{clientId:i.clientId,refreshToken:i.refreshToken,grantType:"refresh_token"}};try{let E=await h.send(new l(S)),{accessKeyId:I,secretAccessKey:R,
sessionToken:T}=E.tokenOutput?.accessToken??{},{refreshToken:M,expiresIn:V}=E.tokenOutput??{};if(!I||!R||!T||!M)throw new w("Token refresh response missing requ\
ired fields",{logger:this.logger,tryNextLink:!1});let Er=(V??900)*1e3,Mr=new Date(Date.now()+Er),me={...i,accessToken:{...i.accessToken,accessKeyId:I,secretAccessKey:R,
sessionToken:T,expiresAt:Mr.toISOString()},refreshToken:M};return await this.saveToken(me),this.toCredentials(me.accessToken)}catch(E){if(E.name==="AccessDenied\
Exception"){let R=E.error,T;switch(R){case"TOKEN_EXPIRED":T="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":T="Unable to\
 refresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":T="Unable to refr\
esh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:T=`Failed to refresh token: ${String(
E)}. Please re-authenticate using \`aws login\``}throw new w(T,{logger:this.logger,tryNextLink:!1})}if(new Date(i.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(E)}. Using existing token until expiry.`),this.toCredentials(i.accessToken);throw new w(`Failed to refresh tok\
en: ${String(E)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await dl.promises.readFile(
e,"utf8"),o=JSON.parse(r),n=["accessToken","clientId","refreshToken","dpopKey"].filter(s=>!o[s]);if(o.accessToken?.accountId||n.push("accountId"),n.length>0)throw new w(
`Token validation failed, missing fields: ${n.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new w(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,ya.dirname)(r);try{await dl.promises.mkdir(o,{recursive:!0})}catch{}
await dl.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,ya.join)((0,KP.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,Lo.createHash)("sha256").update(r).digest("hex");return(0,ya.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],n=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let s=e[r++],i=e.subarray(r,r+s);n=n[0]===0?n.subarray(1):n,i=i[0]===0?i.subarray(1):i;let a=Buffer.concat([Buffer.alloc(32-n.length),n]),c=Buffer.concat([Buffer.
alloc(32-i.length),i]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(j.isInstance(o.request)){let n=o.request,s=`${n.protocol}//${n.
hostname}${n.port?`:${n.port}`:""}${n.path}`,i=await this.generateDpop(n.method,s);n.headers={...n.headers,DPoP:i}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let n=(0,Lo.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),i=(0,Lo.createPublicKey)(n).export({format:"der",type:"spki"}),a=-1;for(let E=0;E<i.length;E++)if(i[E]===4){a=E;break}let c=i.slice(a+1,a+33),l=i.slice(a+33,
a+65),u={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:l.toString("base64url")}},d={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(u)).toString("base64url"),f=Buffer.from(JSON.stringify(d)).toString("base64url"),g=`${m}.${f}`,y=(0,Lo.sign)(
"sha256",Buffer.from(g),n),S=this.derToRawSignature(y).toString("base64url");return`${g}.${S}`}catch(n){throw new w(`Failed to generate Dpop proof: ${n instanceof
Error?n.message:String(n)}`,{logger:this.logger,tryNextLink:!1})}}}});var XP,YP=p(()=>{F();L();JP();XP=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await Or(
t||{}),o=yt({profile:t?.profile??e?.profile}),n=r[o];if(!n?.login_session)throw new w(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let i=await new ml(n,t,e).loadCredentials();return B(i,"CREDENTIALS_LOGIN","AD")}});var QP={};ur(QP,{fromLoginCredentials:()=>XP});var ZP=p(()=>{YP()});var eO,tO,rO=p(()=>{F();eO=t=>!!(t&&t.login_session),tO=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(ZP(),QP)),n=await o({...e,profile:t})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_LOGIN","AC")}});var oO,nO=p(()=>{F();oO=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let s=new Date;if(new Date(e.Expiration)<s)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let n={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return B(n,"CREDENTIALS_PROCESS","w"),n}});var sO,iO,aO,cO=p(()=>{L();sO=require("node:child_process"),iO=require("node:util");nO();aO=async(t,e,r)=>{let o=e[t];if(e[t]){let n=o.credential_process;if(n!==
void 0){let s=(0,iO.promisify)(ri?.getTokenRecord?.().exec??sO.exec);try{let{stdout:i}=await s(n),a;try{a=JSON.parse(i.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return oO(t,a,e)}catch(i){throw new w(i.message,{logger:r})}}else throw new w(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new w(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var pO,lO=p(()=>{L();cO();pO=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await Or(t);
return aO(yt({profile:t.profile??e?.profile}),r,t.logger)}});var hy={};ur(hy,{fromProcess:()=>pO});var yy=p(()=>{lO()});var uO,dO,mO=p(()=>{F();uO=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",dO=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(yy(),hy)),
o=await r({...t,profile:e})();return B(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var fO,gO,hO=p(()=>{F();fO=async(t,e,r={},o)=>{let{fromSSO:n}=await Promise.resolve().then(()=>(Dh(),Oh));return n({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(s=>e.sso_session?B(s,"CREDENTIALS_PROFILE_SSO","r"):B(s,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},gO=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Sy,Ey,yO=p(()=>{F();Sy=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,Ey=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return B(r,"CREDENTIALS_PROFILE","n")}});var fl,xy=p(()=>{fl=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:n,
providerId:s,policyArns:i,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:u}=await Promise.resolve().then(()=>(Yh(),Xh));
l=u({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:n,ProviderId:s,PolicyArns:i,Policy:a,DurationSeconds:c})}});var EO,SO,Y2,Q2,xO,RO=p(()=>{F();L();EO=require("node:fs");xy();SO="AWS_WEB_IDENTITY_TOKEN_FILE",Y2="AWS_ROLE_ARN",Q2="AWS_ROLE_SESSION_NAME",xO=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[SO],o=t?.roleArn??process.env[Y2],n=t?.roleSessionName??
process.env[Q2];if(!r||!o)throw new w("Web identity configuration not specified",{logger:t.logger});let s=await fl({...t,webIdentityToken:ri?.getTokenRecord?.()[r]??
(0,EO.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:n})(e);return r===process.env[SO]&&B(s,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),s}});var Ry={};ur(Ry,{fromTokenFile:()=>xO,fromWebToken:()=>fl});var _y=p(()=>{RO();xy()});var _O,wO,IO=p(()=>{F();_O=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,wO=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>(_y(),Ry)),n=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var wy,TO=p(()=>{L();jb();rO();mO();hO();yO();IO();wy=async(t,e,r,o,n={},s=!1)=>{let i=e[t];if(Object.keys(n).length>0&&Sy(i))return Ey(i,r);if(s||Bb(i,{profile:t,
logger:r.logger}))return Gb(t,e,r,o,n,wy);if(Sy(i))return Ey(i,r);if(_O(i))return wO(i,r,o);if(uO(i))return dO(r,t);if(gO(i))return await fO(t,i,r,o);if(eO(i))return tO(
t,r,o);throw new w(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var vO,AO=p(()=>{L();TO();vO=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await Or(t);return wy(
yt({profile:t.profile??e?.profile}),r,t,e)}});var CO={};ur(CO,{fromIni:()=>vO});var bO=p(()=>{AO()});var Ud=require("node:fs"),Br=require("node:os"),Zy=require("node:stream");var P=class extends Error{constructor(r,o,n){super(`${r}: ${$s(o)} ${n}`);this.option=r;this.rule=n;this.name="InputError"}option;rule;exitCode=2},ut=class extends Error{constructor(r,o,n){
super(r,n);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},Qt=class extends ut{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},xr=class extends ut{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},Se=class extends ut{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},Nn=class extends ut{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},ks=class extends ut{constructor(e,r){
super(e,r),this.name="ScanGateError"}},Cr=class extends ut{constructor(e){super(e,"check HTTPS_PROXY / HTTP_PROXY (host, port, and the user:password in the URL \
if the proxy wants one), or list the host in NO_PROXY to reach it directly"),this.name="ProxyError"}},va=class extends ut{exitCode;constructor(e,r){super(`cance\
lled by ${e}${r.length?` while running ${r.join(", ")}`:""}`),this.name="CancelledError",this.exitCode=128+(e==="SIGINT"?2:15)}},dr=class extends ut{constructor(e,r){
super(e,r),this.name="DockerError"}},Wk=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;function $s(t,e=80){let r=Array.
from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(Wk,n=>`\\u${n.charCodeAt(0).toString(16).padStart(
4,"0")}`)}function kn(t){return t instanceof P?{message:t.message,exitCode:2}:t instanceof ut?{message:t.message,hint:t.hint,exitCode:t.exitCode}:{message:t instanceof
Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var Aa=Hr(require("node:http")),Nd=Hr(require("node:https")),Wy=require("node:net"),qy=require("node:tls");var Ky=t=>(e,r)=>t?.(e,r);function $d(t,e){let r=t.protocol==="https:"?"https":"http",o=(e[`${r}_proxy`]||e[`${r.toUpperCase()}_PROXY`]||"").trim();if(!o||qk(t,
e.no_proxy??e.NO_PROXY??""))return;let n;try{n=new URL(o.includes("://")?o:`http://${o}`)}catch{throw new Cr(`${r.toUpperCase()}_PROXY is not a URL like http://\
proxy.example.com:3128`)}if(n.protocol!=="http:")throw new Cr(`${r.toUpperCase()}_PROXY: only http:// proxies are supported, not ${n.protocol}//${n.host}`);return n}
function qk(t,e){let r=t.hostname.replace(/^\[|\]$/g,"").toLowerCase(),o=t.port||(t.protocol==="https:"?"443":"80");return e.split(/[\s,]+/).filter(Boolean).some(
n=>{if(n==="*")return!0;let s=/^\[([^\]]+)\](?::(\d+))?$/.exec(n)??/^([^:]+)(?::(\d+))?$/.exec(n)??[n,n],i=s[1].replace(/^\*?\./,"").toLowerCase();return s[2]&&
s[2]!==o?!1:r===i||r.endsWith(`.${i}`)})}var Kk=t=>`${t.protocol}//${t.host}`;function Jy(t){if(!t.username)return;let e=`${decodeURIComponent(t.username)}:${decodeURIComponent(
t.password)}`;return`Basic ${Buffer.from(e).toString("base64")}`}function Ld(t,e,r){return new Cr(`the proxy ${Kk(t)} (for ${e}) ${r}`)}function Xy(t,e,r){let o=(0,Wy.connect)(
{host:t.hostname.replace(/^\[|\]$/g,""),port:Number(t.port||80)}),n=s=>r(Ld(t,e,`could not be reached: ${s.code??s.message}`));return o.once("error",n),o.once("\
connect",()=>{o.off("error",n),r(null,o)}),o}var kd=(t,e)=>({host:t.hostname??t.host??"localhost",port:Number(t.port||e)}),Ca=class extends Aa.Agent{constructor(r,o){
super(o);this.env=r}env;proxy(r){return $d(new URL(`http://${r.host.includes(":")?`[${r.host}]`:r.host}:${r.port}`),this.env)}addRequest(r,o){let n=kd(o,80),s=this.
proxy(n);if(s){r.path=`http://${n.host.includes(":")?`[${n.host}]`:n.host}:${n.port}${r.path}`;let i=Jy(s);i&&r.setHeader("proxy-authorization",i);let a=r.emit.
bind(r);r.emit=((c,...l)=>{let u=l[0];return c!=="response"||u.statusCode!==407?a(c,...l):(u.resume(),r.destroy(Ld(s,`${n.host}:${n.port}`,"refused the request:\
 407 Proxy Authentication Required (check the credentials in HTTP_PROXY)")),!0)})}Aa.Agent.prototype.addRequest.call(this,r,o)}createConnection(r,o){let n=kd(r,
80),s=this.proxy(n);if(!s)return Aa.Agent.prototype.createConnection.call(this,r,o);Xy(s,`${n.host}:${n.port}`,Ky(o))}},ba=class extends Nd.Agent{constructor(r,o){
super(o);this.env=r}env;createConnection(r,o){let n=Ky(o),s=kd(r,443),i=`${s.host.includes(":")?`[${s.host}]`:s.host}:${s.port}`,a=$d(new URL(`https://${i}`),this.
env);if(!a)return Nd.Agent.prototype.createConnection.call(this,r);Xy(a,i,(c,l)=>{if(c||!l)return n(c);let u=Jy(a);l.write(`CONNECT ${i} HTTP/1.1\r
Host: ${i}\r
${u?`Proxy-Authorization: ${u}\r
`:""}\r
`);let d=Buffer.alloc(0),m=h=>{l.destroy(),n(Ld(a,i,h))},f=h=>{if(d=Buffer.concat([d,h]),d.indexOf(`\r
\r
`)<0)return;l.off("data",f),l.off("error",g),l.off("end",y);let E=/^HTTP\/1\.[01] (\d{3})([^\r\n]*)/.exec(d.toString("latin1"));if(E?.[1]!=="200")return m(`refu\
sed the tunnel: ${E?`${E[1]}${E[2]}`:"no HTTP answer"}${E?.[1]==="407"?" (check the credentials in HTTPS_PROXY)":""}`);let I=r.servername??(/^[\d.]+$|:/.test(s.
host)?void 0:s.host);n(null,(0,qy.connect)({...r,socket:l,servername:I}))},g=h=>m(`dropped the tunnel: ${h.message}`),y=()=>m("closed the connection before answ\
ering CONNECT");l.on("data",f),l.once("error",g),l.once("end",y)})}};function Yy(t){return["http_proxy","HTTP_PROXY","https_proxy","HTTPS_PROXY"].some(e=>t[e]?.
trim())?{httpAgent:new Ca(t,{keepAlive:!0}),httpsAgent:new ba(t,{keepAlive:!0})}:{}}function Qy(t,e){if($d(t,e))return t.protocol==="https:"?new ba(e,{keepAlive:!1}):
new Ca(e,{keepAlive:!1})}function Ls(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((n,s)=>{let i=Qy(r,process.env)??
!1,a=o(r,{method:e.method??"GET",headers:e.headers,agent:i,signal:e.signal,timeout:e.timeoutMs},c=>{let l=[];c.on("data",u=>l.push(u)),c.on("error",s),c.on("end",
()=>n({status:c.statusCode??0,text:Buffer.concat(l).toString("utf8"),headers:c.headers}))});if(e.connectTimeoutMs!==void 0){let c=e.connectTimeoutMs;a.on("socke\
t",l=>{if(!l.connecting)return;let u=setTimeout(()=>a.destroy(new Error(`no connection within ${c} ms`)),c);l.once("connect",()=>clearTimeout(u)),l.once("close",
()=>clearTimeout(u))})}a.on("timeout",()=>a.destroy(new Error(`no answer within ${e.timeoutMs} ms`))),a.on("error",s),a.end(e.body)})}var Jk=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A"),$n,eS=!0;function Us(t){t.length&&(process.stdout.write(t),eS=typeof t=="string"?t.endsWith(
`
`):t[t.length-1]===10)}var Fd=()=>eS?"":Br.EOL,tS=new Zy.Writable({write(t,e,r){$n||($n=crypto.randomUUID().replace(/-/g,""),Us(`${Fd()}::stop-commands::${$n}${Br.EOL}`)),
Us(t),r()}});function Fs(t,e=""){$n&&(Us(`${Fd()}::${$n}::${Br.EOL}`),$n=void 0),Us(`::${t}::${Jk(e)}${Br.EOL}`)}function Pa(t){return(process.env[`INPUT_${t.replace(
/ /g,"_").toUpperCase()}`]??"").trim()}function rS(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set: not running in a GitHu\
b Actions step`);let n=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(n)||r.includes(n))throw new Error(`value of ${e} contains the delimiter`);(0,Ud.appendFileSync)(
o,`${e}<<${n}${Br.EOL}${r}${Br.EOL}${n}${Br.EOL}`,"utf8")}var Ln=(t,e)=>rS("OUTPUT",t,e),Oa=(t,e)=>rS("STATE",t,e),Md=t=>process.env[`STATE_${t}`]??"",Da=t=>Fs(
"add-mask",t),Na=t=>Us(`${Fd()}${t}${Br.EOL}`),Hd=t=>Fs("warning",t),Xk=t=>Fs("error",t);function oS(t){process.exitCode=1,Xk(t)}async function nS(t,e){Fs("grou\
p",t);try{return await e()}finally{Fs("endgroup")}}function Bd(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,Ud.appendFileSync)(e,`${t}${Br.EOL}`,"utf8")}var Yk=4,
Qk=1e4;async function Gd(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||!r)throw new Error("ACTIONS_ID_TO\
KEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let n=1;;n++){let s;try{let i=await Ls(o,{headers:{
Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:Qk});if(i.status===200){let a=Zk(i.text);if(!a)throw new Error("the token service answered with\
out a token");return Da(a),a}if(s=`HTTP ${i.status}`,i.status<500&&i.status!==429)throw new Error(`the token service answered ${s}`)}catch(i){if(i.message.startsWith(
"the token service")||i instanceof Cr)throw i;s=i.message}if(n>=Yk)throw new Error(`the token service did not answer after ${n} attempts (${s})`);await new Promise(
i=>setTimeout(i,500*2**(n-1)))}}function Zk(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var RS=require("node:child_process"),_S=require("node:fs");var Yr=require("node:fs");var iS=require("node:crypto");var sS=128,t$=/^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/,
r$=/^refs\/(?:tags\/(.+)|heads\/(.+)|pull\/(\d{1,9})\/(?:merge|head))$/;function jd(t){let e=r$.exec(t);if(e)return e[1]!==void 0?{tag:e[1]}:e[2]!==void 0?{branch:e[2]}:
{pullRequest:Number(e[3])}}function aS(t,e={}){let r=e.pull_request?.number;if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")&&Number.isInteger(r))return{
pullRequest:r};let o=t.GITHUB_REF?jd(t.GITHUB_REF):void 0;return o||(t.GITHUB_REF_TYPE==="tag"&&t.GITHUB_REF_NAME?{tag:t.GITHUB_REF_NAME}:t.GITHUB_REF_TYPE==="b\
ranch"&&t.GITHUB_REF_NAME?{branch:t.GITHUB_REF_NAME}:{})}function cS(t){if(t.CIRCLE_TAG)return{tag:t.CIRCLE_TAG};if(t.CIRCLE_PR_NUMBER&&/^\d{1,9}$/.test(t.CIRCLE_PR_NUMBER))
return{pullRequest:Number(t.CIRCLE_PR_NUMBER)};let e=/\/pull\/(\d{1,9})\/?$/.exec(t.CIRCLE_PULL_REQUEST??"")?.[1];return{...t.CIRCLE_BRANCH?{branch:t.CIRCLE_BRANCH}:
{},...e?{pullRequest:Number(e)}:{}}}function o$(t){let e=t$.exec(t);if(!e)return;let[,r,o,n,s,i]=e,a=t.replace(/^v/,"");if(s!==void 0||i!==void 0)return{tags:[a.
replace("+","_")],version:a};let c=[`${r}.${o}.${n}`,`${r}.${o}`];return r!=="0"&&c.push(r),{tags:c,version:a}}function pS(t){let e=t.toLowerCase().replace(/[^a-z0-9_.-]+/g,
"-").replace(/^[.-]+/,"").replace(/-+$/,""),r=(0,iS.createHash)("sha256").update(t).digest("hex").slice(0,7);return e?e.length<=sS?e:`${e.slice(0,sS-r.length-1).
replace(/[.-]+$/,"")}-${r}`:`branch-${r}`}function lS(t,e){let r=[],o;if(e.semverTags&&t.tag!==void 0){let n=o$(t.tag);n&&(r.push(...n.tags),o=n.version)}return e.
branchTag&&(t.branch!==void 0&&r.push(pS(t.branch)),t.pullRequest!==void 0&&r.push(`pr-${t.pullRequest}`)),{tags:[...new Set(r)],version:o}}function uS(t,e){let r=t.
length||e.tags.length?[...t]:["latest"];for(let o of e.tags)o.includes(".")&&e.version!==void 0?r.push("*.*"):/^pr-\d+$/.test(o)?r.push("pr-*"):r.push(o);return[
...new Set(r)]}var zd=5;function dS(t,e,r){for(let o of t.tags){let n=r(o);if(!n)continue;let s=o===`pr-${e.pullRequest}`||e.branch!==void 0&&o===pS(e.branch)?"\
branch-tag":"semver-tags";throw new P(s,o,`${n} (derived from the git ref)`)}}var n$=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,s$=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,i$=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,a$=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,
c$=/^[\w+=,.@-]{2,64}$/,p$=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
l$=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,u$=/^[A-Za-z_][A-Za-z0-9_]*=/,d$=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,m$=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
f$=/^[0-9a-f]{40}$/,g$=/^\d{12}$/,h$=/^[\x21-\x7e]{1,256}$/,y$=4096,S$=65536,E$=100,Ie=(t,e)=>r=>t.test(r)?void 0:e,Fe={repository:t=>t.length>=2&&t.length<=256&&
n$.test(t)?void 0:"is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:Ie(
i$,"is not an AWS region name like `eu-west-1`"),tag:Ie(s$,"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`"),commitSha:Ie(f$,"is not a full commi\
t SHA (40 hex characters)"),sessionName:Ie(c$,"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"),account:Ie(g$,"is not an AWS account id (1\
2 digits)"),audience:Ie(h$,"is not a valid audience: 1\u2013256 printable characters, no spaces")};function Go(t,e,r){if(r)throw new P(t,e,r)}var Rr=(t,e=r=>r)=>({
type:"string",parse:(r,o)=>{let n=e(r);return t&&Go(o,n,t(n)),n}}),Zt={type:"boolean",parse:(t,e)=>{if(/^(true|1)$/i.test(t))return!0;if(/^(false|0)$/i.test(t))
return!1;throw new P(e,t,"is not a boolean: use true or false")}},Vd=(t,e)=>({type:"integer",parse:(r,o)=>{let n=/^\d{1,6}$/.test(r)?Number(r):NaN;if(!(n>=t&&n<=
e))throw new P(o,r,`is not a whole number from ${t} to ${e}`);return n}}),lo=(...t)=>({type:"enum",values:t,parse:(e,r)=>{let o=t.find(n=>n.toUpperCase()===e.toUpperCase());
if(o===void 0)throw new P(r,e,`is not one of ${t.join(", ")}`);return o}}),ka=(t,{commas:e=!1,max:r=1/0}={})=>({type:"list",parse:(o,n)=>{let s=o.split(e?/[\n,]/:
/\n/).map(i=>i.replace(/\r$/,"").trim()).filter(i=>i!=="");for(let i of s)Go(n,i,t(i));if(s.length>r)throw new P(n,o,`lists more than ${r} entries`);return[...new Set(
s)]}}),Ms=t=>({type:"path",parse:(e,r)=>(t?.(r,e),e)});function La(t,e){if(!(0,Yr.existsSync)(e)||!(0,Yr.statSync)(e).isFile())throw new P(t,e,"is not a readabl\
e file")}function mS(t,e){La(t,e);try{JSON.parse((0,Yr.readFileSync)(e,"utf8"))}catch{throw new P(t,e,"does not contain valid JSON")}}var x$=t=>t.split(",").every(
e=>l$.test(e.trim()))?void 0:"is not a comma-separated list of `os/arch[/variant]`",qd="sts.amazonaws.com",fS=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/,
R$=/^[A-Za-z_][A-Za-z0-9_]{0,255}$/,$a="public.ecr.aws/",_$={type:"list",parse:(t,e)=>ka(Ie(fS,"is not an ECR registry id (12 digits) or `ID@REGION`"),{commas:!0}).
parse(t,e).map(r=>{let[,o,n]=fS.exec(r);return n?{id:o,region:n}:{id:o}})},Wd=t=>({type:"string",parse:(e,r)=>{let o=e.startsWith("file://")?e.slice(7):void 0;o!==
void 0&&La(r,o);let n=o!==void 0?(0,Yr.readFileSync)(o,"utf8"):e;if(n.length>t)throw new P(r,e,`is longer than ECR Public's limit of ${t} characters`);return n}});
function uo(t){return t.startsWith($a)?t.slice($a.length).split("/").slice(1).join("/"):t}function w$(t){if(t.repository.startsWith($a)&&(Go("repository",t.repository,
/^[a-z0-9][a-z0-9-]{1,49}\//.test(t.repository.slice($a.length))?Fe.repository(uo(t.repository)):"is not `public.ecr.aws/<alias>/<name>`"),t.registryType="publi\
c"),t.registryType==="public"&&t.lifecyclePolicy!==void 0)throw new P("lifecycle-policy",t.lifecyclePolicy,"does not apply to ECR Public, which has no lifecycle\
 policies");if(t.registryType==="private"){for(let[e,r]of[["catalog-description",t.catalogDescription],["catalog-about",t.catalogAbout],["catalog-usage",t.catalogUsage]])
if(r!==void 0)throw new P(e,r,"applies to ECR Public only: set `registry-type: public`")}if(t.mode==="deliver"&&t.dockerCredentialsOutput)throw new P("docker-cr\
edentials-output","true","applies to `mode: login` only")}function gS(t){let e=br("mode",t("mode")),r=br("docker-credentials-output",t("docker-credentials-outpu\
t"));if(e==="deliver"&&r)throw new P("docker-credentials-output","true","applies to `mode: login` only");return{mode:e,skipLogout:br("skip-logout",t("skip-logou\
t")),dockerCredentialsOutput:r}}var I$={type:"string",parse:(t,e)=>{let r=jd(t);if(!r)throw new P(e,t,"is not a git ref: `refs/tags/NAME`, `refs/heads/NAME` or \
`refs/pull/N/merge`");return r}},T$=/^[A-Za-z0-9][A-Za-z0-9._/-]{0,255}=/,jo=["CRITICAL","HIGH","MEDIUM","LOW"],hS=[{name:"repository",field:"repository",...Rr(
Fe.repository),required:!0,description:"ECR repository name, e.g. `team/api`. Validated against ECR's naming rule before any AWS call."},{name:"aws-region",field:"\
awsRegion",...Rr(Fe.region),defaultText:"`AWS_REGION`, then `AWS_DEFAULT_REGION`",description:"Region of the registry."},{name:"role-to-assume",field:"roleToAss\
ume",...Rr(Ie(a$,"is not an IAM role ARN like `arn:aws:iam::123456789012:role/name`")),defaultText:"none: the ambient AWS credential chain",description:"IAM rol\
e ARN, assumed with `AssumeRoleWithWebIdentity` using the CI's OIDC token."},{name:"audience",field:"audience",...Rr(Fe.audience),default:qd,description:"Audien\
ce asked for the GitHub OIDC token (CircleCI tokens are used as issued)."},{name:"web-identity-token-file",field:"webIdentityTokenFile",...Ms(La),defaultText:"`\
AWS_WEB_IDENTITY_TOKEN_FILE`",description:"OIDC token file, for CIs other than GitHub and CircleCI."},{name:"role-session-name",field:"roleSessionName",...Rr(Fe.
sessionName),defaultText:"derived from the CI run, e.g. `ecr-deliver-<run id>`",description:"STS session name (STS's charset `[\\w+=,.@-]`, 2\u201364 characters)."},
{name:"role-duration-seconds",field:"roleDurationSeconds",...Vd(900,43200),default:"3600",description:"Lifetime of the assumed role's credentials, 900\u201343200."},
{name:"registry-id",field:"registryId",...Rr(Fe.account),defaultText:"the caller's account",description:"Account id (12 digits) that owns the registry, for cros\
s-account pushes."},{name:"create-repository",field:"createRepository",...Zt,default:"true",description:"Create the repository when it is missing."},{name:"imag\
e-tag-mutability",field:"imageTagMutability",...lo("MUTABLE","IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"),default:"MUTABLE",description:"Tag mutability of a created \
repository: MUTABLE, IMMUTABLE or IMMUTABLE_WITH_EXCLUSION (the extra `tags` stay mutable)."},{name:"scan-on-push",field:"scanOnPush",...Zt,default:"true",description:"\
Scan on push, for a created repository."},{name:"encryption-type",field:"encryptionType",...lo("AES256","KMS"),default:"AES256",description:"Encryption of a cre\
ated repository: AES256 or KMS (`kms-key` with KMS)."},{name:"kms-key",field:"kmsKey",...Rr(Ie(p$,"is not a KMS key ARN, key id or `alias/\u2026`")),description:"\
KMS key ARN, id or alias, with `encryption-type: KMS`."},{name:"lifecycle-policy",field:"lifecyclePolicy",...Ms(mS),description:"Path to a lifecycle policy JSON\
 file, applied to the repository."},{name:"repository-policy",field:"repositoryPolicy",...Ms(mS),description:"Path to a repository policy JSON file, applied to \
the repository."},{name:"context",field:"context",...Ms(),default:".",description:"Build context directory."},{name:"dockerfile",field:"dockerfile",...Ms(),defaultText:"\
`Dockerfile` in the context",description:"Dockerfile path."},{name:"build-args",field:"buildArgs",...ka(Ie(u$,"is not `KEY=VALUE` with KEY made of letters, digi\
ts and `_`")),description:"Build arguments, newline-separated `KEY=VALUE`."},{name:"target",field:"target",...Rr(Ie(d$,"is not a build stage name")),description:"\
Build stage to build."},{name:"platform",field:"platform",...Rr(x$),description:"Target platforms, e.g. `linux/amd64,linux/arm64` (needs buildx)."},{name:"cache",
field:"cache",...Zt,default:"false",description:"BuildKit registry cache kept in the same ECR repository (needs buildx)."},{name:"provenance",field:"provenance",
...Zt,default:"false",description:"BuildKit provenance/SBOM attestations (needs buildx). Off by default: the attestation index shows up as untagged images in EC\
R and breaks Lambda deploys."},{name:"image",field:"image",...Rr(Ie(m$,"is not a local image reference like `name:tag` or an image id")),description:"Push this \
existing local image instead of building."},{name:"commit-sha",field:"commitSha",...Rr(Fe.commitSha,t=>t.toLowerCase()),defaultText:"`GITHUB_SHA` (the PR head o\
n `pull_request`), `CIRCLE_SHA1`, else `git rev-parse HEAD`",description:"Commit SHA the image is tagged with (40 hex characters)."},{name:"tags",field:"tags",...ka(
Fe.tag,{commas:!0,max:E$}),description:"Extra tags, newline- or comma-separated; the commit SHA tag is always applied."},{name:"skip-existing",field:"skipExisti\
ng",...Zt,default:"false",description:"When the SHA tag already exists in ECR: no build, no layer upload; extra tags are added to the existing image by manifest\
 copy."},{name:"push",field:"push",...Zt,default:"true",description:"Push to ECR; `false` builds and tags only (pull-request builds)."},{name:"web-identity-toke\
n-env",field:"webIdentityTokenEnv",...Rr(Ie(R$,"is not an environment variable name (letters, digits, `_`)")),description:"Name of an environment variable that \
holds the OIDC token, for CIs other than GitHub and CircleCI (no token file needed)."},{name:"pull-registries",field:"pullRegistries",..._$,description:"Other E\
CR registries docker is logged in to before the build, so `FROM` and cache pulls can read them: account ids (12 digits), or `ID@REGION` for another region, comm\
a- or newline-separated."},{name:"registry-type",field:"registryType",...lo("private","public"),default:"private",description:"`private`, or `public` for ECR Pu\
blic (`public.ecr.aws`; also chosen by a repository given as `public.ecr.aws/<alias>/<name>`)."},{name:"catalog-description",field:"catalogDescription",...Wd(1024),
description:"ECR Public: short description of a created repository (text, or `file://PATH`)."},{name:"catalog-about",field:"catalogAbout",...Wd(25600),description:'\
ECR Public: "About" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"catalog-usage",field:"catalogUsage",...Wd(25600),description:'ECR\
 Public: "Usage" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"mode",field:"mode",...lo("deliver","login"),default:"deliver",githubOnly:!0,
description:"GitHub Action only: `deliver`, or `login`: credentials and docker login to the registry and every `pull-registries` id, in the job's docker config,\
 for later docker steps (like the orb's `ecr/login` and the CLI's `login`)."},{name:"docker-credentials-output",field:"dockerCredentialsOutput",...Zt,default:"f\
alse",githubOnly:!0,description:"GitHub Action, `login` mode: set masked outputs `docker-username` and `docker-password` for a later job's `services:` credentia\
ls (they are secrets: see the README)."},{name:"skip-logout",field:"skipLogout",...Zt,default:"false",githubOnly:!0,description:"GitHub Action, `login` mode: ke\
ep the docker login after the job (the post step does not log out; shared self-hosted runners)."},{name:"timeout-seconds",field:"timeoutSeconds",...Vd(1,86400),
default:"3600",description:"Upper bound on the whole run (AWS calls, build, push), 1\u201386400; a hung endpoint fails the step instead of the CI job's own timeout. \
Each AWS call also gives up after 5 attempts of at most 30 s."},{name:"semver-tags",field:"semverTags",...Zt,default:"false",description:"On a semantic-version \
git tag (`v1.2.3` or `1.2.3`): also tag `1.2.3`, `1.2` and `1` (pre-releases only their own tag, `0.y.z` no `0`). `latest` only when listed in `tags`."},{name:"\
branch-tag",field:"branchTag",...Zt,default:"false",description:"Also tag the branch name made a valid tag (`feature/Login` \u2192 `feature-login`, cut to 128 charac\
ters with a hash suffix), and `pr-<number>` on pull requests."},{name:"git-ref",field:"gitRef",...I$,defaultText:"`GITHUB_REF`; `CIRCLE_TAG`, `CIRCLE_BRANCH`, `\
CIRCLE_PULL_REQUEST`; else `git describe --tags --exact-match` and the checked-out branch",description:"The git ref `semver-tags` and `branch-tag` read: `refs/t\
ags/NAME`, `refs/heads/NAME` or `refs/pull/N/merge`."},{name:"labels",field:"labels",...ka(Ie(T$,"is not `key=value` with a key of letters, digits, `.`, `_`, `-\
` and `/`")),description:"Extra OCI labels, lines `key=value`, added to the ones always set (revision, source, created; version from a semver tag); a key given \
here wins."},{name:"scan-wait",field:"scanWait",...Zt,default:"false",description:"After the push, wait for ECR's scan of the pushed digest (basic or enhanced s\
canning) and report the findings (`scan-findings`, the summary)."},{name:"scan-start",field:"scanStart",...Zt,default:"false",description:"With `scan-wait`: sta\
rt a basic scan (`StartImageScan`) when the repository did not scan the image on push."},{name:"scan-timeout-seconds",field:"scanTimeoutSeconds",...Vd(1,86400),
default:"600",description:"How long `scan-wait` waits for the scan, 1\u201386400 (also bounded by `timeout-seconds`)."},{name:"fail-on-severity",field:"failOnSe\
verity",...lo(...jo,"none"),default:"none",description:"With `scan-wait`: exit 1 when findings at or above CRITICAL, HIGH, MEDIUM or LOW exist, or when the scan\
 cannot be had (after all outputs are set; the image stays pushed). `none` only reports."}],Kd=hS,Ua=["aws-region","role-to-assume","audience","web-identity-tok\
en-file","role-session-name","role-duration-seconds","registry-id","web-identity-token-env","pull-registries","registry-type"];var Qr=[{name:"registry",description:"Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"\
Repository URI, `<registry>/<repository>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"\
Digest (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",
type:"list",description:"Tags applied, comma-separated, the SHA first."},{name:"pushed",type:"boolean",description:"`true`, or `false` when nothing was uploaded\
 (skip-existing hit, immutable SHA already there, or push: false)."},{name:"scan-findings",description:'With `scan-wait`: counts by severity as JSON, e.g. `{"CR\
ITICAL":0,"HIGH":2}`; empty without a scan.'}];function zo(t,e){let r=t[e];return Array.isArray(r)?r.join(","):String(r)}function yS(t){return Object.fromEntries(
Qr.map(({name:e})=>[e,zo(t,e)]))}var SS=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`,ES=t=>`ECR_DELIVERED_${t.toUpperCase().replace(/-/g,"_")}`;function xS(t,e){if(e===void 0||e.trim()==="")return;let r=t.type==="list",o=r?e:e.trim(),n=r?S$:y$;if(o.length>n)throw new P(t.name,o,`is longer than ${n} char\
acters`);if((r?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(o))throw new P(t.name,o,"contains control characters");return o}function br(t,e){let r=hS.
find(n=>n.name===t),o=xS(r,e)??r.default;return o===void 0?void 0:r.parse(o,t)}function Un(t,e="deliver"){let r={};for(let n of Kd){let s=xS(n,t(n.name))??n.default;
if(s!==void 0)r[n.field]=n.parse(s,n.name);else if(n.type==="list")r[n.field]=[];else if(n.required&&e==="login")r[n.field]="";else if(n.required)throw new P(n.
name,"","is required")}let o=r;return v$(o,e),o}function v$(t,e){if(t.kmsKey!==void 0&&t.encryptionType!=="KMS")throw new P("kms-key",t.kmsKey,"needs `encryptio\
n-type: KMS`");w$(t),A$(t),e==="deliver"&&C$(t)}function A$(t){if(t.scanWait&&t.registryType==="public")throw new P("scan-wait","true","does not apply to ECR Pu\
blic, which does not scan images");if(!t.scanWait){if(t.scanStart)throw new P("scan-start","true","needs `scan-wait: true` (a started scan is only useful when t\
he run waits for it)");if(t.failOnSeverity!=="none")throw new P("fail-on-severity",t.failOnSeverity,"needs `scan-wait: true`: the gate reads the scan the run wa\
its for")}}function C$(t){if(t.image!==void 0){let e=[["dockerfile",t.dockerfile],["target",t.target],["platform",t.platform],["build-args",t.buildArgs.join(`
`)||void 0],["labels",t.labels.join(`
`)||void 0]];for(let[r,o]of e)if(o!==void 0)throw new P(r,o,"cannot be combined with `image` (nothing is built)");return}t.skipExisting||Jd(t)}function Jd(t){if(!(0,Yr.existsSync)(
t.context)||!(0,Yr.statSync)(t.context).isDirectory())throw new P("context",t.context,"is not a directory");La("dockerfile",Hs(t))}function Hs(t){return t.dockerfile??
`${t.context.replace(/\/+$/,"")}/Dockerfile`}function b$(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function Fn(t,e=process.env,r="deliver"){let o=b$(e),n=r==="logi\
n"?"":k$(t,e);return{ci:o,region:Yd(t.awsRegion,e),commitSha:n,sessionName:t.roleSessionName??$$(e),sourceUrl:L$(e),release:r==="login"?{tags:[]}:P$(t,e,o,n)}}function P$(t,e,r,o){
if(!t.semverTags&&!t.branchTag)return{tags:[]};let n=t.gitRef??O$(r,e,o),s=lS(n,t);return dS(s,n,Fe.tag),s}function O$(t,e,r){if(t==="github")return aS(e,wS(e));
if(t==="circleci")return cS(e);let o=Xd(["describe","--tags","--exact-match",r]);if(o)return{tag:o};let n=Xd(["symbolic-ref","--short","-q","HEAD"]);return n?{branch:n}:
{}}function Xd(t){try{return(0,RS.execFileSync)("git",t,{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()||void 0}catch{return}}function wS(t){if(!t.GITHUB_EVENT_PATH)
return{};try{return JSON.parse((0,_S.readFileSync)(t.GITHUB_EVENT_PATH,"utf8"))}catch{return{}}}function Yd(t,e){let r=t??(e.AWS_REGION||e.AWS_DEFAULT_REGION);if(!r)
throw new P("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=Fe.region(r);if(o)throw new P("aws-region",r,o);return r}function Vo(t){
return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function D$(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")){let e=wS(
t).pull_request?.head?.sha;if(e)return e}return t.GITHUB_SHA}var N$=()=>Xd(["rev-parse","HEAD"]);function k$(t,e){let r=(t.commitSha??D$(e)??e.CIRCLE_SHA1??N$())?.
toLowerCase();if(!r)throw new P("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HEAD` has no answer");let o=Fe.commitSha(r);if(o)throw new P(
"commit-sha",r,o);return r}function $$(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??
String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function L$(t){if(t.GITHUB_REPOSITORY)return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;
let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var IS=require("node:child_process"),Fa=new Set,Wo=(t,e,r={})=>new Promise((o,n)=>{let s=r.silent?void 0:r.output??process.stdout;s?.write(`[command]${[t,...e].
join(" ")}
`);let i=(0,IS.spawn)(t,e,{stdio:"pipe",env:r.env??process.env});Fa.add(i);let a=!1,c=r.timeoutMs===void 0?void 0:setTimeout(()=>{a=!0,i.kill("SIGKILL")},r.timeoutMs),
l=[],u=[];i.stdout.on("data",d=>{l.push(d),s?.write(d)}),i.stderr.on("data",d=>{u.push(d),s?.write(d)}),i.stdin.on("error",()=>{}),i.stdin.end(r.input),i.on("er\
ror",d=>{Fa.delete(i),clearTimeout(c),n(d)}),i.on("close",(d,m)=>{Fa.delete(i),clearTimeout(c),o({code:d??(m?128:1),stdout:Buffer.concat(l).toString(),stderr:Buffer.
concat(u).toString(),...a?{timedOut:a}:{}})})});async function TS(t){let e=[...Fa];if(!e.length)return;let r=i=>new Promise(a=>{i.exitCode!==null||i.signalCode!==
null?a():i.once("close",()=>a())}),o=Promise.all(e.map(r));for(let i of e)i.kill("SIGTERM");let n,s=new Promise(i=>{n=setTimeout(()=>i("grace"),t)});if(await Promise.
race([o,s])==="grace"){for(let i of e)i.exitCode===null&&i.signalCode===null&&i.kill("SIGKILL");await o}clearTimeout(n)}var AS=5,U$=5e3,F$=3e4,M$=2e3,H$=3e3,vS=["SIGINT","SIGTERM"];function B$(t=1/0){let e=Math.max(1e3,Math.min(F$,Math.floor(t/3)));return{connectionTimeout:Math.min(
U$,e),requestTimeout:e}}function Mn(t,e,r){return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:AS,requestHandler:{...B$(r?.ms),throwOnRequestTimeout:!0,
...Yy(process.env)}}}function Hn(t){let e=t??{},r=e.name??"",o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,n=o||
!!e.$retryable||(e.$metadata?.httpStatusCode??0)>=500||/Timeout/.test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.
test(e.code??"");return{attempts:e.$metadata?.attempts??1,transient:n,throttled:o}}function Bn(t,e){return e?`AWS kept throttling ${t} for longer than ${AS} att\
empts with backoff: re-run later, spread out concurrent deliveries, or raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: \
check the runner's access to AWS (proxy, firewall, VPC endpoint, AWS_ENDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var Bs=class{constructor(e){this.
seconds=e;this.expired=new Promise((r,o)=>{this.fail=o}),this.timer=setTimeout(()=>this.end(new Nn(e,this.stillWaiting())),e*1e3),this.expired.catch(()=>{})}seconds;controller=new AbortController;waiting=[];timer;fail;ending=!1;expired;onSignal=e=>this.
end(new va(e,this.stillWaiting()));get ms(){return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){for(let r of vS)process.on(r,this.
onSignal);try{let r=e().catch(o=>this.ending?this.expired:Promise.reject(o));return await Promise.race([r,this.expired])}finally{clearTimeout(this.timer);for(let r of vS)
process.off(r,this.onSignal)}}async watch(e,r){this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{this.waiting.splice(this.
waiting.indexOf(e),1)}}stillWaiting(){return[...new Set(this.waiting)]}end(e){this.ending||(this.ending=!0,clearTimeout(this.timer),this.controller.abort(),TS(H$).
then(()=>{this.fail(e),setTimeout(()=>process.exit(process.exitCode||1),M$).unref()}))}};function mo(t,e,r){return t?t.watch(e,r):r()}var XO=require("node:child_process"),YO=require("node:fs"),QO=require("node:util");F();De();v();L();z();U();nt();Z();he();Ai();v();z();F();z();z();var ms="ref",un=-1,Ci=!0,tT="isSet",pT="PartitionResult",bi="booleanEquals",We="stringEquals",Lg="getAttr",rT="us-east-1",oT="sigv4",nT="sts",sT="https://st\
s.{Region}.{PartitionResult#dnsSuffix}",iT={[ms]:"Endpoint"},qe={[ms]:"Region"},Ug={[ms]:pT},ds={},aT=[qe],cT={conditions:[[tT,[iT]],[tT,aT],["aws.partition",aT,
pT],[bi,[{[ms]:"UseFIPS"},Ci]],[bi,[{[ms]:"UseDualStack"},Ci]],[We,[qe,"aws-global"]],[bi,[{[ms]:"UseGlobalEndpoint"},Ci]],[We,[qe,"eu-central-1"]],[bi,[{fn:Lg,
argv:[Ug,"supportsDualStack"]},Ci]],[bi,[{fn:Lg,argv:[Ug,"supportsFIPS"]},Ci]],[We,[qe,"ap-south-1"]],[We,[qe,"eu-north-1"]],[We,[qe,"eu-west-1"]],[We,[qe,"eu-w\
est-2"]],[We,[qe,"eu-west-3"]],[We,[qe,"sa-east-1"]],[We,[qe,rT]],[We,[qe,"us-east-2"]],[We,[qe,"us-west-2"]],[We,[qe,"us-west-1"]],[We,[qe,"ca-central-1"]],[We,
[qe,"ap-southeast-1"]],[We,[qe,"ap-northeast-1"]],[We,[qe,"ap-southeast-2"]],[We,[{fn:Lg,argv:[Ug,"name"]},"aws-us-gov"]]],results:[[un],["https://sts.amazonaws\
.com",{authSchemes:[{name:oT,signingName:nT,signingRegion:rT}]}],[sT,{authSchemes:[{name:oT,signingName:nT,signingRegion:"{Region}"}]}],[un,"Invalid Configurati\
on: FIPS and custom endpoint are not supported"],[un,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[iT,ds],["https://sts-fips.{Regio\
n}.{PartitionResult#dualStackDnsSuffix}",ds],[un,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://sts.{Region}.amazo\
naws.com",ds],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",ds],[un,"FIPS is enabled but this partition does not support FIPS"],["https://sts.{Region\
}.{PartitionResult#dualStackDnsSuffix}",ds],[un,"DualStack is enabled but this partition does not support DualStack"],[sT,ds],[un,"Invalid Configuration: Missin\
g Region"]]},YL=2,X=1e8,QL=new Int32Array([-1,1,-1,0,30,3,1,4,X+14,2,5,X+14,3,25,6,4,24,7,5,X+1,8,6,9,X+13,7,X+1,10,10,X+1,11,11,X+1,12,12,X+1,13,13,X+1,14,14,X+
1,15,15,X+1,16,16,X+1,17,17,X+1,18,18,X+1,19,19,X+1,20,20,X+1,21,21,X+1,22,22,X+1,23,23,X+1,X+2,8,X+11,X+12,4,28,26,9,27,X+10,24,X+8,X+9,8,29,X+7,9,X+6,X+7,3,X+
3,31,4,X+4,X+5]),lT=Be.from(QL,YL,cT.conditions,cT.results);var ZL=new Ge({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),up=(t,e={})=>ZL.get(t,()=>Ct(lT,{endpointParams:t,logger:e.logger}));
Ae.aws=st;var eU=t=>async(e,r,o)=>{if(!o)throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),s=re(
r)?.commandInstance?.constructor?.getEndpointParameterInstructions;if(!s)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}\
'`);let i=await Jn(o,{getEndpointParameterInstructions:s},e);return Object.assign(n,i)},tU=async(t,e,r)=>({operation:re(e).operation,region:await W(t.region)()||
(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()}),uT=eU(tU);function dT(t){return{schemeId:"aws.auth#sigv4",signingProperties:{
name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}function dp(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{
name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}function Fg(t){return{schemeId:"smithy.api#noAuth"}}var rU=(t,e,r)=>n=>{
let i=t(n).properties?.authSchemes;if(!i)return e(n);let a=[];for(let c of i){let{name:l,properties:u={},...d}=c,m=l.toLowerCase();l!==m&&console.warn(`HttpAuth\
Scheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(S=>{let E=S.name.toLowerCase();return E!==
"sigv4a"&&E.startsWith("sigv4")});if(kr.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else throw new Error(`Unknown H\
ttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption create function for '${f}'`);let y=g(
n);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...d,...u},a.push(y)}return a},oU=t=>{let e=[];switch(t.operation){case"AssumeRoleWithSAML":{e.push(
Fg(t)),e.push(dp(t));break}case"AssumeRoleWithWebIdentity":{e.push(Fg(t)),e.push(dp(t));break}default:e.push(dT(t)),e.push(dp(t))}return e},mT=rU(up,oU,{"aws.au\
th#sigv4":dT,"aws.auth#sigv4a":dp,"smithy.api#noAuth":Fg}),fT=t=>{let e=or(t),r=ls(e);return Object.assign(r,{authSchemePreference:W(t.authSchemePreference??[])})};var gT=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??!1,defaultSigningName:"\
sts"}),hT={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",
name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}};var yT={name:"@aws-sdk/client-sts",version:"3.1174.0",description:"AWS SDK for JavaScript Sts Client for Node.js, Browser and React Native",homepage:"https://gi\
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
0.10.1",premove:"4.0.0",typescript:"~7.0.2",vitest:"^4.0.17"},engines:{node:">=20.0.0"}};F();he();jg();L();L();var hv="AWS_EC2_METADATA_DISABLED",yv=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:n}=await Promise.resolve().then(()=>(_p(),Rp));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:s}=await Promise.resolve().then(()=>(th(),eh));
return Jo(s(t),o(t))}return process.env[hv]&&process.env[hv]!=="false"?async()=>{throw new w("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),n(t))};function Sv(t,e){let r=NU(t),o,n,s,i,a=async c=>{if(c?.forceRefresh)return i||(i=r(c).then(l=>{s=l}).finally(()=>{i=void 0})),await i,s;if(s?.expiration&&s?.expiration?.
getTime()<Date.now()&&(s=void 0),o)await o;else if(!s||e?.(s))if(s)n||(n=r(c).then(l=>{s=l}).catch(()=>{}).finally(()=>{n=void 0}));else return o=r(c).then(l=>{
s=l}).finally(()=>{o=void 0}),a(c);return s};return a}var NU=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(n){if(r=n,n?.tryNextLink)continue;throw n}
throw r};var PO=!1,Uo=(t={})=>Sv([async()=>{if(t.profile??process.env[Ja])throw process.env[Pi]&&process.env[Oi]&&(PO||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),PO=!0)),new w("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),mp(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:n,
ssoRoleName:s,ssoSession:i}=t;if(!r&&!o&&!n&&!s&&!i)throw new w("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(Dh(),Oh));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(bO(),CO));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(yy(),hy));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>(_y(),Ry));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await yv(t))()),async()=>{throw new w("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
OO);var OO=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;De();v();L();nt();O();so();he();Co();Ai();De();Kr();v();U();O();Z();v();var we=class t extends Me{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var gl=class t extends we{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="client";constructor(e){super({name:"Expi\
redTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},hl=class t extends we{static shapeId="com.amazonaws.sts#InvalidContextAssert\
ionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},yl=class t extends we{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentException";name="MalformedPolicyDocumentExcept\
ion";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Sl=class t extends we{static shapeId="\
com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){super({name:"PackedPolicyTooLargeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},El=class t extends we{static shapeId="com.amazonaws.sts#RegionDisabledException";name="RegionDi\
sabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xl=class t extends we{static shapeId="\
com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="client";constructor(e){super({name:"IDPRejectedClaimException",$fault:"cli\
ent",...e}),Object.setPrototypeOf(this,t.prototype)}},Rl=class t extends we{static shapeId="com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdenti\
tyTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},_l=class t extends we{static shapeId="\
com.amazonaws.sts#IDPCommunicationErrorException";name="IDPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicati\
onErrorException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wl=class t extends we{static shapeId="com.amazonaws.sts#InvalidAuthorizationM\
essageException";name="InvalidAuthorizationMessageException";$fault="client";constructor(e){super({name:"InvalidAuthorizationMessageException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Il=class t extends we{static shapeId="com.amazonaws.sts#ExpiredTradeInTokenException";name="ExpiredTradeInTokenExcepti\
on";$fault="client";constructor(e){super({name:"ExpiredTradeInTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Tl=class t extends we{static shapeId="\
com.amazonaws.sts#InsufficientSessionLifetimeException";name="InsufficientSessionLifetimeException";$fault="client";constructor(e){super({name:"InsufficientSess\
ionLifetimeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},vl=class t extends we{static shapeId="com.amazonaws.sts#InvalidSubjectCre\
dentialsException";name="InvalidSubjectCredentialsException";$fault="client";constructor(e){super({name:"InvalidSubjectCredentialsException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Al=class t extends we{static shapeId="com.amazonaws.sts#JWTPayloadSizeExceededException";name="JWTPayloadSizeExceededE\
xception";$fault="client";constructor(e){super({name:"JWTPayloadSizeExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Cl=class t extends we{static shapeId="\
com.amazonaws.sts#OutboundWebIdentityFederationDisabledException";name="OutboundWebIdentityFederationDisabledException";$fault="client";constructor(e){super({name:"\
OutboundWebIdentityFederationDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},bl=class t extends we{static shapeId="com.amazo\
naws.sts#SessionDurationEscalationException";name="SessionDurationEscalationException";$fault="client";constructor(e){super({name:"SessionDurationEscalationExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var Z2="Arn",eH="AccessKeyId";var tH="AssumedRoleId";var DO="AssumedRoleUser";var rH="AssumeRoleWithWebIdentity",oH="AssumeRoleWithWebIdentityRequest",nH="AssumeRoleWithWebIdentityResponse";var sH="Audience",NO="Credentials";var iH="DurationSeconds",aH="Expiration";var cH="ExpiredTokenException",pH="ExpiredTradeInTokenException",lH="FederatedProviderArn";var uH="Issuer",dH="InvalidAuthorizationMessageException",mH="InvalidContextAssertionException",fH="IDPCommunicationErrorException",gH="IDPRejectedClaimExceptio\
n",hH="InvalidIdentityTokenException",yH="IdentityProvider",SH="InvalidSubjectCredentialsException",EH="InsufficientSessionLifetimeException",xH="JWTPayloadSize\
ExceededException";var RH="MalformedPolicyDocumentException",_H="MinimumSessionTokenSize";var kO="OriginIdentity",wH="OutboundWebIdentityFederationDisabledException",IH="Policy",TH="PolicyArns";var vH="PolicyDescriptorType",AH="ProviderId",CH="PackedPolicySize",bH="PackedPolicyTooLargeException",PH="Provider",OH="RoleArn",DH="RegionDisabledException",NH="\
RoleSessionName",kH="Subject";var $H="SecretAccessKey";var LH="SessionDurationEscalationException",UH="SubjectFromWebIdentityToken",FH="SourceIdentity";var MH="SubjectType",HH="SessionTokenSize",BH="SessionTokenUtilization",GH="SessionToken";var $O="TransactionContext",LO="TrustedIdentityPropagationContext";var jH="WebIdentityToken",zH="arn",VH="accessKeySecretType",zt="awsQueryError",Vt="client",WH="clientTokenType",Wt="error",qt="httpError",Kt="message",qH="origi\
nIdentityIssuerType",KH="originIdentitySubjectType",JH="originIdentitySubjectTypeType",XH="policyDescriptorListType",UO="smithy.ts.sdk.synthetic.com.amazonaws.s\
ts",YH="transactionContextIdentityProviderMapType",QH="transactionContextValueType";var q="com.amazonaws.sts",FO=new J(UO),ZH=[-3,UO,"STSServiceException",0,[],[]];FO.registerError(ZH,we);var pt=new J(q),e3=[-3,q,cH,{[zt]:["ExpiredTokenExceptio\
n",400],[Wt]:Vt,[qt]:400},[Kt],[0]];pt.registerError(e3,gl);var t3=[-3,q,pH,{[zt]:["ExpiredTradeInTokenException",400],[Wt]:Vt,[qt]:400},[Kt],[0]];pt.registerError(
t3,Il);var r3=[-3,q,fH,{[zt]:["IDPCommunicationError",400],[Wt]:Vt,[qt]:400},[Kt],[0]];pt.registerError(r3,_l);var o3=[-3,q,gH,{[zt]:["IDPRejectedClaim",403],[Wt]:Vt,
[qt]:403},[Kt],[0]];pt.registerError(o3,xl);var n3=[-3,q,EH,{[zt]:["InsufficientSessionLifetime",400],[Wt]:Vt,[qt]:400},[Kt],[0]];pt.registerError(n3,Tl);var s3=[
-3,q,dH,{[zt]:["InvalidAuthorizationMessageException",400],[Wt]:Vt,[qt]:400},[Kt],[0]];pt.registerError(s3,wl);var i3=[-3,q,mH,{[zt]:["InvalidContextAssertion",
400],[Wt]:Vt,[qt]:400},[Kt],[0]];pt.registerError(i3,hl);var a3=[-3,q,hH,{[zt]:["InvalidIdentityToken",400],[Wt]:Vt,[qt]:400},[Kt],[0]];pt.registerError(a3,Rl);
var c3=[-3,q,SH,{[zt]:["InvalidSubjectCredentials",400],[Wt]:Vt,[qt]:400},[Kt],[0]];pt.registerError(c3,vl);var p3=[-3,q,xH,{[zt]:["JWTPayloadSizeExceededExcept\
ion",400],[Wt]:Vt,[qt]:400},[Kt],[0]];pt.registerError(p3,Al);var l3=[-3,q,RH,{[zt]:["MalformedPolicyDocument",400],[Wt]:Vt,[qt]:400},[Kt],[0]];pt.registerError(
l3,yl);var u3=[-3,q,wH,{[zt]:["OutboundWebIdentityFederationDisabledException",403],[Wt]:Vt,[qt]:403},[Kt],[0]];pt.registerError(u3,Cl);var d3=[-3,q,bH,{[zt]:["\
PackedPolicyTooLarge",400],[Wt]:Vt,[qt]:400},[Kt],[0]];pt.registerError(d3,Sl);var m3=[-3,q,DH,{[zt]:["RegionDisabledException",403],[Wt]:Vt,[qt]:403},[Kt],[0]];
pt.registerError(m3,El);var f3=[-3,q,LH,{[zt]:["SessionDurationEscalationException",403],[Wt]:Vt,[qt]:403},[Kt],[0]];pt.registerError(f3,bl);var MO=[FO,pt],g3=[
0,q,VH,8,0],h3=[0,q,WH,8,0],y3=[0,q,qH,8,0],S3=[0,q,KH,8,0],E3=[0,q,JH,8,0];var x3=[0,q,QH,8,0];var R3=[3,q,DO,0,[tH,Z2],[0,0],2];var _3=[3,q,oH,0,[OH,NH,jH,AH,TH,IH,iH,_H],[0,0,[()=>h3,0],0,()=>b3,0,1,1],3],w3=[3,q,nH,0,[NO,UH,DO,CH,PH,sH,FH,BH,HH,LO],[[()=>I3,0],0,()=>R3,1,0,0,0,1,1,[()=>C3,
0]]];var I3=[3,q,NO,0,[eH,$H,GH,aH],[0,[()=>g3,0],0,4],4];var T3=[3,q,kO,0,[kH,MH,uH,lH],[[()=>S3,0],[()=>E3,0],[()=>y3,0],0]],v3=[3,q,vH,0,[zH],[0]];var A3=[3,q,$O,0,[yH],[[()=>P3,0]]],C3=[3,q,LO,8,[kO,$O],[[()=>T3,0],[()=>A3,0]]],b3=[1,q,XH,0,()=>v3];var P3=[2,q,YH,0,[0,0],[()=>x3,0]];var HO=[9,q,rH,0,()=>_3,()=>w3];var BO=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??up,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??mT,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new se},{schemeId:"aws.auth#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.aut\
h#sigv4a"),signer:new wr},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ce}],logger:t?.
logger??new xe,protocol:t?.protocol??gn,protocolSettings:t?.protocolSettings??{defaultNamespace:"com.amazonaws.sts",errorTypeRegistries:MO,xmlNamespace:"https:/\
/sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??tt,signerConstructor:t?.
signerConstructor??kr,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??oe,utf8Encoder:t?.utf8Encoder??ee});var GO=t=>{_t(process.version);let e=At(t),r=()=>e().then(Rt),o=BO(t);dt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(it,n),bodyLengthChecker:t?.bodyLengthChecker??gt,credentialDefaultProvider:t?.credentialDefaultProvider??
Uo,defaultSocketTimeout:mr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Ht({serviceId:o.serviceId,clientVersion:yT.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4")||(async i=>await Uo(i?.__config||{})()),signer:new se},
{schemeId:"aws.auth#sigv4a",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4a"),signer:new wr},{schemeId:"smithy.api#noAuth",identityProvider:s=>s.getIdentityProvider(
"smithy.api#noAuth")||(async()=>({})),signer:new Ce}],maxAttempts:t?.maxAttempts??_(Lt,t),region:t?.region??_(ve,{...He,...n}),requestHandler:be.create(t?.requestHandler??
r),retryMode:t?.retryMode??_({...Ft,default:async()=>(await r()).retryMode||Ve},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??_(us,n),streamCollector:t?.
streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(St,n),useFipsEndpoint:t?.useFipsEndpoint??_(Et,n),userAgentAppId:t?.userAgentAppId??_(Bt,n)}};F();v();U();var jO=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
zO=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var VO=(t,e)=>{let r=Object.assign(Gt(t),wt(t),bt(t),jO(t));return e.forEach(o=>o.configure(r)),Object.assign(t,jt(r),It(r),Pt(r),zO(r))};var Pl=class extends Re{config;constructor(...[e]){let r=GO(e||{});super(r),this.initConfig=r;let o=gT(r),n=$t(o),s=Ut(n),i=vt(s),a=i,c=er(a),l=fT(c),u=VO(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(xt(this.config)),this.middlewareStack.use(Mt(this.config)),this.middlewareStack.use(rr(this.config)),this.
middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(kt(this.config)),
this.middlewareStack.use(rt(this.config,{httpAuthSchemeParametersProvider:uT,identityProviderConfigProvider:async d=>new Oe({"aws.auth#sigv4":d.credentials,"aws\
.auth#sigv4a":d.credentials})})),this.middlewareStack.use(ot(this.config))}destroy(){super.destroy()}};v();z();var WO=Tt(hT,"AWSSecurityTokenServiceV20110615","STSClient",tr),qO={},KO=(t,e,r,o)=>[];var Ol=class extends WO(qO,KO,"AssumeRoleWithWebIdentity",HO){};async function ZO(t){if(t.tokenEnv){let r=t.env[t.tokenEnv]?.trim();if(!r)throw new Qt(`web-identity-token-env names ${t.tokenEnv}, which is not set or empty`);
return{token:r,source:`environment variable ${t.tokenEnv}`}}if(t.tokenFile)return{token:JO(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{
token:await O3(t),source:"GitHub OIDC"};if(t.ci==="circleci")return D3(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:JO(e),source:`file ${e}`};throw new Qt(
"role-to-assume is set but no OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_W\
EB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env")}function JO(t){let e=(0,YO.readFileSync)(t,"utf8").trim();if(!e)throw new Qt(
`the OIDC token file ${t} is empty`);return e}async function O3(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)
throw new Qt("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add `permissions: id-token: write` (and `contents: read`) t\
o the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw e instanceof Cr?e:new xr(`could not get the GitHub OIDC token: ${e.message}`,
"check `permissions: id-token: write`; tokens are not issued to pull requests from forks")}}async function D3(t){let e=t.env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN;
if(e)return{token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};try{let r=["run","oidc","get"];t.audience!==qd&&r.push(
"--claims",JSON.stringify({aud:t.audience}));let{stdout:o}=await(0,QO.promisify)(XO.execFile)("circleci",r,{encoding:"utf8"}),n=o.trim();if(n)return{token:n,source:"\
circleci run oidc get"}}catch{}throw new Qt("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V2 or CIRCLE_OIDC_TOKEN)","run the job with a co\
ntext (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function N3(t){try{let e=JSON.parse(Buffer.from(t.split(".")[1]??
"","base64url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),sub:r(e.sub),aud:r(e.aud)}}catch{return{}}}async function eD(t,e,r,o){
r.secret(e);let n=new Pl(Mn(t.region,void 0,o)),s=new Ol({RoleArn:t.roleArn,RoleSessionName:t.sessionName,WebIdentityToken:e,DurationSeconds:t.durationSeconds});
try{let a=(await mo(o,"STS AssumeRoleWithWebIdentity",()=>n.send(s,{abortSignal:o?.signal}))).Credentials;if(!a?.AccessKeyId||!a.SecretAccessKey||!a.SessionToken)
throw new xr("STS answered without credentials");return k3({accessKeyId:a.AccessKeyId,secretAccessKey:a.SecretAccessKey,sessionToken:a.SessionToken,expiration:a.
Expiration},r)}catch(i){throw $3(i,t,e)}finally{n.destroy()}}function k3(t,e){for(let r of[t.accessKeyId,t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}
function $3(t,e,r){if(t instanceof xr||t instanceof Cr)return t;let o=t,n=N3(r),s=`token iss=${n.iss??"?"} sub=${n.sub??"?"} aud=${n.aud??"?"}`,i=Hn(t);if(i.transient){
let c=`STS AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${i.attempts} attempt(s) (${o.name}: ${o.message}); ${s}`;return new xr(c,Bn("STS",i.throttled),
{cause:t})}let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn} (${o.name}: ${o.message}); ${s}`;switch(o.name){case"AccessDenied":case"AccessDeniedExc\
eption":return new xr(a,"the role's trust policy must allow this token: Federated principal for the issuer, `aud` and `sub` conditions matching the values above\
 (`ecr-deliver iam-policy` prints one)",{cause:t});case"InvalidIdentityToken":case"InvalidIdentityTokenException":return new xr(a,"the account needs an IAM OIDC\
 identity provider for this issuer, with the audience above as a client id",{cause:t});case"ExpiredTokenException":return new xr(a,"the OIDC token expired befor\
e it was used; request a fresh one",{cause:t});case"IDPCommunicationError":case"IDPCommunicationErrorException":return new xr(a,"STS could not reach the token i\
ssuer; retry the job",{cause:t});default:return new xr(a,void 0,{cause:t})}}var L3=[/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,/^ACTIONS_RUNTIME_TOKEN$/,/^CIRCLE_OIDC_TOKEN/,/^INPUT_/];function Sa(t,e){let r=Object.fromEntries(Object.entries(
t).filter(([o])=>!L3.some(n=>n.test(o))));return e?{...r,DOCKER_CONFIG:e}:r}var As=require("node:fs"),sD=require("node:os"),Iy=require("node:path");var tD=3,U3=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
rD=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,oD=t=>t.startsWith(
"-")?`./${t}`:t;function iD(t){if(t.platform)return"platform";if(t.cache)return"cache";if(t.provenance)return"provenance"}function F3(t,e,r){let o=e?["buildx","\
build"]:["build"];o.push("--file",oD(t.dockerfile));for(let n of t.tags)o.push("--tag",n);for(let[n,s]of Object.entries(t.labels))o.push("--label",`${n}=${s}`);
for(let n of t.buildArgs)o.push("--build-arg",n);return t.target&&o.push("--target",t.target),e&&(t.platform&&o.push("--platform",t.platform),o.push("--provenan\
ce",t.provenance?"mode=max":"false"),t.provenance&&o.push("--sbom","true"),t.cache&&(o.push("--cache-from",`type=registry,ref=${t.cache.ref}`),t.cache.write&&o.
push("--cache-to",`type=registry,ref=${t.cache.ref},mode=max,image-manifest=true,oci-mediatypes=true`)),o.push(t.pushFromBuilder?"--push":"--load"),r&&o.push("-\
-metadata-file",r)),o.push(oD(t.context)),o}function M3(t){return/digest: (sha256:[a-f0-9]{64})/.exec(t)?.[1]}var nD=1e4,An=class{constructor(e,r,o,n=process.env){
this.runner=e;this.reporter=r;this.deadline=o;this.env=n}runner;reporter;deadline;env;run(e,r,o){return mo(this.deadline,`docker ${r[0]==="buildx"?"buildx build":
r[0]}`,()=>this.runner(e,r,{...o,env:this.env}))}async check(){let e;try{e=await this.run("docker",["version","--format","{{.Server.Version}}"],{silent:!0,timeoutMs:nD})}catch{
throw new Qt("docker is not installed: no `docker` command on PATH","use a runner or executor with Docker (CircleCI: the machine executor, or a docker image wit\
h setup_remote_docker)")}if(e.timedOut)throw new Qt(`the docker daemon did not answer within ${nD/1e3} s (docker version)`,"the daemon is hung or overloaded: re\
start the docker engine (or check DOCKER_HOST / the docker context)");if(e.code!==0){let r=e.stderr.trim().split(`
`).pop()??"";throw new Qt(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.buildx}logins=Promise.
resolve();login(e){let r=this.logins.then(()=>this.loginNow(e));return this.logins=r.catch(()=>{}),r}async loginNow(e){this.reporter.secret(e.password),this.reporter.
secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--username",e.username,"--password-stdin",e.host],
{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new dr(`docker login to ${e.host} failed: ${vn(r)}`)}async logout(e){await this.
run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=r?(0,As.mkdtempSync)((0,Iy.join)((0,sD.tmpdir)(),"ecr-deliver-")):void 0,n=o?(0,Iy.join)(
o,"metadata.json"):void 0;try{let s=await this.run("docker",F3(e,r,n),{output:this.reporter.output});if(s.code!==0)throw new dr(`docker ${r?"buildx build":"buil\
d"} failed (exit ${s.code}): ${vn(s)}`,e.cache?"a registry cache needs a buildx builder with the docker-container driver (GitHub: docker/setup-buildx-action)":void 0);
return!n||!e.pushFromBuilder?void 0:JSON.parse((0,As.readFileSync)(n,"utf8"))["containerimage.digest"]}finally{o&&(0,As.rmSync)(o,{recursive:!0,force:!0})}}async tag(e,r){
let o=await this.run("docker",["tag",e,r],{output:this.reporter.output});if(o.code!==0)throw new dr(`docker tag ${e} ${r} failed: ${vn(o)}`)}async push(e,r){let o=!1;
for(let n=1;;n++){let s=await this.run("docker",["push",e],{output:this.reporter.output}),i=`${s.stdout}
${s.stderr}`;if(s.code===0){let a=M3(i);if(!a)throw new dr(`docker push ${e} printed no digest`);return a}if(rD.test(i)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${vn(s)}); logging in again`),await r();continue}if(rD.test(i))throw new dr(`docker push ${e} was refused after a fresh login: ${vn(
s)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!U3.test(
i)||n>=tD)throw new dr(`docker push ${e} failed after ${n} attempt(s): ${vn(s)}`);this.reporter.warning(`docker push failed (${vn(s)}); retrying (${n}/${tD-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(n-1)))}}},H3=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/;
function vn(t){let e=o=>o.split(`
`).map(n=>n.trim()).filter(n=>n&&!H3.test(n)),r=e(t.stdout);return e(t.stderr).pop()??[...r].reverse().find(o=>/error|denied|fail|unauthorized/i.test(o))??r.pop()??
`exit ${t.code}`}var vr=require("node:fs"),Nl=require("node:os"),Fo=require("node:path"),B3=["auths","credHelpers","credsStore","currentContext","proxies"],G3=["buildx","cli-plu\
gins","contexts"];function j3(t){return t.DOCKER_CONFIG||(0,Fo.join)(t.HOME||(0,Nl.homedir)(),".docker")}var Dl=class t{constructor(e){this.dir=e;process.once("\
exit",this.onExit)}dir;removed=!1;onExit=()=>this.remove();static create(e){let r=new t((0,vr.mkdtempSync)((0,Fo.join)((0,Nl.tmpdir)(),"ecr-deliver-docker-"))),
o=j3(e);(0,vr.writeFileSync)((0,Fo.join)(r.dir,"config.json"),JSON.stringify(z3((0,Fo.join)(o,"config.json")),null,2),{mode:384});for(let n of G3)(0,vr.existsSync)(
(0,Fo.join)(o,n))&&(0,vr.symlinkSync)((0,Fo.join)(o,n),(0,Fo.join)(r.dir,n));return r}remove(){this.removed||(this.removed=!0,process.off("exit",this.onExit),(0,vr.rmSync)(
this.dir,{recursive:!0,force:!0}))}};function z3(t){let e;try{e=JSON.parse((0,vr.readFileSync)(t,"utf8"))}catch{return{}}let r=Object.fromEntries(B3.filter(o=>e[o]!==
void 0).map(o=>[o,e[o]]));return typeof e.credsStore=="string"&&e.credsStore?V3(r,e.credsStore):r}function V3(t,e){let{credsStore:r,...o}=t,n=t.auths??{},s={};for(let[
i,a]of Object.entries(n))a?.auth||(s[i]=e);return{...o,credHelpers:{...s,...t.credHelpers}}}var Oy=require("node:fs");F();De();v();L();z();U();nt();Z();he();v();var aD=async(t,e,r)=>({operation:re(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function W3(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var cD=t=>{let e=[];switch(t.operation){default:e.push(W3(t))}return e},pD=t=>{let e=or(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??
[])})};var lD=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),uD={UseFIPS:{type:"b\
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
engines:{node:">=20.0.0"}};F();he();v();L();nt();O();so();he();Co();Kr();v();U();O();F();z();z();var Cs="ref",Cn=-1,kl=!0,mD="isSet",vy="PartitionResult",Mo="stringEquals",$l="booleanEquals",Ty="getAttr",fD={[Cs]:"Endpoint"},Ho={fn:Ty,argv:[{[Cs]:vy},"n\
ame"]},gD={[Cs]:vy},bn={},hD=[{[Cs]:"Region"}],yD={conditions:[[mD,[fD]],[mD,hD],["aws.partition",hD,vy],[Mo,[Ho,"aws-eusc"]],[Mo,[Ho,"aws-iso-f"]],[Mo,[Ho,"aws\
-iso-e"]],[Mo,[Ho,"aws-iso-b"]],[Mo,[Ho,"aws-iso"]],[Mo,[Ho,"aws-cn"]],[Mo,[Ho,"aws-us-gov"]],[Mo,[Ho,"aws"]],[$l,[{[Cs]:"UseFIPS"},kl]],[$l,[{fn:Ty,argv:[gD,"s\
upportsFIPS"]},kl]],[$l,[{[Cs]:"UseDualStack"},kl]],[$l,[{fn:Ty,argv:[gD,"supportsDualStack"]},kl]]],results:[[Cn],[Cn,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[Cn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[fD,bn],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",bn],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",bn],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",bn],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",bn],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",bn],[Cn,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[Cn,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",bn],[Cn,"DualStack is enabled but this partition does not support DualStack"],[Cn,"Invalid Configuration: Missing Region"]]},K3=2,Ye=1e8,
J3=new Int32Array([-1,1,-1,0,23,3,1,4,Ye+13,2,5,Ye+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,Ye+4,14,Ye+11,Ye+12,12,18,17,13,
Ye+9,Ye+10,13,19,Ye+6,14,Ye+8,Ye+9,11,22,21,13,Ye+5,Ye+4,13,Ye+7,Ye+6,11,Ye+1,24,13,Ye+2,Ye+3]),SD=Be.from(J3,K3,yD.conditions,yD.results);var X3=new Ge({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),ED=(t,e={})=>X3.get(t,()=>Ct(SD,{endpointParams:t,logger:e.logger}));Ae.aws=st;Z();v();var b=class t extends Me{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Ll=class t extends b{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ul=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Fl=class t extends b{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Ml=class t extends b{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Hl=class t extends b{static shapeId="\
com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamIma\
geException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Bl=class t extends b{static shapeId="com.amazonaws.ecr#ValidationException";name="\
ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Gl=class t extends b{static shapeId="\
com.amazonaws.ecr#EmptyUploadException";name="EmptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},jl=class t extends b{static shapeId="com.amazonaws.ecr#InvalidLayerException";name="InvalidLayerException";$fault="client";constructor(e){
super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},zl=class t extends b{static shapeId="com.amazonaws.ecr#KmsE\
xception";name="KmsException";$fault="client";kmsError;constructor(e){super({name:"KmsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.kmsError=e.kmsError}},Vl=class t extends b{static shapeId="com.amazonaws.ecr#LayerAlreadyExistsException";name="LayerAlreadyExistsException";$fault="client";constructor(e){
super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Wl=class t extends b{static shapeId="com.amazonaws.ec\
r#LayerPartTooSmallException";name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},ql=class t extends b{static shapeId="com.amazonaws.ecr#UploadNotFoundException";name="UploadNotFoundException";$fault="client";constructor(e){
super({name:"UploadNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Kl=class t extends b{static shapeId="com.amazonaws.ecr#Pu\
llThroughCacheRuleAlreadyExistsException";name="PullThroughCacheRuleAlreadyExistsException";$fault="client";constructor(e){super({name:"PullThroughCacheRuleAlre\
adyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Jl=class t extends b{static shapeId="com.amazonaws.ecr#SecretNotFoundExcept\
ion";name="SecretNotFoundException";$fault="client";constructor(e){super({name:"SecretNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Xl=class t extends b{static shapeId="com.amazonaws.ecr#UnableToAccessSecretException";name="UnableToAccessSecretException";$fault="client";constructor(e){super(
{name:"UnableToAccessSecretException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yl=class t extends b{static shapeId="com.amazonaws.ecr#Un\
ableToDecryptSecretValueException";name="UnableToDecryptSecretValueException";$fault="client";constructor(e){super({name:"UnableToDecryptSecretValueException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ql=class t extends b{static shapeId="com.amazonaws.ecr#UnsupportedUpstreamRegistryException";name="Unsu\
pportedUpstreamRegistryException";$fault="client";constructor(e){super({name:"UnsupportedUpstreamRegistryException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Zl=class t extends b{static shapeId="com.amazonaws.ecr#InvalidTagParameterException";name="InvalidTagParameterException";$fault="client";constructor(e){
super({name:"InvalidTagParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},eu=class t extends b{static shapeId="com.amazonaws.e\
cr#RepositoryAlreadyExistsException";name="RepositoryAlreadyExistsException";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},tu=class t extends b{static shapeId="com.amazonaws.ecr#TooManyTagsException";name="TooManyTagsException";$fault="\
client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ru=class t extends b{static shapeId="\
com.amazonaws.ecr#TemplateAlreadyExistsException";name="TemplateAlreadyExistsException";$fault="client";constructor(e){super({name:"TemplateAlreadyExistsExcepti\
on",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ou=class t extends b{static shapeId="com.amazonaws.ecr#LifecyclePolicyNotFoundException";name="\
LifecyclePolicyNotFoundException";$fault="client";constructor(e){super({name:"LifecyclePolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},nu=class t extends b{static shapeId="com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";name="PullThroughCacheRuleNotFoundException";$fault="\
client";constructor(e){super({name:"PullThroughCacheRuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},su=class t extends b{static shapeId="\
com.amazonaws.ecr#RegistryPolicyNotFoundException";name="RegistryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RegistryPolicyNotFoundExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},iu=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryNotEmptyException";name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
au=class t extends b{static shapeId="com.amazonaws.ecr#TemplateNotFoundException";name="TemplateNotFoundException";$fault="client";constructor(e){super({name:"T\
emplateNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},cu=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryPoli\
cyNotFoundException";name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},pu=class t extends b{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurati\
onNotFoundException";$fault="client";constructor(e){super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
lu=class t extends b{static shapeId="com.amazonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"\
ExclusionNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},uu=class t extends b{static shapeId="com.amazonaws.ecr#ImageNotFoun\
dException";name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},du=class t extends b{static shapeId="com.amazonaws.ecr#ScanNotFoundException";name="ScanNotFoundException";$fault="client";constructor(e){super({
name:"ScanNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},mu=class t extends b{static shapeId="com.amazonaws.ecr#Replication\
BackfillNotFoundException";name="ReplicationBackfillNotFoundException";$fault="client";constructor(e){super({name:"ReplicationBackfillNotFoundException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},fu=class t extends b{static shapeId="com.amazonaws.ecr#LayerInaccessibleException";name="LayerInaccessi\
bleException";$fault="client";constructor(e){super({name:"LayerInaccessibleException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},gu=class t extends b{static shapeId="\
com.amazonaws.ecr#LayersNotFoundException";name="LayersNotFoundException";$fault="client";constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},hu=class t extends b{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamLayerException";name="UnableToGetUpstreamLay\
erException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yu=class t extends b{static shapeId="\
com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";name="LifecyclePolicyPreviewNotFoundException";$fault="client";constructor(e){super({name:"LifecycleP\
olicyPreviewNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Su=class t extends b{static shapeId="com.amazonaws.ecr#UnableToL\
istUpstreamImageReferrersException";name="UnableToListUpstreamImageReferrersException";$fault="client";constructor(e){super({name:"UnableToListUpstreamImageRefe\
rrersException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Eu=class t extends b{static shapeId="com.amazonaws.ecr#ImageAlreadyExistsExcept\
ion";name="ImageAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},xu=class t extends b{static shapeId="com.amazonaws.ecr#ImageDigestDoesNotMatchException";name="ImageDigestDoesNotMatchException";$fault="client";constructor(e){
super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ru=class t extends b{static shapeId="com.amazona\
ws.ecr#ImageTagAlreadyExistsException";name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},_u=class t extends b{static shapeId="com.amazonaws.ecr#ReferencedImagesNotFoundException";name="Referen\
cedImagesNotFoundException";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
wu=class t extends b{static shapeId="com.amazonaws.ecr#BlockedByOrganizationPolicyException";name="BlockedByOrganizationPolicyException";$fault="client";constructor(e){
super({name:"BlockedByOrganizationPolicyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Iu=class t extends b{static shapeId="com.ama\
zonaws.ecr#ExclusionAlreadyExistsException";name="ExclusionAlreadyExistsException";$fault="client";constructor(e){super({name:"ExclusionAlreadyExistsException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Tu=class t extends b{static shapeId="com.amazonaws.ecr#ImageArchivedException";name="ImageArchi\
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},vu=class t extends b{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Au=class t extends b{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Cu=class t extends b{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
bu=class t extends b{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Pu=class t extends b{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ou=class t extends b{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var Y3="Attribute",Q3="AuthorizationData",Z3="AuthorizationDataList",eB="AwsEcrContainerImageDetails",tB="AttributeList",rB="BlockedByOrganizationPolicyExceptio\
n";var oB="BatchGetImage",nB="BatchGetImageRequest",sB="BatchGetImageResponse";var iB="CreateRepository";var aB="CreateRepositoryRequest",cB="CreateRepositoryResponse",pB="CvssScore",lB="CvssScoreAdjustment",uB="CvssScoreAdjustmentList",dB="CvssScoreDetails",mB="Cv\
ssScoreList";var fB="DescribeImageScanFindings",gB="DescribeImageScanFindingsRequest",hB="DescribeImageScanFindingsResponse";var yB="DescribeRepositoriesRequest",SB="DescribeRepositoriesResponse";var EB="DescribeRepositories";var xB="ExclusionAlreadyExistsException",RB="EncryptionConfiguration";var _B="EnhancedImageScanFinding",wB="EnhancedImageScanFindingList",IB="ExclusionNotFoundException",TB="EmptyUploadException";var vB="GetAuthorizationToken",AB="GetAuthorizationTokenRequest",CB="GetAuthorizationTokenResponse";var bB="Image",PB="ImageArchivedException",OB="ImageAlreadyExistsException";var DB="ImageDigestDoesNotMatchException";var NB="ImageFailure",kB="ImageFailureList",$B="ImageIdentifier",LB="ImageIdentifierList",UB="ImageList",FB="InvalidLayerException",MB="InvalidLayerPartExceptio\
n";var HB="ImageNotFoundException",BB="InvalidParameterException";var GB="ImageScanningConfiguration",jB="ImageStorageClassUpdateNotSupportedException",zB="ImageScanFinding",VB="ImageScanFindingList";var WB="ImageScanFindings",qB="ImageScanStatus";var KB="ImageTagAlreadyExistsException",JB="ImageTagMutabilityExclusionFilter",XB="ImageTagMutabilityExclusionFilters",YB="InvalidTagParameterException",QB="Key",
ZB="KmsException";var e4="LayerAlreadyExistsException",t4="LimitExceededException";var r4="LayerInaccessibleException";var o4="LayersNotFoundException",n4="LifecyclePolicyNotFoundException";var s4="LifecyclePolicyPreviewInProgressException",i4="LifecyclePolicyPreviewNotFoundException";var a4="LayerPartTooSmallException";var c4="PutImage",p4="PutImageRequest",l4="PutImageResponse";var u4="PutLifecyclePolicy",d4="PutLifecyclePolicyRequest",m4="PutLifecyclePolicyResponse";var f4="PullThroughCacheRuleAlreadyExistsException";var g4="PullThroughCacheRuleNotFoundException",h4="PackageVulnerabilityDetails",y4="Recommendation",S4="RepositoryAlreadyExistsException",E4="ReplicationBackfil\
lInProgressException",x4="ReplicationBackfillInvalidStatusException",R4="ReplicationBackfillNotFoundException";var _4="ResourceDetails";var w4="ReferencedImagesNotFoundException",I4="RepositoryList",T4="ResourceList",v4="RepositoryNotEmptyException",A4="RepositoryNotFoundException",C4="RegistryP\
olicyNotFoundException",b4="RepositoryPolicyNotFoundException";var P4="Remediation",O4="Repository",D4="Resource";var N4="SigningConfigurationNotFoundException",k4="ScoreDetails",$4="ServerException";var L4="StartImageScan",U4="StartImageScanRequest",F4="StartImageScanResponse";var M4="ScanNotFoundException",H4="SecretNotFoundException";var B4="SetRepositoryPolicy",G4="SetRepositoryPolicyRequest",j4="SetRepositoryPolicyResponse",z4="Tag",V4="TemplateAlreadyExistsException";var W4="TagList",q4="TooManyTagsException",K4="TemplateNotFoundException";var J4="UnsupportedImageTypeException";var X4="UploadNotFoundException";var Y4="UnableToAccessSecretException",Q4="UnableToDecryptSecretValueException",Z4="UnableToGetUpstreamImageException",eG="UnableToGetUpstreamLayerException",tG="\
UnableToListUpstreamImageReferrersException",rG="UnsupportedUpstreamRegistryException",oG="Value",nG="ValidationException",sG="VulnerablePackage",iG="Vulnerable\
PackagesList";var aG="architecture",cG="awsAccountId",pG="authorizationData",lG="awsEcrContainerImage";var uG="acceptedMediaTypes";var dG="authorizationToken";var mG="adjustments";var fG="arch",gG="attributes",hG="author";var yG="baseScore",$="client";var SG="createdAt";var xD="cvss",Ay="description";var EG="details";var N="error",xG="expiresAt";var RG="exploitAvailable",RD="encryptionConfiguration",_G="enhancedFindings";var wG="encryptionType",IG="epoch",TG="failures",vG="findingArn",AG="fixAvailable",CG="failureCode";var bG="fixedInVersion",PG="firstObservedAt",OG="filePath",DG="failureReason";var NG="findingSeverityCounts",kG="filterType";var $G="filter",LG="findings",UG="force",FG="httpError",MG="images";var _D="imageDigest",HG="imageHash",BG="imageIds",bs="imageId",wD="imageManifest",ID="imageManifestMediaType";var TD="imageScanningConfiguration",GG="imageScanCompletedAt",jG="imageScanFindings";var vD="imageScanStatus",zG="imageTags";var AD="imageTagMutability",CD="imageTagMutabilityExclusionFilters",bD="imageTag",VG="inUseCount";var WG="id",qG="image",KG="key",JG="kmsError",XG="kmsKey";var YG="lastInUseAt",QG="lastObservedAt";var PD="lifecyclePolicyText";var ZG="lastValidByteReceived",k="message",OD="maxResults";var ej="metric",DD="name",Du="nextToken",tj="platform",rj="pushedAt";var oj="proxyEndpoint";var nj="packageManager";var ND="policyText";var sj="packageVulnerabilityDetails";var ij="registry";var aj="repositoryArn";var Jt="registryId",cj="registryIds",Xt="repositoryName",pj="repositoryNames";var lj="referenceUrls",uj="repositoryUri",dj="relatedVulnerabilities",mj="repository",fj="reason",gj="recommendation";var hj="release",yj="remediation",Sj="repositories";var Ej="resources";var kD="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var xj="scoreDetails";var Rj="sourceLayerHash";var _j="scanOnPush";var wj="scoreSource";var Ij="sourceUrl",$D="scoringVector",LD="score",Tj="server",UD="severity";var FD="source",MD="status";var HD="tags";var vj="text",Aj="title",BD="type",Cj="uri",bj="updatedAt",Pj="uploadId";var Oj="url",Dj="value",Nj="vendorCreatedAt",kj="vulnerabilityId",$j="vulnerablePackages",Lj="vendorSeverity",Uj="vulnerabilitySourceUpdatedAt",Fj="vendorUpdate\
dAt",Cy="version",x="com.amazonaws.ecr",GD=new J(kD),Mj=[-3,kD,"ECRServiceException",0,[],[]];GD.registerError(Mj,b);var D=new J(x),Hj=[-3,x,rB,{[N]:$},[k],[0]];
D.registerError(Hj,wu);var Bj=[-3,x,TB,{[N]:$},[k],[0]];D.registerError(Bj,Gl);var Gj=[-3,x,xB,{[N]:$},[k],[0]];D.registerError(Gj,Iu);var jj=[-3,x,IB,{[N]:$},[
k],[0]];D.registerError(jj,lu);var zj=[-3,x,OB,{[N]:$},[k],[0]];D.registerError(zj,Eu);var Vj=[-3,x,PB,{[N]:$},[k],[0]];D.registerError(Vj,Tu);var Wj=[-3,x,DB,{
[N]:$},[k],[0]];D.registerError(Wj,xu);var qj=[-3,x,HB,{[N]:$},[k],[0]];D.registerError(qj,uu);var Kj=[-3,x,jB,{[N]:$},[k],[0]];D.registerError(Kj,Pu);var Jj=[-3,
x,KB,{[N]:$},[k],[0]];D.registerError(Jj,Ru);var Xj=[-3,x,FB,{[N]:$},[k],[0]];D.registerError(Xj,jl);var Yj=[-3,x,MB,{[N]:$},[Jt,Xt,Pj,ZG,k],[0,0,0,1,0]];D.registerError(
Yj,Ou);var Qj=[-3,x,BB,{[N]:$},[k],[0]];D.registerError(Qj,Ll);var Zj=[-3,x,YB,{[N]:$},[k],[0]];D.registerError(Zj,Zl);var ez=[-3,x,ZB,{[N]:$},[k,JG],[0,0]];D.registerError(
ez,zl);var tz=[-3,x,e4,{[N]:$},[k],[0]];D.registerError(tz,Vl);var rz=[-3,x,r4,{[N]:$},[k],[0]];D.registerError(rz,fu);var oz=[-3,x,a4,{[N]:$},[k],[0]];D.registerError(
oz,Wl);var nz=[-3,x,o4,{[N]:$},[k],[0]];D.registerError(nz,gu);var sz=[-3,x,n4,{[N]:$},[k],[0]];D.registerError(sz,ou);var iz=[-3,x,s4,{[N]:$},[k],[0]];D.registerError(
iz,Au);var az=[-3,x,i4,{[N]:$},[k],[0]];D.registerError(az,yu);var cz=[-3,x,t4,{[N]:$},[k],[0]];D.registerError(cz,Ml);var pz=[-3,x,f4,{[N]:$},[k],[0]];D.registerError(
pz,Kl);var lz=[-3,x,g4,{[N]:$},[k],[0]];D.registerError(lz,nu);var uz=[-3,x,w4,{[N]:$},[k],[0]];D.registerError(uz,_u);var dz=[-3,x,C4,{[N]:$},[k],[0]];D.registerError(
dz,su);var mz=[-3,x,E4,{[N]:$},[k],[0]];D.registerError(mz,Cu);var fz=[-3,x,x4,{[N]:$},[k],[0]];D.registerError(fz,bu);var gz=[-3,x,R4,{[N]:$},[k],[0]];D.registerError(
gz,mu);var hz=[-3,x,S4,{[N]:$},[k],[0]];D.registerError(hz,eu);var yz=[-3,x,v4,{[N]:$},[k],[0]];D.registerError(yz,iu);var Sz=[-3,x,A4,{[N]:$},[k],[0]];D.registerError(
Sz,Ul);var Ez=[-3,x,b4,{[N]:$},[k],[0]];D.registerError(Ez,cu);var xz=[-3,x,M4,{[N]:$},[k],[0]];D.registerError(xz,du);var Rz=[-3,x,H4,{[N]:$},[k],[0]];D.registerError(
Rz,Jl);var _z=[-3,x,$4,{[N]:Tj},[k],[0]];D.registerError(_z,Fl);var wz=[-3,x,N4,{[N]:$},[k],[0]];D.registerError(wz,pu);var Iz=[-3,x,V4,{[N]:$},[k],[0]];D.registerError(
Iz,ru);var Tz=[-3,x,K4,{[N]:$},[k],[0]];D.registerError(Tz,au);var vz=[-3,x,q4,{[N]:$},[k],[0]];D.registerError(vz,tu);var Az=[-3,x,Y4,{[N]:$},[k],[0]];D.registerError(
Az,Xl);var Cz=[-3,x,Q4,{[N]:$},[k],[0]];D.registerError(Cz,Yl);var bz=[-3,x,Z4,{[N]:$},[k],[0]];D.registerError(bz,Hl);var Pz=[-3,x,eG,{[N]:$},[k],[0]];D.registerError(
Pz,hu);var Oz=[-3,x,tG,{[N]:$},[k],[0]];D.registerError(Oz,Su);var Dz=[-3,x,J4,{[N]:$},[k],[0]];D.registerError(Dz,vu);var Nz=[-3,x,rG,{[N]:$},[k],[0]];D.registerError(
Nz,Ql);var kz=[-3,x,X4,{[N]:$},[k],[0]];D.registerError(kz,ql);var $z=[-3,x,nG,{[N]:$,[FG]:400},[k],[0]];D.registerError($z,Bl);var jD=[GD,D],Lz=[3,x,Y3,0,[KG,Dj],
[0,0],1],Uz=[3,x,Q3,0,[dG,xG,oj],[0,4,0]],Fz=[3,x,eB,0,[aG,hG,HG,zG,tj,rj,YG,VG,ij,Xt],[0,0,0,64,0,4,4,1,0,0]];var Mz=[3,x,nB,0,[Xt,BG,Jt,uG],[0,()=>TV,0,64],2],Hz=[3,x,sB,0,[MG,TG],[()=>vV,()=>IV]];var Bz=[3,x,aB,0,[Xt,Jt,HD,AD,CD,TD,RD],[0,0,()=>PV,0,()=>JD,()=>WD,()=>zD],1],Gz=[3,x,cB,0,[mj],[()=>KD]],jz=[3,x,pB,0,[yG,$D,FD,Cy],[1,0,0,0]],zz=[3,x,lB,0,[ej,
fj],[0,0]],Vz=[3,x,dB,0,[mG,LD,wj,$D,Cy],[()=>RV,1,0,0,0]];var Wz=[3,x,gB,0,[Xt,bs,Jt,Du,OD],[0,()=>Pn,0,0,1],2],qz=[3,x,hB,0,[Jt,Xt,bs,vD,jG,Du],[0,0,()=>Pn,()=>qD,()=>tV,0]];var Kz=[3,x,yB,0,[Jt,pj,Du,OD],[0,64,0,1]],Jz=[3,x,SB,0,[Sj,Du],[()=>CV,0]];var zD=[3,x,RB,0,[wG,XG],[0,0],1];var Xz=[3,x,_B,0,[cG,Ay,vG,PG,QG,sj,yj,Ej,LD,xj,UD,MD,Aj,BD,bj,AG,RG],[0,0,0,4,4,()=>oV,()=>pV,()=>bV,1,()=>dV,0,0,0,0,4,0,0]];var Yz=[3,x,AB,0,[cj],[64]],Qz=[3,x,CB,0,[pG],[()=>xV]];var VD=[3,x,bB,0,[Jt,Xt,bs,wD,ID],[0,0,()=>Pn,0,0]];var Zz=[3,x,NB,0,[bs,CG,DG],[()=>Pn,0,0]],Pn=[3,x,$B,0,[_D,bD],[0,0]];var eV=[3,x,zB,0,[DD,Ay,Cj,UD,gG],[0,0,0,0,()=>EV]],tV=[3,x,WB,0,[GG,Uj,NG,LG,_G],[4,4,129,()=>AV,()=>wV]];var WD=[3,x,GB,0,[_j],[2]],qD=[3,x,qB,0,[MD,Ay],[0,0]];var rV=[3,x,JB,0,[kG,$G],[0,0],2];var oV=[3,x,h4,0,[xD,lj,dj,FD,Ij,Nj,Lj,Fj,kj,$j],[()=>_V,64,64,0,0,4,0,4,0,()=>OV]];var nV=[3,x,p4,0,[Xt,wD,Jt,ID,bD,_D],[0,0,0,0,0,0],2],sV=[3,x,l4,0,[qG],[()=>VD]];var iV=[3,x,d4,0,[Xt,PD,Jt],[0,0,0],2],aV=[3,x,m4,0,[Jt,Xt,PD],[0,0,0]];var cV=[3,x,y4,0,[Oj,vj],[0,0]];var pV=[3,x,P4,0,[gj],[()=>cV]];var KD=[3,x,O4,0,[aj,Jt,Xt,uj,SG,AD,CD,TD,RD],[0,0,0,0,4,0,()=>JD,()=>WD,()=>zD]];var lV=[3,x,D4,0,[EG,WG,HD,BD],[()=>uV,0,128,0]],uV=[3,x,_4,0,[lG],[()=>Fz]];var dV=[3,x,k4,0,[xD],[()=>Vz]],mV=[3,x,G4,0,[Xt,ND,Jt,UG],[0,0,0,2],2],fV=[3,x,j4,0,[Jt,Xt,ND],[0,0,0]];var gV=[3,x,U4,0,[Xt,bs,Jt],[0,()=>Pn,0],2],hV=[3,x,F4,0,[Jt,Xt,bs,vD],[0,0,()=>Pn,()=>qD]];var yV=[3,x,z4,0,[QB,oG],[0,0],2];var SV=[3,x,sG,0,[fG,IG,OG,DD,nj,hj,Rj,Cy,bG],[0,1,0,0,0,0,0,0,0]];var EV=[1,x,tB,0,()=>Lz],xV=[1,x,Z3,0,()=>Uz];var RV=[1,x,uB,0,()=>zz],_V=[1,x,mB,0,()=>jz],wV=[1,x,wB,0,()=>Xz];var IV=[1,x,kB,0,()=>Zz],TV=[1,x,LB,0,()=>Pn],vV=[1,x,UB,0,()=>VD];var AV=[1,x,VB,0,()=>eV];var JD=[1,x,XB,0,()=>rV];var CV=[1,x,I4,0,()=>KD];var bV=[1,x,T4,0,()=>lV];var PV=[1,x,W4,0,()=>yV];var OV=[1,x,iG,0,()=>SV];var XD=[9,x,oB,0,()=>Mz,()=>Hz];var YD=[9,x,iB,0,()=>Bz,()=>Gz];var QD=[9,x,fB,0,()=>Wz,()=>qz];var ZD=[9,x,EB,0,()=>Kz,()=>Jz];var eN=[9,x,vB,0,()=>Yz,()=>Qz];var tN=[9,x,c4,0,()=>nV,()=>sV];var rN=[9,x,u4,0,()=>iV,()=>aV];var oN=[9,x,B4,0,()=>mV,()=>fV],nN=[9,x,L4,0,()=>gV,()=>hV];var sN=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??ED,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??cD,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new se}],logger:t?.logger??new xe,protocol:t?.protocol??fn,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:jD,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??tt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??oe,utf8Encoder:t?.utf8Encoder??
ee});var iN=t=>{_t(process.version);let e=At(t),r=()=>e().then(Rt),o=sN(t);dt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(it,n),bodyLengthChecker:t?.bodyLengthChecker??gt,credentialDefaultProvider:t?.credentialDefaultProvider??
Uo,defaultSocketTimeout:mr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Ht({serviceId:o.serviceId,clientVersion:dD.version}),maxAttempts:t?.
maxAttempts??_(Lt,t),region:t?.region??_(ve,{...He,...n}),requestHandler:be.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ft,default:async()=>(await r()).
retryMode||Ve},t),streamCollector:t?.streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(St,n),useFipsEndpoint:t?.useFipsEndpoint??_(Et,n),userAgentAppId:t?.
userAgentAppId??_(Bt,n)}};F();v();U();var aN=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
cN=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var pN=(t,e)=>{let r=Object.assign(Gt(t),wt(t),bt(t),aN(t));return e.forEach(o=>o.configure(r)),Object.assign(t,jt(r),It(r),Pt(r),cN(r))};var Nu=class extends Re{config;constructor(...[e]){let r=iN(e||{});super(r),this.initConfig=r;let o=lD(r),n=$t(o),s=Ut(n),i=vt(s),a=i,c=er(a),l=pD(c),u=pN(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(xt(this.config)),this.middlewareStack.use(Mt(this.config)),this.middlewareStack.use(rr(this.config)),this.
middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(kt(this.config)),
this.middlewareStack.use(rt(this.config,{httpAuthSchemeParametersProvider:aD,identityProviderConfigProvider:async d=>new Oe({"aws.auth#sigv4":d.credentials})})),
this.middlewareStack.use(ot(this.config))}destroy(){super.destroy()}};v();z();var ke=Tt(uD,"AmazonEC2ContainerRegistry_V20150921","ECRClient",tr),$e={},Le=(t,e,r,o)=>[];var ku=class extends ke($e,Le,"BatchGetImage",XD){};var $u=class extends ke($e,Le,"CreateRepository",YD){};var Lu=class extends ke($e,Le,"DescribeImageScanFindings",QD){};var Uu=class extends ke($e,Le,"DescribeRepositories",ZD){};var Ea=class extends ke($e,Le,"GetAuthorizationToken",eN){};var Fu=class extends ke($e,Le,"PutImage",tN){};var Mu=class extends ke($e,Le,"PutLifecyclePolicy",rN){};var Hu=class extends ke($e,Le,"SetRepositoryPolicy",oN){};var Bu=class extends ke($e,Le,"StartImageScan",nN){};var DV=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],by=100,NV=4,On=t=>t?.name??"",Ps=class{constructor(e,r,o,n){this.registryId=o;this.deadline=n;this.ecr=new Nu(
Mn(e,r,n)),this.sendOptions={abortSignal:n?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}async login(){let e=await this.call("GetAutho\
rizationToken",()=>this.ecr.send(new Ea(this.registryId?{registryIds:[this.registryId]}:{}),this.sendOptions));return Gu(e.authorizationData?.[0])}async logins(e){
return((await this.call("GetAuthorizationToken",()=>this.ecr.send(new Ea({registryIds:e}),this.sendOptions))).authorizationData??[]).map(o=>Gu(o))}async findRepository(e){
let r=await this.describe(e);return r&&Py(r,!1)}async ensureRepository(e,r){let o=await this.findRepository(e.repository);if(o)return o;if(!e.createRepository)throw new Se(
`repository ${e.repository} does not exist`,"create it, or set create-repository: true");let n=kV(e,r);try{let s=await this.call("CreateRepository",()=>this.ecr.
send(new $u({registryId:this.registryId,repositoryName:e.repository,imageTagMutability:e.imageTagMutability,imageTagMutabilityExclusionFilters:n,imageScanningConfiguration:{
scanOnPush:e.scanOnPush},encryptionConfiguration:{encryptionType:e.encryptionType,kmsKey:e.kmsKey}}),this.sendOptions));return Py(s.repository,!0)}catch(s){if(On(
s)!=="RepositoryAlreadyExistsException")throw s;let i=await this.describe(e.repository);if(!i)throw s;return Py(i,!1)}}async applyPolicies(e){let r=[];if(e.lifecyclePolicy){
let o=(0,Oy.readFileSync)(e.lifecyclePolicy,"utf8");r.push(this.call("PutLifecyclePolicy",()=>this.ecr.send(new Mu({registryId:this.registryId,repositoryName:e.
repository,lifecyclePolicyText:o}),this.sendOptions)))}if(e.repositoryPolicy){let o=(0,Oy.readFileSync)(e.repositoryPolicy,"utf8");r.push(this.call("SetReposito\
ryPolicy",()=>this.ecr.send(new Hu({registryId:this.registryId,repositoryName:e.repository,policyText:o}),this.sendOptions)))}await Promise.all(r)}async images(e,r){
let o=new Map,n=Array.from({length:Math.ceil(r.length/by)},(i,a)=>r.slice(a*by,(a+1)*by)),s;try{s=await Promise.all(n.map(i=>this.call("BatchGetImage",()=>this.
ecr.send(new ku({registryId:this.registryId,repositoryName:e,imageIds:i.map(a=>({imageTag:a})),acceptedMediaTypes:DV}),this.sendOptions))))}catch(i){if(On(i)===
"RepositoryNotFoundException")return o;throw i}for(let i of s.flatMap(a=>a.images??[])){let a=i.imageId?.imageTag;a&&i.imageId?.imageDigest&&i.imageManifest&&o.
set(a,{digest:i.imageId.imageDigest,manifest:i.imageManifest,mediaType:i.imageManifestMediaType??""})}return o}async putTag(e,r,o){try{await this.call("PutImage",
()=>this.ecr.send(new Fu({registryId:this.registryId,repositoryName:e,imageManifest:r.manifest,imageManifestMediaType:r.mediaType||void 0,imageDigest:r.digest,imageTag:o}),
this.sendOptions))}catch(n){if(On(n)==="ImageAlreadyExistsException")return;throw On(n)==="ImageTagAlreadyExistsException"?new Se(`tag ${o} already exists in th\
e immutable repository ${e} at another image`,"immutable tags cannot move: drop the tag from `tags`, or use a new one",{cause:n}):n}}async scanFindings(e,r,o){try{
return await this.call("DescribeImageScanFindings",()=>this.ecr.send(new Lu({registryId:this.registryId,repositoryName:e,imageId:{imageDigest:r},nextToken:o,maxResults:1e3}),
this.sendOptions))}catch(n){if(On(n)==="ScanNotFoundException")return;throw n}}async startScan(e,r){await this.call("StartImageScan",()=>this.ecr.send(new Bu({registryId:this.
registryId,repositoryName:e,imageId:{imageDigest:r}}),this.sendOptions))}async describe(e){try{return(await this.call("DescribeRepositories",()=>this.ecr.send(new Uu(
{registryId:this.registryId,repositoryNames:[e]}),this.sendOptions))).repositories?.[0]}catch(r){if(On(r)==="RepositoryNotFoundException")return;throw r}}async call(e,r){
try{return await mo(this.deadline,`ECR ${e}`,r)}catch(o){let n=On(o);if(o instanceof ut||/NotFound|AlreadyExists/.test(n))throw o;if(n==="CredentialsProviderErr\
or")throw new Se(`no AWS credentials for ECR ${e}: ${o.message}`,"set role-to-assume to use the CI's OIDC token, or provide credentials (AWS_ACCESS_KEY_ID/AWS_S\
ECRET_ACCESS_KEY, a profile, an instance role)",{cause:o});let s=Hn(o);if(s.transient)throw new Se(`ECR ${e} failed after ${s.attempts} attempt(s): ${n}: ${o.message}`,
Bn("ECR",s.throttled),{cause:o});let i=`ECR ${e} failed: ${n}: ${o.message}`;throw/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.test(n)?new Se(
i,`the credentials need ecr:${e} on this repository (\`ecr-deliver iam-policy\` prints the policy)`,{cause:o}):new Se(i,void 0,{cause:o})}}};function Gu(t,e=t?.
proxyEndpoint){if(!t?.authorizationToken||!e)throw new Se("ECR returned no authorization data");let r=Buffer.from(t.authorizationToken,"base64").toString("utf8"),
o=r.indexOf(":");return{host:e.replace(/^https?:\/\//,"").replace(/\/+$/,""),username:r.slice(0,o),password:r.slice(o+1)}}function Py(t,e){return{name:t.repositoryName,
uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.imageTagMutability??"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??[]).map(r=>r.filter??
"").filter(Boolean),scanOnPush:t.imageScanningConfiguration?.scanOnPush??!1,created:e}}function kV(t,e){if(t.imageTagMutability==="IMMUTABLE_WITH_EXCLUSION"){if(e.
length>zd)throw new Se(`an IMMUTABLE_WITH_EXCLUSION repository takes at most ${zd} exclusion filters; keeping this run's extra tags movable needs ${e.length}: ${e.
join(", ")}`,"use fewer extra tags, create the repository yourself with wildcard filters, or use MUTABLE");return e.map(r=>({filterType:"WILDCARD",filter:r}))}}
function $V(t){return new RegExp(`^${t.split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(".*")}$`)}function Dy(t,e){let r=t.exclusionFilters.some(o=>$V(
o).test(e));switch(t.mutability){case"IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"MUTABLE_WITH_EXCLUSION":return r;default:return!1}}async function lN(t,e,r,o){
let n=[...o],s=async()=>{for(let i=n.shift();i!==void 0;i=n.shift())await t.putTag(e,r,i)};await Promise.all(Array.from({length:Math.min(NV,n.length)},s))}var uN=require("node:fs");async function Ny(t,e,r,o){let n=new Map;for(let i of t)n.set(i.region??e,[...n.get(i.region??e)??[],i.id]);return(await Promise.all([...n].map(async([i,a])=>{let c=new Ps(
i,r,void 0,o);try{return await c.logins(a)}finally{c.close()}}))).flat()}var LV=/unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b|may require 'docker login'/i,
UV=/^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;function ky(t){let e;try{e=(0,uN.readFileSync)(t,"utf8")}catch{return[]}let r=new Set;for(let o of e.
matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)){let n=o[1].split("/")[0];o[1].includes("/")&&(/[.:]/.test(n)||n==="localhost")&&r.add(n)}return[...r]}function dN(t,e,r,o){
if(!LV.test(t))return;let n=ky(e).filter(i=>!r.includes(i));return n.length?`the Dockerfile pulls from ${n.map(i=>{let a=UV.exec(i);return a?`${i} (pull-registr\
ies: ${a[2]===o?a[1]:`${a[1]}@${a[2]}`})`:i}).join(", ")}, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries`:void 0}F();De();v();L();z();U();nt();Z();he();v();var mN=async(t,e,r)=>({operation:re(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function FV(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr-public",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{
config:e,context:r}})}}var fN=t=>{let e=[];switch(t.operation){default:e.push(FV(t))}return e},gN=t=>{let e=or(t);return Object.assign(e,{authSchemePreference:W(
t.authSchemePreference??[])})};var hN=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr-public"}),yN={UseFIPS:{
type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"bui\
ltInParams",name:"useDualstackEndpoint"}};var SN={name:"@aws-sdk/client-ecr-public",version:"3.1108.0",description:"AWS SDK for JavaScript Ecr Public Client for Node.js, Browser and React Native",homepage:"\
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
s":"0.10.1",premove:"4.0.0",typescript:"~6.0.3"},engines:{node:">=20.0.0"}};F();he();v();L();nt();O();so();he();Co();Kr();v();U();O();F();z();z();var xa="ref",Dn=-1,ju=!0,EN="isSet",wN="PartitionResult",zu="booleanEquals",$y="getAttr",xN={[xa]:"Endpoint"},Ly={[xa]:wN},Os={},RN=[{[xa]:"Region"}],_N={conditions:[
[EN,[xN]],[EN,RN],["aws.partition",RN,wN],[zu,[{[xa]:"UseFIPS"},ju]],[zu,[{[xa]:"UseDualStack"},ju]],[zu,[{fn:$y,argv:[Ly,"supportsDualStack"]},ju]],[zu,[{fn:$y,
argv:[Ly,"supportsFIPS"]},ju]],["stringEquals",[{fn:$y,argv:[Ly,"name"]},"aws"]]],results:[[Dn],[Dn,"Invalid Configuration: FIPS and custom endpoint are not sup\
ported"],[Dn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[xN,Os],["https://api.ecr-public-fips.{Region}.{PartitionResult#dualStack\
DnsSuffix}",Os],[Dn,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://api.ecr-public-fips.{Region}.{PartitionResult#d\
nsSuffix}",Os],[Dn,"FIPS is enabled but this partition does not support FIPS"],["https://ecr-public.{Region}.api.aws",Os],["https://api.ecr-public.{Region}.{Par\
titionResult#dualStackDnsSuffix}",Os],[Dn,"DualStack is enabled but this partition does not support DualStack"],["https://api.ecr-public.{Region}.{PartitionResu\
lt#dnsSuffix}",Os],[Dn,"Invalid Configuration: Missing Region"]]},HV=2,ar=1e8,BV=new Int32Array([-1,1,-1,0,13,3,1,4,ar+12,2,5,ar+12,3,9,6,4,7,ar+11,5,8,ar+10,7,
ar+8,ar+9,4,11,10,6,ar+6,ar+7,5,12,ar+5,6,ar+4,ar+5,3,ar+1,14,4,ar+2,ar+3]),IN=Be.from(BV,HV,_N.conditions,_N.results);var GV=new Ge({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),TN=(t,e={})=>GV.get(t,()=>Ct(IN,{endpointParams:t,logger:e.logger}));Ae.aws=st;Z();v();var te=class t extends Me{constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Vu=class t extends te{name="InvalidParameterException";$fault="client";constructor(e){super({name:"InvalidParameterException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Wu=class t extends te{name="RegistryNotFoundException";$fault="client";constructor(e){super({name:"RegistryNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},qu=class t extends te{name="RepositoryNotFoundException";$fault="client";constructor(e){super({
name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ku=class t extends te{name="ServerException";$fault="server";constructor(e){
super({name:"ServerException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Ju=class t extends te{name="UnsupportedCommandException";$fault="\
client";constructor(e){super({name:"UnsupportedCommandException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Xu=class t extends te{name="Em\
ptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yu=class t extends te{name="\
InvalidLayerException";$fault="client";constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Qu=class t extends te{name="\
LayerAlreadyExistsException";$fault="client";constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Zu=class t extends te{name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},ed=class t extends te{name="UploadNotFoundException";$fault="client";constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},td=class t extends te{name="InvalidTagParameterException";$fault="client";constructor(e){super({name:"InvalidTagParame\
terException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},rd=class t extends te{name="LimitExceededException";$fault="client";constructor(e){
super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},od=class t extends te{name="RepositoryAlreadyExistsExcepti\
on";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},nd=class t extends te{name="\
TooManyTagsException";$fault="client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},sd=class t extends te{name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
id=class t extends te{name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},ad=class t extends te{name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},cd=class t extends te{name="RepositoryCatalogDataNotFoundException";$fault="client";constructor(e){
super({name:"RepositoryCatalogDataNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pd=class t extends te{name="ImageAlreadyEx\
istsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ld=class t extends te{name="\
ImageDigestDoesNotMatchException";$fault="client";constructor(e){super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},ud=class t extends te{name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"c\
lient",...e}),Object.setPrototypeOf(this,t.prototype)}},dd=class t extends te{name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){
super({name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}},md=class t extends te{name="LayersNotFoundException";$fault="client";constructor(e){
super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},fd=class t extends te{name="ReferencedImagesNotFoundExcep\
tion";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var jV="AuthorizationData";var zV="CreateRepository",VV="CreateRepositoryRequest",WV="CreateRepositoryResponse";var qV="DescribeImageTags",KV="DescribeImageTagsRequest",JV="DescribeImageTagsResponse";var XV="DescribeRegistriesRequest",YV="DescribeRegistriesResponse",QV="DescribeRepositoriesRequest",ZV="DescribeRepositoriesResponse",eW="DescribeRegistries",tW="\
DescribeRepositories",rW="EmptyUploadException",oW="GetAuthorizationToken",nW="GetAuthorizationTokenRequest",sW="GetAuthorizationTokenResponse";var iW="Image",aW="ImageAlreadyExistsException";var cW="ImageDigestDoesNotMatchException";var pW="ImageIdentifier";var lW="InvalidLayerException",uW="InvalidLayerPartException";var dW="ImageNotFoundException",mW="InvalidParameterException",fW="ImageTagAlreadyExistsException",gW="ImageTagDetail",hW="ImageTagDetailList",yW="InvalidTagPar\
ameterException",SW="Key";var EW="LayerAlreadyExistsException",xW="LimitExceededException";var RW="LayersNotFoundException",_W="LayerPartTooSmallException";var wW="PutImage",IW="PutImageRequest",TW="PutImageResponse";var vW="Registry",AW="RegistryAlias",CW="RepositoryAlreadyExistsException",bW="RegistryAliasList";var PW="RepositoryCatalogDataInput",OW="RepositoryCatalogDataNotFoundException",DW="RepositoryCatalogData",NW="ReferencedImageDetail",kW="ReferencedImagesNotFou\
ndException",$W="RegistryList",LW="RepositoryList",UW="RepositoryNotEmptyException",FW="RegistryNotFoundException",MW="RepositoryNotFoundException",HW="Reposito\
ryPolicyNotFoundException",BW="Repository",GW="ServerException",jW="SetRepositoryPolicy",zW="SetRepositoryPolicyRequest",VW="SetRepositoryPolicyResponse",WW="Ta\
g",qW="TagList",KW="TooManyTagsException";var JW="UnsupportedCommandException";var XW="UploadNotFoundException";var YW="Value",QW="aliases",ZW="authorizationData",e6="artifactMediaType",t6="authorizationToken",vN="aboutText",AN="architectures",de="client",CN="createdAt",bN="\
catalogData",PN="description";var r6="defaultRegistryAlias",ae="error",o6="expiresAt";var n6="force",s6="image";var Uy="imageDigest",i6="imageDetail";var a6="imageId",ON="imageManifest",Fy="imageManifestMediaType",c6="imagePushedAt",p6="imageSizeInBytes";var l6="imageTagDetails",My="imageTag";var u6="logoImageBlob";var d6="logoUrl",m6="lastValidByteReceived",ce="message",f6="marketplaceCertified",Hy="maxResults";var g6="name",Ds="nextToken",DN="operatingSystems";var h6="primaryRegistryAlias";var NN="policyText",y6="repository";var S6="registryArn",E6="repositoryArn";var po="registryId",Bo="repositoryName",x6="repositoryNames",R6="registryUri",_6="repositoryUri",w6="registries",I6="repositories",kN="smithy.ts.sdk.synthetic.c\
om.amazonaws.ecrpublic",T6="server",v6="status",A6="tags";var C6="uploadId",$N="usageText",b6="verified",A="com.amazonaws.ecrpublic",LN=J.for(kN),P6=[-3,kN,"ECRPUBLICServiceException",0,[],[]];LN.registerError(P6,te);var ne=J.
for(A),O6=[-3,A,rW,{[ae]:de},[ce],[0]];ne.registerError(O6,Xu);var D6=[-3,A,aW,{[ae]:de},[ce],[0]];ne.registerError(D6,pd);var N6=[-3,A,cW,{[ae]:de},[ce],[0]];ne.
registerError(N6,ld);var k6=[-3,A,dW,{[ae]:de},[ce],[0]];ne.registerError(k6,ad);var $6=[-3,A,fW,{[ae]:de},[ce],[0]];ne.registerError($6,ud);var L6=[-3,A,lW,{[ae]:de},
[ce],[0]];ne.registerError(L6,Yu);var U6=[-3,A,uW,{[ae]:de},[po,Bo,C6,m6,ce],[0,0,0,1,0]];ne.registerError(U6,dd);var F6=[-3,A,mW,{[ae]:de},[ce],[0]];ne.registerError(
F6,Vu);var M6=[-3,A,yW,{[ae]:de},[ce],[0]];ne.registerError(M6,td);var H6=[-3,A,EW,{[ae]:de},[ce],[0]];ne.registerError(H6,Qu);var B6=[-3,A,_W,{[ae]:de},[ce],[0]];
ne.registerError(B6,Zu);var G6=[-3,A,RW,{[ae]:de},[ce],[0]];ne.registerError(G6,md);var j6=[-3,A,xW,{[ae]:de},[ce],[0]];ne.registerError(j6,rd);var z6=[-3,A,kW,
{[ae]:de},[ce],[0]];ne.registerError(z6,fd);var V6=[-3,A,FW,{[ae]:de},[ce],[0]];ne.registerError(V6,Wu);var W6=[-3,A,CW,{[ae]:de},[ce],[0]];ne.registerError(W6,
od);var q6=[-3,A,OW,{[ae]:de},[ce],[0]];ne.registerError(q6,cd);var K6=[-3,A,UW,{[ae]:de},[ce],[0]];ne.registerError(K6,sd);var J6=[-3,A,MW,{[ae]:de},[ce],[0]];
ne.registerError(J6,qu);var X6=[-3,A,HW,{[ae]:de},[ce],[0]];ne.registerError(X6,id);var Y6=[-3,A,GW,{[ae]:T6},[ce],[0]];ne.registerError(Y6,Ku);var Q6=[-3,A,KW,
{[ae]:de},[ce],[0]];ne.registerError(Q6,nd);var Z6=[-3,A,JW,{[ae]:de},[ce],[0]];ne.registerError(Z6,Ju);var eq=[-3,A,XW,{[ae]:de},[ce],[0]];ne.registerError(eq,
ed);var UN=[LN,ne],tq=[3,A,jV,0,[t6,o6],[0,4]];var rq=[3,A,VV,0,[Bo,bN,A6],[0,()=>Rq,()=>bq],1],oq=[3,A,WV,0,[y6,bN],[()=>FN,()=>xq]];var nq=[3,A,KV,0,[Bo,po,Ds,Hy],[0,0,0,1],1],sq=[3,A,JV,0,[l6,Ds],[()=>Tq,0]],iq=[3,A,XV,0,[Ds,Hy],[0,1]],aq=[3,A,YV,0,[w6,Ds],[()=>Aq,0],1],cq=[3,A,QV,0,[po,x6,
Ds,Hy],[0,64,0,1]],pq=[3,A,ZV,0,[I6,Ds],[()=>Cq,0]],lq=[3,A,nW,0,[],[]],uq=[3,A,sW,0,[ZW],[()=>tq]];var dq=[3,A,iW,0,[po,Bo,a6,ON,Fy],[0,0,()=>mq,0,0]];var mq=[3,A,pW,0,[Uy,My],[0,0]],fq=[3,A,gW,0,[My,CN,i6],[0,4,()=>yq]];var gq=[3,A,IW,0,[Bo,ON,po,Fy,My,Uy],[0,0,0,0,0,0],2],hq=[3,A,TW,0,[s6],[()=>dq]];var yq=[3,A,NW,0,[Uy,p6,c6,Fy,e6],[0,1,4,0,0]],Sq=[3,A,vW,0,[po,S6,R6,b6,QW],[0,0,0,2,()=>vq],5],Eq=[3,A,AW,0,[g6,v6,h6,r6],[0,0,2,2],4];var FN=[3,A,BW,0,[E6,po,Bo,_6,CN],[0,0,0,0,4]],xq=[3,A,DW,0,[PN,AN,DN,d6,vN,$N,f6],[0,64,64,0,0,0,2]],Rq=[3,A,PW,0,[PN,AN,DN,u6,vN,$N],[0,64,64,21,0,0]],_q=[3,A,
zW,0,[Bo,NN,po,n6],[0,0,0,2],2],wq=[3,A,VW,0,[po,Bo,NN],[0,0,0]],Iq=[3,A,WW,0,[SW,YW],[0,0]];var Tq=[1,A,hW,0,()=>fq];var vq=[1,A,bW,0,()=>Eq],Aq=[1,A,$W,0,()=>Sq],Cq=[1,A,LW,0,()=>FN];var bq=[1,A,qW,0,()=>Iq];var MN=[9,A,zV,0,()=>rq,()=>oq];var HN=[9,A,qV,0,()=>nq,()=>sq],BN=[9,A,eW,0,()=>iq,()=>aq],GN=[9,A,tW,0,()=>cq,()=>pq],jN=[9,A,oW,0,()=>lq,()=>uq];var zN=[9,A,wW,0,()=>gq,()=>hq];var VN=[9,A,jW,0,()=>_q,()=>wq];var WN=t=>({apiVersion:"2020-10-30",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??TN,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??fN,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new se}],logger:t?.logger??new xe,protocol:t?.protocol??fn,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecrpublic",errorTypeRegistries:UN,xmlNamespace:"http://ecr-public.amazonaws.com/doc/2020-12-02/",version:"2020-10-30",serviceTarget:"\
SpencerFrontendService"},serviceId:t?.serviceId??"ECR PUBLIC",sha256:t?.sha256??tt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??oe,utf8Encoder:t?.utf8Encoder??
ee});var qN=t=>{_t(process.version);let e=At(t),r=()=>e().then(Rt),o=WN(t);dt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(it,n),bodyLengthChecker:t?.bodyLengthChecker??gt,credentialDefaultProvider:t?.credentialDefaultProvider??
Uo,defaultUserAgentProvider:t?.defaultUserAgentProvider??Ht({serviceId:o.serviceId,clientVersion:SN.version}),maxAttempts:t?.maxAttempts??_(Lt,t),region:t?.region??
_(ve,{...He,...n}),requestHandler:be.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ft,default:async()=>(await r()).retryMode||Ve},t),streamCollector:t?.
streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(St,n),useFipsEndpoint:t?.useFipsEndpoint??_(Et,n),userAgentAppId:t?.userAgentAppId??_(Bt,n)}};F();v();U();var KN=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
JN=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var XN=(t,e)=>{let r=Object.assign(Gt(t),wt(t),bt(t),KN(t));return e.forEach(o=>o.configure(r)),Object.assign(t,jt(r),It(r),Pt(r),JN(r))};var gd=class extends Re{config;constructor(...[e]){let r=qN(e||{});super(r),this.initConfig=r;let o=hN(r),n=$t(o),s=Ut(n),i=vt(s),a=i,c=er(a),l=gN(c),u=XN(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(xt(this.config)),this.middlewareStack.use(Mt(this.config)),this.middlewareStack.use(rr(this.config)),this.
middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(kt(this.config)),
this.middlewareStack.use(rt(this.config,{httpAuthSchemeParametersProvider:mN,identityProviderConfigProvider:async d=>new Oe({"aws.auth#sigv4":d.credentials})})),
this.middlewareStack.use(ot(this.config))}destroy(){super.destroy()}};v();z();var cr=Tt(yN,"SpencerFrontendService","ECRPUBLICClient",tr),pr={},lr=(t,e,r,o)=>[];var hd=class extends cr(pr,lr,"CreateRepository",MN){};var yd=class extends cr(pr,lr,"DescribeImageTags",HN){};var Sd=class extends cr(pr,lr,"DescribeRegistries",BN){};var Ed=class extends cr(pr,lr,"DescribeRepositories",GN){};var xd=class extends cr(pr,lr,"GetAuthorizationToken",jN){};var Rd=class extends cr(pr,lr,"PutImage",zN){};var _d=class extends cr(pr,lr,"SetRepositoryPolicy",VN){};var YN=3e4,Pq=t=>/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(t)?"http":"https";function Oq(t){let e=/^(\w+)\s*(.*)$/.exec(t??"");if(!e)return;let r={};
for(let o of e[2].matchAll(/(\w+)="([^"]*)"/g))r[o[1]]=o[2];return{kind:e[1].toLowerCase(),params:r}}async function QN(t,e,r,o,n){let s=`${Pq(t.host)}://${t.host}\
/v2/${e}/manifests/${encodeURIComponent(r)}`,i=`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`,a=u=>Ls(s,{headers:{accept:o.join(", "),
...u?{authorization:u}:{}},timeoutMs:YN,signal:n}),c=await a();if(c.status===401){let u=Oq(c.headers["www-authenticate"]);if(u?.kind==="bearer"&&u.params.realm){
let d=new URL(u.params.realm);u.params.service&&d.searchParams.set("service",u.params.service),d.searchParams.set("scope",u.params.scope??`repository:${e}:pull`);
let m=await Ls(d,{headers:{authorization:i},timeoutMs:YN,signal:n}),f=JSON.parse(m.text);c=await a(`Bearer ${f.token??f.access_token}`)}else c=await a(i)}if(c.status!==
200)throw new Error(`the registry answered ${c.status} for ${e}:${r}`);let l=JSON.parse(c.text).mediaType;return{manifest:c.text,mediaType:l??String(c.headers["\
content-type"]??"").split(";")[0]}}var Dq="us-east-1",Nq=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.i\
mage.manifest.v1+json","application/vnd.oci.image.index.v1+json"];function kq(t){let e={description:t.catalogDescription,aboutText:t.catalogAbout,usageText:t.catalogUsage};
return Object.values(e).some(r=>r!==void 0)?e:void 0}var Ra=t=>t?.name??"",wd=class{constructor(e,r,o){this.registryId=r;this.deadline=o;this.client=new gd(Mn(Dq,
e,o))}registryId;deadline;client;registryUri;loginData;close(){this.client.destroy()}send(e,r){return this.call(e,()=>this.client.send(r,{abortSignal:this.deadline?.
signal}))}async login(){let[e,r]=await Promise.all([this.send("GetAuthorizationToken",new xd({})),this.registryUri??this.describeRegistryUri()]);return Gu(e.authorizationData,
r.split("/")[0])}async describeRegistryUri(){let e=await this.send("DescribeRegistries",new Sd({})),r=e.registries?.find(o=>!this.registryId||o.registryId===this.
registryId)??e.registries?.[0];if(!r?.registryUri)throw new Se("ECR Public returned no registry","create the public registry (its alias) in the ECR Public conso\
le first");return this.registryUri=r.registryUri,r.registryUri}async findRepository(e){try{let o=(await this.send("DescribeRepositories",new Ed({registryId:this.
registryId,repositoryNames:[uo(e)]}))).repositories?.[0];return o&&this.info(o,!1)}catch(r){if(Ra(r)==="RepositoryNotFoundException")return;throw r}}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new Se(`repository ${e.repository} does not exist in ECR Public`,"creat\
e it, or set create-repository: true");try{let o=await this.send("CreateRepository",new hd({repositoryName:uo(e.repository),catalogData:kq(e)}));return this.info(
o.repository,!0)}catch(o){if(Ra(o)!=="RepositoryAlreadyExistsException")throw o;let n=await this.findRepository(e.repository);if(!n)throw o;return n}}async applyPolicies(e){
if(!e.repositoryPolicy)return;let{readFileSync:r}=await import("node:fs");await this.send("SetRepositoryPolicy",new _d({registryId:this.registryId,repositoryName:uo(
e.repository),policyText:r(e.repositoryPolicy,"utf8")}))}async images(e,r){let o=new Map,n;try{do{let s=await this.send("DescribeImageTags",new yd({registryId:this.
registryId,repositoryName:uo(e),nextToken:n}));for(let i of s.imageTagDetails??[])i.imageTag&&r.includes(i.imageTag)&&i.imageDetail?.imageDigest&&o.set(i.imageTag,
{digest:i.imageDetail.imageDigest,manifest:"",mediaType:i.imageDetail.imageManifestMediaType??""});n=s.nextToken}while(n&&o.size<r.length)}catch(s){if(Ra(s)==="\
RepositoryNotFoundException")return o;throw s}return o}async putTag(e,r,o){let{manifest:n,mediaType:s}=r;if(!n){this.loginData??=this.login();let i=await this.loginData,
a=`${(this.registryUri??"").split("/").slice(1).join("/")}/${uo(e)}`.replace(/^\//,"");({manifest:n,mediaType:s}=await QN(i,a,r.digest,Nq,this.deadline?.signal))}
try{await this.send("PutImage",new Rd({registryId:this.registryId,repositoryName:uo(e),imageManifest:n,imageManifestMediaType:s||void 0,imageDigest:r.digest,imageTag:o}))}catch(i){
if(Ra(i)==="ImageAlreadyExistsException")return;throw i}}info(e,r){return this.registryUri??=e.repositoryUri.slice(0,e.repositoryUri.length-e.repositoryName.length-
1),{name:e.repositoryName,uri:e.repositoryUri,arn:e.repositoryArn,mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:r}}async call(e,r){try{return await mo(
this.deadline,`ECR Public ${e}`,r)}catch(o){let n=Ra(o);if(o instanceof ut||/NotFound|AlreadyExists/.test(n))throw o;let s=Hn(o);if(s.transient)throw new Se(`EC\
R Public ${e} failed after ${s.attempts} attempt(s): ${n}: ${o.message}`,Bn("ECR",s.throttled),{cause:o});let i=/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.
test(n)?`the credentials need ecr-public:${e}${e==="GetAuthorizationToken"?" and sts:GetServiceBearerToken":""} (\`ecr-deliver iam-policy --registry-type public\`\
 prints the policy)`:void 0;throw new Se(`ECR Public ${e} failed: ${n}: ${o.message}`,i,{cause:o})}}};var Fr=[...jo,"INFORMATIONAL","UNDEFINED"],$q=10,Lq=1e3,Uq=15e3,Fq=2e4,Mq=new Set(["COMPLETE","ACTIVE"]),Hq=new Set(["IN_PROGRESS","PENDING"]),Bq=t=>new Promise(
e=>setTimeout(e,t));async function ek(t,e){try{return await Gq(t,e)}catch(r){if(r instanceof Nn)throw r;let o=kn(r);return Id(e,"failed",`could not read ECR's s\
can of ${e.digest}: ${o.message}`,o.hint??"check the role's permissions for the scan (`ecr-deliver iam-policy \u2026 --scan-wait true`)")}}async function Gq(t,e){
let r=e.sleep??Bq,o=e.now??Date.now,n=o(),s=n+e.timeoutSeconds*1e3,i=Lq,a=!1,c="no scan yet";for(;;){let l=await t.scanFindings(e.repository,e.digest);if(!l&&e.
start&&!a){e.info(`No scan of ${e.digest} yet: starting one (StartImageScan)`),await t.startScan(e.repository,e.digest),a=!0;continue}let u=l?.imageScanStatus?.
status??"";if(l&&Mq.has(u))return Vq(e,await zq(t,e,l));if(l&&!Hq.has(u))return Id(e,"failed",`ECR's scan of ${e.digest} ended ${u||"without a status"}${l.imageScanStatus?.
description?`: ${l.imageScanStatus.description}`:""}`,"ECR scans images whose OS packages it knows; see the scan status in the ECR console");c=l?`scan ${u}`:"no\
 scan yet";let m=(!l&&!a?Math.min(s,n+Fq):s)-o();if(!l&&!a&&m<=0)return jq(e,o()-n);if(m<=0)return Id(e,"timeout",`ECR's scan of ${e.digest} did not complete wi\
thin ${e.timeoutSeconds} s (scan-timeout-seconds; last seen: ${c})`,"raise scan-timeout-seconds; enhanced scanning of a new image can take several minutes");await r(
Math.min(i,m)),i=Math.min(i*2,Uq)}}function jq(t,e){let r=t.scanOnPush?"although the repository is set to scan on push":"the repository does not scan on push";return Id(
t,"not-found",`ECR has no scan of ${t.digest} after ${Math.round(e/1e3)} s: ${r}`,"turn scan on push on (scan-on-push for a repository the run creates, `aws ecr\
 put-image-scanning-configuration`, or a registry scanning rule), or set scan-start: true")}async function zq(t,e,r){let o=[r];for(let n=r.nextToken;n;n=o[o.length-
1].nextToken){let s=await t.scanFindings(e.repository,e.digest,n);if(!s)break;o.push(s)}return o}function Vq(t,e){let r=e[0].imageScanFindings?.findingSeverityCounts??
{},o=Object.fromEntries(Fr.map(a=>[a,r[a]??0])),n=e.flatMap(a=>[...(a.imageScanFindings?.findings??[]).map(qq),...(a.imageScanFindings?.enhancedFindings??[]).map(
Kq)]),s=a=>{let c=Fr.indexOf(a.severity);return c<0?Fr.length:c},i=n.map((a,c)=>({f:a,i:c})).sort((a,c)=>s(a.f)-s(c.f)||a.i-c.i).slice(0,$q).map(({f:a})=>a);return{
outcome:"complete",counts:o,top:i,threshold:t.threshold,gate:Wq(o,t.threshold)}}function Id(t,e,r,o){return{outcome:e,counts:{},top:[],problem:r,hint:o,threshold:t.
threshold,gate:t.threshold==="none"?"off":"failed"}}function Wq(t,e){return e==="none"?"off":jo.slice(0,jo.indexOf(e)+1).some(o=>(t[o]??0)>0)?"failed":"passed"}
function tk(t){return t?.outcome==="complete"?JSON.stringify(t.counts):""}function Td(t,e){if(!t)return{};if(t.gate==="failed"&&t.outcome!=="complete")return{failure:new ks(
`fail-on-severity ${t.threshold}: ${t.problem}; the image is pushed (${e}) but could not be judged`,t.hint)};if(t.gate==="failed"){let r=jo.slice(0,jo.indexOf(t.
threshold)+1).filter(o=>t.counts[o]>0);return{failure:new ks(`fail-on-severity ${t.threshold}: ECR's scan found ${r.map(o=>`${t.counts[o]} ${o}`).join(", ")}; t\
he image is pushed (${e}) but should not be deployed`,"fix or upgrade the packages listed in the summary and deliver again, or raise fail-on-severity")}}return t.
outcome!=="complete"?{warning:`scan-wait: ${t.problem}`}:{}}var ZN=(t,e)=>t.attributes?.find(r=>r.key===e)?.value;function qq(t){let e=[ZN(t,"package_name"),ZN(
t,"package_version")].filter(Boolean).join(" ");return{name:t.name??"",severity:t.severity??"UNDEFINED",package:e,link:t.uri??""}}function Kq(t){let e=t.packageVulnerabilityDetails,
r=(e?.vulnerablePackages??[]).map(o=>[o.name,o.version].filter(Boolean).join(" ")).join(", ");return{name:e?.vulnerabilityId??t.title??"",severity:t.severity??"\
UNDEFINED",package:r,link:e?.sourceUrl??e?.referenceUrls?.[0]??""}}var Jq=(t,e,r,o)=>new Ps(t,e,r,o);function vd(t){let e=new Bs(t.options.timeoutSeconds),r=Dl.create(t.env);return e.bound(()=>Xq(t,e,Sa(t.env,r.dir))).finally(()=>r.
remove())}async function Xq(t,e,r){let{options:o,context:n,reporter:s}=t,i=new An(t.run,s,e,r),a=o.image?void 0:iD(o),c=Promise.all([i.check(),a?i.hasBuildx():!0]),
l=ok(t),[,u]=await c;if(!u)throw new Qt(`${a} needs docker buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-act\
ion), or drop the option");o.image||i.hasBuildx();let d=await s.phase("Credentials",()=>nk(t,l,e)),m=(t.openRegistry??rk(o))(n.region,d,o.registryId,e),f=()=>Ny(
o.pullRegistries,n.region,d,e);try{return await new By(t,i,m,f).run()}finally{m.close()}}function rk(t){return t.registryType==="public"?(e,r,o,n)=>new wd(r,o,n):
Jq}function Ad(t){let e=new Bs(t.options.timeoutSeconds);return e.bound(()=>Yq(t,e))}async function Yq(t,e){let r=new An(t.run,t.reporter,e,Sa(t.env)),o=r.check(),
n=ok(t);await o;let s=await t.reporter.phase("Credentials",()=>nk(t,n,e)),i=(t.openRegistry??rk(t.options))(t.context.region,s,t.options.registryId,e);try{return await t.
reporter.phase("Login",async()=>{let[a,c]=await Promise.all([i.login(),Ny(t.options.pullRegistries,t.context.region,s,e)]),l=[a,...c.filter(u=>u.host!==a.host)];
for(let u of l)t.onLogin?.(u.host),await r.login(u);return{registry:a.host,registries:l.map(u=>u.host),login:a}})}finally{i.close()}}function ok(t){let{options:e,
context:r}=t;if(e.roleToAssume)return ZO({ci:r.ci,audience:e.audience,tokenFile:e.webIdentityTokenFile,tokenEnv:e.webIdentityTokenEnv,platformToken:t.platformToken,
env:t.env}).catch(o=>o)}async function nk(t,e,r){let{options:o,context:n,reporter:s}=t;if(!o.roleToAssume||!e){s.info("No role-to-assume: using the ambient AWS \
credential chain");return}let i=await e;if(i instanceof Error)throw i;return s.secret(i.token),s.info(`Assuming ${o.roleToAssume} as ${n.sessionName} with the O\
IDC token from ${i.source}`),eD({roleArn:o.roleToAssume,sessionName:n.sessionName,durationSeconds:o.roleDurationSeconds,region:n.region},i.token,s,r)}var By=class{constructor(e,r,o,n=async()=>[]){
this.req=e;this.docker=r;this.ecr=o;this.pullLogins=n;this.o=e.options,this.sha=e.context.commitSha,this.tags=[...new Set([this.sha,...this.o.tags,...e.context.
release.tags])]}req;docker;ecr;pullLogins;o;sha;tags;repo;loggedIn=[];background=[];async run(){try{let e=await this.steps(),r=await this.scan(e);return{outputs:{
...e,"scan-findings":tk(r)},scan:r}}catch(e){throw await Promise.allSettled(this.background),e}}async steps(){let{reporter:e}=this.req,[r,o]=await e.phase("Repo\
sitory",()=>Promise.all([this.o.push?this.ecr.ensureRepository(this.o,uS(this.o.tags,this.req.context.release)):this.lookUpRepository(),this.ecr.images(this.o.repository,
this.tags)]));this.repo=r,r.created&&e.info(`Created repository ${r.uri} (${r.mutability})`);let n=this.o.push?this.inBackground(this.ecr.applyPolicies(this.o)):
Promise.resolve(),s=o.get(this.sha),i=s&&(this.o.skipExisting||Dy(r,this.sha))?s:void 0;if(this.refuseImmutableConflicts(r,o,i),i)return e.info(`${r.uri}:${this.
sha} already exists (${i.digest}): nothing to build or upload`),this.o.push?(await n,await e.phase("Tag",()=>this.copyTags(r,i,o)),this.verified(r,i.digest,!1)):
this.outputs(r,i.digest,!1);let a=!this.o.image&&ky(Hs(this.o)).includes(r.uri.split("/")[0]),c=this.o.push||this.o.cache||a?this.inBackground(e.track("Login",()=>this.
login())):void 0,l=this.o.pullRegistries.length&&!this.o.image?this.inBackground(this.loginPullRegistries()):void 0;(this.o.cache||a)&&await c,await l;let u=await e.
phase(this.o.image?"Tag":"Build",()=>this.produceImage(r));if(!this.o.push)return this.outputs(r,"",!1);await Promise.all([c,n]);let d=u??await e.phase("Push",()=>this.
docker.push(`${r.uri}:${this.sha}`,()=>this.login()));return this.tags.length>1&&await e.phase("Tag",async()=>{let m=(await this.ecr.images(this.o.repository,[this.
sha])).get(this.sha);if(!m||m.digest!==d)throw new Se(`ECR does not show ${this.sha} at the pushed digest ${d}`);await this.copyTags(r,m,o)}),this.verified(r,d,
!0)}async scan(e){if(!this.o.scanWait||!this.repo)return;if(!e.digest){this.req.reporter.info("scan-wait: nothing was pushed (push: false), so there is no scan \
to wait for");return}let{reporter:r}=this.req,o=this.repo,n=this.ecr;if(!n.scanFindings||!n.startScan)throw new Se("scan-wait: this registry does not scan image\
s","ECR Public has no image scanning: drop scan-wait");return r.phase("Scan",()=>ek(n,{repository:this.o.repository,digest:e.digest,timeoutSeconds:this.o.scanTimeoutSeconds,
start:this.o.scanStart,threshold:this.o.failOnSeverity,scanOnPush:o.scanOnPush,info:s=>r.info(s)}))}inBackground(e){return e.catch(()=>{}),this.background.push(
e),e}async lookUpRepository(){let e=await this.ecr.findRepository(this.o.repository);if(e)return e;let{host:r}=await this.ecr.login();return{name:this.o.repository,
uri:`${r}/${this.o.repository}`,arn:"",mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:!1}}async login(){let e=await this.ecr.login();await this.
docker.login(e),this.loggedIn.push(e.host)}async loginPullRegistries(){let e=await this.req.reporter.phase("Login to pull registries",()=>this.pullLogins());for(let r of e)
await this.docker.login(r),this.loggedIn.push(r.host)}refuseImmutableConflicts(e,r,o){for(let n of this.tags){let s=r.get(n);if(!(!s||!Dy(e,n)||o&&s.digest===o.
digest))throw new Se(`tag ${n} already exists in the immutable repository ${e.name} at ${s.digest}, which is not the image being delivered`,"immutable tags cann\
ot move: remove the tag from `tags` (use a new one), or make the repository MUTABLE")}}async produceImage(e){let r=this.tags.map(l=>`${e.uri}:${l}`);if(this.o.image){
for(let l of r)await this.docker.tag(this.o.image,l);return}Jd(this.o);let o=this.req.context,n={"org.opencontainers.image.revision":this.sha,"org.opencontainer\
s.image.created":new Date().toISOString()};o.sourceUrl&&(n["org.opencontainers.image.source"]=o.sourceUrl),o.release.version&&(n["org.opencontainers.image.versi\
on"]=o.release.version);for(let l of this.o.labels){let u=l.indexOf("=");n[l.slice(0,u)]=l.slice(u+1)}let s=await this.docker.hasBuildx(),i=s&&this.o.push&&(!!this.
o.platform?.includes(",")||this.o.provenance),c=await this.docker.build({context:this.o.context,dockerfile:Hs(this.o),tags:i?r.slice(0,1):r,labels:n,buildArgs:this.
o.buildArgs,target:this.o.target,platform:this.o.platform,cache:this.o.cache?{ref:`${e.uri}:buildcache`,write:this.o.push}:void 0,provenance:this.o.provenance,pushFromBuilder:i},
s).catch(l=>{let u=l instanceof dr&&dN(l.message,Hs(this.o),[...this.loggedIn,e.uri.split("/")[0]],this.req.context.region);throw u?new dr(l.message,u):l});if(i&&
!c)throw new dr("buildx pushed but reported no digest");return c}async copyTags(e,r,o){let n=this.tags.slice(1).filter(s=>o.get(s)?.digest!==r.digest);await lN(
this.ecr,e.name,r,n)}async verified(e,r,o){let n=await this.ecr.images(this.o.repository,this.tags),s=this.tags.filter(i=>n.get(i)?.digest!==r);if(s.length)throw new Se(
`after delivery, tag(s) ${s.join(", ")} do not point at ${r} in ECR`,"another delivery may have moved them at the same time; re-run to deliver again");return this.
outputs(e,r,o)}outputs(e,r,o){return{registry:e.uri.split("/")[0],"repository-uri":e.uri,image:`${e.uri}:${this.sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:"",
tags:this.tags,pushed:o,"scan-findings":""}}};var _a=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{let n=Date.now();this.timings.push({title:e,seconds:(n-
o)/1e3,start:(o-this.started)/1e3,end:(n-this.started)/1e3})}}get byStart(){return[...this.timings].sort((e,r)=>e.start-r.start)}get totalSeconds(){return(Date.
now()-this.started)/1e3}describe(){let e=this.byStart.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.totalSeconds.
toFixed(1)} s`}},wa=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new _a;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}track(e,r){return this.clock.time(e,r)}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),n=await this.clock.time(e,r);return this.info(`\u2714 ${e}\
 (${((Date.now()-o)/1e3).toFixed(1)} s)`),n}};var sk=t=>Math.round(t*1e3),ik=t=>t.replace(/[:#;]/g," ").trim()||"phase";function ak(t){let e=["```mermaid","gantt","  title ecr-deliver phases (seconds since \
start)","  dateFormat x","  axisFormat %M:%S"];return t.forEach((r,o)=>{let n=sk(r.start),s=Math.max(sk(r.end),n+1);e.push(`  section ${ik(r.title)}`,`  ${ik(r.
title)} ${r.seconds.toFixed(1)} s :p${o}, ${n}, ${s}`)}),e.push("```"),e.join(`
`)}function ck(t,e=40){if(t.length===0)return[];let r=Math.max(...t.map(n=>n.end),.001),o=Math.max(...t.map(n=>n.title.length));return t.map(n=>{let s=Math.min(
e-1,Math.floor(n.start/r*e)),i=Math.max(s+1,Math.min(e,Math.round(n.end/r*e))),a="\xB7".repeat(s)+"\u2588".repeat(i-s)+"\xB7".repeat(e-i);return`${n.title.padEnd(
o)}  ${a}  ${n.start.toFixed(1)}\u2013${n.end.toFixed(1)} s`})}var Ns=t=>t.replace(/[\r\n]+/g," ").replace(/[|\\`*_~<>[\]]/g,e=>`\\${e}`),Gy=t=>`\`${t.replace(/`/g,"'")}\``;function pk(t,e,r){let o=t.pushed?"delivered":t.digest?
"already delivered":"built, not pushed",n=[["image",Gy(t.image)],["digest",t.digest?Gy(t.digest):"(not pushed)"],["tags",t.tags.map(Gy).join(" ")],["pushed",String(
t.pushed)],["timings",Ns(e.describe())]],s=[`### ecr-deliver: ${o}`,"","| | |","|---|---|",...n.map(([i,a])=>`| ${i} | ${a} |`),"","#### Timeline","",ak(e.byStart),
""];return r&&s.push(...Qq(r),""),s.join(`
`)}function Qq(t){let e=["#### Vulnerability scan",""];if(t.outcome!=="complete")return e.push("> [!WARNING]",`> ${Ns(t.problem??"no scan")}`),t.gate==="failed"&&
e.push(">",`> fail-on-severity ${t.threshold}: **failed** (the image is pushed, but could not be judged)`),e;if(e.push(`| ${Fr.join(" | ")} |`,`|${Fr.map(()=>"-\
--:").join("|")}|`,`| ${Fr.map(r=>t.counts[r]).join(" | ")} |`,""),t.gate!=="off"&&e.push(t.gate==="failed"?`**fail-on-severity ${t.threshold}: failed.** The im\
age is pushed, but should not be deployed.`:`fail-on-severity ${t.threshold}: passed.`,""),t.top.length){e.push("| finding | severity | package |","|---|---|---\
|");for(let r of t.top){let o=/^https?:\/\/[^\s()<>]+$/.test(r.link)?`[${Ns(r.name)}](${r.link})`:Ns(r.name);e.push(`| ${o} | ${Ns(r.severity)} | ${Ns(r.package)||
"\u2014"} |`)}}else e.push("No findings.");return e}var lk="isPost",uk="registries",dk="skipLogout",Cd=class{clock=new _a;output=tS;info=e=>Na(e);warning=e=>Hd(e);secret=e=>Da(e);phase(e,r){return nS(e,()=>this.clock.
time(e,r))}track(e,r){return this.clock.time(e,r)}},mk=t=>t[`STATE_${lk}`]==="true";async function fk(){Oa(lk,"true");let t=new Cd,e=new Set,r=o=>{e.add(o),Oa(uk,
JSON.stringify([...e]))};try{let o=gS(l=>Pa(l));if(o.mode==="login")return await Zq(t,r,o);let n=Un(l=>Pa(l)),s=Fn(n),{outputs:i,scan:a}=await vd({options:n,context:s,
reporter:t,run:Wo,env:process.env,platformToken:l=>Gd(l)});for(let{name:l}of Qr)Ln(l,zo(i,l));Bd(pk(i,t.clock,a));let c=Td(a,i["image-ref"]);if(c.warning&&Hd(c.
warning),c.failure)throw c.failure}catch(o){let n=kn(o);oS(n.hint?`${n.message}
Hint: ${n.hint}`:n.message)}}async function Zq(t,e,r){r.skipLogout&&Oa(dk,"true");let o=Un(i=>Pa(i),"login"),n=Fn(o,process.env,"login"),s=await Ad({options:o,context:n,
reporter:t,run:Wo,env:process.env,platformToken:i=>Gd(i),onLogin:e});Ln("registry",s.registry),Ln("registries",s.registries.join(",")),r.dockerCredentialsOutput&&
(Da(s.login.password),Ln("docker-username",s.login.username),Ln("docker-password",s.login.password)),Na(`Logged in to ${s.registries.join(", ")}${r.skipLogout?"\
 (kept after the job: skip-logout)":"; the post step logs out"}`),Bd(["### ecr-deliver login","",...s.registries.map(i=>`- \`${i}\``),"",`timings: ${t.clock.describe()}`,
""].join(`
`))}async function gk(){let t=JSON.parse(Md(uk)||"[]");if(Md(dk)==="true"){Na(`skip-logout: docker stays logged in to ${t.join(", ")||"nothing"}`);return}let e=new An(
Wo,new Cd,void 0,Sa(process.env));for(let r of t)await e.logout(r)}var Ok=require("node:util");var _k=require("node:util");var hk=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],bd=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"];function e8(t){let e=new Set(["ecr:DescribeRepositories","ecr:BatchGetImage"]),r=o=>{for(let n of o)
e.add(n)};return t.push&&(r(hk),t.createRepository&&e.add("ecr:CreateRepository"),t.lifecyclePolicy&&e.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&e.add("\
ecr:SetRepositoryPolicy")),t.cache&&r(t.push?[...bd,...hk]:bd),t.scanWait&&e.add("ecr:DescribeImageScanFindings"),t.scanWait&&t.scanStart&&e.add("ecr:StartImage\
Scan"),[...e].sort()}function t8(t){return`arn:${Vo(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${t.repository}`}function yk(t){if(t.registryType===
"public")return n8(t);let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:GetAuthorizationToken",Resource:"*"},{Sid:"EcrDeliver",Effect:"Allow",Action:e8(t),Resource:t8(
t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.test(t.kmsKey)?t.kmsKey:`arn:${Vo(t.region)}:k\
ms:${t.region}:${t.registryId??t.accountId}:key/*`,o={"kms:ViaService":`ecr.${t.region}.amazonaws.com${Vo(t.region)==="aws-cn"?".cn":""}`};e.push({Sid:"KmsGrant\
ForNewRepository",Effect:"Allow",Action:"kms:CreateGrant",Resource:r,Condition:{StringEquals:o,Bool:{"kms:GrantIsForAWSResource":"true"}}},{Sid:"KmsForNewReposi\
tory",Effect:"Allow",Action:["kms:DescribeKey","kms:RetireGrant"],Resource:r,Condition:{StringEquals:o}})}return e.push(...wk(t)),{Version:"2012-10-17",Statement:e}}
function wk(t){let e=[],r=t.pullRepositories?.length?t.pullRepositories:["*"],o=(t.pullRegistries??[]).flatMap(s=>r.map(i=>`arn:${Vo(s.region??t.region)}:ecr:${s.
region??t.region}:${s.id}:repository/${i}`));o.length&&e.push({Sid:"EcrPullBaseImages",Effect:"Allow",Action:bd.slice().sort(),Resource:o.length===1?o[0]:o});let n=(t.
pullThrough??[]).map(s=>`arn:${Vo(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${s}/*`);return n.length&&e.push({Sid:"EcrPullThroughCache",
Effect:"Allow",Action:[...r8,...bd].sort(),Resource:n.length===1?n[0]:n}),e}function Ik(t){return!t.pullRegistries?.length||t.pullRepositories?.length?[]:[`--pu\
ll-repositories not given: the role may pull every repository of ${t.pullRegistries.map(e=>e.id).join(", ")}; pass name patterns to narrow it`]}var r8=["ecr:Bat\
chImportUpstreamImage","ecr:CreateRepository"],Sk=["ecr-public:GetAuthorizationToken","sts:GetServiceBearerToken"],o8=["ecr-public:BatchCheckLayerAvailability",
"ecr-public:InitiateLayerUpload","ecr-public:UploadLayerPart","ecr-public:CompleteLayerUpload","ecr-public:PutImage"];function n8(t){let e=t.push?Sk:[...Sk,"ecr\
-public:DescribeRegistries"],r=new Set(["ecr-public:DescribeRepositories","ecr-public:DescribeImageTags"]);if(t.push){for(let n of o8)r.add(n);t.createRepository&&
r.add("ecr-public:CreateRepository"),t.repositoryPolicy&&r.add("ecr-public:SetRepositoryPolicy")}let o=t.repository.replace(/^public\.ecr\.aws\/[^/]+\//,"");return{
Version:"2012-10-17",Statement:[{Sid:"EcrPublicLogin",Effect:"Allow",Action:e,Resource:"*"},{Sid:"EcrPublicDeliver",Effect:"Allow",Action:[...r].sort(),Resource:`\
arn:aws:ecr-public::${t.registryId??t.accountId}:repository/${o}`},...wk(t)]}}var s8="token.actions.githubusercontent.com",i8="oidc.circleci.com/org";function a8(t){
let e=t.pullRequest?"pull_request":t.environment!==void 0?`environment:${t.environment}`:t.tag!==void 0?`ref:refs/tags/${t.tag}`:`ref:refs/heads/${t.branch??"ma\
in"}`;return`repo:${t.repo}:${e}`}function c8(t){let e=Vo(t.region),r,o,n;if(t.provider==="github")r=t.githubIssuer??s8,o=t.audience??"sts.amazonaws.com",n=a8(t);else if(t.
provider==="circleci")r=`${i8}/${t.orgId}`,o=t.audience??t.orgId,n=`org/${t.orgId}/project/${t.projectId}/user/*${t.vcsRef?`/vcs-origin/*/vcs-ref/${t.vcsRef}`:""}`;else
return;let s=/[*?]/.test(n),i={StringEquals:{[`${r}:aud`]:o}};return s?i.StringLike={[`${r}:sub`]:n}:i.StringEquals[`${r}:sub`]=n,{Version:"2012-10-17",Statement:[
{Effect:"Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},Action:"sts:AssumeRoleWithWebIdentity",Condition:i}]}}function p8(t){let e=c8(
t);return e?{permissionsPolicy:yk(t),trustPolicy:e}:{permissionsPolicy:yk(t)}}var jy=[{name:"repository",value:"NAME",description:"ECR repository the role deliv\
ers to (required)."},{name:"account-id",value:"ID",description:"AWS account id (12 digits) of the role and its OIDC provider (required)."},{name:"aws-region",value:"\
REGION",description:"Region of the registry (default: AWS_REGION, then AWS_DEFAULT_REGION)."},{name:"registry-id",value:"ID",description:"Account that owns the \
registry, for cross-account pushes (default: account-id)."},{name:"provider",value:"github|circleci|none",description:"Whose OIDC tokens the role trusts (defaul\
t: github with --repo, circleci with --org-id). `none` prints the permissions policy only."},{name:"audience",value:"AUD",description:"Pinned `aud` (default: st\
s.amazonaws.com on GitHub, the org id on CircleCI)."},{name:"repo",value:"OWNER/REPO",description:"GitHub repository, or its immutable form OWNER@ID/REPO@ID whe\
n its OIDC subject carries ids."},{name:"branch",value:"BRANCH",description:"GitHub branch allowed to deliver (default: main; `*` patterns allowed)."},{name:"ta\
g",value:"TAG",description:"GitHub tag allowed to deliver, for release workflows on tag pushes (`v*` patterns allowed; instead of --branch)."},{name:"environmen\
t",value:"NAME",description:"GitHub environment allowed to deliver, for jobs that use `environment:` (instead of --branch)."},{name:"pull-request",value:"true|f\
alse",description:"Trust runs on `pull_request` events of the repository instead of a branch (pair it with --push false)."},{name:"org-id",value:"UUID",description:"\
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
efault: false)."},{name:"cache",value:"true|false",description:"The delivery uses the BuildKit registry cache (default: false)."},{name:"push",value:"true|false",
description:"The delivery pushes; false = build-only runs that just look up the repository (default: true)."},{name:"encryption-type",value:"AES256|KMS",description:"\
Encryption of a created repository; KMS adds the KMS grants ECR needs (default: AES256)."},{name:"kms-key",value:"ARN",description:"KMS key ARN of a created rep\
ository (default: any key of the account)."},{name:"scan-wait",value:"true|false",description:"The delivery waits for the image scan (default: false)."},{name:"\
scan-start",value:"true|false",description:"With --scan-wait: the delivery may start a scan (default: false)."},{name:"only",value:"permissions|trust",description:"\
Print just that one policy document, ready for `aws iam \u2026 file://`."}],Tk="[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",vk="[A-Za-z0-9._-]{1,100}",l8=new RegExp(`^${Tk}\
/${vk}$`),u8=new RegExp(`^${Tk}@\\d{1,20}/${vk}@\\d{1,20}$`),Ek=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,d8=/^[^\x00-\x1f\x7f:]{1,255}$/,xk=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
m8=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/,f8=lo("github","circleci","none"),g8=lo("permissions","trust");function Rk(t,e){
if(e===void 0||e.trim()===""||/^(false|0)$/i.test(e))return!1;if(/[\x00-\x1f\x7f]/.test(e))throw new P(t,e,"contains control characters");return!0}function Ak(t,e=process.
env){let{values:r,positionals:o}=(0,_k.parseArgs)({args:t,options:Object.fromEntries(jy.map(R=>[R.name,{type:"string"}])),strict:!0,allowPositionals:!0});if(o.length)
throw new P("iam-policy",o[0],"is not a flag: every value follows its --flag (see `ecr-deliver iam-policy --help`)");let n=R=>{let T=r[R]?.trim();return T===""?
void 0:T},s=(R,T)=>{let M=n(R);if(M===void 0)throw new P(R,"",`is required: ${T}`);return M},i=(R,T)=>{let M=n(R);return M!==void 0&&Go(R,M,T(M)),M},a=s("reposi\
tory","the ECR repository the role delivers to");Go("repository",a,Fe.repository(a));let c=Yd(n("aws-region"),e),l=s("account-id","the 12-digit AWS account id o\
f the role");Go("account-id",l,Fe.account(l));let u=br("registry-id",n("registry-id")),d=["repo","branch","tag","environment","pull-request","github-issuer"].filter(
R=>n(R)!==void 0),m=["org-id","project-id","vcs-ref"].filter(R=>n(R)!==void 0),f=n("provider"),g=f!==void 0?f8.parse(f,"provider"):d.length?"github":m.length?"c\
ircleci":void 0;if(!g)throw new P("provider","","is required: github (with --repo), circleci (with --org-id), or none");let y=g==="github"?m:g==="circleci"?d:[...d,
...m];if(y.length)throw new P(y[0],n(y[0]),`does not apply to --provider ${g}`);let h=i("audience",Fe.audience),S={repository:a,region:c,accountId:l,registryId:u,
provider:g,audience:h,createRepository:br("create-repository",n("create-repository")),lifecyclePolicy:Rk("lifecycle-policy",n("lifecycle-policy")),repositoryPolicy:Rk(
"repository-policy",n("repository-policy")),cache:br("cache",n("cache")),push:br("push",n("push")),encryptionType:br("encryption-type",n("encryption-type")),scanWait:br(
"scan-wait",n("scan-wait")),scanStart:br("scan-start",n("scan-start"))};if(S.kmsKey=i("kms-key",Ie(m8,"is not a KMS key or alias ARN like `arn:aws:kms:eu-west-1\
:123456789012:key/\u2026`")),S.kmsKey&&S.encryptionType!=="KMS")throw new P("kms-key",S.kmsKey,"needs --encryption-type KMS");if(g==="github"){let R=s("repo","t\
he GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");if(!l8.test(R)&&!u8.test(R))throw new P("repo",R,"is not a GitHub repository like `octo-org/octo-repo\
`, or `octo-org@123456/octo-repo@456789` with the immutable ids");S.repo=R,S.environment=i("environment",Ie(d8,"is not a GitHub environment name (1\u2013255 characte\
rs, no `:`)"));let T=n("branch")?.replace(/^refs\/heads\//,"");if(T!==void 0&&S.environment!==void 0)throw new P("branch",T,"cannot be combined with --environme\
nt: a job with an environment gets `environment:NAME` as its OIDC subject");if(T!==void 0&&!Ek.test(T))throw new P("branch",T,"is not a git branch name");let M=n(
"pull-request");if(S.pullRequest=M!==void 0&&Zt.parse(M,"pull-request"),S.pullRequest&&(T!==void 0||S.environment!==void 0))throw new P("pull-request",n("pull-r\
equest"),"cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`");let V=n("tag")?.replace(/^refs\/tags\//,
"");if(V!==void 0&&(T!==void 0||S.environment!==void 0||S.pullRequest))throw new P("tag",V,"cannot be combined with --branch, --environment or --pull-request: a\
 tag push's OIDC subject is `repo:OWNER/REPO:ref:refs/tags/TAG`");if(V!==void 0&&!Ek.test(V))throw new P("tag",V,"is not a git tag name");S.tag=V,S.environment===
void 0&&!S.pullRequest&&V===void 0&&(S.branch=T??"main")}else if(g==="circleci"){let R=s("org-id","the CircleCI organization id (a UUID, Organization Settings >\
 Overview)");if(!xk.test(R))throw new P("org-id",R,"is not a CircleCI organization id (a lowercase UUID)");S.orgId=R;let T=s("project-id","the CircleCI project \
id (a UUID, Project Settings > Overview): without it every project of the org could deliver");if(!xk.test(T))throw new P("project-id",T,"is not a CircleCI proje\
ct id (a lowercase UUID)");S.projectId=T,S.vcsRef=i("vcs-ref",Ie(/^[A-Za-z0-9._/+@*#-]{1,255}$/,"is not a git ref like `refs/heads/main`"))}Object.assign(S,h8(n)),
a.startsWith("public.ecr.aws/")&&(S.registryType="public"),g==="github"&&n("github-issuer")!==void 0&&(S.githubIssuer=i("github-issuer",Ie(/^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i,
"is not an OIDC issuer like `ghe.example.com/_services/token`")).replace(/^https:\/\//,"").replace(/\/+$/,""));let E=n("only"),I=E===void 0?void 0:g8.parse(E,"o\
nly");if(I==="trust"&&g==="none")throw new P("only",E,"needs a --provider: `none` has no trust policy");return{request:S,only:I}}function h8(t){let e=i=>(t(i)??
"").split(",").map(a=>a.trim()).filter(Boolean),r=e("pull-registries").map(i=>{let a=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/.exec(i);if(!a)throw new P(
"pull-registries",i,"is not an ECR registry id (12 digits) or `ID@REGION`");return{id:a[1],region:a[2]}}),o=e("pull-repositories");for(let i of o)if(!/^[a-z0-9*][a-z0-9._/*-]{0,255}$/.
test(i))throw new P("pull-repositories",i,"is not a repository name pattern (lowercase name, `*` wildcards)");if(o.length&&!r.length)throw new P("pull-repositor\
ies",t("pull-repositories"),"needs --pull-registries");let n=e("pull-through");for(let i of n)if(i.length<2||i.length>30||Fe.repository(i))throw new P("pull-thr\
ough",i,"is not a pull-through cache prefix (2\u201330 characters, ECR's repository naming rule)");let s=t("registry-type")?.toLowerCase();if(s!==void 0&&s!=="p\
rivate"&&s!=="public")throw new P("registry-type",s,"is not one of private, public");return{pullRegistries:r,pullRepositories:o,pullThrough:n,registryType:s}}function Ck(t,e){
let r=p8(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,null,2)}
`}var Ta=t=>e=>t[SS(e)];function Ia(t){let e=kn(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function Pd(t,e){let r=new wa(process.stderr);try{let o=Un(t),n=Fn(o),{outputs:s,scan:i}=await vd({options:o,context:n,reporter:r,run:Wo,env:process.
env});r.info(S8(s,r.clock,i)),e(s);let a=Td(i,s["image-ref"]);return a.warning&&r.warning(a.warning),a.failure?Ia(a.failure):0}catch(o){return Ia(o)}}async function Od(t,e){
let r=new wa(process.stderr);try{let o=Un(t,"login"),n=Fn(o,process.env,"login"),{registry:s}=await Ad({options:o,context:n,reporter:r,run:Wo,env:process.env});
return r.info(bk(`logged in to ${s}`,[["registry",s]],r.clock)),e(s),0}catch(o){return Ia(o)}}function y8(t){return t.pushed?"true":t.digest?"false (the SHA tag\
 was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged locally only)"}function S8(t,e,r){let o=t.pushed?`delivered ${t.image}`:t.
digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,n=Qr.filter(({name:i})=>i!=="scan-findings"||r).map(({name:i})=>[i,i==="pushed"?y8(t):zo(
t,i)||"-"]),s=ck(e.byStart).map(i=>`    ${i}`);return[bk(o,n,e),"  timeline",...s,...r?E8(r):[]].join(`
`)}function E8(t){if(t.outcome!=="complete")return["  scan",`    ${t.problem}`];let e=Fr.map(n=>Math.max(n.length,String(t.counts[n]).length)),r=["  scan",`    ${Fr.
map((n,s)=>n.padStart(e[s])).join("  ")}`,`    ${Fr.map((n,s)=>String(t.counts[n]).padStart(e[s])).join("  ")}`];t.gate!=="off"&&r.push(`    fail-on-severity ${t.
threshold}: ${t.gate}`);let o=n=>n.replace(/[\x00-\x1f\x7f-\x9f]+/g," ");for(let n of t.top)r.push(o(`    ${n.severity.padEnd(13)} ${n.name}  ${n.package||"-"} \
 ${n.link}`).trimEnd());return r}function bk(t,e,r){let o=[...e,["time",r.describe()]],n=Math.max(...o.map(([s])=>s.length));return[`\u2500\u2500 ecr-deliver: ${t}\
 \u2500\u2500`,...o.map(([s,i])=>`  ${s.padEnd(n)}  ${i}`)].join(`
`)}var Pk="0.1.0";var zy=Kd.filter(t=>!t.githubOnly),Dk=["iam-policy","login"];function Vy(t,e,r=100){let o=[],n="";for(let s of t.split(/\s+/).filter(Boolean))n&&e.length+n.length+
1+s.length>r?(o.push(n),n=s):n=n?`${n} ${s}`:s;return n&&o.push(n),o.map(s=>e+s).join(`
`)}function R8(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver iam-policy --help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: O\
IDC credentials, ECR login, repository, build,","commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DEL\
IVER_ROLE_TO_ASSUME); a flag wins over the environment.","","Options:",...zy.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default:\
 ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name} <value>
${Vy(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${Qr.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function _8(){return["Usage: ecr-deliver login [--option value \u2026] [--json]","","Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR \
registry, nothing else;",'later docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"Unlike a delivery (which logs in to a\
 private docker config removed when it ends), login writes","the registry password to your docker config (DOCKER_CONFIG, else ~/.docker) by design, where it","s\
tays for 12 hours: run `docker logout <registry>` when done on a shared host.","","Options (also as ECR_DELIVER_<OPTION>):",...zy.filter(e=>Ua.includes(e.name)).
map(e=>`  --${e.name} <value>
${Vy(e.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 logged in, 1 failed, 2 bad input."].join(`
`)}function w8(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --e\
nvironment NAME]     (GitHub)","         --org-id UUID --project-id UUID [--vcs-ref REF]               (CircleCI)","         [the delivery options the role must\
 allow, e.g. --cache true]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the rep\
ository with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...jy.map(t=>`  --${t.name} ${t.value}
${Vy(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function Nk(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],n=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${n})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${n})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let s=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${$s(s)} is not a command or flag: use ${Dk.join(", ")} or --flags \
(${n})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${n})`}}function I8(t,e,r){try{let o=Object.fromEntries(e.map(n=>[n,{type:"string"}]));return(0,Ok.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${Nk(o,r)}
`),process.exitCode=2;return}}function T8(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${w8()}
`),0;try{let{request:e,only:r}=Ak(t.filter(o=>o!=="--json"));process.stdout.write(Ck(e,r));for(let o of Ik(e))process.stderr.write(`note: ${o}
`);return 0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.stderr.write(`ecr-deliver: ${Nk(e,"iam-policy")}
`),2):Ia(e)}}async function kk(t){let e=Dk.find(i=>i===t[0])??"";if(e==="iam-policy"){process.exitCode=T8(t.slice(1));return}let r=e?t.slice(1):t,o=I8(r,e==="lo\
gin"?Ua:zy.map(i=>i.name),e);if(!o)return;if(o.help)return void process.stdout.write(`${e==="login"?_8():R8()}
`);if(o.version)return void process.stdout.write(`${Pk}
`);let n=Ta(process.env);if(e==="login"){let i=a=>Ua.includes(a)?o[a]??n(a):void 0;process.exitCode=await Od(i,a=>{o.json&&process.stdout.write(`${JSON.stringify(
{registry:a})}
`)});return}let s=i=>o[i]??n(i);process.exitCode=await Pd(s,i=>{o.json&&process.stdout.write(`${JSON.stringify(yS(i))}
`)})}var Uk=require("node:fs");var v8=["deliver","login"],$k="ECR_DELIVER_COMMAND",A8=t=>`'${t.replace(/'/g,"'\\''")}'`,Fk=(t,e)=>`export ${ES(t)}=${A8(e)}
`;function C8(t){return Qr.map(({name:e})=>Fk(e,zo(t,e))).join("")}function Lk(t,e){t.BASH_ENV?(0,Uk.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warning\
: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function Mk(t=process.env){let e=t[$k]||"deliver";e==="login"?process.exitCode=await Od(Ta(t),r=>Lk(t,Fk("registry",r))):e==="deliver"?process.exitCode=
await Pd(Ta(t),r=>Lk(t,C8(r))):(process.stderr.write(`ecr-deliver: ${$k}: ${$s(e)} is not one of ${v8.join(", ")}
`),process.exitCode=2)}async function b8(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?mk(
t)?gk():fk():e.length===0&&t.CIRCLECI==="true"?Mk():kk(e)}b8();
