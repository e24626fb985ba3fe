#!/usr/bin/env node
"use strict";var fD=Object.create;var Ud=Object.defineProperty;var gD=Object.getOwnPropertyDescriptor;var hD=Object.getOwnPropertyNames;var yD=Object.getPrototypeOf,ED=Object.prototype.hasOwnProperty;var p=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var Fd=(t,e)=>()=>{try{return e||t((e={exports:{}}).exports,e),e.exports}catch(r){throw e=0,r}},or=(t,e)=>{for(var r in e)Ud(t,r,{get:e[r],enumerable:!0})},SD=(t,e,r,o)=>{
if(e&&typeof e=="object"||typeof e=="function")for(let n of hD(e))!ED.call(t,n)&&n!==r&&Ud(t,n,{get:()=>e[n],enumerable:!(o=gD(e,n))||o.enumerable});return t};var Ur=(t,e,r)=>(r=t!=null?fD(yD(t)):{},SD(e||!t||!t.__esModule?Ud(r,"default",{value:t,enumerable:!0}):r,t));var da,wt,jy=p(()=>{da={warningEmitted:!1},wt=t=>{if(t&&!da.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){da.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(da.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function B(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var zy=p(()=>{});function Ar(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var Vy=p(()=>{});var xk,yr,qy=p(()=>{xk=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",yr=(t,e)=>{if(xk()&&typeof t?.handle!="functi\
on")return e}});var ys,au=p(()=>{ys=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var In,ua,Tn=p(()=>{au();In=(t,e=0,r=t.byteLength-e)=>{if(!ys(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},ua=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var Rk,Se,Wy=p(()=>{Tn();Rk=/^[A-Za-z0-9+/]*={0,2}$/,Se=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!Rk.exec(t))throw new TypeError(
"Invalid base64 string.");let e=ua(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var se,ma=p(()=>{Tn();se=t=>{let e=ua(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var ue,Ky=p(()=>{Tn();ma();ue=t=>{let e;if(typeof t=="string"?e=se(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return In(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function Jy(t,e,r,o){return class fa extends Uint8Array{static fromString(s,i="utf-8"){if(typeof s=="string")return i==="base64"?fa.mutate(o(s)):fa.mutate(e(s));
throw new Error(`Unsupported conversion from ${typeof s} to Uint8ArrayBlobAdapter.`)}static mutate(s){return Object.setPrototypeOf(s,fa.prototype),s}transformToString(s="\
utf-8"){return s==="base64"?r(this):t(this)}}}var Yy=p(()=>{});var ee,Xy=p(()=>{Tn();ee=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error(
"@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return In(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function Qy(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,He[e[0]]+He[e[1]]+He[e[2]]+He[e[3]]+"-"+He[e[4]]+He[e[5]]+"-"+He[e[6]]+He[e[7]]+"-"+He[e[8]]+He[e[9]]+"-"+He[e[10]]+He[e[11]]+He[e[12]]+He[e[13]]+
He[e[14]]+He[e[15]]}}var He,Zy=p(()=>{He=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var Mo,eE=p(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(Mo||(Mo={}))});var Hr,tE=p(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Hr||(Hr={}))});var rE=p(()=>{tE()});var Er,oE=p(()=>{Er="__smithy_context"});var br,nE=p(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(br||(br={}))});var Pr=p(()=>{eE();rE();oE();nE()});var te,sE=p(()=>{Pr();te=t=>t[Er]||(t[Er]={})});function O(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var cu=p(()=>{});function _k(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var j,iE=p(()=>{j=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=_k(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var Je,aE=p(()=>{Je=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var wk,Or,cE=p(()=>{wk=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),Or=(t,e=!1)=>{if(!e)return wk.test(t);let r=t.split(".");for(let o of r)if(!Or(o))return!1;
return!0}});function pu(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var pE=p(()=>{});var W,lE=p(()=>{W=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function dE(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,n=null]=r.split("=");o=decodeURIComponent(o),n&&(n=decodeURIComponent(n)),o in
e?Array.isArray(e[o])?e[o].push(n):e[o]=[e[o],n]:e[o]=n}return e}var uE=p(()=>{});var me,lu=p(()=>{uE();me=t=>{if(typeof t=="string")return me(new URL(t));let{hostname:e,pathname:r,port:o,protocol:n,search:s}=t,i;return s&&(i=dE(s)),{hostname:e,
port:o?parseInt(o):void 0,protocol:n,path:r,query:i}}});var to,mE=p(()=>{cu();lu();to=t=>{if(typeof t=="object"){if("url"in t){let e=me(t.url);if(t.headers){e.headers={};for(let r in t.headers)O(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return me(t)}});var Y=p(()=>{sE();cu();iE();aE();cE();pE();lE();lu();mE()});var du,Ik,fE,Tk,gE,hE,yE,Ck,EE,SE,vk,ga,Cn,xE,Ak,bk,RE=p(()=>{du=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&bk.warn(Ak(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
Ik=Math.ceil(2**127*(2-2**-23)),fE=t=>{let e=du(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>Ik)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},Tk=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},gE=
t=>yE(t,16),hE=t=>yE(t,8),yE=(t,e)=>{let r=Tk(t);if(r!==void 0&&Ck(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},Ck=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},EE=t=>du(typeof t=="string"?ga(t):t),SE=t=>fE(typeof t=="string"?
ga(t):t),vk=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,ga=t=>{let e=t.match(vk);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},Cn=t=>gE(typeof t=="string"?ga(t):t),xE=t=>hE(typeof t=="string"?ga(t):t),Ak=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),bk={warn:console.warn}});function Ho(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),n=t.getUTCDate(),s=t.getUTCHours(),i=t.getUTCMinutes(),a=t.getUTCSeconds(),c=n<10?`0${n}`:
`${n}`,l=s<10?`0${s}`:`${s}`,d=i<10?`0${i}`:`${i}`,u=a<10?`0${a}`:`${a}`;return`${Pk[o]}, ${c} ${mu[r]} ${e} ${l}:${d}:${u} GMT`}var Pk,mu,Ok,fu,Nk,gu,Dk,kk,$k,
Ss,hu,Es,Lk,Uk,Fk,uu,Mk,Hk,Bk,Nr,Gk,jk,vn,_E=p(()=>{RE();Pk=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],mu=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];Ok=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),fu=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=Ok.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l]=e,d=Cn(vn(
o)),u=Nr(n,"month",1,12),m=Nr(s,"day",1,31);return Es(d,u,m,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})},Nk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
gu=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=Nk.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l,d]=e,u=Cn(vn(o)),m=Nr(n,"month",1,12),f=Nr(s,"day",1,31),g=Es(u,m,f,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l});
return d.toUpperCase()!="Z"&&g.setTime(g.getTime()-jk(d)),g},Dk=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
kk=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
$k=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
Ss=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=Dk.exec(t);if(e){let[r,o,n,s,i,a,c,
l]=e;return Es(Cn(vn(s)),uu(n),Nr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})}if(e=kk.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return Fk(Es(Lk(
s),uu(n),Nr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l}))}if(e=$k.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return Es(Cn(vn(l)),uu(o),Nr(n.trimLeft(),
"day",1,31),{hours:s,minutes:i,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},hu=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=EE(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},Es=(t,e,r,o)=>{let n=e-1;return Hk(t,n,r),new Date(Date.UTC(t,n,r,Nr(o.hours,"hour",0,23),Nr(o.minutes,"\
minute",0,59),Nr(o.seconds,"seconds",0,60),Gk(o.fractionalMilliseconds)))},Lk=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+Cn(vn(t));return r<e?
r+100:r},Uk=50*365*24*60*60*1e3,Fk=t=>t.getTime()-new Date().getTime()>Uk?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,uu=t=>{let e=mu.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},Mk=[31,28,
31,30,31,30,31,31,30,31,30,31],Hk=(t,e,r)=>{let o=Mk[e];if(e===1&&Bk(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${mu[e]} in ${t}: ${r}`)},Bk=t=>t%4===0&&
(t%100!==0||t%400===0),Nr=(t,e,r,o)=>{let n=xE(vn(t));if(n<r||n>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return n},Gk=t=>t==null?0:
SE("0."+t)*1e3,jk=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),n=Number(t.substring(4,6));return r*(o*60+n)*60*1e3},vn=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var Ye,wE=p(()=>{Ye=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};Ye.from=t=>t&&typeof t=="object"&&(t instanceof Ye||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?Ye(String(t)):
Ye(JSON.stringify(t));Ye.fromObject=Ye.from});function yu(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var IE=p(()=>{});function Br(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var Eu,Su,xu,TE,CE,zk,Vk,qk,Wk,Kk,Jk,Ru,_u,wu,vE=p(()=>{Eu=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",Su="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",xu="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",TE="(\
\\d?\\d)",CE="(\\d{4})",zk=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),Vk=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
qk=new RegExp(`^${Eu}, ${TE} ${Su} ${CE} ${xu} GMT$`),Wk=new RegExp(`^${Eu}, ${TE}-${Su}-(\\d\\d) ${xu} GMT$`),Kk=new RegExp(`^${Eu} ${Su} ( [1-9]|\\d\\d) ${xu}\
 ${CE}$`),Jk=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],Ru=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},_u=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=zk.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,n,s,i,a,,c,l]=e;Br(o,1,12),Br(n,1,31),Br(s,0,23),Br(i,0,59),Br(a,0,60);let d=new Date(Date.UTC(Number(r),Number(o)-1,Number(n),Number(s),
Number(i),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(d.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,u,m,f]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],g=u==="-"?1:-1;d.setTime(d.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return d},wu=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(Vk.test(t))return new Date(t);let e,r,o,n,s,i,a,c;if((c=qk.exec(t))?[,e,r,o,n,s,i,a]=c:(c=Wk.exec(t))?([,e,r,o,n,s,i,a]=
c,o=(Number(o)+1900).toString()):(c=Kk.exec(t))&&([,r,e,n,s,i,a,o]=c),o&&i){let l=Date.UTC(Number(o),Jk.indexOf(r),Number(e),Number(n),Number(s),Number(i),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);Br(e,1,31),Br(n,0,23),Br(s,0,59),Br(i,0,60);let d=new Date(l);return d.setUTCFullYear(Number(o)),d}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function Iu(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let n=[],
s="";for(let i=0;i<o.length;i++)s===""?s=o[i]:s+=e+o[i],(i+1)%r===0&&(n.push(s),s="");return s!==""&&n.push(s),n}var AE=p(()=>{});var xs,bE=p(()=>{xs=t=>{let e=t.length,r=[],o=!1,n=!1,s=0;for(let i=0;i<e;++i){let a=t[i];switch(a){case'"':n||(o=!o);break;case",":o||(r.push(t.slice(s,i)),s=i+
1);break;default:}n=a==="\\"&&!n}return r.push(t.slice(s)),r.map(i=>{i=i.trim();let a=i.length;return a<2?i:i[0]==='"'&&i[a-1]==='"'?(i=i.slice(1,a-1),i.replace(
/\\(["\\])/g,"$1")):i.replace(/\\"/g,'"')})}});var PE,xe,OE=p(()=>{PE=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,xe=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!PE.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&PE.test(r.string)}}});function Cu(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in Tu)e[r/2]=Tu[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function Xe(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=NE[t[r]];return e}var NE,Tu,vu=p(()=>{NE={},Tu={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),NE[t]=e,Tu[e]=t}});var An,It,DE=p(()=>{An=require("node:fs"),It=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof An.ReadStream){if(t.path!=null)
return(0,An.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,An.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var Tt,kE=p(()=>{ma();Tt=t=>t instanceof Uint8Array?t:typeof t=="string"?se(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function ha(t,e){if(e===void 0){e=0;for(let n of t)e+=n.byteLength}let r=new Uint8Array(e),o=0;for(let n of t)r.set(n,o),o+=n.byteLength;return r}var Au=p(()=>{});var Be,Rs=p(()=>{Be=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,n=!0;typeof r=="boolean"?(o=void 0,n=r):r!=null&&typeof r==
"object"&&(o=r.logger,n=r.tryNextLink??!0),super(e),this.tryNextLink=n,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${n?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var _,ya=p(()=>{Rs();_=class t extends Be{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Ct,$E=p(()=>{Rs();Ct=class t extends Be{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Bo,bu=p(()=>{Rs();Bo=(...t)=>async()=>{if(t.length===0)throw new Be("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var LE,UE=p(()=>{LE=t=>()=>Promise.resolve(t)});var Ea,Pu=p(()=>{Ea=(t,e,r)=>{let o,n,s,i=!1,a=async()=>{n||(n=t());try{o=await n,s=!0,i=!1}finally{n=void 0}return o};return e===void 0?async c=>((!s||c?.forceRefresh)&&
(o=await a()),o):async c=>((!s||c?.forceRefresh)&&(o=await a()),i?o:r&&!r(o)?(i=!0,o):(e(o)&&await a(),o))}});var vt,Sa=p(()=>{vt=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var Qe,xa=p(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(Qe||(Qe={}))});var FE,ME,Ou,Yk,ro,_s=p(()=>{FE=require("node:os"),ME=require("node:path"),Ou={},Yk=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",ro=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${ME.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let n=Yk();return Ou[n]||(Ou[n]=(0,FE.homedir)()),
Ou[n]}});var Ra,HE,Ze,Nu=p(()=>{Ra="AWS_PROFILE",HE="default",Ze=t=>t.profile||process.env[Ra]||HE});var BE,GE,ws,Du=p(()=>{BE=require("node:crypto"),GE=require("node:path");_s();ws=t=>{let r=(0,BE.createHash)("sha1").update(t).digest("hex");return(0,GE.join)(ro(),
".aws","sso","cache",`${r}.json`)}});var jE,Is,Ts,ku=p(()=>{jE=require("node:fs/promises");Du();Is={},Ts=async t=>{if(Is[t])return Is[t];let e=ws(t),r=await(0,jE.readFile)(e,"utf8");return JSON.parse(
r)}});var zE,VE=p(()=>{Pr();zE=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(br).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let n=r.indexOf("."),s=r.substring(0,n)===br.PROFILE?r.substring(n+1):r;return e[s]=o,e},{...t.default&&{default:t.default}})});var qE,Xk,_a,$u=p(()=>{qE=require("node:path");_s();Xk="AWS_CONFIG_FILE",_a=()=>process.env[Xk]||(0,qE.join)(ro(),".aws","config")});var WE,Qk,KE,JE=p(()=>{WE=require("node:path");_s();Qk="AWS_SHARED_CREDENTIALS_FILE",KE=()=>process.env[Qk]||(0,WE.join)(ro(),".aws","credentials")});var Zk,e$,Cs,Lu=p(()=>{Pr();Zk=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,e$=["__proto__","profile __proto__"],Cs=t=>{let e={},r,o;for(let n of t.split(/\r?\n/)){let s=n.
split(/(^|\s)[;#]/)[0].trim();if(s[0]==="["&&s[s.length-1]==="]"){r=void 0,o=void 0;let a=s.substring(1,s.length-1),c=Zk.exec(a);if(c){let[,l,,d]=c;Object.values(
br).includes(l)&&(r=[l,d].join("."))}else r=a;if(e$.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=s.indexOf("=");if(![0,-1].
includes(a)){let[c,l]=[s.substring(0,a).trim(),s.substring(a+1).trim()];if(l==="")o=c;else{o&&n.trimStart()===n&&(o=void 0),e[r]=e[r]||{};let d=o?[o,c].join("."):
c;e[r][d]=l}}}}return e}});var YE,Uu,vs,As,wa=p(()=>{YE=require("node:fs/promises"),Uu={},vs={},As=(t,e)=>vs[t]!==void 0?vs[t]:((!Uu[t]||e?.ignoreCache)&&(Uu[t]=(0,YE.readFile)(t,"utf8")),
Uu[t])});var Fu,XE,Ia,Mu=p(()=>{Fu=require("node:path");VE();$u();JE();_s();Lu();wa();XE=()=>({}),Ia=async(t={})=>{let{filepath:e=KE(),configFilepath:r=_a()}=t,o=ro(),n="\
~/",s=e;e.startsWith(n)&&(s=(0,Fu.join)(o,e.slice(2)));let i=r;r.startsWith(n)&&(i=(0,Fu.join)(o,r.slice(2)));let a=await Promise.all([As(i,{ignoreCache:t.ignoreCache}).
then(Cs).then(zE).catch(XE),As(s,{ignoreCache:t.ignoreCache}).then(Cs).catch(XE)]);return{configFile:a[0],credentialsFile:a[1]}}});var QE,ZE=p(()=>{Pr();QE=t=>Object.entries(t).filter(([e])=>e.startsWith(br.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var t$,bs,eS=p(()=>{$u();ZE();Lu();wa();t$=()=>({}),bs=async(t={})=>As(t.configFilepath??_a()).then(Cs).then(QE).catch(t$)});var tS,rS=p(()=>{tS=(...t)=>{let e={};for(let r of t)for(let[o,n]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],n):e[o]=n;return e}});var Sr,oS=p(()=>{Mu();rS();Sr=async t=>{let e=await Ia(t);return tS(e.configFile,e.credentialsFile)}});var Ps,nS=p(()=>{ku();wa();Ps={getFileRecord(){return vs},interceptFile(t,e){vs[t]=Promise.resolve(e)},getTokenRecord(){return Is},interceptToken(t,e){Is[t]=e}}});function Ta(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var Hu=p(()=>{});var sS,iS=p(()=>{ya();Hu();sS=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new _(r.message||`Not found in E\
NV: ${Ta(t.toString())}`,{logger:e?.logger})}}});var aS,cS=p(()=>{ya();Nu();Mu();Hu();aS=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=Ze(r),{configFile:n,credentialsFile:s}=await Ia(r),i=s[o]||{},a=n[o]||
{},c=e==="config"?{...i,...a}:{...a,...i};try{let d=t(c,e==="config"?n:s);if(d===void 0)throw new Error;return d}catch(l){throw new _(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${Ta(t.toString())}`,{logger:r.logger})}}});var r$,pS,lS=p(()=>{UE();r$=t=>typeof t=="function",pS=t=>r$(t)?async()=>await t():LE(t)});var I,Bu=p(()=>{bu();Pu();iS();cS();lS();I=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:n,logger:s}=o;return Ea(Bo(sS(
t,{signingName:n,logger:s}),aS(e,o),pS(r)))}});var dS,uS,At,mS=p(()=>{Sa();xa();dS="AWS_USE_DUALSTACK_ENDPOINT",uS="use_dualstack_endpoint",At={environmentVariableSelector:t=>vt(t,dS,Qe.ENV),configFileSelector:t=>vt(
t,uS,Qe.CONFIG),default:!1}});var fS,gS,bt,hS=p(()=>{Sa();xa();fS="AWS_USE_FIPS_ENDPOINT",gS="use_fips_endpoint",bt={environmentVariableSelector:t=>vt(t,fS,Qe.ENV),configFileSelector:t=>vt(t,
gS,Qe.CONFIG),default:!1}});var jo,oo,bn,yS,ES,Gu=p(()=>{jo=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},oo=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,bn=()=>{let t=[],e=[],r=!1,o=new Set,n=u=>u.sort((m,f)=>yS[f.step]-yS[m.step]||ES[f.priority||"normal"]-ES[m.priority||"normal"]),s=u=>{let m=!1,
f=g=>{let h=jo(g.name,g.aliases);if(h.includes(u)){m=!0;for(let y of h)o.delete(y);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},i=u=>{let m=!1,f=g=>{
if(g.middleware===u){m=!0;for(let h of jo(g.name,g.aliases))o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=u=>(t.forEach(m=>{u.add(m.middleware,
{...m})}),e.forEach(m=>{u.addRelativeTo(m.middleware,{...m})}),u.identifyOnResolve?.(d.identifyOnResolve()),u),c=u=>{let m=[];return u.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(u),u.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},l=(u=!1)=>{let m=[],f=[],g={};return t.forEach(y=>{let S={...y,before:[],after:[]};for(let x of jo(S.name,S.aliases))g[x]=S;m.push(S)}),e.forEach(y=>{let S={
...y,before:[],after:[]};for(let x of jo(S.name,S.aliases))g[x]=S;f.push(S)}),f.forEach(y=>{if(y.toMiddleware){let S=g[y.toMiddleware];if(S===void 0){if(u)return;
throw new Error(`${y.toMiddleware} is not found when adding ${oo(y.name,y.aliases)} middleware ${y.relation} ${y.toMiddleware}`)}y.relation==="after"&&S.after.push(
y),y.relation==="before"&&S.before.push(y)}}),n(m).map(c).reduce((y,S)=>(y.push(...S),y),[])},d={add:(u,m={})=>{let{name:f,override:g,aliases:h}=m,y={step:"init\
ialize",priority:"normal",middleware:u,...m},S=jo(f,h);if(S.length>0){if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${oo(f,h)}'`);for(let x of S){
let A=t.findIndex(T=>T.name===x||T.aliases?.some(H=>H===x));if(A===-1)continue;let R=t[A];if(R.step!==y.step||y.priority!==R.priority)throw new Error(`"${oo(R.name,
R.aliases)}" middleware with ${R.priority} priority in ${R.step} step cannot be overridden by "${oo(f,h)}" middleware with ${y.priority} priority in ${y.step} s\
tep.`);t.splice(A,1)}}for(let x of S)o.add(x)}t.push(y)},addRelativeTo:(u,m)=>{let{name:f,override:g,aliases:h}=m,y={middleware:u,...m},S=jo(f,h);if(S.length>0){
if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${oo(f,h)}'`);for(let x of S){let A=e.findIndex(T=>T.name===x||T.aliases?.some(H=>H===
x));if(A===-1)continue;let R=e[A];if(R.toMiddleware!==y.toMiddleware||R.relation!==y.relation)throw new Error(`"${oo(R.name,R.aliases)}" middleware ${R.relation}\
 "${R.toMiddleware}" middleware cannot be overridden by "${oo(f,h)}" middleware ${y.relation} "${y.toMiddleware}" middleware.`);e.splice(A,1)}}for(let x of S)o.
add(x)}e.push(y)},clone:()=>a(bn()),use:u=>{u.applyToStack(d)},remove:u=>typeof u=="string"?s(u):i(u),removeByTag:u=>{let m=!1,f=g=>{let{tags:h,name:y,aliases:S}=g;
if(h&&h.includes(u)){let x=jo(y,S);for(let A of x)o.delete(A);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:u=>{let m=a(bn());return m.use(
u),m.identifyOnResolve(r||m.identifyOnResolve()||(u.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>l(!0).map(u=>{let m=u.step??u.relation+" "+u.toMiddleware;
return oo(u.name,u.aliases)+" - "+m}),identifyOnResolve(u){return typeof u=="boolean"&&(r=u),r},resolve:(u,m)=>{for(let f of l().map(g=>g.middleware).reverse())
u=f(u,m);return r&&console.log(d.identify()),u}};return d},yS={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},ES={high:3,normal:2,low:1}});var Ie,SS=p(()=>{Gu();Ie=class{config;middlewareStack=bn();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let n=typeof r!="function"?r:void 0,s=typeof r=="function"?r:o,i=n===void 0&&this.config.cacheMiddleware===!0,a;if(i){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
n),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,n);if(s)a(e).then(c=>s(null,c.output),c=>s(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var Gr,ju=p(()=>{Gr=t=>typeof t=="function"?t():t});var Ca,zu=p(()=>{Ca=(t,e,r,o,n)=>({name:e,namespace:t,traits:r,input:o,output:n})});var xS,Vu,RS=p(()=>{Y();zu();xS=t=>(e,r)=>async o=>{let{response:n}=await e(o),{operationSchema:s}=te(r),[,i,a,c,l,d]=s??[];try{let u=await t.protocol.deserializeResponse(
Ca(i,a,c,l,d),{...t,...r},n);return{response:n,output:u}}catch(u){if(Object.defineProperty(u,"$response",{value:n,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in u)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{u.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof u.$responseBodyText<"u"&&u.$response&&(u.$response.
body=u.$responseBodyText);try{if(Je.isInstance(n)){let{headers:f={},statusCode:g}=n,h=Object.entries(f);u.$metadata={httpStatusCode:g,requestId:Vu(/^x-[\w-]+-request-?id$/,
h),extendedRequestId:Vu(/^x-[\w-]+-id-2$/,h),cfId:Vu(/^x-[\w-]+-cf-id$/,h)}}}catch{}}throw u}},Vu=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var _S,wS=p(()=>{Y();zu();_S=t=>(e,r)=>async o=>{let{operationSchema:n}=te(r),[,s,i,a,c,l]=n??[],d=r.endpointV2?async()=>to(r.endpointV2):t.endpoint,u=await t.protocol.
serializeRequest(Ca(s,i,a,c,l),o.input,{...t,...r,endpoint:d});return e({...o,request:u})}});function Pt(t){return{applyToStack:e=>{e.add(_S(t),TS),e.add(xS(t),IS),t.protocol.setSerdeContext(t)}}}var IS,TS,CS=p(()=>{RS();wS();IS={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},TS={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function no(t){if(typeof t=="object")return t;if(t=t|0,va[t])return va[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return va[t]=e}var va,qu=p(()=>{va=[]});function Ns(t,e){if(t instanceof U)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=U;return new r(t,e)}var Os,Aa,ba,U,Wu,vS,AS=p(()=>{ju();qu();
Os={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},Aa=[],ba={},U=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],n=e,s=e;for(this._isMemberSchema=!1;Wu(n);)o.push(n[1]),n=n[0],s=Gr(n),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let i=o.length-1;i>=0;--i){let a=o[i];Object.assign(this.memberTraits,no(a))}}else this.memberTraits=0;if(s instanceof t){let i=this.memberTraits;Object.
assign(this,s),this.memberTraits=Object.assign({},i,s.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??s.memberName;return}
if(this.schema=Gr(s),vS(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(s),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(Aa[e])return Aa[e]}else if(typeof e=="string"){if(ba[e])return ba[e]}else if(r&&e[Os.ns])return e[Os.ns];let o=Gr(e);if(o instanceof
t)return o;if(Wu(o)){let[s,i]=o;if(s instanceof t)return Object.assign(s.getMergedTraits(),no(i)),s;throw new Error(`@smithy/core/schema - may not init unwrappe\
d member schema=${JSON.stringify(e,null,2)}.`)}let n=new t(o);return r?e[Os.ns]=n:typeof o=="string"?ba[o]=n:typeof o=="number"?Aa[o]=n:n}getSchema(){let e=this.
schema;return Array.isArray(e)&&e[0]===0?e[4]:e}getName(e=!1){let{name:r}=this;return!e&&r&&r.includes("#")?r.split("#")[1]:r||void 0}getMemberName(){return this.
memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let e=this.getSchema();return typeof e=="number"?e>=64&&e<128:e[0]===1}isMapSchema(){let e=this.
getSchema();return typeof e=="number"?e>=128&&e<=255:e[0]===2}isStructSchema(){let e=this.getSchema();if(typeof e!="object")return!1;let r=e[0];return r===3||r===
-3||r===4}isUnionSchema(){let e=this.getSchema();return typeof e!="object"?!1:e[0]===4}isBlobSchema(){let e=this.getSchema();return e===21||e===42}isTimestampSchema(){
let e=this.getSchema();return typeof e=="number"&&e>=4&&e<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){
return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===
17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming:e}=this.getMergedTraits();return!!e||this.getSchema()===42}isIdempotencyToken(){
return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){
return no(this.memberTraits)}getOwnTraits(){return no(this.traits)}getKeySchema(){let[e,r]=[this.isDocumentSchema(),this.isMapSchema()];if(!e&&!r)throw new Error(
`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let o=this.getSchema(),n=e?15:o[4]??0;return Ns([n,0],"key")}getValueSchema(){let e=this.
getSchema(),[r,o,n]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],s=typeof e=="number"?63&e:e&&typeof e=="object"&&(o||n)?e[3+e[0]]:r?15:void 0;
if(s!=null)return Ns([s,0],o?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){let r=this.getSchema();
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),n=r[5][o];return Ns(Wu(n)?n:[n,0],e)}if(this.isDocumentSchema())return Ns([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[Os.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let n=0;n<r;++n){let s=e[4][n],i=Ns([e[5][n],0],s);yield o[n]=[s,i]}e[Os.it]=o}};Wu=t=>Array.isArray(t)&&t.length===
2,vS=t=>Array.isArray(t)&&t.length>=5});var Q,bS=p(()=>{Q=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[n,s]of e.
schemas)r.has(n)||r.set(n,s);for(let[n,s]of e.exceptions)o.has(n)||o.set(n,s)}register(e,r){let o=this.normalizeShapeId(e);for(let n of[this,t.for(o.split("#")[0])])
n.schemas.has(o)||n.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,n=[];for(let[s,i]of this.
schemas.entries())s.endsWith(o)&&n.push(i);if(n.length===1)return n[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,n=o[1],s=n+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=s);for(let i of[this,t.for(n)])!i.schemas.has(s)&&!i.exceptions.has(
o)&&(i.schemas.set(s,o),i.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,n=r+"#"+o;if(n.startsWith("smithy.ts.sdk.synthetic.")&&n.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var X=p(()=>{ju();CS();AS();qu();bS()});function Pn(t,e){if(e==null)return e;let r=U.of(t);if(r.getMergedTraits().sensitive)return Ku;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return Ku;if(Array.isArray(e))return e.map(n=>Pn(o,n))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return Ku;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([n,s])=>[n,Pn(o,s)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,n={};for(let[s,i]of r.structIterator())o[s]!=null&&(n[s]=Pn(i,o[s]));return n}return e}var Ku,PS=p(()=>{X();Ku="***SensitiveInformat\
ion***"});var OS,sr,Ju,Yu=p(()=>{Pr();Gu();PS();X();OS=Symbol.for("@smithy/op-event-stream"),sr=class{middlewareStack=bn();schema;static classBuilder(){return new Ju}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:n,clientName:s,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:l,additionalContext:d,CommandCtor:u}){for(let T of n.
bind(this)(u,e,r,o))this.middlewareStack.use(T);let m=e.concat(this.middlewareStack),{logger:f}=r,g=d[Er],h={logger:f,clientName:s,commandName:i,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...d,[Er]:{...g,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:y}=r,S=o??{};S.metricsRecorder&&(S={...S},delete S.metricsRecorder);let x,A=this.schema,R=A?.[OS];if(R!==void 0)
x=R;else if(A&&Array.isArray(A)&&A[0]===9){let[,,,,T,H]=A;x=A[OS]=!!(U.of(T).getEventStreamMember()||U.of(H).getEventStreamMember())}return x&&(S={isEventStream:x,
...S}),m.resolve(T=>y.handle(T.request,S),h)}},Ju=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends sr{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,n,s){let i=e._operationSchema,a=i?.[4]??i?.input,c=i?.[5]??i?.output;return this.resolveMiddlewareWithContext(o,n,
s,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?Pn.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?Pn.bind(null,c):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var jr,NS=p(()=>{jr=(t,e,r)=>{for(let[s,i]of Object.entries(t)){let a=async function(l,d,u){let m=new i(l);if(typeof d=="function")this.send(m,d);else if(typeof u==
"function"){if(typeof d!="object")throw new Error(`Expected http options but got ${typeof d}`);this.send(m,d||{},u)}else return this.send(m,d)},c=(s[0].toLowerCase()+
s.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:n={}}=r??{};for(let[s,i]of Object.entries(o))e.prototype[s]===void 0&&(e.prototype[s]=
function(a={},c,...l){return i({...c,client:this},a,...l)});for(let[s,i]of Object.entries(n))e.prototype[s]===void 0&&(e.prototype[s]=async function(a={},c,...l){
let d=c;return typeof c=="number"&&(d={maxWaitTime:c}),i({...d,client:this},a,...l)})}});var et,Pa,DS=p(()=>{et=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,n=!1;if(o){let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(n=!0,c===o))return!0;i=Object.getPrototypeOf(i)}}if(o&&n)return!1;let s=this.name;if(s&&s.length>=6){if(r.
name===s)return!0;let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor?.name;if(a&&a!=="Error"&&a===s)return!0;i=Object.getPrototypeOf(
i)}}}return!1}},Pa=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,n])=>{(t[o]==null||t[o]==="")&&(t[o]=n)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var Ot,kS=p(()=>{Ot=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var $S,Nt,LS=p(()=>{$S=!1,Nt=t=>{t&&!$S&&parseInt(t.substring(1,t.indexOf(".")))<16&&($S=!0)}});var US,FS,MS,HS=p(()=>{Y();Pr();US=Object.values(Hr),FS=t=>{let e=[];for(let r in Hr){if(!O(Hr,r))continue;let o=Hr[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),n=r.checksumConstructor();US.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=n:t.checksumAlgorithms[o]=
n,e.push(r)},checksumAlgorithms(){return e}}},MS=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();US.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var BS,GS,jS=p(()=>{BS=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),GS=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var Dt,kt,zS=p(()=>{HS();jS();Dt=t=>Object.assign(FS(t),BS(t)),kt=t=>Object.assign(MS(t),GS(t))});var Oa,VS=p(()=>{Y();Oa=t=>{let e="#text";for(let r in t)O(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=Oa(t[r])));return t}});var Re,qS=p(()=>{Re=class{trace(){}debug(){}info(){}warn(){}error(){}}});function $t(t,e,r,o){return function(s,i,a,c,l={}){let d=Object.assign({},t,s);return sr.classBuilder().ep(d).m(function(u,m,f,g){let h=i.call(this,u,m,f,g);return h.
unshift(o(f,u.getEndpointParameterInstructions())),h}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var WS=p(()=>{Yu()});var v=p(()=>{Y();Y();SS();Yu();NS();kS();LS();DS();zS();VS();qS();WS()});var KS,Xu,Qu,JS,YS,XS,QS,ZS,ex,Zu=p(()=>{KS="AWS_EXECUTION_ENV",Xu="AWS_REGION",Qu="AWS_DEFAULT_REGION",JS="AWS_EC2_METADATA_DISABLED",YS=["in-region","cross-re\
gion","mobile","standard","legacy"],XS="/latest/meta-data/placement/region",QS="/latest/api/token",ZS="x-aws-ec2-metadata-token",ex="x-aws-ec2-metadata-token-tt\
l-seconds"});var em=Fd((n5,tx)=>{tx.exports=require("node:http")});var rx,o$,sx,Na,ox,n$,nx,tm=p(()=>{Zu();rx=1e3,o$=6e4,sx=0,Na=async()=>{if(!process.env[JS]&&!(Date.now()<sx))try{let t=n$(),e=(await nx({...t,path:QS,method:"P\
UT",headers:{[ex]:"21600"}})).toString();return(await nx({...t,path:XS,method:"GET",headers:{[ZS]:e}})).toString().trim()||ox()}catch{return ox()}},ox=()=>{sx=Date.
now()+o$},n$=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},nx=async t=>{let{request:e}=await Promise.resolve().then(()=>Ur(em()));
return new Promise((r,o)=>{let n=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:rx,signal:AbortSignal.timeout(rx)});n.
on("error",s=>{o(s),n.destroy()}),n.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),n.destroy()}),n.on("response",s=>{let{statusCode:i=400}=s;
if(i<200||i>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:i})),n.destroy();return}let a=[];s.on("data",c=>a.
push(c)),s.on("end",()=>{r(Buffer.concat(a)),n.destroy()})}),n.end()})}});var ix,ax,be,tt,rm=p(()=>{tm();ix="AWS_REGION",ax="region",be={environmentVariableSelector:t=>t[ix],configFileSelector:t=>t[ax],default:async()=>{let t=await Na();
if(t)return t;throw new Error("Region is missing")}},tt={preferredFile:"credentials"}});var cx,px,lx=p(()=>{Y();cx=new Set,px=(t,e=Or)=>{if(!cx.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else cx.add(t)}});var Da,om=p(()=>{Da=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var dx,ux=p(()=>{om();dx=t=>Da(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var Lt,mx=p(()=>{lx();ux();om();Lt=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,n=dx(o);return px(n),n},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return Da(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var s$,i$,fx,gx=p(()=>{s$="AWS_DEFAULTS_MODE",i$="defaults_mode",fx={environmentVariableSelector:t=>t[s$],configFileSelector:t=>t[i$],default:"legacy"}});var Ut,a$,c$,hx=p(()=>{rm();tm();Bu();Pu();Zu();gx();Ut=({region:t=I(be),defaultsMode:e=I(fx)}={})=>Ea(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return a$(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${YS.join(", ")}, got ${r}`)}}),a$=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await c$();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},c$=async()=>process.env[KS]&&(process.env[Xu]||process.
env[Qu])?process.env[Xu]??process.env[Qu]:Na()});var L=p(()=>{Rs();ya();$E();bu();Sa();xa();Nu();Du();ku();eS();oS();nS();Bu();mS();hS();rm();mx();hx()});var yx,Ex,Sx,xx=p(()=>{yx="AWS_ENDPOINT_URL",Ex="endpoint_url",Sx=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(s=>s.toUpperCase()),o=e[[yx,...r].
join("_")];if(o)return o;let n=e[yx];if(n)return n},configFileSelector:(e,r)=>{if(e.services){let n=["services",e.services].join(".");if(!r||!r[n])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let s=r[n],i=t.split(" ").map(c=>c.toLowerCase()),
a=s[[i.join("_"),Ex].join(".")];if(a)return a}let o=e[Ex];if(o)return o},default:void 0})});var p$,l$,Rx,_x=p(()=>{L();p$="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",l$="ignore_configured_endpoint_urls",Rx={environmentVariableSelector:t=>vt(t,p$,Qe.ENV),configFileSelector:t=>vt(
t,l$,Qe.CONFIG),default:!1}});var Ds,wx=p(()=>{L();xx();_x();Ds=async t=>{if(!await I(Rx)())return I(Sx(t??""))()}});var nm,d$,u$,m$,Ix,Tx,Cx=p(()=>{nm=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),Tx(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!Ix(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},d$=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,u$=/(\d+\.){3}\d+/,m$=/\.\./,Ix=t=>d$.test(t)&&!u$.test(t)&&!m$.test(t),Tx=t=>{let[e,r,o,,,n]=t.split(":"),s=e===
"arn"&&t.split(":").length>=6,i=!!(s&&r&&o&&n);if(s&&!i)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return i}});var vx=p(()=>{Cx()});var Ax,bx=p(()=>{Ax=(t,e,r,o=!1)=>{let n=async()=>{let s;return o?s=r.clientContextParams?.[t]??r[t]??r[e]:s=r[t]??r[e],typeof s=="function"?s():s};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.credentialScope??s?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.accountId??s?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let s=await n();if(s&&typeof s=="object"){if("url"in s)return s.url.href;if("hostname"in s){
let{protocol:i,hostname:a,port:c,path:l}=s;return`${i}//${a}${c?":"+c:""}${l}`}}return s}:n}});var sm=p(()=>{Y()});function ka(t){return async(e,r,o,n)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(to(a)),o.isCustomEndpoint=!0,n?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let s=await $a(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let i=o.endpointProvider(s,n);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){i.headers??={};for(let[c,l]of Object.entries(a.headers))i.headers[c]=Array.isArray(l)?l:[l]}}
return i}}var $a,La=p(()=>{vx();bx();sm();$a=async(t,e,r)=>{let o={},n=e?.getEndpointParameterInstructions?.()||{};for(let[s,i]of Object.entries(n))switch(i.type){case"\
staticContextParams":o[s]=i.value;break;case"contextParams":o[s]=t[i.name];break;case"clientContextParams":case"builtInParams":o[s]=await Ax(i.name,s,r,i.type!==
"builtInParams")();break;case"operationContextParams":o[s]=i.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
i))}return Object.keys(n).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await nm(o),o}});function f$(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function Ua(t){let e=ka(t);return({config:r,instructions:o})=>(n,s)=>async i=>{r.isCustomEndpoint&&f$(s,"ENDPOINT_OVERRIDE","N");let a=await e(i.input,{getEndpointParameterInstructions(){
return o}},{...r},s);s.endpointV2=a,s.authSchemes=a.properties?.authSchemes;let c=s.authSchemes?.[0];if(c){s.signing_region=c.signingRegion,s.signing_service=c.
signingName;let d=te(s)?.selectedHttpAuthScheme?.httpAuthOption;d&&(d.signingProperties=Object.assign(d.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return n({...i})}}var im=p(()=>{Y();La()});function Px(t){let e=Ua(t);return(r,o)=>({applyToStack:n=>{n.addRelativeTo(e({config:r,instructions:o}),h$)}})}var g$,h$,Ox=p(()=>{im();g$={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},h$={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:g$.name}});function Nx(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:n,useFipsEndpoint:s}=e,i=o!=null?async()=>to(await W(o)()):void 0,c=Object.assign(e,{
endpoint:i,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:W(n??!1),useFipsEndpoint:W(s??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),l;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),c}}var Dx=p(()=>{Y();sm()});var rt,kx=p(()=>{rt=class t{nodes;root;conditions;results;constructor(e,r,o,n){this.nodes=e,this.root=r,this.conditions=o,this.results=n}static from(e,r,o,n){return new t(
e,r,o,n)}}});var ot,$x=p(()=>{ot=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let n=this.data.keys(),s=0;for(;;){let{value:i,done:a}=n.next();if(this.data.delete(
i),a||++s>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let n of o){
let s=e[n],i=s==null?"\0":String(s);if(i.includes("|;"))return!1;r+=i+"|;"}return r}}});var le,Lx=p(()=>{le=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var zr=p(()=>{Lx()});var am,Ux=p(()=>{am="endpoints"});function On(t){return typeof t!="object"||t==null?t:"ref"in t?`$${On(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(On).join(", ")})`:JSON.stringify(t,null,2)}var Fx=p(
()=>{});var Mx=p(()=>{Ux();Fx()});var Pe,cm=p(()=>{Pe={}});var pm,Hx=p(()=>{pm=(t,e)=>t===e});function lm(...t){for(let e of t)if(e!=null)return e}var Bx=p(()=>{});var Gx,jx=p(()=>{zr();Gx=t=>{let e=t.split("."),r=[];for(let o of e){let n=o.indexOf("[");if(n!==-1){if(o.indexOf("]")!==o.length-1)throw new le(`Path: '${t}' d\
oes not end with ']'`);let s=o.slice(n+1,-1);if(Number.isNaN(parseInt(s)))throw new le(`Invalid array index: '${s}' in path: '${t}'`);n!==0&&r.push(o.slice(0,n)),
r.push(s)}else r.push(o)}return r}});var ks,zx=p(()=>{zr();jx();ks=(t,e)=>Gx(e).reduce((r,o)=>{if(typeof r!="object")throw new le(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let n=parseInt(o);return r[n<0?r.length+n:n]}return r[o]},t)});var dm,Vx=p(()=>{dm=t=>t!=null});function um(t,e,r){return t?e:r}var qx=p(()=>{});var mm,Wx=p(()=>{mm=t=>!t});var y$,Nn,fm=p(()=>{y$=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),Nn=t=>y$.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var gm,hm,Kx=p(()=>{Pr();fm();gm={[Mo.HTTP]:80,[Mo.HTTPS]:443},hm=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:h="",query:y={}}=t,S=new URL(`${g}//${m}${f?`:${f}`:""}${h}`);return S.search=Object.entries(y).map(([x,A])=>`${x}=${A}`).join("&"),S}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:n,
pathname:s,protocol:i,search:a}=e;if(a)return null;let c=i.slice(0,-1);if(!Object.values(Mo).includes(c))return null;let l=Nn(n),d=r.includes(`${o}:${gm[c]}`)||
typeof t=="string"&&t.includes(`${o}:${gm[c]}`),u=`${o}${d?`:${gm[c]}`:""}`;return{scheme:c,authority:u,path:s,normalizedPath:s.endsWith("/")?s:`${s}/`,isIp:l}}});function ym(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var Jx=p(()=>{});var Em,Yx=p(()=>{Em=(t,e)=>t===e});var Sm,Xx=p(()=>{Sm=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var xm,Qx=p(()=>{xm=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var Rm=p(()=>{Hx();Bx();zx();Vx();Y();qx();Wx();Kx();Jx();Yx();Xx();Qx()});var Zx,eR=p(()=>{Rm();Zx={booleanEquals:pm,coalesce:lm,getAttr:ks,isSet:dm,isValidHostLabel:Or,ite:um,not:mm,parseURL:hm,split:ym,stringEquals:Em,substring:Sm,uriEncode:xm}});var Fa,_m=p(()=>{Rm();Fa=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:n}=e,s=0;for(;s<t.length;){let i=t.indexOf("{",s);if(i===-1){r.push(t.slice(s));break}
r.push(t.slice(s,i));let a=t.indexOf("}",i);if(a===-1){r.push(t.slice(i));break}t[i+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(i+1,a)),s=a+2);let c=t.substring(i+1,
a);if(c.includes("#")){let[l,d]=c.split("#");r.push(ks(o[l]??n[l],d))}else r.push(o[c]??n[c]);s=a+1}return r.join("")}});var tR,rR=p(()=>{tR=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var zo,Ma,oR,$s=p(()=>{zr();cm();eR();_m();rR();zo=(t,e,r)=>{if(typeof t=="string")return Fa(t,r);if(t.fn)return oR.callFunction(t,r);if(t.ref)return tR(t,r);throw new le(
`'${e}': ${String(t)} is not a string, function or reference.`)},Ma=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let i=0;i<o.length;++i){let a=e[i];typeof a=="\
boolean"||typeof a=="number"?o[i]=a:o[i]=oR.evaluateExpression(a,"arg",r)}let n=t.indexOf(".");if(n!==-1){let a=Pe[t.slice(0,n)]?.[t.slice(n+1)];if(typeof a=="f\
unction")return a(...o)}let s=Zx[t];if(typeof s=="function")return s(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},oR={evaluateExpression:zo,
callFunction:Ma}});var nR=p(()=>{$s()});var sR,iR=p(()=>{Mx();zr();nR();sR=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new le(`'${r}' is already defined in Reference Record.`);let o=Ma(
t,e);e.logger?.debug?.(`${am} evaluateCondition: ${On(t)} = ${On(o)}`);let n=o===""?!0:!!o;return r!=null?{result:n,toAssign:{name:r,value:o}}:{result:n}}});var aR,cR=p(()=>{zr();$s();aR=(t,e)=>Object.entries(t??{}).reduce((r,[o,n])=>(r[o]=n.map(s=>{let i=zo(s,"Header value entry",e);if(typeof i!="string")throw new le(
`Header '${o}' value '${i}' is not a string`);return i}),r),{})});var wm,pR,lR,dR=p(()=>{zr();_m();wm=(t,e)=>Object.entries(t).reduce((r,[o,n])=>(r[o]=lR.getEndpointProperty(n,e),r),{}),pR=(t,e)=>{if(Array.isArray(t))return t.
map(r=>pR(r,e));switch(typeof t){case"string":return Fa(t,e);case"object":if(t===null)throw new le(`Unexpected endpoint property: ${t}`);return lR.getEndpointProperties(
t,e);case"boolean":return t;default:throw new le(`Unexpected endpoint property type: ${typeof t}`)}},lR={getEndpointProperty:pR,getEndpointProperties:wm}});var uR,mR=p(()=>{zr();$s();uR=(t,e)=>{let r=zo(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new le(`Endpoint URL must be a string, got ${typeof r}`)}});var Im,Ft,fR=p(()=>{zr();iR();$s();cR();dR();mR();Im=1e8,Ft=(t,e)=>{let{nodes:r,root:o,results:n,conditions:s}=t,i=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;i!==1&&i!==-1&&i<Im;){let l=3*(Math.abs(i)-1),[d,u,m]=[r[l],r[l+1],r[l+2]],[f,g,h]=s[d],y=sR({fn:f,assign:h,argv:g},c);if(y.
toAssign){let{name:S,value:x}=y.toAssign;a[S]=x}i=i>=0===y.result?u:m}if(i>=Im){let l=n[i-Im];if(l[0]===-1){let[,f]=l;throw new le(zo(f,"Error",c))}let[d,u,m]=l;
return{url:uR(d,c),properties:wm(u,c),headers:aR(m??{},c)}}throw new le("No matching endpoint.")}});var K7,ir,J7,ar,K=p(()=>{wx();La();im();Ox();Dx();kx();$x();fR();fm();Y();cm();La();K7=ka(Ds),ir=Nx(Ds),J7=Ua(Ds),ar=Px(Ds)});var Ls,Ha,Ba=p(()=>{Ls=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),Ha=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});var gR,hR=p(()=>{gR=t=>new TextEncoder().encode(t)});var yR,iJ,ER,Ga,Tm,SR,xR=p(()=>{yR="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",iJ=Object.entries(yR).reduce((t,[e,r])=>(t[r]=Number(e),t),
{}),ER=yR.split(""),Ga=6,Tm=8,SR=63});function RR(t){let e;typeof t=="string"?e=gR(t):e=t;let r=typeof e=="object"&&typeof e.length=="number",o=typeof e=="object"&&typeof e.byteOffset=="number"&&typeof e.
byteLength=="number";if(!r&&!o)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");let n="";for(let s=0;s<e.length;s+=
3){let i=0,a=0;for(let l=s,d=Math.min(s+3,e.length);l<d;l++)i|=e[l]<<(d-l-1)*Tm,a+=Tm;let c=Math.ceil(a/Ga);i<<=c*Ga-a;for(let l=1;l<=c;l++){let d=(c-l)*Ga;n+=ER[(i&
SR<<d)>>d]}n+="==".slice(0,4-c)}return n}var _R=p(()=>{hR();xR()});var wR,IR=p(()=>{wR=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@smi\
thy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return new TextDecoder("utf-8").decode(t)}});async function Cm(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function vm(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:n,value:s}=await r.read();
if(s&&(e.push(s),o+=s.length),n)break}return ha(e,o)}var TR,Am=p(()=>{Au();Ba();TR=async t=>Ha(t)?Cm(t):vm(t)});var CR,AR,vR,bR=p(()=>{_R();vu();IR();Am();Ba();CR="The stream has already been transformed.",AR=t=>{if(!vR(t)&&!Ls(t)){let n=t?.__proto__?.constructor?.name||t;
throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${n}`)}let e=!1,r=async()=>{if(e)throw new Error(CR);return e=!0,await TR(
t)},o=n=>{if(typeof n.stream!="function")throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);return n.stream()};return Object.
assign(t,{transformToByteArray:r,transformToString:async n=>{let s=await r();if(n==="base64")return RR(s);if(n==="hex")return Xe(s);if(n===void 0||n==="utf8"||n===
"utf-8")return wR(s);if(typeof TextDecoder=="function")return new TextDecoder(n).decode(s);throw new Error("TextDecoder is not available, please make sure polyf\
ill is provided.")},transformToWebStream:()=>{if(e)throw new Error(CR);if(e=!0,vR(t))return o(t);if(Ls(t))return t;throw new Error(`Cannot transform payload to \
web stream, got ${t}`)}})},vR=t=>typeof Blob=="function"&&t instanceof Blob});var PR,Ge,bm,Pm=p(()=>{PR=require("node:stream");Au();Am();Ba();Ge=t=>Ha(t)?Cm(t):Ls(t)?vm(t):new Promise((e,r)=>{let o=new bm,n=t;n.pipe(o),n.on("error",s=>{o.
end(),r(s)}),o.on("error",r),o.on("finish",function(){let s=ha(this.bufferedBytes);e(s)})}),bm=class extends PR.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var ja,OR,Us,NR=p(()=>{ja=require("node:stream");Tn();bR();Pm();OR="The stream has already been transformed.",Us=t=>{if(!(t instanceof ja.Readable))try{return AR(
t)}catch{let n=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${n}`)}let e=!1,r=async()=>{
if(e)throw new Error(OR);return e=!0,await Ge(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let n=await r();return o===void 0||
Buffer.isEncoding(o)?In(n.buffer,n.byteOffset,n.byteLength).toString(o):new TextDecoder(o).decode(n)},transformToWebStream:()=>{if(e)throw new Error(OR);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof ja.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,ja.Readable.toWeb(t)}})}});function Vr(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var DR=p(()=>{});var kR,Dn,E$,Om,kn,$=p(()=>{kR=require("node:crypto");Wy();Ky();Yy();ma();Xy();Zy();_E();wE();IE();vE();AE();bE();OE();vu();DE();kE();au();NR();Pm();Y();DR();Dn=
class extends Jy(ee,se,ue,Se){},E$=kR.getRandomValues,Om=Qy(E$),kn=Om});var je,$n=p(()=>{$();je=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return Dn.mutate(t);if(!t)return Dn.mutate(new Uint8Array);let r=e.streamCollector(
t);return Dn.mutate(await r)}});function Vo(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var Nm=p(
()=>{});var LR,Oe,S$,x$,R$,_$,za,$R,qo=p(()=>{X();$();LR=Symbol.for("@smithy/schema-x"),Oe=class t extends U{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=U.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
n=typeof o=="object"&&o!==null?o:r;return n[LR]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let n=this.getSchema(),s=typeof n=="number"?n&255:this.isListSchema()?
64:255,i=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||s===42?this.isStructSchema()?2:1:0,l=s>=4&&s<=7?
i>=6?2:i>0&&i<4?1:0:0,d=s|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof n!="object"?1:0)<<18,u=s&192,m=i&
2&&(u===64||!o&&i&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return d|=(i>=6&&(f===4||f===6)?1:0)<<16,[this,d,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?_$:this.bindings??=S$(this)}},S$=t=>{let e=[],r=[],o=[],n=[],s=[],i={},a={},c=[],l={headers:a,prefixHeaders:c},d={request:{memberBindings:s,byName:i},
response:{bodyMemberNames:e,bindings:l}},{request:u,response:m}=d;for(let[f,g]of t.structIterator()){let h=Oe.of(g),y=h.getMergedTraits(),S=h.getHttpBindingLocation(
y),x=y.httpHeader?.toLowerCase()??y.httpPrefixHeaders?.toLowerCase()??y.httpQuery,A=h.getHttpBindingValue(S,y),R=[f,A,S,x];f==="__proto__"&&Vr(i),i[f]=R,A[1]>>10&
1&&(u.hasIdempotency=!0),s.push(R);let T=S&7;if(T===0&&(o.push(f),n.push(g)),(T&4)===0)e.push(f),r.push(g);else if((T&6)===4)if(T&1)l.statusCode=R;else{l.payload=
R;let H=A[1]&255;u.contentTypeInstruction=y.mediaType??(H===0?"text/plain":H===21||H===42?"application/octet-stream":null)}else T&1?(u.hasPrefixHeaders=!0,c.push(
R)):(x==="__proto__"&&Vr(a),a[x]=R)}return u.contentTypeInstruction===void 0&&o.length&&(u.contentTypeInstruction=null),u.syntheticBodySchema=$R(t,o,n),m.syntheticBodySchema=
$R(t,e,r),d},x$=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},R$=t=>{let{http:e,endpoint:r}=no(t.traits??{}),[o,n]=e?.[1].split("?")??[];return[
e?.[0],o,n?[...new URLSearchParams(n)]:[],o?x$(o):void 0,r?.[0]]},_$={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
za=t=>t[LR]??=R$(t),$R=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),n=[3,o[1],o[2],t.getMergedTraits(),e,r],s=o[6],i=s&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
s?1:0),0);return i&&(n[6]=i),n}});var Dr,Fs=p(()=>{Dr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var UR=Fd(()=>{throw new Error("@smithy/core/event-streams is not bundled: no ECR or STS operation streams events")});var Ln,Dm=p(()=>{Y();X();Fs();qo();Ln=class extends Dr{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new Q(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return j}getResponseType(){return Je}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,n]of r.url.searchParams.entries())e.query[o]=n;if(r.headers)
for(let o in r.headers)O(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)O(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,n=za(
r)){if(this.serdeContext?.disableHostPrefix)return;let s=n[4];if(typeof s!="string")return;let i=s;for(let[a,[,c]]of Oe.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);i=i.replace(`{${a}\
}`,l)}if(e.hostname=i+e.hostname,!pu(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let n=[-3,"","Error",0,[],[],0],s;for(let i of o)for(let a of r)try{a==="*"?s=i.getSchema(e):s=i.getSchema(a+"#"+e);let c=i.getErrorCtor(
s);if(c)return[s,c,"modeled"];{let l=i.getBaseException();if(l){let d=i.getErrorCtor(l);if(d)return[s,d,"synthetic"]}}}catch{}for(let i of o){let a=i.getBaseException();
if(a){let c=i.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[n,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>Ur(UR())),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,n,s){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var Ms,FR=p(()=>{Y();$();qo();Dm();$n();Nm();Ms=class extends Ln{async serializeRequest(e,r,o){let n=r&&typeof r=="object"?r:{},s={},i={},a=await o.endpoint(),c=Oe.
of(e?.input),l=c.getHttpBindings().request,d=za(e),u=new j({query:s,headers:i});if(a){this.updateServiceEndpoint(u,a),this.setHostPrefix(u,e,n,d);let[f,g,h]=d;if(f){
u.method=f,u.path=u.path==="/"?g:u.path+g;for(let[y,S]of h)s[y]=S}}u.query=s;let m=this.serializeHttpBindings(n,u,l,d);return m&&(u.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),u}serializeHttpBindings(e,r,o,n){let s=this.serializer,i=typeof s.writeCodec=="function"?s:void 0,a=r.query,c=r.headers,l=o.syntheticBodySchema,
d=!1,u,m,f,g=Object.getOwnPropertyNames(e),h=Object.getPrototypeOf(e),y=(h===Object.prototype||h===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,S=y?g.length:o.memberBindings.length;for(let R=0;R<S;++R){let T=y?O(o.byName,g[R])?o.byName[g[R]]:void 0:o.memberBindings[R];if(!T)continue;let H=T[1],Z=T[0],
rr=H[0],Cr=H[1],ce=H[2],Ce=T[2],ct=T[3],We=e[Z];if(!(We==null&&!(Cr>>10&1)))if(Ce===36){let V=Cr>>11&3;V?V===2?m=We||void 0:u=We:(i?i.writeCodec(rr,We):s.write(
rr,We),u=s.flush())}else if(Ce===33||Ce===38){let V=this.serializeHttpValue(H,We,Ce,i);Ce===33?(f??=Object.create(null))[Z]=V:c[ct]=V}else if(Ce===39)for(let V in We){
if(!O(We,V))continue;let mr=ct+V;c[mr.toLowerCase()]=this.serializeHttpValue(ce,We[V],38,i,i?ce[0]:[ce[0],{httpHeader:mr}])}else(Ce&62)===34?this.serializeQuery(
H,We,ct,a,i):d=!0}let x=n[1],A=n[3];return x&&A&&r.path.endsWith(x)&&(r.path=r.path.slice(0,-x.length)+this.serializePath(A,f,o)),d&&l&&(i?i.writeCodec(l,e):s.write(
l,e),u=s.flush()),r.body=u,m}serializeQuery(e,r,o,n,s){let[i,a,c]=e,l=s?void 0:i.getMergedTraits();if(o===void 0){for(let d in r)!O(r,d)||d in n||(s||Object.assign(
c[0].getMergedTraits(),{...l,httpQuery:d,httpQueryParams:void 0}),this.serializeQuery(c,r[d],d,n,s));return}if((a&192)===64){let d=[];for(let u of r){let m=this.
serializeHttpValue(c,u,34,s,s?c[0]:[c[0],l]);(a>>13&1||m!==void 0)&&d.push(m)}n[o]=d}else n[o]=this.serializeHttpValue(e,r,34,s,s?i:[i,l])}serializeHttpValue(e,r,o,n,s=e[0]){
let i=e[1],a=i&255;return n&&!(i&1792)&&(a<=2||a===17||a===19)?String(r):(n?n.writeHttpBinding(e,r,o):this.serializer.write(s,r),this.serializer.flush())}serializePath(e,r,o){
let n="";for(let[s,i]of e){if(i===0){n+=s;continue}let a=r?.[s];if(a===void 0){if(O(o.byName,s)&&o.byName[s][2]===33)throw new Error(`No value provided for inpu\
t HTTP label: ${s}.`);n+=`{${s}${i===2?"+":""}}`}else n+=i===2?a.split("/").map(Vo).join("/"):Vo(a)}return n}async deserializeResponse(e,r,o){let n=this.deserializer,
s=typeof n.readCodec=="function"?n:void 0,i=Oe.of(e.output),a=i.getHttpBindings().response,c={};if(o.statusCode>=300){let d=await je(o.body,r);throw d.byteLength>
0&&Object.assign(c,await n.read(15,d)),await this.handleError(e,r,o,c,this.deserializeMetadata(o)),new Error("@smithy/core/protocols - HTTP Protocol error handl\
er failed to throw.")}let l=await this.deserializeHttpMessage(i,r,o,c);if(l.length){let d=await je(o.body,r);if(d.byteLength>0){let u=await(s?s.readCodec(a.syntheticBodySchema,
d):n.read(a.syntheticBodySchema,d));for(let m of l)u[m]!=null&&(c[m]=u[m])}}else a.bindings.payload||await je(o.body,r);return c.$metadata=this.deserializeMetadata(
o),c}async deserializeHttpMessage(e,r,o,n,s){let i=n instanceof Set?s:n,a=this.deserializer,c=typeof a.readCodec=="function"?a:void 0,l=Oe.of(e),{bodyMemberNames:d,
bindings:{payload:u,statusCode:m,headers:f,prefixHeaders:g}}=l.getHttpBindings().response,h=o.headers;if(u){let[y,S]=u,[x,A]=S,R=A>>11&3;if(R)R===2?i[y]=await this.
deserializeEventStream({response:o,responseSchema:l}):i[y]=Us(o.body);else if(o.body){let T=await je(o.body,r);T.byteLength>0&&(i[y]=await(c?c.readPayload(S,T):
a.read(x,T)))}}for(let y in h){if(!O(h,y))continue;let S=y.toLowerCase(),x=h[y];S!==y&&(delete h[y],h[S]=x);let A=O(f,S)?f[S]:void 0;if(!A)continue;let[R,[T,H,Z],
,rr]=A;if(Z){let Cr=H>>16&1?Iu(x,",",2):xs(x),ce=[];for(let Ce of Cr)ce.push(c?c.readHttpBinding(Z,Ce.trim(),38):await a.read([Z[0],{httpHeader:rr}],Ce.trim()));
i[R]=ce}else i[R]=c?c.readHttpBinding(A[1],x,38):await a.read(T,x)}for(let[y,[,,S],,x]of g){i[y]={};for(let A in h){if(!O(h,A)||!A.startsWith(x))continue;let R=h[A];
i[y][A.slice(x.length)]=c?c.readHttpBinding(S,R,38):await a.read([S[0],{httpHeader:A}],R)}}return m&&(i[m[0]]=o.statusCode),d}}});var Wo,MR=p(()=>{Y();X();Y();Dm();$n();Wo=class extends Ln{async serializeRequest(e,r,o){let n=this.serializer,s={},i={},a=await o.endpoint(),c=U.of(e?.input),l=c.
getSchema(),d,u=r&&typeof r=="object"?r:{},m=new j({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:s,headers:i,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,u)),u){let f=c.getEventStreamMember();if(f){if(u[f]){let g={};for(let[h]of c.structIterator())h!==f&&u[h]!=null&&(g[h]=u[h]);d=await this.
serializeEventStream({eventStream:u[f],requestSchema:c,initialRequest:g})}}else n.write(l,u),d=n.flush()}return m.headers=Object.assign(m.headers,i),m.query=s,m.
body=d,m.method="POST",m}async deserializeResponse(e,r,o){let n=this.deserializer,s=U.of(e.output),i={};if(this.isErrorResponse(o.statusCode)){let c=await je(o.
body,r);throw c.byteLength>0&&Object.assign(i,await n.read(15,c)),await this.handleError(e,r,o,i,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!O(o.headers,c))continue;let l=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
l}let a=s.getEventStreamMember();if(a)i[a]=await this.deserializeEventStream({response:o,responseSchema:s,initialResponseContainer:i});else{let c=await je(o.body,
r);c.byteLength>0&&Object.assign(i,await n.read(s,c))}return i.$metadata=this.deserializeMetadata(o),i}isErrorResponse(e){return e>=300}}});var Ko,km=p(()=>{$();qo();Fs();Ko=class extends Dr{settings;constructor(e){super(),this.settings=e}read(e,r){let o=Oe.of(e),n=o.getMergedTraits(),s=o.getHttpBindingLocation(
n);return this.readHttpBinding(o.getHttpBindingValue(s,n),r,s)}readHttpBinding([e,r,o],n,s){let i=r&255;if((i&192)===64)return o??=e.getHttpBindingCollectionValue(
s),xs(n).map(a=>this.readHttpBinding(o,a,s));switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??Se)(n);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:a?a+4:this.settings.timestampFormat.default){case 5:return _u(n);case 6:return wu(n);case 7:
return Ru(n);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",n),new Date(n)}}case 0:{let a=r>>8&3;if(!a)return n;let c=n;
return(s&6)===6&&(c=(this.serdeContext?.utf8Encoder??ee)((this.serdeContext?.base64Decoder??Se)(c))),a===2?Ye.from(c):c}case 1:return Number(n);case 2:return n.
toLowerCase()==="true";case 17:return BigInt(n);case 19:return new xe(n,"bigDecimal");default:return n}}}});var Hs,HR=p(()=>{$();qo();Fs();km();Hs=class extends Dr{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new Ko(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=Oe.of(e),n=o.
getMergedTraits();if(n.httpHeader||n.httpResponseCode){let s=o.getHttpBindingValue(38,n);return this.readHttpBinding(s,r,38)}return n.httpPayload?this.readPayload(
o.getHttpBindingValue(36,n),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let n=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??ee)(r);return this.stringDeserializer.
readHttpBinding(e,n,o)}readPayload([e,r],o){let n=r&255;return n===21||n===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??se)(o):o:n===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??ee)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var Va,BR=p(()=>{$();qo();Fs();Va=class extends Dr{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=Oe.of(e),n=o.getMergedTraits(),
s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s)}writeHttpBinding([e,r,o],n,s){let i=r&255;switch(typeof n){case"object":if(n===
null){this.stringBuffer="null";return}if(i>=4&&i<=7){if(!(n instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${n} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=n.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=Ho(n);break;case 7:this.stringBuffer=String(n.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",n),this.stringBuffer=String(n.getTime()/1e3)}return}if((i===21||i===42)&&"byteLength"in
n){this.stringBuffer=(this.serdeContext?.base64Encoder??ue)(n);return}if((i&192)===64&&Array.isArray(n)){o??=e.getHttpBindingCollectionValue(s);let l=o[1]&255,d=l>=
4&&l<=7,u="";for(let m of n){this.writeHttpBinding(o,m,s);let f=this.flush();u&&(u+=", "),u+=d?f:yu(f)}this.stringBuffer=u;return}this.stringBuffer=JSON.stringify(
n,null,2);break;case"string":let a=r>>8&3,c=n;if(a===2&&(c=Ye.from(c)),a&&(s&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??ue)(c.toString());return}
this.stringBuffer=n;break;default:this.stringBuffer=r>>10&1?kn():String(n)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var Bs,GR=p(()=>{qo();BR();Bs=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new Va(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=Oe.of(e),n=o.getMergedTraits();if(n.httpHeader||n.httpLabel||n.
httpQuery){let s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function Jo(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:n,httpQuery:s}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||n?6:s||r?5:void 0:void 0)??e.timestampFormat.default}var qa=p(()=>{});var Mt,Ht,jR=p(()=>{Mt=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
Ht=t=>({requestHandler:t.httpHandler()})});function VR(t){return e=>async r=>{let o=r.request;if(j.isInstance(o)){let{body:n,headers:s}=o;if(n&&Object.keys(s).map(i=>i.toLowerCase()).indexOf(zR)===-1)try{
let i=t(n);i!=null&&(o.headers={...o.headers,[zR]:String(i)})}catch{}}return e({...r,request:o})}}var zR,qR,Bt,WR=p(()=>{Y();zR="content-length";qR={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},Bt=t=>({applyToStack:e=>{e.add(VR(t.bodyLengthChecker),qR)}})});var xr,w$,$m=p(()=>{xr=t=>encodeURIComponent(t).replace(/[!'()*]/g,w$),w$=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function Lm(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=xr(r),Array.isArray(o))for(let n=0,s=o.length;n<s;n++)e.push(`${r}=${xr(o[n])}`);else{
let n=r;(o||typeof o=="string")&&(n+=`=${xr(o)}`),e.push(n)}}return e.join("&")}var KR=p(()=>{$m()});var so,Wa=p(()=>{so=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Ka,JR=p(()=>{Ka=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function Ja(){if(Gs===void 0)try{if(typeof Buffer!="function")Gs=!1;else{let t=JSON.parse(Buffer.from([123,125]));Gs=t!==null&&typeof t=="object"}}catch{Gs=!1}return Gs}
var Gs,Um=p(()=>{});function Ya(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?T$(o,e)?e:new xe(o,"bigDecim\
al"):I$(o)?new xe(o,"bigDecimal"):/[eE]/.test(o)?C$(o):BigInt(o)}return e}function I$(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function T$(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return Fm(t)===Fm(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===Fm(o):!1}function Fm(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),n;if(o===-1)n=r;else{let s=parseInt(r.slice(o+1),10),i=r.slice(0,o),a=i.indexOf("."),c,l;a===-1?(c=i,l=i.length):(c=i.slice(0,a)+i.slice(
a+1),l=a),c=c.replace(/0+$/,"")||"0";let d=l+s;c==="0"?n="0":d<=0?n="0."+"0".repeat(-d)+c:d>=c.length?n=c+"0".repeat(d-c.length):n=c.slice(0,d)+"."+c.slice(d)}return n.
includes(".")&&(n=n.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+n}function C$(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),n=t.slice(o?1:0,e),s=n.indexOf("."),i,a;if(s===-1)i=n,a=r;else{i=n.slice(0,s)+n.slice(s+1);let l=n.length-s-1;a=r-l}i=i.replace(/0+$/,"")||"0";let c=BigInt(
i)*10n**BigInt(a+(n.replace(".","").length-i.length));return o?-c:c}var Mm=p(()=>{$()});function Qa(t){let e=U.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(Hm in r)return r[Hm];let o=Xa(e,new Set);return r[Hm]=o,o}return Xa(e,new Set)}
function Xa(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(Xa(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(Xa(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var Hm,Bm=p(()=>{X();Hm=Symbol.for("@aws-sdk/reviver")});var YR,XR=p(()=>{$n();$();YR=(t,e)=>je(t,e).then(r=>(e?.utf8Encoder??ee)(r))});async function jm(t,e,r){let o;if(Ja()&&typeof t?.[Symbol.asyncIterator]=="function"){let s=await je(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(s)?o=s:o=Buffer.
from(s.buffer,s.byteOffset,s.byteLength))}if(o||(o=await YR(t,e)),o.length===0)return{};let n=r&&Qa(r)?Ya:void 0;try{return JSON.parse(o,n)}catch(s){throw s?.name===
"SyntaxError"&&Object.defineProperty(s,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),s}}var QR,Gm,zm,Vm,ZR,qm=p(()=>{$n();XR();Um();Mm();
Bm();QR=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),Gm=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},zm=(t,e)=>ZR(t,e,["header","code","type"]),Vm=(t,e,r=!1)=>ZR(t,e,r?["c\
ode","header","type"]:["type","code","header"]),ZR=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let n=QR(t??{},"x-amzn-errortype");if(n!==
void 0)return Gm(t[n]);break;case"code":let s=QR(e??{},"code");if(s&&e[s]!==void 0)return Gm(e[s]);break;case"type":if(e?.__type!==void 0)return Gm(e.__type);break}}});var Za,e_=p(()=>{qa();X();$();Wa();JR();Um();Mm();Bm();qm();Y();Za=class extends so{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=Qa(e)?
Ya:void 0,n;if(typeof r=="string"){if(r.length===0)return{};n=JSON.parse(r,o)}else if(r instanceof Uint8Array&&Ja()){if(r.byteLength===0)return{};let s=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);n=JSON.parse(s,o)}else n=await jm(r,this.serdeContext,e);return this._read(e,n)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",n=U.of(e);if(o){if(n.isStructSchema())return this._readStruct(n,r);if(Array.isArray(r)&&n.isListSchema()){
let i=n.getValueSchema();if(this.needsTransform(i))for(let a=0;a<r.length;++a)r[a]=this._read(i,r[a]);return r}if(n.isMapSchema()){let i=n.getValueSchema(),a=r;
if(this.needsTransform(i))for(let c in a)O(a,c)&&(c==="__proto__"&&Vr(a),a[c]=this._read(i,a[c]));return a}}if(n.isBlobSchema()&&typeof r=="string")return Se(r);
let s=n.getMergedTraits().mediaType;if(n.isStringSchema()&&typeof r=="string"&&s)return s==="application/json"||s.endsWith("+json")?Ye.from(r):r;if(n.isTimestampSchema()&&
r!=null)switch(Jo(n,this.settings)){case 5:return gu(r);case 6:return Ss(r);case 7:return hu(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(n.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(n.isBigDecimalSchema()&&r!=null){
if(r instanceof xe)return r;let i=r;return i.type==="bigDecimal"&&"string"in i?new xe(i.string,i.type):new xe(String(r),"bigDecimal")}if(n.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(n.isDocumentSchema()&&o)if(Array.isArray(r))for(let i=0;i<
r.length;++i){let a=r[i];a instanceof xe||(r[i]=this._read(n,a))}else{let i=r;for(let a in i){if(!O(i,a))continue;a==="__proto__"&&Vr(i);let c=i[a];c instanceof
xe||(i[a]=this._read(n,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),n={},s,i=typeof r.__type=="string",{jsonName:a}=this.settings;a&&i&&(s={});let c;o&&
(c=new Ka(r,n));for(let[l,d]of e.structIterator()){let u=l;a&&(u=d.getMergedTraits().jsonName??u,i&&(s[u]=l)),o&&c.mark(u),r[u]!=null&&(n[l]=this._read(d,r[u]))}
if(o)c.writeUnknown();else if(i)for(let l in r){if(!O(r,l))continue;let d=r[l],u=a?s[l]??l:l;u in n||(n[u]=d)}return n}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var ec,t_,r_=p(()=>{$();ec=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>t_+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),t_=e),this.string=ee(this)}return this.
string}},t_=0});function Wm(t){return ec.allocUnsafe(t)}var tc,o_,n_,v$,A$,Un,rc,oc,s_,b$,P$,O$,kr,i_,nc,a_=p(()=>{qa();X();$();Wa();Y();r_();tc=new TextEncoder,o_=123,n_=125,v$=
91,A$=93,Un=34,rc=58,oc=44,s_=92,b$=new Uint8Array([116,114,117,101]),P$=new Uint8Array([102,97,108,115,101]),O$=new Uint8Array([110,117,108,108]),kr=new Array(
128).fill(null);kr[8]="b";kr[9]="t";kr[10]="n";kr[12]="f";kr[13]="r";kr[34]='"';kr[92]="\\";for(let t=0;t<32;t++)kr[t]===null&&(kr[t]="u00"+t.toString(16).padStart(
2,"0"));i_=2048;nc=class t extends so{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=Wm(i_)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=U.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=U.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let n=`"__type":"${o.getName(!0)??"Unknown"}",`,s=n.length;this.ensure(s),this.json.copyWithin(1+s,1,this.i),tc.encodeInto(n,this.
json.subarray(1)),this.i+=s}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=Wm(i_),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let n=o.length*2;for(;n<r+e;)n*=2;let s=Wm(n);
s.set(this.json),this.json=s}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:n}=this;for(let s=0;s<r;++s)n[o]=e.charCodeAt(s),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:n}=this;o[n++]=Un;for(let s=0;s<r;++s)o[n++]=e.charCodeAt(s);o[n++]=Un,this.i=n}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=Un;for(let o=0;o<r;++o){let n=e.charCodeAt(o);if(n>34&&n<92)this.json[this.i++]=n;else if(n<128){let s=kr[n];if(s!==null){this.
ensure(s.length+1+(r-o-1)*3+1),this.json[this.i++]=s_;for(let i=0;i<s.length;i++)this.json[this.i++]=s.charCodeAt(i)}else this.json[this.i++]=n}else if(n>=55296&&
n<=56319){let s=o+1<r?e.charCodeAt(o+1):0;if(s>=56320&&s<=57343){this.ensure(4);let{written:i}=tc.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=i,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n)}else if(n>=56320&&n<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n);else{let{i:s,
json:i}=this;n<2048?(i[s++]=192|n>>6,i[s++]=128|n&63):(i[s++]=224|n>>12,i[s++]=128|n>>6&63,i[s++]=128|n&63),this.i=s}}this.json[this.i++]=Un}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=s_,r[o++]=117;let n=e.toString(16).padStart(4,"0");for(let s=0;s<4;++s)r[o++]=n.charCodeAt(s);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,n=t.B64,s=this.i;o[s++]=Un;let i=e.length,a=i%3,c=i-a;for(let l=0;l<c;l+=3){let d=e[l],u=e[l+1],m=e[l+2];o[s++]=
n[d>>2],o[s++]=n[(d&3)<<4|u>>4],o[s++]=n[(u&15)<<2|m>>6],o[s++]=n[m&63]}if(a===2){let l=e[c],d=e[c+1];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4|d>>4],o[s++]=n[(d&15)<<2],
o[s++]=61}else if(a===1){let l=e[c];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4],o[s++]=61,o[s++]=61}o[s++]=Un,this.i=s}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&U.of(e).isIdempotencyToken()){this.writeAsciiQuoted(kn());return}return}this.ensure(4),this.json.set(O$,this.i),this.i+=4;return}let n=U.of(e),s=typeof r==
"object";if(n.isStringSchema()){let i=n.getMergedTraits().mediaType;if(i&&(i==="application/json"||i.endsWith("+json"))){this.writeJsonString(Ye.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(n.isBigIntegerSchema()||n.isBigDecimalSchema())){let i=r instanceof xe?r.string:String(r);this.writeAsciiQuoted(
i);return}if(s){if(n.isStructSchema()){this.writeStruct(n,r);return}if(Array.isArray(r)&&(n.isListSchema()||n.isDocumentSchema())){this.writeList(n,r,n.isDocumentSchema());
return}if(n.isMapSchema()){this.writeMap(n,r,!1);return}if(r instanceof Uint8Array&&(n.isBlobSchema()||n.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(n.isTimestampSchema()||n.isDocumentSchema())){this.writeTimestamp(n,r);return}if(r instanceof xe){this.writeAscii(r.string);return}if(n.isDocumentSchema()){
Array.isArray(r)?this.writeList(n,r,!0):this.writeMap(n,r,!0);return}let i=JSON.stringify(r);this.writeAscii(i);return}if(typeof r=="string"){if(n.isBlobSchema()){
let i=(this.serdeContext?.base64Encoder??ue)(r);this.writeAsciiQuoted(i);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let i=String(r);this.writeAscii(i);return}if(typeof r=="boolean"){this.ensure(5);let{i,json:a}=this;r?(a.set(b$,
i),i+=4):(a.set(P$,i),i+=5),this.i=i;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=o_;let o=!1,n=typeof r.__type=="string",s;n&&(s=new Set);for(let[i,a]of e.structIterator()){let c=r[i];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=oc),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??i:i;s&&(s.add(i),s.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=rc,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=rc,this.writeValue(15,c,e)}}else if(n)for(let i in r){if(s.has(i))continue;s.add(i);let a=r[i];o&&(this.ensure(1),this.json[this.i++]=oc),
o=!0,this.writeAsciiQuoted(i),this.ensure(1),this.json[this.i++]=rc,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=n_}writeList(e,r,o){let n=!!e.
getMergedTraits().sparse,s=e.getValueSchema();if(!o&&(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let d=r[l];
if(Number.isNaN(d)||d===1/0||d===-1/0||d==null&&!n){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let l=[];for(let d=0;d<r.length;++d){let u=r[d];u==null&&!n||
(Number.isNaN(u)||u===1/0||u===-1/0?l.push(String(u)):l.push(u))}c=JSON.stringify(l)}this.ensure(c.length*3),this.i+=tc.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=v$;let i=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!n)||(i&&(this.ensure(1),this.json[this.
i++]=oc),this.writeValue(s,c,void 0),i=!0)}this.ensure(1),this.json[this.i++]=A$}writeMap(e,r,o){let n=!!e.getMergedTraits().sparse,s=e.getValueSchema();if(!o&&
(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a;for(let l in r){if(!O(r,l))continue;let d=r[l];Number.isNaN(d)||d===1/0||d===-1/0?((a??={})[l]=
d,r[l]=String(d)):d===null&&!n&&((a??={})[l]=null,r[l]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=tc.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=o_;let i=!0;for(let a in r){if(!O(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!n)||
(i||(this.ensure(1),this.json[this.i++]=oc),i=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=rc,this.writeValue(s,c,void 0))}this.ensure(1),this.
json[this.i++]=n_}writeTimestamp(e,r){switch(Jo(e,this.settings)){case 5:{let n=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(n);return}case 6:{this.
writeAsciiQuoted(Ho(r));return}case 7:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}default:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}}}}});var Yo,c_=p(()=>{Wa();e_();a_();Yo=class extends so{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new nc(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new Za(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var F=p(()=>{$n();Nm();FR();MR();km();HR();GR();qa();Y();Y();jR();WR();$m();KR();Y();qm();c_()});var p_,l_,Gt,d_=p(()=>{F();p_=t=>e=>async r=>{if(!j.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:n=""}=t.requestHandler.metadata||{};if(n.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let s=o.hostname;
o.port!=null&&(s+=`:${o.port}`),o.headers.host=s}return e(r)},l_={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},Gt=t=>({applyToStack:e=>{
e.add(p_(t),l_)}})});var u_,m_,jt,f_=p(()=>{v();u_=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:n}=e,s=n instanceof Re;if(n&&!s){let{clientName:i,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:d}=c,u=l??e.inputFilterSensitiveLog,m=d??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
n.info?.({clientName:i,commandName:a,input:u(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:n,commandName:s,logger:i,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,l=c??e.inputFilterSensitiveLog;throw i?.error?.({clientName:n,commandName:s,input:l(r.input),error:o,metadata:o.$metadata}),
o}},m_={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},jt=t=>({applyToStack:e=>{e.add(u_(),m_)}})});var g_,h_=p(()=>{g_={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var E_=Fd((iQ,y_)=>{y_.exports=require("node:async_hooks")});var io,Km,sc,Jm,Ym,js,S_=p(()=>{io={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for(
"_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGA\
GE")},Km=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"");Km||(globalThis.awslambda=globalThis.awslambda||{});sc=class{static PROTECTED_KEYS=io;isProtectedKey(e){
return Object.values(io).includes(e)}getRequestId(){return this.get(io.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(io.X_RAY_TRACE_ID)}getTenantId(){return this.
get(io.TENANT_ID)}getTraceparent(){return this.get(io.TRACEPARENT)}getTracestate(){return this.get(io.TRACESTATE)}getBaggage(){return this.get(io.BAGGAGE)}},Jm=
class extends sc{currentContext;getContext(){return this.currentContext}hasContext(){return this.currentContext!==void 0}get(e){return this.currentContext?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);this.currentContext=this.currentContext||{},this.currentContext[e]=
r}run(e,r){return this.currentContext=e,r()}},Ym=class t extends sc{als;static async create(){let e=new t,r=await Promise.resolve().then(()=>Ur(E_()));return e.
als=new r.AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return this.als.getStore()!==void 0}get(e){return this.als.getStore()?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);let o=this.als.getStore();if(!o)throw new Error("No cont\
ext available");o[e]=r}run(e,r){return this.als.run(e,r)}};(function(t){let e=null;async function r(o){return e||(e=(async()=>{let s=o===!0||"AWS_LAMBDA_MAX_CON\
CURRENCY"in process.env?await Ym.create():new Jm;return!Km&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:(!Km&&globalThis.awslambda&&(globalThis.
awslambda.InvokeStore=s),s)})()),e}t.getInstanceAsync=r,t._testing=process.env.AWS_LAMBDA_BENCHMARK_MODE==="1"?{reset:()=>{e=null,globalThis.awslambda?.InvokeStore&&
delete globalThis.awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0})(js||(js={}))});function k$(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===Qm||r===x_||r===R_)&&(t[r]=t[e],delete t[e])}}var N$,D$,Xm,Qm,x_,R_,__,w_=p(()=>{S_();
F();N$="AWS_LAMBDA_FUNCTION_NAME",D$="_X_AMZN_TRACE_ID",Xm="X-Amzn-Trace-Id",Qm="traceparent",x_="tracestate",R_="baggage",__=()=>t=>async e=>{let{request:r}=e;
if(!j.isInstance(r))return t(e);let o;{let n=Object.keys(r.headers??{}).find(s=>s.toLowerCase()===Xm.toLowerCase())??Xm;if(!r.headers.hasOwnProperty(n)){let s=process.
env[N$],i=process.env[D$];o??=await js.getInstanceAsync();let c=o?.getXRayTraceId()??i,l=d=>typeof d=="string"&&d.length>0;l(s)&&l(c)&&(r.headers[Xm]=c)}}if(k$(
r.headers),!r.headers[Qm]){let s=(o??=await js.getInstanceAsync())?.getTraceparent?.();if(s){r.headers[Qm]=s;let i=o?.getTracestate?.();i&&(r.headers[x_]=i);let a=o?.
getBaggage?.();a&&(r.headers[R_]=a)}}return t(e)}});var zt,I_=p(()=>{h_();w_();zt=t=>({applyToStack:e=>{e.add(__(),g_)}})});var T_,C_=p(()=>{T_=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let n of t)n.schemeId.split("#")[1]===o&&r.push(n);for(let o of t)r.find(({
schemeId:n})=>n===o.schemeId)||r.push(o);return r}});function $$(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var Zm,v_=p(()=>{Y();C_();Zm=(t,e)=>(r,o)=>async n=>{let s=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,n.input)),i=t.authSchemePreference?await t.authSchemePreference():[],a=T_(s,i),c=$$(t.httpAuthSchemes),l=te(o),d=[];for(let u of a){
let m=c.get(u.schemeId);if(!m){d.push(`HttpAuthScheme \`${u.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){d.push(`HttpAuthScheme \`${u.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:h={}}=u.
propertiesExtractor?.(t,o)||{};u.identityProperties=Object.assign(u.identityProperties||{},g),u.signingProperties=Object.assign(u.signingProperties||{},h),l.selectedHttpAuthScheme=
{httpAuthOption:u,identity:await f(u.identityProperties),signer:m.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(d.join(`
`));return r(n)}});var ef,lt,A_=p(()=>{v_();ef={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},lt=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(Zm(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),ef)}})});var b_=p(()=>{A_()});var L$,U$,tf,P_=p(()=>{F();Y();L$=t=>e=>{throw e},U$=(t,e)=>{},tf=t=>(e,r)=>async o=>{if(!j.isInstance(o.request))return e(o);let s=te(r).selectedHttpAuthScheme;
if(!s)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:i={}},identity:a,signer:c}=s,l=await e({...o,
request:await c.sign(o.request,a,i)}).catch((c.errorHandler||L$)(i));return(c.successHandler||U$)(l.response,i),l}});var rf,dt,O_=p(()=>{P_();rf={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},dt=t=>({applyToStack:e=>{e.addRelativeTo(tf(t),rf)}})});var N_=p(()=>{O_()});var Rr,D_=p(()=>{Rr=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var ze,k_=p(()=>{Y();ze=class{authSchemes=new Map;constructor(e){for(let r in e){if(!O(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var nt,$_=p(()=>{nt=class{async sign(e,r,o){return e}}});var L_=p(()=>{$_()});var of,ic,zs,ac,U_=p(()=>{of=t=>function(r){return zs(r)&&r.expiration.getTime()-Date.now()<t},ic=of(3e5),zs=t=>t.expiration!==void 0,ac=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,n,s,i,a=!1,c=async l=>{s||(s=o(l));try{n=await s,i=!0,a=!1}finally{s=void 0}return n};return e===
void 0?async l=>((!i||l?.forceRefresh)&&(n=await c(l)),n):async l=>((!i||l?.forceRefresh)&&(n=await c(l)),a?n:r(n)?(e(n)&&await c(l),n):(a=!0,n))}});var F_=p(()=>{k_();L_();U_()});var st=p(()=>{b_();N_();D_();F_()});function B$(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function Vt(t){let e=Rr(t.userAgentAppId??cc),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!B$(o)){let n=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?n?.warn("userAgentAppId must be a string or undefined."):o.length>50&&n?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var cc,nf=p(()=>{st();cc=void 0});var M_,H_=p(()=>{M_={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
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
1.1"}});var G$,j$,B_,G_,sf=p(()=>{H_();G$=M_,j$="",B_=t=>{let{partitions:e}=G$;for(let o of e){let{regions:n,outputs:s}=o;for(let[i,a]of Object.entries(n))if(i===t)return{
...s,...a}}for(let o of e){let{regionRegex:n,outputs:s}=o;if(new RegExp(n).test(t))return{...s}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},G_=()=>j$});var j_,af,z_=p(()=>{j_=require("node:stream"),af=t=>t?.body instanceof j_.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var V_,q_,W_,K_,J_,Y_=p(()=>{V_=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],q_=["TimeoutError","RequestTimeout","RequestTimeoutException"],W_=[500,502,503,504],K_=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],J_=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function W$(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var z$,V$,q$,pc,lc,X_,cf=p(()=>{Y_();z$=t=>t?.$retryable!==
void 0,V$=t=>t.$metadata?.clockSkewCorrected,q$=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},pc=t=>t.$metadata?.httpStatusCode===429||V_.
includes(t.name)||t.$retryable?.throttling==!0,lc=(t,e=0)=>t?.name!=="AbortError"&&(z$(t)||V$(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||q_.includes(t.name)||K_.includes(t?.code||"")||J_.includes(t?.code||"")||W_.includes(t.$metadata?.httpStatusCode||0)||q$(t)||W$(t)||t.cause!==
void 0&&e<=10&&lc(t.cause,e+1)),X_=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!lc(t)}return!1}});var dc,K$,Q_,Z_=p(()=>{dc=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((n,s)=>{let i=()=>s(K$(e));e.aborted?i():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",i,{once:!0}),r=()=>e.removeEventListener("abort",i)):e.onabort=i});return Promise.race([t,o]).finally(r)},K$=t=>{let e=t.reason;return e instanceof Error?
Object.assign(new Error("Request aborted"),{name:"AbortError",cause:e}):Object.assign(new Error(e?String(e):"Request aborted"),{name:"AbortError"})},Q_=t=>typeof t==
"object"&&t!==null&&"name"in t&&t.name==="AbortError"});var ew,tw,rw=p(()=>{ew="amz-sdk-invocation-id",tw="amz-sdk-request"});function ow(t,e){if(Je.isInstance(t))for(let r in t.headers){if(!O(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let n=t.headers[r],s=NaN;if(n.
endsWith("GMT"))try{s=(Ss(n).getTime()-Date.now())/1e3}catch(i){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(i)}else n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
s=Number(n.match(/ GMT, ([\d.]+)$/)?.[1]):n.match(/^((\d+)|(\d+\.\d+))$/)?s=Number(n):Date.parse(n)>=Date.now()&&(s=(Date.parse(n)-Date.now())/1e3);return isNaN(
s)?void 0:new Date(Date.now()+s*1e3)}else if(o==="x-amz-retry-after"){let n=t.headers[r],s=Number(n);if(isNaN(s)){e?.trace?.(`Failed to parse x-amz-retry-after=${n}`);
return}return new Date(Date.now()+s)}}}var nw=p(()=>{Y();F();$()});var sw,iw=p(()=>{sw=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function pf(t){return e=>(r,o)=>async n=>{let s=await e.retryStrategy(),i=await e.maxAttempts(),a=o[Er]?.abortSignal;if(J$(s)){s=s;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await dc(s.acquireInitialRetryToken(c),a),d=new Error,u=0,m=0,{request:f}=n,g=j.isInstance(f);for(g&&(f.headers[ew]=Om());;)try{
g&&(f.headers[tw]=`attempt=${u+1}; max=${i}`);let{response:h,output:y}=await r(n);return s.recordSuccess(l),y.$metadata.attempts=u+1,y.$metadata.totalRetryDelay=
m,{response:h,output:y}}catch(h){let y=Y$(h,e.logger);if(d=sw(h),g&&t(f))throw(o.logger instanceof Re?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),d;try{if(a?.aborted)throw d;l=await dc(s.refreshRetryTokenForRetry(l,y),a)}catch(x){throw x!==d&&a?.aborted&&Q_(x)?x:(d.$metadata||
(d.$metadata={}),d.$metadata.attempts=u+1,d.$metadata.totalRetryDelay=m,d)}u=l.getRetryCount();let S=l.getRetryDelay();m+=(l?.$retryLog?.acquisitionDelay??0)+S,
S>0&&await dc(new Promise(x=>setTimeout(x,S)),a)}}else return s=s,s?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",s.mode]]),s.retry(r,n)}}function aw(t){
let e=pf(t);return r=>({applyToStack:o=>{o.add(e(r),Q$)}})}var J$,Y$,X$,Q$,cw=p(()=>{v();F();$();Pr();cf();Z_();rw();nw();iw();J$=t=>typeof t.acquireInitialRetryToken<
"u"&&typeof t.refreshRetryTokenForRetry<"u"&&typeof t.recordSuccess<"u",Y$=(t,e)=>{let r={error:t,errorType:X$(t)},o=ow(t.$response,e);return o&&(r.retryAfterHint=
o),r},X$=t=>pc(t)?"THROTTLING":lc(t)?"TRANSIENT":X_(t)?"SERVER_ERROR":"CLIENT_ERROR",Q$={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"\
high",override:!0}});var uc,pw=p(()=>{cf();uc=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.
lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=
this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let r;this.updateMeasuredRate();let o=e;if(o?.errorType==="TH\
ROTTLING"||pc(o?.error??e)){let i=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=i,this.calculateTimeWindow(),this.
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
return parseFloat(e.toFixed(8))}}});var qt,mc=p(()=>{qt=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var fc,lw=p(()=>{mc();fc=class{x=qt.delay();computeNextBackoffDelay(e){let n=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(n)}setDelayBase(e){this.x=
e}}});var Vs,dw=p(()=>{Vs=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,n){this.delay=e,this.count=r,this.cost=o,this.longPoll=n}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var Wt,ao,it,qs=p(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(Wt||(Wt={}));ao=3,it=Wt.STANDARD});var gc,Xo,lf=p(()=>{lw();dw();qs();mc();gc={incompatible:1,attempts:2,capacity:3},Xo=class{mode=Wt.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>ao,this.baseDelay??=qt.delay(),this.retryBackoffStrategy??=
new fc}async acquireInitialRetryToken(e){return new Vs(qt.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
n=this.retryCode(e,r,o),s=n===0,i=e.isLongPoll?.();if(s||i){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?qt.throttlingDelay():this.
baseDelay);let c=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),l=c;if(r.retryAfterHint instanceof Date&&(l=Math.max(c,Math.min(r.retryAfterHint.
getTime()-Date.now(),c+5e3))),s){let d=this.getCapacityCost(a);this.capacity-=d;let u=new Vs(0,e.getRetryCount()+1,d,e.isLongPoll?.()??!1);return await new Promise(
m=>setTimeout(m,l)),u.$retryLog.acquisitionDelay=l,u}else{let d=n===gc.capacity&&i?l:0;d>0&&await new Promise(u=>setTimeout(u,d))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${ao}`),ao}}retryCode(e,r,o){let n=e.getRetryCount()+1,s=this.isRetryableError(r.errorType)?0:gc.incompatible,i=n<o?0:gc.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:gc.capacity;return s||i||a}getCapacityCost(e){return e===qt.modifiedCostType()?qt.throttlingCost():qt.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var hc,uw=p(()=>{pw();lf();qs();hc=class{mode=Wt.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new uc,
this.standardRetryStrategy=r?new Xo({maxAttempts:typeof e=="number"?e:3,...r}):new Xo(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var df,uf,Kt,Jt,mw,fw,Yt,gw=p(()=>{v();uw();lf();qs();mc();df="AWS_MAX_ATTEMPTS",uf="max_attempts",Kt={environmentVariableSelector:t=>{let e=t[df];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${df} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[uf];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${uf} mast be a number, got "${e}"`);return r},default:ao},Jt=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:n=ao,defaultBaseDelay:s=qt.delay()}=e??{},i=W(t.maxAttempts??n),a=r?Promise.resolve(r):void 0,c=async()=>{let l=await i();
return await W(o)()===Wt.ADAPTIVE?new hc(i,{maxAttempts:l,baseDelay:s}):new Xo({maxAttempts:l,baseDelay:s})};return Object.assign(t,{maxAttempts:i,retryStrategy:()=>a??=
c()})},mw="AWS_RETRY_MODE",fw="retry_mode",Yt={environmentVariableSelector:t=>t[mw],configFileSelector:t=>t[fw],default:it}});var VZ,cr,ut=p(()=>{z_();cw();qs();gw();VZ=pf(af),cr=aw(af)});async function hw(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&Ar(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let s=await e.
retryStrategy();if(typeof s.mode=="string")switch(s.mode){case Wt.ADAPTIVE:Ar(t,"RETRY_MODE_ADAPTIVE","F");break;case Wt.STANDARD:Ar(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let s=t.endpointV2;switch(String(s?.url?.hostname).match(tL)&&Ar(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":Ar(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":Ar(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":Ar(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let n=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(n?.$source){let s=n;s.accountId&&Ar(t,"RESOLVED_ACCOUNT_ID","T");for(let[i,a]of Object.
entries(s.$source??{}))Ar(t,i,a)}}var tL,yw=p(()=>{ut();Vy();tL=/\d{12}\.ddb/});var mf,yc,Ew,Sw,xw=p(()=>{mf="user-agent",yc="x-amz-user-agent",Ew=/[^!$%&'*+\-.^_`|~\w]/g,Sw=/[^!$%&'*+\-.^_`|~\w#]/g});function Rw(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var _w=p(()=>{});var Tw,Ec,Cw,Xt,vw=p(()=>{F();sf();yw();xw();_w();Tw=t=>(e,r)=>async o=>{let{request:n}=o;if(!j.isInstance(n))return e(o);let{headers:s}=n,i=r?.userAgent?.map(Ec)||
[],a=(await t.defaultUserAgentProvider()).map(Ec);await hw(r,t,o);let c=r;a.push(`m/${Rw(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(Ec)||[],d=await t.userAgentAppId();d&&a.push(Ec(["app",`${d}`]));let u=G_(),m=(u?[u]:[]).concat([...a,...i,...l]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(f&&(s[yc]=s[yc]?`${s[mf]} ${f}`:f),s[mf]=m):s[yc]=m,e({...o,request:n})},Ec=t=>{
let e=t[0].split("/").map(i=>i.replace(Ew,"-")).join("/"),r=t[1]?.replace(Sw,"-"),o=e.indexOf("/"),n=e.substring(0,o),s=e.substring(o+1);return n==="api"&&(s=s.
toLowerCase()),[n,s,r].filter(i=>i&&i.length>0).reduce((i,a,c)=>{switch(c){case 0:return a;case 1:return`${i}/${a}`;default:return`${i}#${a}`}},"")},Cw={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},Xt=t=>({applyToStack:e=>{e.add(Tw(t),Cw)}})});var Sc,Aw,bw=p(()=>{Sc=require("node:process"),Aw=()=>{let t=["deno","bun","llrt"];for(let e of t)if(Sc.versions[e])return[`md/${e}`,Sc.versions[e]];return["md/\
nodejs",Sc.versions.node]}});var gf,Pw=p(()=>{gf={isCrtAvailable:!1}});var Ow,Nw=p(()=>{Pw();Ow=()=>gf.isCrtAvailable?["md/crt-avail"]:null});var xc,hf,Qt,Dw=p(()=>{xc=require("node:os"),hf=require("node:process");bw();Nw();Qt=({serviceId:t,clientVersion:e})=>{let r=Aw();return async o=>{let n=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,xc.platform)()}`,(0,xc.release)()],["lang/js"],r],s=Ow();s&&n.push(s),t&&n.push([`api/${t}`,e]),hf.env.AWS_EXECUTION_ENV&&n.push(
[`exec-env/${hf.env.AWS_EXECUTION_ENV}`]);let i=await o?.userAgentAppId?.();return i?[...n,[`app/${i}`]]:[...n]}}});var kw,$w,rL,Zt,Lw=p(()=>{nf();kw="AWS_SDK_UA_APP_ID",$w="sdk_ua_app_id",rL="sdk-ua-app-id",Zt={environmentVariableSelector:t=>t[kw],configFileSelector:t=>t[$w]??
t[rL],default:cc}});var Uw=p(()=>{K()});var yf,Fw=p(()=>{K();Uw();yf=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!yf(r))return!1;return!0}return!(!Or(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
Nn(t))}});var Mw,Hw=p(()=>{Mw=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,n,s,i,...a]=e;if(r!=="arn"||o===""||n===""||a.join(":")==="")return null;let c=a.map(
l=>l.split("/")).flat();return{partition:o,service:n,region:s,accountId:i,resourceId:c}}});var mt,Bw=p(()=>{K();Fw();Hw();sf();mt={isVirtualHostableS3Bucket:yf,parseArn:Mw,partition:B_};Pe.aws=mt});function Ef(t={}){return I({...be,async default(){return Gw.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...tt,...t})}var Gw,jw=p(()=>{L();Gw={silence:!1}});var er,tr,zw=p(()=>{er=t=>({setRegion(e){t.region=e},region(){return t.region}}),tr=t=>({region:t.region()})});var M=p(()=>{jy();zy();qy();d_();f_();I_();nf();vw();Dw();Lw();Bw();jw();zw()});var Rc,_c,Vw=p(()=>{F();Rc=t=>Je.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,_c=t=>Je.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var Ws,qw=p(()=>{Ws=t=>new Date(Date.now()+t)});var wc,Ww=p(()=>{wc=(t,e,r,o)=>{if(o!==void 0)return e;let n=Date.parse(t);if(Number.isNaN(n))return e;let s=Date.now();return r!==void 0&&s-r>9e5?e:n-s}});var Sf=p(()=>{Vw();qw();Ww()});var Ks,oL,Js,fe,xf=p(()=>{F();Pr();Sf();Ks=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},oL=t=>t.context?.[Er]?.
eventStream?.output===!0,Js=async t=>{let e=Ks("context",t.context),r=Ks("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],s=await Ks("signer",r.signer)(
o),i=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}},fe=class{async sign(e,r,o){
if(!j.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let n=await Js(o),{config:s,signer:i}=n,{signingRegion:a,
signingName:c}=n,l=o.context;if(l?.authSchemes?.length??!1){let[f,g]=l.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let d=await s.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=d;let u=d||oL(o);return o._skipClockSkewSampling=u,u||(o._preRequestSystemClockOffset=
s.systemClockOffset,o._requestSentAt=Date.now()),await i.sign(e,{signingDate:d?new Date:Ws(s.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let n=o.ServerTime??Rc(o.$response);if(n){let s=Ks("config",e.config),i=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=_c(o.$response),l=wc(n,s.systemClockOffset,a,c);s.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==i||i!==void 0&&i!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=Rc(e);if(o){let n=Ks("config",r.config),
s=r._requestSentAt,i=_c(e);n.systemClockOffset=wc(o,n.systemClockOffset,s,i)}}}});var co,Kw=p(()=>{F();Sf();xf();co=class extends fe{async sign(e,r,o){if(!j.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:n,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}=await Js(o),d=(await n.sigv4aSigningRegionSet?.()??a??[i]).join(","),u=await n.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=u,u||(o._preRequestSystemClockOffset=n.systemClockOffset,o._requestSentAt=Date.now()),await s.
sign(e,{signingDate:u?new Date:Ws(n.systemClockOffset),signingRegion:d,signingService:c})}}});var Rf,Jw=p(()=>{Rf=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var Yw,Xw=p(()=>{Yw=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var Qw,Zw,ft,e0=p(()=>{Jw();Xw();Qw="AWS_AUTH_SCHEME_PREFERENCE",Zw="auth_scheme_preference",ft={environmentVariableSelector:(t,e)=>{if(e?.signingName&&Yw(e.signingName)in
t)return["httpBearerAuth"];if(Qw in t)return Rf(t[Qw])},configFileSelector:t=>{if(Zw in t)return Rf(t[Zw])},default:[]}});var Ic,Tc,t0=p(()=>{st();L();Ic=t=>(t.sigv4aSigningRegionSet=Rr(t.sigv4aSigningRegionSet),t),Tc={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new Be("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new Be("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function o0(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var Cc,r0,nL,_f,n0=p(()=>{$();$();Cc=class{format(e){let r=[];for(let s in e){
if(!O(e,s))continue;let i=se(s);r.push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[s]))}let o=new Uint8Array(r.reduce((s,i)=>s+i.byteLength,0)),n=0;
for(let s of r)o.set(s,n),n+=s.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,
1),n;case"binary":let s=new DataView(new ArrayBuffer(3+e.value.byteLength));s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(s.buffer);
return i.set(e.value,3),i;case"string":let a=se(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
c.buffer);return l.set(a,3),l;case"timestamp":let d=new Uint8Array(9);return d[0]=8,d.set(_f.fromNumber(e.value.valueOf()).bytes,1),d;case"uuid":if(!nL.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let u=new Uint8Array(17);return u[0]=9,u.set(Cu(e.value.replace(/-/g,"")),1),u}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(r0||(r0={}));nL=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,_f=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=
n;return e<0&&o0(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&o0(e),parseInt(Xe(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var s0,i0,wf,a0,c0,If,Tf,Cf,vf,sL,p0,l0,Ys,d0,u0,m0,f0,vc,g0,h0,y0,Af,E0,Qo=p(()=>{s0="X-Amz-Algorithm",i0="X-Amz-Credential",wf="X-Amz-Date",a0="X-Amz-SignedHe\
aders",c0="X-Amz-Expires",If="X-Amz-Signature",Tf="X-Amz-Security-Token",Cf="authorization",vf=wf.toLowerCase(),sL="date",p0=[Cf,vf,sL],l0=If.toLowerCase(),Ys="\
x-amz-content-sha256",d0=Tf.toLowerCase(),u0={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},m0=/^proxy-/,f0=/^sec-/,vc="AWS4-HMAC-SHA256",g0="AWS4-HMAC-SHA256-PAYL\
OAD",h0="UNSIGNED-PAYLOAD",y0=50,Af="aws4_request",E0=3600*24*7});var S0,x0=p(()=>{$();F();Qo();S0=({query:t={}})=>{let e=[],r={};for(let o in t){if(!O(t,o)||o.toLowerCase()===l0)continue;let n=xr(o);e.push(n);let s=t[o];typeof s==
"string"?r[n]=`${n}=${xr(s)}`:Array.isArray(s)&&(r[n]=s.slice(0).reduce((i,a)=>i.concat([`${n}=${xr(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var R0,iL,_0=p(()=>{R0=t=>iL(t).toISOString().replace(/\.\d{3}Z$/,"Z"),iL=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var Ac,w0=p(()=>{v();F();$();x0();_0();Ac=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:n,sha256:s,uriEscapePath:i=!0}){this.service=n,this.sha256=s,this.uriEscapePath=i,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
W(o),this.credentialProvider=W(r)}createCanonicalRequest(e,r,o){let n=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${S0(e)}
${n.map(s=>`${s}:${r[s]}`).join(`
`)}

${n.join(";")}
${o}`}async createStringToSign(e,r,o,n){let s=new this.sha256;s.update(Tt(o));let i=await s.digest();return`${n}
${e}
${r}
${Xe(i)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let s of e.split("/"))s?.length!==0&&s!=="."&&(s===".."?r.pop():r.push(s));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return xr(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=R0(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var bc,bf,Pc,T0,I0,C0=p(()=>{$();Qo();bc={},bf=[],Pc=(t,e,r)=>`${t}/${e}/${r}/${Af}`,T0=async(t,e,r,o,n)=>{let s=await I0(t,e.secretAccessKey,e.accessKeyId),i=`${r}\
:${o}:${n}:${Xe(s)}:${e.sessionToken}`;if(i in bc)return bc[i];for(bf.push(i);bf.length>y0;)delete bc[bf.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,n,Af])a=await I0(t,a,c);return bc[i]=a},I0=(t,e,r)=>{let o=new t(e);return o.update(Tt(r)),o.digest()}});var Pf,v0=p(()=>{$();Qo();Pf=({headers:t},e,r)=>{let o={};for(let n of Object.keys(t).sort()){if(t[n]==null)continue;let s=n.toLowerCase();(O(u0,s)||e?.has(s)||
m0.test(s)||f0.test(s))&&(!r||r&&!r.has(s))||(s==="__proto__"&&Vr(o),o[s]=t[n].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var Oc,A0=p(()=>{$();$();Qo();Oc=async({headers:t,body:e},r)=>{for(let o in t)if(O(t,o)&&o.toLowerCase()===Ys)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||ys(e)){let o=new r;return o.update(Tt(e)),Xe(await o.digest())}return h0}});var b0,P0=p(()=>{$();b0=(t,e)=>{t=t.toLowerCase();for(let r in e)if(O(e,r)&&t===r.toLowerCase())return!0;return!1}});var O0,N0=p(()=>{$();F();O0=(t,e={})=>{let{headers:r,query:o={}}=j.clone(t);for(let n in r){if(!O(r,n))continue;let s=n.toLowerCase();(s.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(s)||e.hoistableHeaders?.has(s))&&(o[n]=r[n],delete r[n])}return{...t,headers:r,query:o}}});var Of,D0=p(()=>{$();F();Qo();Of=t=>{t=j.clone(t);for(let e in t.headers)O(t.headers,e)&&p0.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var po,k0=p(()=>{$();n0();w0();Qo();C0();v0();A0();P0();N0();D0();po=class extends Ac{headerFormatter=new Cc;constructor({applyChecksum:e,credentials:r,region:o,
service:n,sha256:s,uriEscapePath:i=!0}){super({applyChecksum:e,credentials:r,region:o,service:n,sha256:s,uriEscapePath:i})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:n=3600,unsignableHeaders:s,unhoistableHeaders:i,signableHeaders:a,hoistableHeaders:c,signingRegion:l,signingService:d}=r,u=await this.credentialProvider();
this.validateResolvedCredentials(u);let m=l??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(n>E0)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let h=Pc(g,m,d??this.service),y=O0(Of(e),{unhoistableHeaders:i,hoistableHeaders:c});
u.sessionToken&&(y.query[Tf]=u.sessionToken),y.query[s0]=vc,y.query[i0]=`${u.accessKeyId}/${h}`,y.query[wf]=f,y.query[c0]=n.toString(10);let S=Pf(y,s,a);return y.
query[a0]=this.getCanonicalHeaderList(S),y.query[If]=await this.getSignature(f,h,this.getSigningKey(u,m,g,d),this.createCanonicalRequest(y,S,await Oc(e,this.sha256))),
y}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:n,signingRegion:s,signingService:i,eventStreamCredentials:a}){let c=s??await this.regionProvider(),{
shortDate:l,longDate:d}=this.formatDate(o),u=Pc(l,c,i??this.service),m=await Oc({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=Xe(await f.
digest()),h=[g0,d,u,n,g,m].join(`
`);return this.signString(h,{signingDate:o,signingRegion:c,signingService:i,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:n,eventStreamCredentials:s}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:n,priorSignature:e.priorSignature,eventStreamCredentials:s}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:n,eventStreamCredentials:s}={}){let i=s??await this.credentialProvider();this.validateResolvedCredentials(i);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(i,a,c,n));return l.update(Tt(e)),Xe(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:n,signingRegion:s,signingService:i}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=s??await this.regionProvider(),l=Of(e),{longDate:d,shortDate:u}=this.formatDate(r),m=Pc(u,c,i??this.service);l.headers[vf]=d,a.sessionToken&&(l.headers[d0]=
a.sessionToken);let f=await Oc(l,this.sha256);!b0(Ys,l.headers)&&this.applyChecksum&&(l.headers[Ys]=f);let g=Pf(l,n,o),h=await this.getSignature(d,m,this.getSigningKey(
a,c,u,i),this.createCanonicalRequest(l,g,f));return l.headers[Cf]=`${vc} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${h}`,l}async getSignature(e,r,o,n){let s=await this.createStringToSign(e,r,n,vc),i=new this.sha256(await o);return i.update(Tt(s)),Xe(await i.digest())}getSigningKey(e,r,o,n){
return T0(this.sha256,e,o,r,n||this.service)}}});var Nc,$0=p(()=>{Nc={SignatureV4a:null}});var Dc=p(()=>{k0();$0()});function aL(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=ac(e,ic,zs):r?o=Rr(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function cL(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var Nf,L0=p(()=>{M();
st();Dc();Nf=t=>e=>{let r=e.credentials,o=!!e.credentials,n;Object.defineProperty(e,"credentials",{set(d){d&&d!==r&&d!==n&&(o=!0),r=d;let u=aL(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=cL(e,u);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;n=async g=>{let y=await m(g);return f&&
(!y.$source||Object.keys(y.$source).length===0)?B(y,"CREDENTIALS_CODE","e"):y},n.memoized=m.memoized,n.configBound=m.configBound,n.attributed=!0}else n=m},get(){
return n},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:s=!0,systemClockOffset:i=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
Rr(e.signer):e.regionInfoProvider?c=()=>Rr(e.region)().then(async d=>[await e.regionInfoProvider(d,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},d]).then(([d,u])=>{let{signingRegion:m,signingService:f}=d;e.signingRegion=e.signingRegion||m||u,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:s},h=e.signerConstructor||po;return new h(g)}):
c=async d=>{d=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await Rr(e.region)(),properties:{}},d);let u=d.signingRegion,
m=d.signingName;e.signingRegion=e.signingRegion||u,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:s},g=e.signerConstructor||po;return new g(f)},Object.assign(e,{systemClockOffset:i,signingEscapePath:s,signer:c,disableClockSkewCorrection:Rr(
e.disableClockSkewCorrection??t)})}});var Df=p(()=>{xf();Kw();e0();t0();L0()});var lL,dL,U0,F0=p(()=>{L();lL="AWS_DISABLE_CLOCK_SKEW_CORRECTION",dL="disable_clock_skew_correction",U0={environmentVariableSelector:t=>vt(t,lL,Qe.ENV),configFileSelector:t=>vt(
t,dL,Qe.CONFIG),default:!1}});var M0,H0=p(()=>{L();F0();M0=I(U0)});var pr,_e=p(()=>{Df();Df();H0();pr=Nf(M0)});var Xs,B0=p(()=>{Xs={CrtSignerV4:null}});function j0(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function z0(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var kf,G0,kc,V0=p(()=>{Dc();kf="X-Amz-S3session-Token",G0=kf.toLowerCase(),kc=class extends po{async signWithCredentials(e,r,o){
let n=j0(r);e.headers[G0]=r.sessionToken;let s=this;return z0(s,n),s.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let n=j0(r);return delete e.headers[G0],
e.headers[kf]=r.sessionToken,e.query=e.query??{},e.query[kf]=r.sessionToken,z0(this,n),this.presign(e,o)}}});var Zo,q0=p(()=>{Dc();B0();V0();Zo=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof Xs.CrtSignerV4=="function"?"crt":typeof Nc.
SignatureV4a=="function"?"js":"none"}constructor(e){this.sigv4Signer=new kc(e),this.signerOptions=e}async sign(e,r={}){return r.signingRegion==="*"?this.getSigv4aSigner().
sign(e,r):this.sigv4Signer.sign(e,r)}async signWithCredentials(e,r,o={}){if(o.signingRegion==="*"){let n=this.getSigv4aSigner(),s=Xs.CrtSignerV4;if(s&&n instanceof
s)return n.signWithCredentials(e,r,o);throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signa\
ture-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require(\
"@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-\
sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.signWithCredentials(e,r,o)}async presign(e,r={}){if(r.signingRegion==="*"){let o=this.
getSigv4aSigner(),n=Xs.CrtSignerV4;if(n&&o instanceof n)return o.presign(e,r);throw new Error(`presign with signingRegion '*' is only supported when using the C\
RT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the \
package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to\
 https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.presign(e,r)}async presignWithCredentials(e,r,o={}){
if(o.signingRegion==="*")throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");return this.sigv4Signer.presignWithCredentials(
e,r,o)}getSigv4aSigner(){if(!this.sigv4aSigner){let e=Xs.CrtSignerV4,r=Nc.SignatureV4a;if(this.signerOptions.runtime==="node"){if(!e&&!r)throw new Error("Neithe\
r CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https\
://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");if(e&&typeof e=="function")this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1});else if(r&&
typeof r=="function")this.sigv4aSigner=new r({...this.signerOptions});else throw new Error("Available SigV4a implementation is not a valid constructor. Please e\
nsure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functi\
onality-requiring-aws-common-runtime-crt")}else{if(!r||typeof r!="function")throw new Error("JS SigV4a implementation is not available or not a valid constructo\
r. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also re\
gister the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please \
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var $f=p(()=>{q0()});var Hn,en,Qs,W0,tI,Zs,Ne,Lf,K0,J0,Y0,X0,Q0,De,Uf,Mn,Z0,eI,uL,q,mL,rI,oI=p(()=>{K();Hn="ref",en=-1,Qs=!0,W0="isSet",tI="PartitionResult",Zs="booleanEquals",Ne="s\
tringEquals",Lf="getAttr",K0="us-east-1",J0="sigv4",Y0="sts",X0="https://sts.{Region}.{PartitionResult#dnsSuffix}",Q0={[Hn]:"Endpoint"},De={[Hn]:"Region"},Uf={[Hn]:tI},
Mn={},Z0=[De],eI={conditions:[[W0,[Q0]],[W0,Z0],["aws.partition",Z0,tI],[Zs,[{[Hn]:"UseFIPS"},Qs]],[Zs,[{[Hn]:"UseDualStack"},Qs]],[Ne,[De,"aws-global"]],[Zs,[{
[Hn]:"UseGlobalEndpoint"},Qs]],[Ne,[De,"eu-central-1"]],[Zs,[{fn:Lf,argv:[Uf,"supportsDualStack"]},Qs]],[Zs,[{fn:Lf,argv:[Uf,"supportsFIPS"]},Qs]],[Ne,[De,"ap-s\
outh-1"]],[Ne,[De,"eu-north-1"]],[Ne,[De,"eu-west-1"]],[Ne,[De,"eu-west-2"]],[Ne,[De,"eu-west-3"]],[Ne,[De,"sa-east-1"]],[Ne,[De,K0]],[Ne,[De,"us-east-2"]],[Ne,
[De,"us-west-2"]],[Ne,[De,"us-west-1"]],[Ne,[De,"ca-central-1"]],[Ne,[De,"ap-southeast-1"]],[Ne,[De,"ap-northeast-1"]],[Ne,[De,"ap-southeast-2"]],[Ne,[{fn:Lf,argv:[
Uf,"name"]},"aws-us-gov"]]],results:[[en],["https://sts.amazonaws.com",{authSchemes:[{name:J0,signingName:Y0,signingRegion:K0}]}],[X0,{authSchemes:[{name:J0,signingName:Y0,
signingRegion:"{Region}"}]}],[en,"Invalid Configuration: FIPS and custom endpoint are not supported"],[en,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[Q0,Mn],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Mn],[en,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",Mn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",Mn],[en,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",Mn],[en,"DualStack is enabled but this partition does not support D\
ualStack"],[X0,Mn],[en,"Invalid Configuration: Missing Region"]]},uL=2,q=1e8,mL=new Int32Array([-1,1,-1,0,30,3,1,4,q+14,2,5,q+14,3,25,6,4,24,7,5,q+1,8,6,9,q+13,
7,q+1,10,10,q+1,11,11,q+1,12,12,q+1,13,13,q+1,14,14,q+1,15,15,q+1,16,16,q+1,17,17,q+1,18,18,q+1,19,19,q+1,20,20,q+1,21,21,q+1,22,22,q+1,23,23,q+1,q+2,8,q+11,q+12,
4,28,26,9,27,q+10,24,q+8,q+9,8,29,q+7,9,q+6,q+7,3,q+3,31,4,q+4,q+5]),rI=rt.from(mL,uL,eI.conditions,eI.results)});var fL,$c,Ff=p(()=>{M();K();oI();fL=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),$c=(t,e={})=>fL.get(t,()=>Ft(rI,
{endpointParams:t,logger:e.logger}));Pe.aws=mt});function sI(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Mf(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function iI(t){return{schemeId:"smithy.api#noAuth"}}var gL,hL,nI,yL,EL,aI,cI,Hf=p(()=>{_e();$f();v();K();Ff();gL=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),s=te(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!s)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let i=await $a(o,{getEndpointParameterInstructions:s},e);return Object.
assign(n,i)},hL=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()}),nI=gL(hL);yL=(t,e,r)=>n=>{let i=t(n).properties?.authSchemes;if(!i)return e(n);let a=[];for(let c of i){let{name:l,properties:d={},...u}=c,m=l.toLowerCase();
l!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let y=i.find(S=>{let x=S.
name.toLowerCase();return x!=="sigv4a"&&x.startsWith("sigv4")});if(Zo.sigv4aDependency()==="none"&&y)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let h=g(n);h.schemeId=f,h.signingProperties={...h.signingProperties||{},...u,...d},a.push(h)}return a},EL=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(iI(t)),e.push(Mf(t))):(e.push(sI(t)),e.push(Mf(t))),e},aI=yL($c,EL,{"aws.auth#sigv4":sI,"aws.auth#sigv4a":Mf,"smithy.api#noA\
uth":iI}),cI=t=>{let e=pr(t),r=Ic(e);return Object.assign(r,{authSchemePreference:W(t.authSchemePreference??[])})}});var pI,lI,Bf=p(()=>{pI=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),lI={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var lo,ei=p(()=>{lo={name:"@aws-sdk/nested-clients",version:"3.998.5",description:"Nested clients for AWS SDK packages.",homepage:"https://github.com/aws/aws-sd\
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
est watch"},dependencies:{"@aws-sdk/core":"^3.981.2","@aws-sdk/signature-v4-multi-region":"^3.996.52","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.41.1","@smi\
thy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",tslib:"^2.6.2"},devDependencies:{concurrently:"7.0.0","downleve\
l-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},engines:{node:">=20.0.0"}}});function Gf(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let n=new Error("Request aborted");return n.name="AbortErr\
or",n.cause=e,n}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var dI=p(()=>{});var uI,mI=p(()=>{uI=["ECONNRESET","EPIPE","ETIMEDOUT"]});var fI,gI=p(()=>{$();fI=t=>{let e={};for(let r in t){if(!O(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var Bn,hI=p(()=>{Bn=Ur(require("node:https"))});var ie,tn=p(()=>{ie={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var yI,EI,SI=p(()=>{tn();yI=1e3,EI=(t,e,r=0)=>{if(!r)return-1;let o=n=>{let s=ie.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-n),i=a=>{a?.connecting?
a.on("connect",()=>{ie.clearTimeout(s)}):ie.clearTimeout(s)};t.socket?i(t.socket):t.on("socket",i)};return r<2e3?(o(0),0):ie.setTimeout(o.bind(null,yI),yI)}});var xI,RI=p(()=>{tn();xI=(t,e,r=0,o,n)=>r?ie.setTimeout(()=>{let s=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let i=Object.assign(new Error(s),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(i),e(i)}else s+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",n?.warn?.(s)},r):-1});var xL,_I,wI=p(()=>{tn();xL=3e3,_I=(t,{keepAlive:e,keepAliveMsecs:r},o=xL)=>{if(e!==!0)return-1;let n=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
s=>{s.setKeepAlive(e,r||0)})};return o===0?(n(),0):ie.setTimeout(n,o)}});var Lc,II=p(()=>{Lc=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var RL,jf,TI=p(()=>{tn();RL=3e3,jf=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let n;t.once("response",c=>n=c);let s=()=>{if(n?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});n?.destroy(c),t.destroy(),e(c)},i=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",i):(c.setTimeout(
r,s),t.on("close",()=>c.removeListener("timeout",s))):t.once("socket",i)};if(r<6e3){i();return}let a=ie.setTimeout(i,RL);t.once("close",()=>ie.clearTimeout(a))}});async function AI(t,e,r=CI,o=!1){let n=e.headers,s=n?n.Expect||n.expect:void 0,i=-1,a=!0;!o&&s==="100-continue"&&(a=await Promise.race([new Promise(c=>{i=Number(
ie.setTimeout(()=>c(!0),Math.max(CI,r)))}),new Promise(c=>{t.on("continue",()=>{ie.clearTimeout(i),c(!0)}),t.on("response",()=>{ie.clearTimeout(i),c(!1)}),t.on(
"error",()=>{ie.clearTimeout(i),c(!1)})})])),a&&_L(t,e.body)}function _L(t,e){if(e instanceof vI.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let n=e;if(typeof n=="object"&&n.buffer&&typeof n.byteOffset=="number"&&typeof n.byteLength=="nu\
mber"){t.end(Buffer.from(n.buffer,n.byteOffset,n.byteLength));return}t.end(Buffer.from(e));return}t.end()}var vI,CI,bI=p(()=>{vI=require("node:stream");tn();CI=
6e3});var Uc,PI,ke,OI=p(()=>{$();F();dI();mI();gI();hI();SI();RI();wI();II();TI();tn();bI();ke=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:n,requests:s,maxSockets:i}=e;
if(typeof i!="number"||i===1/0||Date.now()-15e3<r)return r;if(n&&s)for(let c in n){if(!O(n,c))continue;let l=n[c]?.length??0,d=s[c]?.length??0;if(l>=i&&d>=2*i)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${d} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(n=>{r(this.resolveDefaultConfig(n))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let n=this.config,s=n.logger,
i=e.protocol==="https:";return!i&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let l,d=-1,u=-1,m=-1,
f=-1,g=()=>{ie.clearTimeout(d),ie.clearTimeout(u),ie.clearTimeout(m),ie.clearTimeout(f)},h=async V=>{await l,g(),a(V)},y=async V=>{await l,g(),c(V)};if(r?.aborted){
let V=Gf(r);y(V);return}let S=e.headers,x=S?(S.Expect??S.expect)==="100-continue":!1,A=i?n.httpsAgent:n.httpAgent;x&&!this.externalAgent&&(A=new(i?Bn.default.Agent:
Uc)({keepAlive:!1,maxSockets:1/0})),d=ie.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(A,this.socketWarningTimestamp,s)},n.socketAcquisitionWarningTimeout??
(n.requestTimeout??2e3)+(n.connectionTimeout??1e3));let R=e.query?Lm(e.query):"",T;if(e.username!=null||e.password!=null){let V=e.username??"",mr=e.password??"";
T=`${V}:${mr}`}let H=e.path;R&&(H+=`?${R}`),e.fragment&&(H+=`#${e.fragment}`);let Z=e.hostname??"";Z[0]==="["&&Z.endsWith("]")?Z=e.hostname.slice(1,-1):Z=e.hostname;
let rr={headers:e.headers,host:Z,method:e.method,path:H,port:e.port,agent:A,auth:T},ce=(i?Bn.default.request:PI)(rr,V=>{let mr=new Je({statusCode:V.statusCode||
-1,reason:V.statusMessage,headers:fI(V.headers),body:V});h({response:mr})});if(ce.on("error",V=>{uI.includes(V.code)?y(Object.assign(V,{name:"TimeoutError"})):y(
V)}),r){let V=()=>{ce.destroy();let mr=Gf(r);y(mr)};if(typeof r.addEventListener=="function"){let mr=r;mr.addEventListener("abort",V,{once:!0}),ce.once("close",
()=>mr.removeEventListener("abort",V))}else r.onabort=V}let Ce=o??n.requestTimeout;u=EI(ce,y,n.connectionTimeout),m=xI(ce,y,Ce,n.throwOnRequestTimeout,s??console);
let ct=n.socketTimeout===void 0?Lc(n):void 0;ct?jf(ce,y,ct,!0):jf(ce,y,n.socketTimeout);let We=rr.agent;typeof We=="object"&&"keepAlive"in We&&(f=_I(ce,{keepAlive:We.
keepAlive,keepAliveMsecs:We.keepAliveMsecs})),l=AI(ce,e,Ce,this.externalAgent).catch(V=>(g(),c(V)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=
this.configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocket\
Timeout",r=Lc(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:n,
socketAcquisitionWarningTimeout:s,httpAgent:i,httpsAgent:a,throwOnRequestTimeout:c,logger:l}=e||{},d=!0,u=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:n,
defaultSocketTimeout:Lc(e),socketAcquisitionWarningTimeout:s,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await Promise.resolve().then(()=>Ur(em())),
{Agent:g,request:h}=f.default??f;return PI=h,Uc=g,i instanceof Uc||typeof i?.destroy=="function"?(this.externalAgent=!0,i):new Uc({keepAlive:d,maxSockets:u,...i})})(),
httpsAgent:a instanceof Bn.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new Bn.default.Agent({keepAlive:d,maxSockets:u,...a}),logger:l}}}});var uo=p(()=>{OI();$()});var mo,Fc=p(()=>{v();X();mo=class{queryCompat;errorRegistry;constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,r){let o=r.getMemberSchemas(),n=Object.
values(o).find(s=>!!s.getMergedTraits().httpPayload);if(n){let s=n.getMergedTraits().mediaType;return s||(n.isStringSchema()?"text/plain":n.isBlobSchema()?"appl\
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(i=>{let{httpQuery:a,httpQueryParams:c,httpHeader:l,httpLabel:d,httpPrefixHeaders:u}=i.
getMergedTraits();return!a&&!c&&!l&&!d&&u===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,n,s,i){let a=e;e.includes("#")&&([,a]=e.split("#"));
let c={$metadata:s,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:i?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:c}}catch{n.message=n.message??n.Message??"UnknownError";let d=this.
errorRegistry,u=d.getBaseException();if(u){let g=d.getErrorCtor(u)??Error;throw this.decorateServiceException(Object.assign(new g({name:a}),c),n)}let m=n,f=m?.message??
m?.Message??m?.Error?.Message??m?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(f),{name:a},c),n)}}compose(e,r,o){let n=o;r.includes(
"#")&&([n]=r.split("#"));let s=Q.for(n),i=Q.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(s),e.copyFrom(i),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,n=Pa(e,r);o&&(n.message=o);let s=n.Error??{};s.Type=n.Error?.Type,s.Code=n.Error?.Code,s.Message=n.Error?.message??
n.Error?.Message??o,n.Error=s;let i=n.$metadata.requestId;return i&&(n.RequestId=i),n}return Pa(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[n,s]=o.split(";"),i=Object.keys(e),a={Code:n,Type:s};e.Code=n,e.Type=s;for(let c=0;c<i.length;c++){let l=i[c];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(n=>U.of(n).getMergedTraits().awsQueryError?.[0]===r)}}}});var Mc,NI=p(()=>{F();X();Fc();Mc=class extends Wo{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=s??new Yo({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!n,
this.mixin=new mo(this.awsQueryCompatible)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,o);return n.path.endsWith("/")||(n.path+="/"),n.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,n.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(n.headers["x-amzn-query-mode"]="true"),(Gr(e.input)==="unit"||!n.body)&&(n.body="{}"),n}getPayloadCodec(){return this.codec}async handleError(e,r,o,n,s){let{awsQueryCompatible:i}=this;
i&&this.mixin.setQueryCompatError(n,o);let a=Vm(o,n,i)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,n,s,i?this.mixin.findQueryCompatibleError:void 0),d=U.of(
c),u=n.message??n.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},h=this.codec.createDeserializer();for(let[y,S]of d.
structIterator())n[y]!=null&&(g[y]=h.readObject(S,n[y]));throw i&&this.mixin.queryCompatOutput(n,g),this.mixin.decorateServiceException(Object.assign(f,l,{$fault:d.
getMergedTraits().error,message:u},g),n)}}});var rn,DI=p(()=>{NI();rn=class extends Mc{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var qr,kI=p(()=>{F();X();Fc();qr=class extends Ms{serializer;deserializer;codec;mixin=new mo;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let n={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new Yo(n),this.serializer=
new Bs(this.codec.createSerializer(),n),this.deserializer=new Hs(this.codec.createDeserializer(),n)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,
o),s=U.of(e.input);if(!n.headers["content-type"]){let i=this.mixin.resolveRestContentType(this.getDefaultContentType(),s);i&&(n.headers["content-type"]=i)}return n.
body==null&&n.headers["content-type"]===this.getDefaultContentType()&&(n.body="{}"),n}async deserializeResponse(e,r,o){let n=await super.deserializeResponse(e,r,
o),s=U.of(e.output);for(let[i,a]of s.structIterator())a.getMemberTraits().httpPayload&&!(i in n)&&(n[i]=null);return n}async handleError(e,r,o,n,s){let i=zm(o,n)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
i,this.options.defaultNamespace,o,n,s),l=U.of(a),d=n.message??n.Message??"UnknownError",u=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new u({});await this.
deserializeHttpMessage(a,r,o,n);let f={},g=this.codec.createDeserializer();for(let[h,y]of l.structIterator()){let S=y.getMergedTraits().jsonName??h;f[h]=g.readObject(
y,n[S])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:l.getMergedTraits().error,message:d},f),n)}getDefaultContentType(){return"applicatio\
n/json"}}});function zf(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function qf(t){return new Vf(t).parse()}var Vf,$I=p(
()=>{Vf=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let n=r.x.slice(r.i,o);return r.i=o+e.length,n}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,n={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let d="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)d+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),d==="__proto__"&&zf(n),n[d]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?n:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let s=[],i=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,s.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,i.push(e.parseTag()));else{let d="";for(;e.i<e.z&&e.x[e.i]!=="<";)d+=e.x[e.i++];s.push(e.decodeEntities(d))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let c=e.readTo(">").trim();if(c!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${c}>.`);if(!o&&s.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let d=s.length===1?s[0]:s.join("");return d.trim()===""&&d.
includes(`
`)?{tag:r,value:""}:{tag:r,value:d}}let l={};for(let d of s)d.trim()===""&&d.includes(`
`)||(l["#text"]="#text"in l?l["#text"]+d:d);for(let d of i)d.tag==="__proto__"&&zf(l),d.tag in l?Array.isArray(l[d.tag])?l[d.tag].push(d.value):l[d.tag]=[l[d.tag],
d.value]:l[d.tag]=d.value;for(let[d,u]of Object.entries(n))d==="__proto__"&&zf(l),l[d]=u;return{tag:r,value:l}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,n,s)=>o?
String.fromCharCode(parseInt(o,16)):n?String.fromCharCode(parseInt(n,10)):t.ENTITIES[s]??"")}}});var LI=p(()=>{$I()});var Gn,Wf=p(()=>{Gn=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Hc,UI=p(()=>{Hc=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function FI(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var MI=p(()=>{});var Bc,HI=p(()=>{LI();v();F();X();$();Wf();UI();MI();Bc=class extends Gn{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new Ko(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let n=U.of(e),s=n.getMemberSchemas();if(n.isStructSchema()&&
n.isMemberSchema()&&!!Object.values(s).find(l=>!!l.getMemberTraits().eventPayload)){let l={},d=Object.keys(s)[0];return s[d].isBlobSchema()?l[d]=r:l[d]=this.read(
s[d],r),l}let a=(this.serdeContext?.utf8Encoder??ee)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=U.of(e);if(o.isUnitSchema())
return;let n=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let s=!!n.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],l=a.getMergedTraits().xmlName??"member",d=s?r:(r[0]??r)[l];if(d==null)return c;let u=Array.isArray(d)?d:[d];for(let m of u)
c.push(this.readSchema(a,m));return c}let i={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),l;s?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let d=a.getMergedTraits().xmlName??"key",u=c.getMergedTraits().xmlName??"value";for(let m of l){let f=m[d],g=m[u];f==="__proto__"&&FI(i),i[f]=
this.readSchema(c,g)}return i}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new Hc(r,i));for(let[l,d]of o.structIterator()){let u=d.getMergedTraits(),m=u.
httpPayload?u.xmlName??d.getName():d.getMemberTraits().xmlName??l;a&&c.mark(m),r[m]!=null&&(i[l]=this.readSchema(d,r[m]))}return a&&c.writeUnknown(),i}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=qf(e)}catch(i){throw i&&typeof i=="object"&&Object.defineProperty(i,"\
$responseBodyText",{value:e}),i}let o="#text",n=Object.keys(r)[0],s=r[n];return s[o]&&(s[n]=s[o],delete s[o]),Oa(s)}return{}}}});var Gc,BI=p(()=>{F();X();$();$();Wf();Gc=class extends Gn{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let n=U.of(e);if(o&&!o.endsWith(".")&&(o+="."),n.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??ue)(r)));else if(n.isBooleanSchema()||n.isNumericSchema()||n.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):n.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue(kn()));else if(n.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(n.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof xe?r.string:String(r)));else if(n.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),Jo(n,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue(Ho(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
break}}else if(n.isDocumentSchema())Array.isArray(r)?this.write(79,r,o):r instanceof Date?this.write(4,r,o):r instanceof Uint8Array?this.write(21,r,o):r&&typeof r==
"object"?this.write(143,r,o):(this.writeKey(o),this.writeValue(String(r)));else if(n.isListSchema()){if(Array.isArray(r))if(r.length===0)this.settings.serializeEmptyLists&&
(this.writeKey(o),this.writeValue(""));else{let s=n.getValueSchema(),i=this.settings.flattenLists||n.getMergedTraits().xmlFlattened,a=1;for(let c of r){if(c==null)
continue;let l=s.getMergedTraits(),d=this.getKey("member",l.xmlName,l.ec2QueryName),u=i?`${o}${a}`:`${o}${d}.${a}`;this.write(s,c,u),++a}}}else if(n.isMapSchema()){
if(r&&typeof r=="object"){let s=n.getKeySchema(),i=n.getValueSchema(),a=n.getMergedTraits().xmlFlattened,c=1;for(let l in r){let d=r[l];if(d==null)continue;let u=s.
getMergedTraits(),m=this.getKey("key",u.xmlName,u.ec2QueryName),f=a?`${o}${c}.${m}`:`${o}entry.${c}.${m}`,g=i.getMergedTraits(),h=this.getKey("value",g.xmlName,
g.ec2QueryName),y=a?`${o}${c}.${h}`:`${o}entry.${c}.${h}`;this.write(s,l,f),this.write(i,d,y),++c}}}else if(n.isStructSchema()){if(r&&typeof r=="object"){let s=!1;
for(let[i,a]of n.structIterator()){if(r[i]==null&&!a.isIdempotencyToken())continue;let c=a.getMergedTraits(),l=this.getKey(i,c.xmlName,c.ec2QueryName,"struct"),
d=`${o}${l}`;this.write(a,r[i],d),s=!0}if(!s&&n.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i,l=`${o}${a}`;this.write(15,c,l)}}}}else if(!n.
isUnitSchema())throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${n.getName(!0)}`)}flush(){if(this.buffer===void 0)throw new Error(
"@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");let e=this.buffer;return delete this.buffer,e}getKey(e,r,o,n){let{ec2:s,
capitalizeKeys:i}=this.settings;if(s&&o)return o;let a=r??e;return i&&n==="struct"?a[0].toUpperCase()+a.slice(1):a}writeKey(e){e.endsWith(".")&&(e=e.slice(0,e.length-
1)),this.buffer+=`&${Vo(e)}=`}writeValue(e){this.buffer+=Vo(e)}}});var ti,GI=p(()=>{F();X();Fc();HI();BI();ti=class extends Wo{options;serializer;deserializer;mixin=new mo;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new Gc(r),this.deserializer=new Bc(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,r,o){
let n=await super.serializeRequest(e,r,o);n.path.endsWith("/")||(n.path+="/"),n.headers["content-type"]="application/x-www-form-urlencoded",(Gr(e.input)==="unit"||
!n.body)&&(n.body="");let s=e.name.split("#")[1]??e.name;return n.body=`Action=${s}&Version=${this.options.version}`+n.body,n.body.endsWith("&")&&(n.body=n.body.
slice(-1)),n}async deserializeResponse(e,r,o){let n=this.deserializer,s=U.of(e.output),i={};if(o.statusCode>=300){let d=await je(o.body,r);d.byteLength>0&&Object.
assign(i,await n.read(15,d)),await this.handleError(e,r,o,i,this.deserializeMetadata(o))}for(let d in o.headers){let u=o.headers[d];delete o.headers[d],o.headers[d.
toLowerCase()]=u}let a=e.name.split("#")[1]??e.name,c=s.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,l=await je(o.body,r);return l.byteLength>0&&Object.
assign(i,await n.read(s,l,c)),i.$metadata=this.deserializeMetadata(o),i}useNestedResult(){return!0}async handleError(e,r,o,n,s){let i=this.loadQueryErrorCode(o,
n)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let a=this.loadQueryError(n)??{},c=this.loadQueryErrorMessage(n);a.
message=c,a.Error={Type:a.Type,Code:a.Code,Message:c};let{errorSchema:l,errorMetadata:d}=await this.mixin.getErrorSchemaOrThrowBaseException(i,this.options.defaultNamespace,
o,a,s,this.mixin.findQueryCompatibleError),u=U.of(l),m=this.compositeErrorRegistry.getErrorCtor(l)??Error,f=new m({}),g={Type:a.Error.Type,Code:a.Error.Code,Error:a.
Error};for(let[h,y]of u.structIterator()){let S=y.getMergedTraits().xmlName??h,x=a[S]??n[S];g[h]=this.deserializer.readSchema(y,x)}throw this.mixin.decorateServiceException(
Object.assign(f,d,{$fault:u.getMergedTraits().error,message:c},g),n)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var on=p(()=>{DI();kI();GI()});var $e,jI,wL,jc,zI,IL,VI=p(()=>{$();$e=64,jI=32,wL=2**53-1,jc=class t{digestLength=jI;state=Int32Array.from(zI);w;buffer=new Uint8Array(64);bufferLength=0;bytesHashed=0;finished=!1;inner;outer;constructor(e){
if(e){let r=t.normalizeKey(e);this.inner=new t,this.outer=new t;let{inner:o,outer:n}=this,s=new Uint8Array($e*2);for(let i=0;i<$e;++i)s[i]=54^r[i],s[i+$e]=92^r[i];
o.update(s.subarray(0,$e)),n.update(s.subarray($e))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.");if(this.inner){
this.inner.update(e);return}let r=Tt(e),o=0,{byteLength:n}=r;if(this.bytesHashed+=n,this.bytesHashed*8>wL)throw new Error("Cannot hash more than 2^53 - 1 bits");
for(;n>0;)this.buffer[this.bufferLength++]=r[o++],n--,this.bufferLength===$e&&(this.hashBuffer(),this.bufferLength=0)}async digest(){let{inner:e,outer:r}=this;if(e&&
r){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.");this.finished=!0;let o=e.digestSync();return r.update(o),r.digestSync()}return this.
digestSync()}reset(){this.state=Int32Array.from(zI),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){let e=this.state.slice(),
r=this.buffer.slice(),o=this.bufferLength,n=this.bytesHashed*8,s=new DataView(r.buffer,r.byteOffset,r.byteLength);if(s.setUint8(o++,128),(o-1)%$e>=$e-8){for(let a=o;a<
$e;++a)s.setUint8(a,0);this.hashBufferWith(e,r),o=0}for(let a=o;a<$e-8;++a)s.setUint8(a,0);s.setUint32($e-8,Math.floor(n/4294967296),!1),s.setUint32($e-4,n,!1),
this.hashBufferWith(e,r);let i=new Uint8Array(jI);for(let a=0;a<8;++a)i[a*4]=e[a]>>>24&255,i[a*4+1]=e[a]>>>16&255,i[a*4+2]=e[a]>>>8&255,i[a*4+3]=e[a]>>>0&255;return i}static normalizeKey(e){
let r=Tt(e);if(r.byteLength>$e){let o=new t;o.update(r);let n=o.digestSync(),s=new Uint8Array($e);return s.set(n),s}if(r.byteLength<$e){let o=new Uint8Array($e);
return o.set(r),o}return r}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,r){let o=this.w??=new Int32Array(64),n=e[0],s=e[1],i=e[2],a=e[3],
c=e[4],l=e[5],d=e[6],u=e[7];for(let m=0;m<$e;++m){if(m<16)o[m]=(r[m*4]&255)<<24|(r[m*4+1]&255)<<16|(r[m*4+2]&255)<<8|r[m*4+3]&255;else{let h=o[m-2],y=(h>>>17|h<<
15)^(h>>>19|h<<13)^h>>>10;h=o[m-15];let S=(h>>>7|h<<25)^(h>>>18|h<<14)^h>>>3;o[m]=(y+o[m-7]|0)+(S+o[m-16]|0)}let f=(((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+
(c&l^~c&d)|0)+(u+(IL[m]+o[m]|0)|0)|0,g=((n>>>2|n<<30)^(n>>>13|n<<19)^(n>>>22|n<<10))+(n&s^n&i^s&i)|0;u=d,d=l,l=c,c=a+f|0,a=i,i=s,s=n,n=f+g|0}e[0]+=n,e[1]+=s,e[2]+=
i,e[3]+=a,e[4]+=c,e[5]+=l,e[6]+=d,e[7]+=u}},zI=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),IL=new Int32Array(
[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,
3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,
113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,
3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,
2756734187,3204031479,3329325298])});function CL(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,ri.createHmac)("sha256",vL(this.secret)):(0,ri.createHash)("sha256")}}}function vL(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var ri,TL,gt,qI=p(()=>{ri=require("node:crypto");VI();TL=(()=>{try{return(0,ri.createHash)("sha256"),!0}catch{return!1}})(),
gt=TL?CL():jc});var nn=p(()=>{qI()});var at,zc=p(()=>{v();at=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var oi,ni,si,ii,ai,ci,pi,li,Kf=p(()=>{zc();oi=class t extends at{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="c\
lient";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ni=class t extends at{static shapeId="\
com.amazonaws.sts#InvalidContextAssertionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionE\
xception",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},si=class t extends at{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentExcept\
ion";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},ii=class t extends at{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){
super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ai=class t extends at{static shapeId="com.amazonaws\
.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},ci=class t extends at{static shapeId="com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="c\
lient";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pi=class t extends at{static shapeId="\
com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},li=class t extends at{static shapeId="com.amazonaws.sts#IDPCommunicationErrorException";name="I\
DPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}}});var AL,bL,PL,OL,NL,DL,Jf,kL,$L,LL,UL,Yf,FL,WI,ML,HL,BL,GL,jL,zL,VL,qL,WL,KL,JL,YL,KI,JI,YI,XI,XL,QL,ZL,e1,t1,r1,QI,o1,n1,ZI,s1,eT,i1,a1,c1,Xf,p1,l1,tT,rT,d1,u1,
m1,oT,nT,f1,g1,h1,y1,E1,S1,fo,go,x1,ho,yo,Eo,R1,_1,w1,I1,sT,T1,C1,v1,z,iT,aT,Wr,cT,pT,lT,dT,uT,mT,fT,gT,Qf,A1,b1,P1,O1,N1,D1,Zf,hT,yT,ET,ST,eg,xT,RT,_T,wT,IT,TT,
CT,k1,$1,L1,tg,rg,di=p(()=>{X();Kf();zc();AL="Arn",bL="AccessKeyId",PL="AssumeRole",OL="AssumedRoleId",NL="AssumeRoleRequest",DL="AssumeRoleResponse",Jf="Assume\
dRoleUser",kL="AssumeRoleWithWebIdentity",$L="AssumeRoleWithWebIdentityRequest",LL="AssumeRoleWithWebIdentityResponse",UL="Audience",Yf="Credentials",FL="Contex\
tAssertion",WI="DurationSeconds",ML="Expiration",HL="ExternalId",BL="ExpiredTokenException",GL="FederatedProviderArn",jL="Issuer",zL="InvalidContextAssertionExc\
eption",VL="IDPCommunicationErrorException",qL="IDPRejectedClaimException",WL="InvalidIdentityTokenException",KL="IdentityProvider",JL="Key",YL="MalformedPolicy\
DocumentException",KI="MinimumSessionTokenSize",JI="OriginIdentity",YI="Policy",XI="PolicyArns",XL="ProviderArn",QL="ProvidedContexts",ZL="ProvidedContextsListT\
ype",e1="ProvidedContext",t1="PolicyDescriptorType",r1="ProviderId",QI="PackedPolicySize",o1="PackedPolicyTooLargeException",n1="Provider",ZI="RoleArn",s1="Regi\
onDisabledException",eT="RoleSessionName",i1="Subject",a1="SecretAccessKey",c1="SubjectFromWebIdentityToken",Xf="SourceIdentity",p1="SerialNumber",l1="SessionTo\
ken",tT="SessionTokenSize",rT="SessionTokenUtilization",d1="SubjectType",u1="Tags",m1="TokenCode",oT="TransactionContext",nT="TrustedIdentityPropagationContext",
f1="TransitiveTagKeys",g1="Tag",h1="Value",y1="WebIdentityToken",E1="arn",S1="accessKeySecretType",fo="awsQueryError",go="client",x1="clientTokenType",ho="error",
yo="httpError",Eo="message",R1="originIdentityIssuerType",_1="originIdentitySubjectType",w1="originIdentitySubjectTypeType",I1="policyDescriptorListType",sT="sm\
ithy.ts.sdk.synthetic.com.amazonaws.sts",T1="transactionContextIdentityProviderMapType",C1="transactionContextValueType",v1="tagListType",z="com.amazonaws.sts",
iT=new Q(sT),aT=[-3,sT,"STSServiceException",0,[],[]];iT.registerError(aT,at);Wr=new Q(z),cT=[-3,z,BL,{[fo]:["ExpiredTokenException",400],[ho]:go,[yo]:400},[Eo],
[0]];Wr.registerError(cT,oi);pT=[-3,z,VL,{[fo]:["IDPCommunicationError",400],[ho]:go,[yo]:400},[Eo],[0]];Wr.registerError(pT,li);lT=[-3,z,qL,{[fo]:["IDPRejected\
Claim",403],[ho]:go,[yo]:403},[Eo],[0]];Wr.registerError(lT,ci);dT=[-3,z,zL,{[fo]:["InvalidContextAssertion",400],[ho]:go,[yo]:400},[Eo],[0]];Wr.registerError(dT,
ni);uT=[-3,z,WL,{[fo]:["InvalidIdentityToken",400],[ho]:go,[yo]:400},[Eo],[0]];Wr.registerError(uT,pi);mT=[-3,z,YL,{[fo]:["MalformedPolicyDocument",400],[ho]:go,
[yo]:400},[Eo],[0]];Wr.registerError(mT,si);fT=[-3,z,o1,{[fo]:["PackedPolicyTooLarge",400],[ho]:go,[yo]:400},[Eo],[0]];Wr.registerError(fT,ii);gT=[-3,z,s1,{[fo]:[
"RegionDisabledException",403],[ho]:go,[yo]:403},[Eo],[0]];Wr.registerError(gT,ai);Qf=[iT,Wr],A1=[0,z,S1,8,0],b1=[0,z,x1,8,0],P1=[0,z,R1,8,0],O1=[0,z,_1,8,0],N1=
[0,z,w1,8,0],D1=[0,z,C1,8,0],Zf=[3,z,Jf,0,[OL,AL],[0,0],2],hT=[3,z,NL,0,[ZI,eT,XI,YI,WI,u1,f1,HL,p1,m1,Xf,QL,KI],[0,0,()=>CT,0,1,()=>$1,64,0,0,0,0,()=>k1,1],2],
yT=[3,z,DL,0,[Yf,Jf,QI,Xf,rT,tT],[[()=>eg,0],()=>Zf,1,0,1,1]],ET=[3,z,$L,0,[ZI,eT,y1,r1,XI,YI,WI,KI],[0,0,[()=>b1,0],0,()=>CT,0,1,1],3],ST=[3,z,LL,0,[Yf,c1,Jf,QI,
n1,UL,Xf,rT,tT,nT],[[()=>eg,0],0,()=>Zf,1,0,0,0,1,1,[()=>TT,0]]],eg=[3,z,Yf,0,[bL,a1,l1,ML],[0,[()=>A1,0],0,4],4],xT=[3,z,JI,0,[i1,d1,jL,GL],[[()=>O1,0],[()=>N1,
0],[()=>P1,0],0]],RT=[3,z,t1,0,[E1],[0]],_T=[3,z,e1,0,[XL,FL],[0,0]],wT=[3,z,g1,0,[JL,h1],[0,0],2],IT=[3,z,oT,0,[KL],[[()=>L1,0]]],TT=[3,z,nT,8,[JI,oT],[[()=>xT,
0],[()=>IT,0]]],CT=[1,z,I1,0,()=>RT],k1=[1,z,ZL,0,()=>_T],$1=[1,z,v1,0,()=>wT],L1=[2,z,T1,0,[0,0],[()=>D1,0]],tg=[9,z,PL,0,()=>hT,()=>yT],rg=[9,z,kL,0,()=>ET,()=>ST]});var vT,AT=p(()=>{_e();on();$f();st();nn();v();F();$();Hf();Ff();di();vT=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
ue,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??$c,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
aI,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new fe},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new co},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new Re,protocol:t?.protocol??ti,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:Qf,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??gt,signerConstructor:t?.signerConstructor??Zo,urlParser:t?.urlParser??me,utf8Decoder:t?.utf8Decoder??se,
utf8Encoder:t?.utf8Encoder??ee})});var bT,PT=p(()=>{ei();M();_e();st();v();L();ut();$();uo();AT();bT=t=>{Nt(process.version);let e=Ut(t),r=()=>e().then(Ot),o=vT(t);wt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??I(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
It,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Qt({serviceId:o.serviceId,clientVersion:lo.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4")||(async i=>await t.credentialDefaultProvider(i?.__config||
{})()),signer:new fe},{schemeId:"aws.auth#sigv4a",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4a"),signer:new co},{schemeId:"smithy.api#noAuth",identityProvider:s=>s.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],maxAttempts:t?.maxAttempts??I(Kt,t),region:t?.region??I(be,{...tt,...n}),requestHandler:ke.
create(t?.requestHandler??r),retryMode:t?.retryMode??I({...Yt,default:async()=>(await r()).retryMode||it},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??I(
Tc,n),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??I(At,n),useFipsEndpoint:t?.useFipsEndpoint??I(bt,n),userAgentAppId:t?.
userAgentAppId??I(Zt,n)}}});var OT,NT,DT=p(()=>{OT=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},NT=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var kT,$T=p(()=>{M();v();F();DT();kT=(t,e)=>{let r=Object.assign(er(t),Dt(t),Mt(t),OT(t));return e.forEach(o=>o.configure(r)),Object.assign(t,tr(r),kt(r),Ht(r),
NT(r))}});var So,Vc=p(()=>{M();st();v();L();K();F();ut();X();Hf();Bf();PT();$T();So=class extends Ie{config;constructor(...[e]){let r=bT(e||{});super(r),this.initConfig=r;
let o=pI(r),n=Vt(o),s=Jt(n),i=Lt(s),a=i,c=ir(a),l=cI(c),d=kT(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(
Xt(this.config)),this.middlewareStack.use(cr(this.config)),this.middlewareStack.use(Bt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.
use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:nI,identityProviderConfigProvider:async u=>new ze(
{"aws.auth#sigv4":u.credentials,"aws.auth#sigv4a":u.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var qc,Wc,Kc,og=p(()=>{v();K();Bf();qc=$t(lI,"AWSSecurityTokenServiceV20110615","STSClient",ar),Wc={},Kc=(t,e,r,o)=>[]});var sn,Jc=p(()=>{og();di();sn=class extends qc(Wc,Kc,"AssumeRole",tg){}});var an,Yc=p(()=>{og();di();an=class extends qc(Wc,Kc,"AssumeRoleWithWebIdentity",rg){}});var U1,Xc,LT=p(()=>{v();Jc();Yc();Vc();U1={AssumeRoleCommand:sn,AssumeRoleWithWebIdentityCommand:an},Xc=class extends So{};jr(U1,Xc)});var UT=p(()=>{Jc();Yc()});var FT=p(()=>{});var MT,HT,BT,GT,jT,zT=p(()=>{M();Jc();Yc();MT=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},HT=async(t,e,r,o={})=>{
let n=typeof t=="function"?await t():t,s=typeof e=="function"?await e():e,i="",a=n??s??(i=await Ef(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${n} (credential provider clientConfig)`,`${s} (contextual client)`,`${i} (STS default: AWS_REGION, profile region, or us-east-1)`),a},BT=
(t,e)=>{let r,o;return async(n,s)=>{if(o=n,!r){let{logger:d=t?.parentClientConfig?.logger,profile:u=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:h=t?.parentClientConfig?.userAgentAppId}=t,y=await HT(m,t?.parentClientConfig?.region,
g,{logger:d,profile:u}),S=!jT(f);r=new e({...t,userAgentAppId:h,profile:u,credentialDefaultProvider:()=>async()=>o,region:y,requestHandler:S?f:void 0,logger:d})}
let{Credentials:i,AssumedRoleUser:a}=await r.send(new sn(s));if(!i||!i.AccessKeyId||!i.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${s.RoleArn}`);let c=MT(a),l={accessKeyId:i.AccessKeyId,secretAccessKey:i.SecretAccessKey,sessionToken:i.SessionToken,expiration:i.Expiration,...i.CredentialScope&&
{credentialScope:i.CredentialScope},...c&&{accountId:c}};return B(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},GT=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:d,requestHandler:u=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await HT(d,t?.parentClientConfig?.region,m,{logger:c,profile:l}),h=!jT(u);r=new e({...t,userAgentAppId:f,profile:l,region:g,
requestHandler:h?u:void 0,logger:c})}let{Credentials:n,AssumedRoleUser:s}=await r.send(new an(o));if(!n||!n.AccessKeyId||!n.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let i=MT(s),a={accessKeyId:n.AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.
SessionToken,expiration:n.Expiration,...n.CredentialScope&&{credentialScope:n.CredentialScope},...i&&{accountId:i}};return i&&B(a,"RESOLVED_ACCOUNT_ID","T"),B(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},jT=t=>t?.metadata?.handlerProtocol==="h2"});var VT,qT,WT,F1,KT=p(()=>{zT();Vc();VT=(t,e)=>e?class extends t{constructor(o){super(o);for(let n of e)this.middlewareStack.use(n)}}:t,qT=(t={},e)=>BT(t,VT(So,e)),
WT=(t={},e)=>GT(t,VT(So,e)),F1=t=>e=>t({roleAssumer:qT(e),roleAssumerWithWebIdentity:WT(e),...e})});var ng={};or(ng,{$Command:()=>sr,AssumeRole$:()=>tg,AssumeRoleCommand:()=>sn,AssumeRoleRequest$:()=>hT,AssumeRoleResponse$:()=>yT,AssumeRoleWithWebIdentity$:()=>rg,
AssumeRoleWithWebIdentityCommand:()=>an,AssumeRoleWithWebIdentityRequest$:()=>ET,AssumeRoleWithWebIdentityResponse$:()=>ST,AssumedRoleUser$:()=>Zf,Credentials$:()=>eg,
ExpiredTokenException:()=>oi,ExpiredTokenException$:()=>cT,IDPCommunicationErrorException:()=>li,IDPCommunicationErrorException$:()=>pT,IDPRejectedClaimException:()=>ci,
IDPRejectedClaimException$:()=>lT,InvalidContextAssertionException:()=>ni,InvalidContextAssertionException$:()=>dT,InvalidIdentityTokenException:()=>pi,InvalidIdentityTokenException$:()=>uT,
MalformedPolicyDocumentException:()=>si,MalformedPolicyDocumentException$:()=>mT,OriginIdentity$:()=>xT,PackedPolicyTooLargeException:()=>ii,PackedPolicyTooLargeException$:()=>fT,
PolicyDescriptorType$:()=>RT,ProvidedContext$:()=>_T,RegionDisabledException:()=>ai,RegionDisabledException$:()=>gT,STS:()=>Xc,STSClient:()=>So,STSServiceException:()=>at,
STSServiceException$:()=>aT,Tag$:()=>wT,TransactionContext$:()=>IT,TrustedIdentityPropagationContext$:()=>TT,__Client:()=>Ie,decorateDefaultCredentialProvider:()=>F1,
errorTypeRegistries:()=>Qf,getDefaultRoleAssumer:()=>qT,getDefaultRoleAssumerWithWebIdentity:()=>WT});var sg=p(()=>{Vc();LT();UT();v();di();Kf();FT();KT();zc()});var jn,ig=p(()=>{jn=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:n,
providerId:s,policyArns:i,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:d}=await Promise.resolve().then(()=>(sg(),ng));
l=d({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:n,ProviderId:s,PolicyArns:i,Policy:a,DurationSeconds:c})}});var YT,JT,M1,H1,XT,QT=p(()=>{M();L();YT=require("node:fs");ig();JT="AWS_WEB_IDENTITY_TOKEN_FILE",M1="AWS_ROLE_ARN",H1="AWS_ROLE_SESSION_NAME",XT=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[JT],o=t?.roleArn??process.env[M1],n=t?.roleSessionName??
process.env[H1];if(!r||!o)throw new _("Web identity configuration not specified",{logger:t.logger});let s=await jn({...t,webIdentityToken:Ps?.getTokenRecord?.()[r]??
(0,YT.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:n})(e);return r===process.env[JT]&&B(s,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),s}});var ag={};or(ag,{fromTokenFile:()=>XT,fromWebToken:()=>jn});var Qc=p(()=>{QT();ig()});var mi,fi,dg,ug,mg,fg,tp,yC=p(()=>{M();L();mi="AWS_ACCESS_KEY_ID",fi="AWS_SECRET_ACCESS_KEY",dg="AWS_SESSION_TOKEN",ug="AWS_CREDENTIAL_EXPIRATION",mg="AWS_CREDE\
NTIAL_SCOPE",fg="AWS_ACCOUNT_ID",tp=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[mi],r=process.env[fi],o=process.
env[dg],n=process.env[ug],s=process.env[mg],i=process.env[fg];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...n&&{expiration:new Date(
n)},...s&&{credentialScope:s},...i&&{accountId:i}};return B(a,"CREDENTIALS_ENV_VARS","g"),a}throw new _("Unable to find environment variable credentials.",{logger:t?.
logger})}});var EC={};or(EC,{ENV_ACCOUNT_ID:()=>fg,ENV_CREDENTIAL_SCOPE:()=>mg,ENV_EXPIRATION:()=>ug,ENV_KEY:()=>mi,ENV_SECRET:()=>fi,ENV_SESSION:()=>dg,fromEnv:()=>tp});var gg=p(
()=>{yC()});var rp,op,hg=p(()=>{rp=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",op=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var SC,xC,Vn,np=p(()=>{SC=1e3,xC=0,Vn=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var yg,RC=p(()=>{yg=Ur(require("node:http"))});function Ro(t){return new Promise((e,r)=>{let o=yg.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",n=>{r(Object.
assign(new Be("Unable to connect to instance metadata service"),n)),o.destroy()}),o.on("timeout",()=>{r(new Be("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",n=>{let{statusCode:s=400}=n;(s<200||300<=s)&&(r(Object.assign(new Be("Error response received from instance metadata service"),{statusCode:s})),
o.destroy());let i=[];n.on("data",a=>{i.push(a)}),n.on("end",()=>{e(Buffer.concat(i)),o.destroy()})}),o.end()})}var sp=p(()=>{L();RC()});var gi,Eg=p(()=>{gi=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var qn,hi,ip,_C,sU,iU,aU,cU,pU,wC=p(()=>{L();hg();np();sp();Eg();qn="AWS_CONTAINER_CREDENTIALS_FULL_URI",hi="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",ip="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",_C=(t={})=>{let{timeout:e,maxRetries:r}=Vn(t);return()=>gi(async()=>{let o=await pU({logger:t.logger}),n=JSON.parse(await sU(e,o));if(!rp(
n))throw new _("Invalid response received from instance metadata service.",{logger:t.logger});return op(n)},r)},sU=async(t,e)=>(process.env[ip]&&(e.headers={...e.
headers,Authorization:process.env[ip]}),(await Ro({...e,timeout:t})).toString()),iU="169.254.170.2",aU=new Set(["localhost","127.0.0.1"]),cU=new Set(["http:","h\
ttps:"]),pU=async({logger:t})=>{if(process.env[hi])return{hostname:iU,path:process.env[hi]};if(process.env[qn]){let e;try{e=new URL(process.env[qn])}catch{throw new _(
`${process.env[qn]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!aU.has(e.hostname))throw new _(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!cU.has(e.protocol))throw new _(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new _(`The container metadata credential provider cannot be used unless the ${hi} or ${qn} environment variable is set`,{tryNextLink:!1,logger:t})}});var ap,IC=p(()=>{L();ap=class t extends _{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var pn,Sg=p(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(pn||(pn={}))});var lU,dU,TC,CC=p(()=>{lU="AWS_EC2_METADATA_SERVICE_ENDPOINT",dU="ec2_metadata_service_endpoint",TC={environmentVariableSelector:t=>t[lU],configFileSelector:t=>t[dU],
default:void 0}});var _o,xg=p(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(_o||(_o={}))});var uU,mU,vC,AC=p(()=>{xg();uU="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",mU="ec2_metadata_service_endpoint_mode",vC={environmentVariableSelector:t=>t[uU],configFileSelector:t=>t[mU],
default:_o.IPv4}});var cp,fU,gU,Rg=p(()=>{L();F();Sg();CC();xg();AC();cp=async()=>me(await fU()||await gU()),fU=async()=>I(TC)(),gU=async()=>{let t=await I(vC)();switch(t){case _o.
IPv4:return pn.IPv4;case _o.IPv6:return pn.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(_o)}`)}}});var hU,_g,bC=p(()=>{hU="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",_g=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+hU);let n=t.originalExpiration??t.expiration;return{...t,...n?{originalExpiration:n}:{},expiration:o}}});var PC,OC=p(()=>{bC();PC=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let n;try{n=await t(),n.expiration&&n.expiration.getTime()<Date.now()&&(n=_g(n,r))}catch(s){
if(o)r.warn("Credential renew failed: ",s),n=_g(o,r);else throw s}return o=n,n}}});var kC,yU,wg,NC,DC,$C,EU,SU,xU,RU,LC=p(()=>{L();IC();hg();np();sp();Eg();Rg();OC();kC="/latest/meta-data/iam/security-credentials/",yU="/latest/api/token",wg="A\
WS_EC2_METADATA_V1_DISABLED",NC="ec2_metadata_v1_disabled",DC="x-aws-ec2-metadata-token",$C=(t={})=>PC(EU(t),{logger:t.logger}),EU=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:n,maxRetries:s}=Vn(t),i=async(a,c)=>{if(e||c.headers?.[DC]==null){let u=!1,m=!1,f=await I({environmentVariableSelector:g=>{let h=g[wg];if(m=!!h&&h!=="f\
alse",h===void 0)throw new _(`${wg} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let h=g[NC];return u=!!h&&h!==
"false",u},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),u&&g.push(`config file profile (${NC})`),m&&g.push(`process environment variable (${wg})`),new ap(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let d=(await gi(async()=>{let u;try{u=await xU(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return u},a)).trim();return gi(async()=>{let u;try{u=await RU(d,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return u},a)};return async()=>{let a=await cp();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),i(s,{...a,timeout:n});{let c;try{c=(await SU({...a,timeout:n})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),i(s,{...a,timeout:n})}return i(s,{...a,headers:{[DC]:c},timeout:n})}}},
SU=async t=>Ro({...t,path:yU,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),xU=async t=>(await Ro({...t,path:kC})).toString(),RU=async(t,e,r)=>{
let o=JSON.parse((await Ro({...e,path:kC+t})).toString());if(!rp(o))throw new _("Invalid response received from instance metadata service.",{logger:r.logger});return op(
o)}});var pp={};or(pp,{DEFAULT_MAX_RETRIES:()=>xC,DEFAULT_TIMEOUT:()=>SC,ENV_CMDS_AUTH_TOKEN:()=>ip,ENV_CMDS_FULL_URI:()=>qn,ENV_CMDS_RELATIVE_URI:()=>hi,Endpoint:()=>pn,
fromContainerMetadata:()=>_C,fromInstanceMetadata:()=>$C,getInstanceMetadataEndpoint:()=>cp,httpRequest:()=>Ro,providerConfigFromInit:()=>Vn});var lp=p(()=>{wC();
LC();np();sp();Rg();Sg()});var _U,wU,IU,UC,FC=p(()=>{L();_U="169.254.170.2",wU="169.254.170.23",IU="[fd00:ec2::23]",UC=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===_U||t.hostname===wU||
t.hostname===IU)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=n=>{let s=parseInt(n,10);return 0<=s&&s<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new _(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function MC(t){return new j({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function HC(t,e){let o=await Us(t.body).transformToString();if(t.statusCode===200){let n=JSON.parse(o);if(typeof n.AccessKeyId!=
"string"||typeof n.SecretAccessKey!="string"||typeof n.Token!="string"||typeof n.Expiration!="string")throw new _("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:n.
AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.Token,expiration:fu(n.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let n={};try{n=JSON.parse(
o)}catch{}throw Object.assign(new _(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:n.Code,Message:n.Message})}throw new _(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var BC=p(()=>{L();F();$();$()});var GC,jC=p(()=>{GC=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(s=>setTimeout(s,r))}return await t()}});var VC,TU,CU,vU,AU,bU,qC,zC,WC=p(()=>{M();L();uo();VC=Ur(require("node:fs/promises"));FC();BC();jC();TU="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",CU="http://169.\
254.170.2",vU="AWS_CONTAINER_CREDENTIALS_FULL_URI",AU="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",bU="AWS_CONTAINER_AUTHORIZATION_TOKEN",qC=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[TU],o=t.awsContainerCredentialsFullUri??process.env[vU],
n=t.awsContainerAuthorizationToken??process.env[bU],s=t.awsContainerAuthorizationTokenFile??process.env[AU],i=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(i("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),i("awsContainerCredentialsRelativeUri will take precedence.")),n&&s&&(i("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),i("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${CU}${r}`;else if(o)e=o;else
throw new _(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);UC(a,t.logger);let c=ke.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,d=GC(async()=>{let u=MC(a);s?u.headers.Authorization=zC((await VC.default.readFile(s)).toString()):n&&(u.headers.Authorization=zC(
n));try{let m=await c.handle(u,{requestTimeout:l});return HC(m.response).then(f=>B(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new _(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await d()}finally{c.destroy?.()}}},zC=t=>{if(t.includes(`\r
`))throw new _("Authorization token contains invalid \\r\\n sequence.");return t}});var Ig={};or(Ig,{fromHttp:()=>qC});var Tg=p(()=>{WC()});var dp,Cg=p(()=>{dp=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Wn,up=p(()=>{Wn="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function OU(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function NU(t){return{schemeId:"smithy.api#noAuth"}}var XC,QC,ZC,vg=p(()=>{_e();v();XC=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});QC=t=>{let e=[];return t.operation==="CreateToken"?e.push(NU(t)):e.push(OU(t)),
e},ZC=t=>{let e=pr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var ev,tv,Ag=p(()=>{ev=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
tv={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var yi,ln,mp,rv,iv,fp,bg,ov,Pg,Kn,nv,sv,DU,ht,kU,av,cv=p(()=>{K();yi="ref",ln=-1,mp=!0,rv="isSet",iv="PartitionResult",fp="booleanEquals",bg="getAttr",ov={[yi]:"\
Endpoint"},Pg={[yi]:iv},Kn={},nv=[{[yi]:"Region"}],sv={conditions:[[rv,[ov]],[rv,nv],["aws.partition",nv,iv],[fp,[{[yi]:"UseFIPS"},mp]],[fp,[{[yi]:"UseDualStack"},
mp]],[fp,[{fn:bg,argv:[Pg,"supportsDualStack"]},mp]],[fp,[{fn:bg,argv:[Pg,"supportsFIPS"]},mp]],["stringEquals",[{fn:bg,argv:[Pg,"name"]},"aws-us-gov"]]],results:[
[ln],[ln,"Invalid Configuration: FIPS and custom endpoint are not supported"],[ln,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[ov,
Kn],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Kn],[ln,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",Kn],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",Kn],[ln,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",Kn],[ln,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",Kn],[ln,"Invalid Configuration: Missing Region"]]},DU=2,ht=1e8,kU=new Int32Array([-1,1,-1,0,13,3,1,4,ht+12,2,5,ht+12,3,
8,6,4,7,ht+11,5,ht+9,ht+10,4,11,9,6,10,ht+8,7,ht+6,ht+7,5,12,ht+5,6,ht+4,ht+5,3,ht+1,14,4,ht+2,ht+3]),av=rt.from(kU,DU,sv.conditions,sv.results)});var $U,pv,lv=p(()=>{M();K();cv();$U=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),pv=(t,e={})=>$U.get(t,()=>Ft(av,{endpointParams:t,logger:e.
logger}));Pe.aws=mt});var Te,gp=p(()=>{v();Te=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var Ei,Si,xi,Ri,_i,wi,Ii,Ti,Ci,vi,Ai,Og=p(()=>{gp();Ei=class t extends Te{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
on";$fault="client";error;reason;error_description;constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},Si=class t extends Te{static shapeId="com.amazonaws.ssooidc#AuthorizationPe\
ndingException";name="AuthorizationPendingException";$fault="client";error;error_description;constructor(e){super({name:"AuthorizationPendingException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},xi=class t extends Te{static shapeId="com\
.amazonaws.ssooidc#ExpiredTokenException";name="ExpiredTokenException";$fault="client";error;error_description;constructor(e){super({name:"ExpiredTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ri=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#InternalServerException";name="InternalServerException";$fault="server";error;error_description;constructor(e){super({name:"InternalServer\
Exception",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},_i=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#InvalidClientException";name="InvalidClientException";$fault="client";error;error_description;constructor(e){super({name:"InvalidClientExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},wi=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#InvalidGrantException";name="InvalidGrantException";$fault="client";error;error_description;constructor(e){super({name:"InvalidGrantExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ii=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#InvalidRequestException";name="InvalidRequestException";$fault="client";error;reason;error_description;constructor(e){super({name:"Invalid\
RequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},
Ti=class t extends Te{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
Ci=class t extends Te{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},vi=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ai=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var LU,UU,FU,MU,HU,BU,GU,jU,zU,VU,qU,WU,KU,JU,YU,XU,QU,ZU,eF,tF,Lr,rF,oF,nF,sF,iF,de,aF,_r,cF,pF,wr,lF,dv,uv,dF,mv,uF,mF,fF,ge,fv,gv,dr,hv,yv,Ev,Sv,xv,Rv,_v,wv,
Iv,Tv,Cv,Ng,gF,hF,yF,EF,vv,Av,bv,Dg,hp=p(()=>{X();Og();gp();LU="AccessDeniedException",UU="AuthorizationPendingException",FU="AccessToken",MU="ClientSecret",HU=
"CreateToken",BU="CreateTokenRequest",GU="CreateTokenResponse",jU="CodeVerifier",zU="ExpiredTokenException",VU="InvalidClientException",qU="InvalidGrantExceptio\
n",WU="InvalidRequestException",KU="InternalServerException",JU="InvalidScopeException",YU="IdToken",XU="RefreshToken",QU="SlowDownException",ZU="UnauthorizedCl\
ientException",eF="UnsupportedGrantTypeException",tF="accessToken",Lr="client",rF="clientId",oF="clientSecret",nF="codeVerifier",sF="code",iF="deviceCode",de="e\
rror",aF="expiresIn",_r="error_description",cF="grantType",pF="http",wr="httpError",lF="idToken",dv="reason",uv="refreshToken",dF="redirectUri",mv="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",uF="scope",mF="server",fF="tokenType",ge="com.amazonaws.ssooidc",fv=new Q(mv),gv=[-3,mv,"SSOOIDCServiceException",0,[],[]];fv.
registerError(gv,Te);dr=new Q(ge),hv=[-3,ge,LU,{[de]:Lr,[wr]:400},[de,dv,_r],[0,0,0]];dr.registerError(hv,Ei);yv=[-3,ge,UU,{[de]:Lr,[wr]:400},[de,_r],[0,0]];dr.
registerError(yv,Si);Ev=[-3,ge,zU,{[de]:Lr,[wr]:400},[de,_r],[0,0]];dr.registerError(Ev,xi);Sv=[-3,ge,KU,{[de]:mF,[wr]:500},[de,_r],[0,0]];dr.registerError(Sv,Ri);
xv=[-3,ge,VU,{[de]:Lr,[wr]:401},[de,_r],[0,0]];dr.registerError(xv,_i);Rv=[-3,ge,qU,{[de]:Lr,[wr]:400},[de,_r],[0,0]];dr.registerError(Rv,wi);_v=[-3,ge,WU,{[de]:Lr,
[wr]:400},[de,dv,_r],[0,0,0]];dr.registerError(_v,Ii);wv=[-3,ge,JU,{[de]:Lr,[wr]:400},[de,_r],[0,0]];dr.registerError(wv,Ti);Iv=[-3,ge,QU,{[de]:Lr,[wr]:400},[de,
_r],[0,0]];dr.registerError(Iv,Ci);Tv=[-3,ge,ZU,{[de]:Lr,[wr]:400},[de,_r],[0,0]];dr.registerError(Tv,vi);Cv=[-3,ge,eF,{[de]:Lr,[wr]:400},[de,_r],[0,0]];dr.registerError(
Cv,Ai);Ng=[fv,dr],gF=[0,ge,FU,8,0],hF=[0,ge,MU,8,0],yF=[0,ge,jU,8,0],EF=[0,ge,YU,8,0],vv=[0,ge,XU,8,0],Av=[3,ge,BU,0,[rF,oF,cF,iF,sF,uv,uF,dF,nF],[0,[()=>hF,0],
0,0,0,[()=>vv,0],64,0,[()=>yF,0]],3],bv=[3,ge,GU,0,[tF,fF,aF,uv,lF],[[()=>gF,0],0,1,[()=>vv,0],[()=>EF,0]]],Dg=[9,ge,HU,{[pF]:["POST","/token",200]},()=>Av,()=>bv]});var Pv,Ov=p(()=>{_e();on();st();nn();v();F();$();vg();lv();hp();Pv=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
ue,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??pv,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
QC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new fe},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new Re,protocol:t?.protocol??qr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:Ng,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??gt,urlParser:t?.urlParser??me,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??ee})});var Nv,Dv=p(()=>{ei();M();_e();v();L();ut();$();uo();Ov();Nv=t=>{Nt(process.version);let e=Ut(t),r=()=>e().then(Ot),o=Pv(t);wt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??I(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
It,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Qt({serviceId:o.serviceId,clientVersion:lo.version}),maxAttempts:t?.
maxAttempts??I(Kt,t),region:t?.region??I(be,{...tt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??I({...Yt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??I(At,n),useFipsEndpoint:t?.useFipsEndpoint??I(bt,n),userAgentAppId:t?.
userAgentAppId??I(Zt,n)}}});var kv,$v,Lv=p(()=>{kv=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},$v=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var Uv,Fv=p(()=>{M();v();F();Lv();Uv=(t,e)=>{let r=Object.assign(er(t),Dt(t),Mt(t),kv(t));return e.forEach(o=>o.configure(r)),Object.assign(t,tr(r),kt(r),Ht(r),
$v(r))}});var bi,kg=p(()=>{M();st();v();L();K();F();ut();X();vg();Ag();Dv();Fv();bi=class extends Ie{config;constructor(...[e]){let r=Nv(e||{});super(r),this.initConfig=r;
let o=ev(r),n=Vt(o),s=Jt(n),i=Lt(s),a=i,c=ir(a),l=ZC(c),d=Uv(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(
Xt(this.config)),this.middlewareStack.use(cr(this.config)),this.middlewareStack.use(Bt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.
use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:XC,identityProviderConfigProvider:async u=>new ze(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var Mv,Hv,Bv,Gv=p(()=>{v();K();Ag();Mv=$t(tv,"AWSSSOOIDCService","SSOOIDCClient",ar),Hv={},Bv=(t,e,r,o)=>[]});var Pi,$g=p(()=>{Gv();hp();Pi=class extends Mv(Hv,Bv,"CreateToken",Dg){}});var SF,yp,jv=p(()=>{v();$g();kg();SF={CreateTokenCommand:Pi},yp=class extends bi{};jr(SF,yp)});var zv=p(()=>{$g()});var xF,RF,Vv=p(()=>{xF={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},RF={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var qv=p(()=>{});var Lg={};or(Lg,{$Command:()=>sr,AccessDeniedException:()=>Ei,AccessDeniedException$:()=>hv,AccessDeniedExceptionReason:()=>xF,AuthorizationPendingException:()=>Si,
AuthorizationPendingException$:()=>yv,CreateToken$:()=>Dg,CreateTokenCommand:()=>Pi,CreateTokenRequest$:()=>Av,CreateTokenResponse$:()=>bv,ExpiredTokenException:()=>xi,
ExpiredTokenException$:()=>Ev,InternalServerException:()=>Ri,InternalServerException$:()=>Sv,InvalidClientException:()=>_i,InvalidClientException$:()=>xv,InvalidGrantException:()=>wi,
InvalidGrantException$:()=>Rv,InvalidRequestException:()=>Ii,InvalidRequestException$:()=>_v,InvalidRequestExceptionReason:()=>RF,InvalidScopeException:()=>Ti,InvalidScopeException$:()=>wv,
SSOOIDC:()=>yp,SSOOIDCClient:()=>bi,SSOOIDCServiceException:()=>Te,SSOOIDCServiceException$:()=>gv,SlowDownException:()=>Ci,SlowDownException$:()=>Iv,UnauthorizedClientException:()=>vi,
UnauthorizedClientException$:()=>Tv,UnsupportedGrantTypeException:()=>Ai,UnsupportedGrantTypeException$:()=>Cv,__Client:()=>Ie,errorTypeRegistries:()=>Ng});var Ug=p(
()=>{kg();jv();zv();v();hp();Vv();Og();qv();gp()});var Wv,Kv=p(()=>{Wv=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(Ug(),Lg)),n=i=>e.clientConfig?.[i]??e.parentClientConfig?.[i]??r?.[i];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:n("logger"),userAgentAppId:n("userAgentAppId")}))}});var Jv,Yv=p(()=>{Kv();Jv=async(t,e,r={},o)=>{let{CreateTokenCommand:n}=await Promise.resolve().then(()=>(Ug(),Lg));return(await Wv(e,r,o)).send(new n({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var Fg,Xv=p(()=>{L();up();Fg=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new Ct(`Token is expired. ${Wn}`,!1)}});var wo,Qv=p(()=>{L();up();wo=(t,e,r=!1)=>{if(typeof e>"u")throw new Ct(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${Wn}`,!1)}});var Zv,_F,eA,tA=p(()=>{L();Zv=require("node:fs"),{writeFile:_F}=Zv.promises,eA=(t,e)=>{let r=ws(t),o=JSON.stringify(e,null,2);return _F(r,o)}});var rA,Ep,Mg,oA=p(()=>{L();up();Yv();Xv();Qv();tA();rA=new Map,Ep=new Map,Mg=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await Sr(t),o=Ze({profile:t.profile??e?.profile}),n=r[o];if(n){if(!n.sso_session)throw new Ct(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new Ct(`Profile '${o}' could not be found in shared credentials file.`,!1);let s=n.sso_session,i=Ep.get(s);if(i)return await i;let c=(await bs(
t))[s];if(!c)throw new Ct(`Sso session '${s}' could not be found in shared credentials file.`,!1);for(let x of["sso_start_url","sso_region"])if(!c[x])throw new Ct(
`Sso session '${s}' is missing required property '${x}'.`,!1);let l=c.sso_start_url,d=c.sso_region,u;try{u=await Ts(s)}catch{throw new Ct(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${Wn}`,!1)}wo("accessToken",u.accessToken),wo("expiresAt",u.expiresAt);let{accessToken:m,expiresAt:f}=u,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let h=Ep.get(s);if(h)return await h;let y=rA.get(s)??0;if(Date.now()-y<30*1e3)
return Fg(g),g;wo("clientId",u.clientId,!0),wo("clientSecret",u.clientSecret,!0),wo("refreshToken",u.refreshToken,!0);let S=(async()=>{try{rA.set(s,Date.now());
let x=await Jv(u,d,t,e);wo("accessToken",x.accessToken),wo("expiresIn",x.expiresIn);let A=new Date(Date.now()+x.expiresIn*1e3);try{await eA(s,{...u,accessToken:x.
accessToken,expiresAt:A.toISOString(),refreshToken:x.refreshToken})}catch{}return{token:x.accessToken,expiration:A}}catch{return Fg(g),g}})();Ep.set(s,S);try{return await S}finally{
Ep.delete(s)}}});var nA=p(()=>{oA()});function IF(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function TF(t){return{schemeId:"smithy.api#noAuth"}}var sA,iA,aA,Hg=p(()=>{_e();v();sA=async(t,e,r)=>({operation:te(e).operation,region:await W(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});iA=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
TF(t)):e.push(IF(t)),e},aA=t=>{let e=pr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var cA,pA,Bg=p(()=>{cA=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),pA={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Oi,dn,Sp,lA,fA,xp,Gg,dA,jg,Jn,uA,mA,CF,yt,vF,gA,hA=p(()=>{K();Oi="ref",dn=-1,Sp=!0,lA="isSet",fA="PartitionResult",xp="booleanEquals",Gg="getAttr",dA={[Oi]:"\
Endpoint"},jg={[Oi]:fA},Jn={},uA=[{[Oi]:"Region"}],mA={conditions:[[lA,[dA]],[lA,uA],["aws.partition",uA,fA],[xp,[{[Oi]:"UseFIPS"},Sp]],[xp,[{[Oi]:"UseDualStack"},
Sp]],[xp,[{fn:Gg,argv:[jg,"supportsDualStack"]},Sp]],[xp,[{fn:Gg,argv:[jg,"supportsFIPS"]},Sp]],["stringEquals",[{fn:Gg,argv:[jg,"name"]},"aws-us-gov"]]],results:[
[dn],[dn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[dn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[dA,
Jn],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Jn],[dn,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",Jn],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",Jn],[dn,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",Jn],[dn,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",Jn],[dn,"Invalid Configuration: Missing Region"]]},CF=2,yt=1e8,vF=new Int32Array([-1,1,
-1,0,13,3,1,4,yt+12,2,5,yt+12,3,8,6,4,7,yt+11,5,yt+9,yt+10,4,11,9,6,10,yt+8,7,yt+6,yt+7,5,12,yt+5,6,yt+4,yt+5,3,yt+1,14,4,yt+2,yt+3]),gA=rt.from(vF,CF,mA.conditions,
mA.results)});var AF,yA,EA=p(()=>{M();K();hA();AF=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),yA=(t,e={})=>AF.get(t,()=>Ft(gA,{endpointParams:t,logger:e.
logger}));Pe.aws=mt});var Kr,zg=p(()=>{v();Kr=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Rp,_p,wp,Ip,Vg=p(()=>{zg();Rp=class t extends Kr{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},_p=class t extends Kr{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},wp=class t extends Kr{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ip=class t extends Kr{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var bF,PF,OF,NF,DF,kF,$F,LF,UF,FF,MF,HF,BF,GF,jF,Tp,Cp,zF,VF,vp,qF,SA,Ap,WF,KF,JF,xA,YF,XF,QF,ur,RA,ZF,Ni,eM,tM,rM,oM,_A,nM,sM,iM,aM,cM,pM,wA,bp=p(()=>{X();Vg();
zg();bF="AccessTokenType",PF="GetRoleCredentials",OF="GetRoleCredentialsRequest",NF="GetRoleCredentialsResponse",DF="InvalidRequestException",kF="RoleCredential\
s",$F="ResourceNotFoundException",LF="SecretAccessKeyType",UF="SessionTokenType",FF="TooManyRequestsException",MF="UnauthorizedException",HF="accountId",BF="acc\
essKeyId",GF="accessToken",jF="account_id",Tp="client",Cp="error",zF="expiration",VF="http",vp="httpError",qF="httpHeader",SA="httpQuery",Ap="message",WF="roleC\
redentials",KF="roleName",JF="role_name",xA="smithy.ts.sdk.synthetic.com.amazonaws.sso",YF="secretAccessKey",XF="sessionToken",QF="x-amz-sso_bearer_token",ur="c\
om.amazonaws.sso",RA=new Q(xA),ZF=[-3,xA,"SSOServiceException",0,[],[]];RA.registerError(ZF,Kr);Ni=new Q(ur),eM=[-3,ur,DF,{[Cp]:Tp,[vp]:400},[Ap],[0]];Ni.registerError(
eM,Rp);tM=[-3,ur,$F,{[Cp]:Tp,[vp]:404},[Ap],[0]];Ni.registerError(tM,_p);rM=[-3,ur,FF,{[Cp]:Tp,[vp]:429},[Ap],[0]];Ni.registerError(rM,wp);oM=[-3,ur,MF,{[Cp]:Tp,
[vp]:401},[Ap],[0]];Ni.registerError(oM,Ip);_A=[RA,Ni],nM=[0,ur,bF,8,0],sM=[0,ur,LF,8,0],iM=[0,ur,UF,8,0],aM=[3,ur,OF,0,[KF,HF,GF],[[0,{[SA]:JF}],[0,{[SA]:jF}],
[()=>nM,{[qF]:QF}]],3],cM=[3,ur,NF,0,[WF],[[()=>pM,0]]],pM=[3,ur,kF,0,[BF,YF,XF,zF],[0,[()=>sM,0],[()=>iM,0],1]],wA=[9,ur,PF,{[VF]:["GET","/federation/credentia\
ls",200]},()=>aM,()=>cM]});var IA,TA=p(()=>{_e();on();st();nn();v();F();$();Hg();EA();bp();IA=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
ue,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??yA,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
iA,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new fe},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new Re,protocol:t?.protocol??qr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:_A,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??gt,urlParser:t?.urlParser??me,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??ee})});var CA,vA=p(()=>{ei();M();_e();v();L();ut();$();uo();TA();CA=t=>{Nt(process.version);let e=Ut(t),r=()=>e().then(Ot),o=IA(t);wt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??I(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
It,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Qt({serviceId:o.serviceId,clientVersion:lo.version}),maxAttempts:t?.
maxAttempts??I(Kt,t),region:t?.region??I(be,{...tt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??I({...Yt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??I(At,n),useFipsEndpoint:t?.useFipsEndpoint??I(bt,n),userAgentAppId:t?.
userAgentAppId??I(Zt,n)}}});var AA,bA,PA=p(()=>{AA=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},bA=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var OA,NA=p(()=>{M();v();F();PA();OA=(t,e)=>{let r=Object.assign(er(t),Dt(t),Mt(t),AA(t));return e.forEach(o=>o.configure(r)),Object.assign(t,tr(r),kt(r),Ht(r),
bA(r))}});var Yn,qg=p(()=>{M();st();v();L();K();F();ut();X();Hg();Bg();vA();NA();Yn=class extends Ie{config;constructor(...[e]){let r=CA(e||{});super(r),this.initConfig=r;
let o=cA(r),n=Vt(o),s=Jt(n),i=Lt(s),a=i,c=ir(a),l=aA(c),d=OA(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(
Xt(this.config)),this.middlewareStack.use(cr(this.config)),this.middlewareStack.use(Bt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.
use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:sA,identityProviderConfigProvider:async u=>new ze(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var DA,kA,$A,LA=p(()=>{v();K();Bg();DA=$t(pA,"SWBPortalService","SSOClient",ar),kA={},$A=(t,e,r,o)=>[]});var Xn,Wg=p(()=>{LA();bp();Xn=class extends DA(kA,$A,"GetRoleCredentials",wA){}});var lM,Kg,UA=p(()=>{v();Wg();qg();lM={GetRoleCredentialsCommand:Xn},Kg=class extends Yn{};jr(lM,Kg)});var FA=p(()=>{Wg()});var MA=p(()=>{});var HA=p(()=>{qg();UA();FA();bp();Vg();MA()});var BA={};or(BA,{GetRoleCredentialsCommand:()=>Xn,SSOClient:()=>Yn});var GA=p(()=>{HA()});var Di,Jg,jA=p(()=>{M();nA();L();Di=!1,Jg=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:n,ssoClient:s,clientConfig:i,parentClientConfig:a,
callerClientConfig:c,profile:l,filepath:d,configFilepath:u,ignoreCache:m,logger:f})=>{let g,h="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let ct=await Mg({profile:l,filepath:d,configFilepath:u,ignoreCache:m,clientConfig:i,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:ct.token,expiresAt:new Date(ct.expiration).toISOString()}}catch(ct){throw new _(ct.message,{tryNextLink:Di,logger:f})}else try{g=await Ts(t)}catch{
throw new _(`The SSO session associated with this profile is invalid. ${h}`,{tryNextLink:Di,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new _(
`The SSO session associated with this profile has expired. ${h}`,{tryNextLink:Di,logger:f});let{accessToken:y}=g,{SSOClient:S,GetRoleCredentialsCommand:x}=await Promise.resolve().then(()=>(GA(),BA)),
A=s||new S(Object.assign({},i??{},{logger:i?.logger??c?.logger??a?.logger,region:i?.region??o,userAgentAppId:i?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
R;try{R=await A.send(new x({accountId:r,roleName:n,accessToken:y}))}catch(ct){throw new _(ct,{tryNextLink:Di,logger:f})}let{roleCredentials:{accessKeyId:T,secretAccessKey:H,
sessionToken:Z,expiration:rr,credentialScope:Cr,accountId:ce}={}}=R;if(!T||!H||!Z||!rr)throw new _("SSO returns an invalid temporary credential.",{tryNextLink:Di,
logger:f});let Ce={accessKeyId:T,secretAccessKey:H,sessionToken:Z,expiration:new Date(rr),...Cr&&{credentialScope:Cr},...ce&&{accountId:ce}};return e?B(Ce,"CRED\
ENTIALS_SSO","s"):B(Ce,"CREDENTIALS_SSO_LEGACY","u"),Ce}});var Pp,Yg=p(()=>{L();Pp=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:n,sso_role_name:s}=t;if(!r||!o||!n||!s)throw new _(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var zA,VA=p(()=>{L();Cg();jA();Yg();zA=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoSession:i}=t,{ssoClient:a}=t,c=Ze({profile:t.profile??e?.profile});if(!r&&!o&&!n&&!s&&!i){let d=(await Sr(t))[c];if(!d)
throw new _(`Profile ${c} was not found.`,{logger:t.logger});if(!dp(d))throw new _(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(d?.
sso_session){let S=(await bs(t))[d.sso_session],x=` configurations in profile ${c} and sso-session ${d.sso_session}`;if(n&&n!==S.sso_region)throw new _("Conflic\
ting SSO region"+x,{tryNextLink:!1,logger:t.logger});if(r&&r!==S.sso_start_url)throw new _("Conflicting SSO start_url"+x,{tryNextLink:!1,logger:t.logger});d.sso_region=
S.sso_region,d.sso_start_url=S.sso_start_url}let{sso_start_url:u,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:h}=Pp(d,t.logger);return Jg({ssoStartUrl:u,
ssoSession:h,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!n||!s)throw new _('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return Jg({ssoStartUrl:r,
ssoSession:i,ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var Xg={};or(Xg,{fromSSO:()=>zA,isSsoProfile:()=>dp,validateSsoProfile:()=>Pp});var Qg=p(()=>{VA();Cg();Yg()});var qA,Zg,WA=p(()=>{M();L();qA=(t,e,r)=>{let o={EcsContainer:async n=>{let{fromHttp:s}=await Promise.resolve().then(()=>(Tg(),Ig)),{fromContainerMetadata:i}=await Promise.resolve().then(()=>(lp(),pp));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>Bo(s(n??{}),i(n))().then(Zg)},Ec2InstanceMetadata:async n=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:s}=await Promise.resolve().then(()=>(lp(),pp));return async()=>s(
n)().then(Zg)},Environment:async n=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:s}=await Promise.resolve().then(()=>(gg(),EC));
return async()=>s(n)().then(Zg)}};if(t in o)return o[t];throw new _(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},Zg=t=>B(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var JA,dM,uM,YA,KA,XA=p(()=>{M();L();WA();JA=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(dM(t,{
profile:e,logger:r})||uM(t,{profile:e,logger:r})),dM=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},uM=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},YA=async(t,e,r,o,n={},s)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let i=e[t],{source_profile:a,region:c}=i;if(!r.roleAssumer){let{getDefaultRoleAssumer:d}=await Promise.resolve().then(()=>(sg(),ng));
r.roleAssumer=d({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in n)throw new _(`Detected a cycle attempting to resolve credentials for profile ${Ze(r)}. Profiles visited: `+Object.keys(
n).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?s(a,e,r,o,{...n,[a]:!0},KA(e[a]??{})):(await qA(i.credential_source,t,r.logger)(r))();if(KA(i))return l.then(d=>B(d,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let d={RoleArn:i.role_arn,RoleSessionName:i.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:i.external_id,DurationSeconds:parseInt(i.duration_seconds||
"3600",10)},{mfa_serial:u}=i;if(u){if(!r.mfaCodeProvider)throw new _(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});d.SerialNumber=u,d.TokenCode=await r.mfaCodeProvider(u)}let m=await l;return r.roleAssumer(m,d).then(f=>B(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},KA=t=>!t.role_arn&&!!t.credential_source});function mM(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function fM(t){return{schemeId:"smithy.api#noAuth"}}var QA,ZA,eb,eh=p(()=>{_e();v();QA=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});ZA=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(fM(t)):e.push(mM(
t)),e},eb=t=>{let e=pr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var tb,rb,th=p(()=>{tb=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),rb=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Co,Io,ob,Qn,nb,Zn,sb,oh,Jr,rh,ib,ab,To,db,cb,Op,Ve,pb,lb,gM,G,hM,ub,mb=p(()=>{K();Co="ref",Io=-1,ob=!1,Qn=!0,nb="isSet",Zn="booleanEquals",sb="coalesce",oh=
"PartitionResult",Jr="stringEquals",rh="getAttr",ib="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",ab={[Co]:"Endpoint"},To={fn:rh,argv:[{[Co]:oh},
"name"]},db={[Co]:"Region"},cb={[Co]:oh},Op={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},Ve={},pb=[db],lb={conditions:[[nb,pb],[
Zn,[{fn:sb,argv:[{[Co]:"IsControlPlane"},ob]},Qn]],[nb,[ab]],["aws.partition",pb,oh],[Zn,[{[Co]:"UseFIPS"},Qn]],[Jr,[To,"aws"]],[Zn,[{fn:sb,argv:[{[Co]:"IsOAuth\
Endpoint"},ob]},Qn]],[Zn,[{[Co]:"UseDualStack"},Qn]],[Jr,[To,"aws-cn"]],[Jr,[db,"us-gov-west-1"]],[Jr,[To,"aws-us-gov"]],[Zn,[{fn:rh,argv:[cb,"supportsFIPS"]},Qn]],
[Jr,[To,"aws-iso"]],[Jr,[To,"aws-iso-b"]],[Jr,[To,"aws-iso-f"]],[Jr,[To,"aws-iso-e"]],[Jr,[To,"aws-eusc"]],[Zn,[{fn:rh,argv:[cb,"supportsDualStack"]},Qn]]],results:[
[Io],["https://signin.{Region}.api.aws",Op],["https://signin.{Region}.api.amazonwebservices.com.cn",Op],[ib,Op],[Io,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",Op],["https://{Region}.signin.aws.amazon.com",Ve],["https://{Regio\
n}.signin.amazonaws.cn",Ve],["https://{Region}.signin.amazonaws-us-gov.com",Ve],["https://{Region}.signin.c2shome.ic.gov",Ve],["https://{Region}.signin.sc2shome\
.sgov.gov",Ve],["https://{Region}.signin.csphome.hci.ic.gov",Ve],["https://{Region}.signin.csphome.adc-e.uk",Ve],["https://{Region}.signin.amazonaws-eusc.eu",Ve],
["https://signin-fips.amazonaws-us-gov.com",Ve],["https://{Region}.signin-fips.amazonaws-us-gov.com",Ve],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
Ve],[Io,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Io,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[ab,Ve],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Ve],[Io,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",Ve],[Io,"FIPS is enabled but this partition does not support FIPS"],[ib,Ve],[Io,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",Ve],[Io,"Invalid Configuration: Missing Region"]]},gM=2,
G=1e8,hM=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,G+27,6,G+4,G+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,G+7,13,10,G+8,14,12,G+9,15,13,G+10,16,14,G+11,17,
15,G+12,18,16,G+13,G+16,6,G+5,20,7,21,G+6,17,G+24,G+25,6,G+4,23,7,27,24,9,G+14,25,10,G+15,26,11,G+22,G+23,11,28,G+21,17,G+20,G+21,2,35,30,3,39,31,4,32,G+27,6,G+
4,33,7,G+27,34,9,G+14,G+27,3,39,36,4,38,37,7,G+18,G+19,6,G+4,G+17,5,G+1,40,8,G+2,G+3]),ub=rt.from(hM,gM,lb.conditions,lb.results)});var yM,fb,gb=p(()=>{M();K();mb();yM=new ot({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),fb=(t,e={})=>yM.get(
t,()=>Ft(ub,{endpointParams:t,logger:e.logger}));Pe.aws=mt});var Ir,Np=p(()=>{v();Ir=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var ki,$i,Li,Ui,nh=p(()=>{Np();ki=class t extends Ir{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},$i=class t extends Ir{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Li=class t extends Ir{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},Ui=class t extends Ir{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var EM,SM,xM,RM,_M,wM,IM,TM,CM,vM,AM,bM,PM,OM,NM,hb,sh,DM,ph,yb,Eb,kM,vo,ih,$M,ah,LM,wb,lh,Sb,Le,kp,UM,Dp,xb,Ib,Rb,_b,FM,MM,HM,ch,BM,qe,Tb,Cb,Fi,vb,Ab,bb,Pb,dh,
GM,Ob,Nb,Db,kb,$b,Lb,Ub,Fb,uh,mh,Mi=p(()=>{X();nh();Np();EM="AccessDeniedException",SM="AccessToken",xM="CreateOAuth2Token",RM="CreateOAuth2TokenRequest",_M="Cr\
eateOAuth2TokenRequestBody",wM="CreateOAuth2TokenResponseBody",IM="CreateOAuth2TokenResponse",TM="CreateOAuth2TokenWithIAM",CM="CreateOAuth2TokenWithIAMRequest",
vM="CreateOAuth2TokenWithIAMResponse",AM="InternalServerException",bM="OAuthAccessToken",PM="RefreshToken",OM="TooManyRequestsError",NM="ValidationException",hb=
"accessKeyId",sh="accessToken",DM="access_token",ph="client",yb="clientId",Eb="codeVerifier",kM="code",vo="error",ih="expiresIn",$M="expires_in",ah="grantType",
LM="grant_type",wb="http",lh="httpError",Sb="idToken",Le="jsonName",kp="message",UM="resource",Dp="refreshToken",xb="redirectUri",Ib="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",Rb="secretAccessKey",_b="sessionToken",FM="server",MM="tokenInput",HM="tokenOutput",ch="tokenType",BM="token_type",qe="com.amazonaws.signin",
Tb=new Q(Ib),Cb=[-3,Ib,"SigninServiceException",0,[],[]];Tb.registerError(Cb,Ir);Fi=new Q(qe),vb=[-3,qe,EM,{[vo]:ph},[vo,kp],[0,0],2];Fi.registerError(vb,ki);Ab=
[-3,qe,AM,{[vo]:FM,[lh]:500},[vo,kp],[0,0],2];Fi.registerError(Ab,$i);bb=[-3,qe,OM,{[vo]:ph,[lh]:429},[vo,kp],[0,0],2];Fi.registerError(bb,Li);Pb=[-3,qe,NM,{[vo]:ph,
[lh]:400},[vo,kp],[0,0],2];Fi.registerError(Pb,Ui);dh=[Tb,Fi],GM=[0,qe,bM,8,0],Ob=[0,qe,PM,8,0],Nb=[3,qe,SM,8,[hb,Rb,_b],[[0,{[Le]:hb}],[0,{[Le]:Rb}],[0,{[Le]:_b}]],
3],Db=[3,qe,RM,0,[MM],[[()=>kb,16]],1],kb=[3,qe,_M,0,[yb,ah,kM,xb,Eb,Dp],[[0,{[Le]:yb}],[0,{[Le]:ah}],0,[0,{[Le]:xb}],[0,{[Le]:Eb}],[()=>Ob,{[Le]:Dp}]],2],$b=[3,
qe,IM,0,[HM],[[()=>Lb,16]],1],Lb=[3,qe,wM,0,[sh,ch,ih,Dp,Sb],[[()=>Nb,{[Le]:sh}],[0,{[Le]:ch}],[1,{[Le]:ih}],[()=>Ob,{[Le]:Dp}],[0,{[Le]:Sb}]],4],Ub=[3,qe,CM,0,
[ah,UM],[[0,{[Le]:LM}],0],2],Fb=[3,qe,vM,0,[sh,ch,ih],[[()=>GM,{[Le]:DM}],[0,{[Le]:BM}],[1,{[Le]:$M}]],3],uh=[9,qe,xM,{[wb]:["POST","/v1/token",200]},()=>Db,()=>$b],
mh=[9,qe,TM,{[wb]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>Ub,()=>Fb]});var Mb,Hb=p(()=>{_e();on();st();nn();v();F();$();eh();gb();Mi();Mb=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
ue,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??fb,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
ZA,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new fe},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new Re,protocol:t?.protocol??qr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:dh,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??gt,urlParser:t?.urlParser??me,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??ee})});var Bb,Gb=p(()=>{ei();M();_e();v();L();ut();$();uo();Hb();Bb=t=>{Nt(process.version);let e=Ut(t),r=()=>e().then(Ot),o=Mb(t);wt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??I(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
It,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Qt({serviceId:o.serviceId,clientVersion:lo.version}),maxAttempts:t?.
maxAttempts??I(Kt,t),region:t?.region??I(be,{...tt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??I({...Yt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??I(At,n),useFipsEndpoint:t?.useFipsEndpoint??I(bt,n),userAgentAppId:t?.
userAgentAppId??I(Zt,n)}}});var jb,zb,Vb=p(()=>{jb=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},zb=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var qb,Wb=p(()=>{M();v();F();Vb();qb=(t,e)=>{let r=Object.assign(er(t),Dt(t),Mt(t),jb(t));return e.forEach(o=>o.configure(r)),Object.assign(t,tr(r),kt(r),Ht(r),
zb(r))}});var Hi,fh=p(()=>{M();st();v();L();K();F();ut();X();eh();th();Gb();Wb();Hi=class extends Ie{config;constructor(...[e]){let r=Bb(e||{});super(r),this.initConfig=r;
let o=tb(r),n=Vt(o),s=Jt(n),i=Lt(s),a=i,c=ir(a),l=eb(c),d=qb(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(
Xt(this.config)),this.middlewareStack.use(cr(this.config)),this.middlewareStack.use(Bt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.
use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:QA,identityProviderConfigProvider:async u=>new ze(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var $p,Kb,Jb,Lp,gh=p(()=>{v();K();th();$p=$t(rb,"Signin","SigninClient",ar),Kb={IsControlPlane:{type:"staticContextParams",value:!1}},Jb={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},Lp=(t,e,r,o)=>[]});var Bi,hh=p(()=>{gh();Mi();Bi=class extends $p(Kb,Lp,"CreateOAuth2Token",uh){}});var Gi,yh=p(()=>{gh();Mi();Gi=class extends $p(Jb,Lp,"CreateOAuth2TokenWithIAM",mh){}});var jM,Up,Yb=p(()=>{v();hh();yh();fh();jM={CreateOAuth2TokenCommand:Bi,CreateOAuth2TokenWithIAMCommand:Gi},Up=class extends Hi{};jr(jM,Up)});var Xb=p(()=>{hh();yh()});var zM,Qb=p(()=>{zM={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_CLIENT:"invalid_client",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"\
invalid_target",OAUTH_RATE_EXCEEDED:"rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"\
RESOURCE_NOT_FOUND",SERVER_ERROR:"server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CRE\
DENTIALS_CHANGED"}});var Zb=p(()=>{});var eP={};or(eP,{$Command:()=>sr,AccessDeniedException:()=>ki,AccessDeniedException$:()=>vb,AccessToken$:()=>Nb,CreateOAuth2Token$:()=>uh,CreateOAuth2TokenCommand:()=>Bi,
CreateOAuth2TokenRequest$:()=>Db,CreateOAuth2TokenRequestBody$:()=>kb,CreateOAuth2TokenResponse$:()=>$b,CreateOAuth2TokenResponseBody$:()=>Lb,CreateOAuth2TokenWithIAM$:()=>mh,
CreateOAuth2TokenWithIAMCommand:()=>Gi,CreateOAuth2TokenWithIAMRequest$:()=>Ub,CreateOAuth2TokenWithIAMResponse$:()=>Fb,InternalServerException:()=>$i,InternalServerException$:()=>Ab,
OAuth2ErrorCode:()=>zM,Signin:()=>Up,SigninClient:()=>Hi,SigninServiceException:()=>Ir,SigninServiceException$:()=>Cb,TooManyRequestsError:()=>Li,TooManyRequestsError$:()=>bb,
ValidationException:()=>Ui,ValidationException$:()=>Pb,__Client:()=>Ie,errorTypeRegistries:()=>dh});var tP=p(()=>{fh();Yb();Xb();v();Mi();Qb();nh();Zb();Np()});var Ao,Fp,rP,ji,Mp,oP=p(()=>{L();F();Ao=require("node:crypto"),Fp=require("node:fs"),rP=require("node:os"),ji=require("node:path"),Mp=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new _(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),n=new Date(r.accessToken.expiresAt).getTime(),s=new Date(
e.accessToken.expiresAt).getTime(),i=n<=o&&s>o?e:r;if(new Date(i.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(i.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(tP(),eP)),{logger:d,userAgentAppId:u}=this.callerClientConfig??{},f=(x=>x?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof i.signInRegion=="string"&&i.signInRegion.
length>0?i.signInRegion:void 0,h=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,y=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:h,requestHandler:f,logger:d,userAgentAppId:u,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(y.middlewareStack);
let S={tokenInput:{clientId:i.clientId,refreshToken:i.refreshToken,grantType:"refresh_token"}};try{let x=await y.send(new l(S)),{accessKeyId:A,secretAccessKey:R,
sessionToken:T}=x.tokenOutput?.accessToken??{},{refreshToken:H,expiresIn:Z}=x.tokenOutput??{};if(!A||!R||!T||!H)throw new _("Token refresh response missing requ\
ired fields",{logger:this.logger,tryNextLink:!1});let rr=(Z??900)*1e3,Cr=new Date(Date.now()+rr),ce={...i,accessToken:{...i.accessToken,accessKeyId:A,secretAccessKey:R,
sessionToken:T,expiresAt:Cr.toISOString()},refreshToken:H};return await this.saveToken(ce),this.toCredentials(ce.accessToken)}catch(x){if(x.name==="AccessDenied\
Exception"){let R=x.error,T;switch(R){case"TOKEN_EXPIRED":T="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":T="Unable to\
 refresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":T="Unable to refr\
esh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:T=`Failed to refresh token: ${String(
x)}. Please re-authenticate using \`aws login\``}throw new _(T,{logger:this.logger,tryNextLink:!1})}if(new Date(i.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(x)}. Using existing token until expiry.`),this.toCredentials(i.accessToken);throw new _(`Failed to refresh tok\
en: ${String(x)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await Fp.promises.readFile(
e,"utf8"),o=JSON.parse(r),n=["accessToken","clientId","refreshToken","dpopKey"].filter(s=>!o[s]);if(o.accessToken?.accountId||n.push("accountId"),n.length>0)throw new _(
`Token validation failed, missing fields: ${n.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new _(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,ji.dirname)(r);try{await Fp.promises.mkdir(o,{recursive:!0})}catch{}
await Fp.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,ji.join)((0,rP.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,Ao.createHash)("sha256").update(r).digest("hex");return(0,ji.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],n=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let s=e[r++],i=e.subarray(r,r+s);n=n[0]===0?n.subarray(1):n,i=i[0]===0?i.subarray(1):i;let a=Buffer.concat([Buffer.alloc(32-n.length),n]),c=Buffer.concat([Buffer.
alloc(32-i.length),i]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(j.isInstance(o.request)){let n=o.request,s=`${n.protocol}//${n.
hostname}${n.port?`:${n.port}`:""}${n.path}`,i=await this.generateDpop(n.method,s);n.headers={...n.headers,DPoP:i}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let n=(0,Ao.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),i=(0,Ao.createPublicKey)(n).export({format:"der",type:"spki"}),a=-1;for(let x=0;x<i.length;x++)if(i[x]===4){a=x;break}let c=i.slice(a+1,a+33),l=i.slice(a+33,
a+65),d={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:l.toString("base64url")}},u={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(d)).toString("base64url"),f=Buffer.from(JSON.stringify(u)).toString("base64url"),g=`${m}.${f}`,h=(0,Ao.sign)(
"sha256",Buffer.from(g),n),S=this.derToRawSignature(h).toString("base64url");return`${g}.${S}`}catch(n){throw new _(`Failed to generate Dpop proof: ${n instanceof
Error?n.message:String(n)}`,{logger:this.logger,tryNextLink:!1})}}}});var nP,sP=p(()=>{M();L();oP();nP=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await Sr(
t||{}),o=Ze({profile:t?.profile??e?.profile}),n=r[o];if(!n?.login_session)throw new _(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let i=await new Mp(n,t,e).loadCredentials();return B(i,"CREDENTIALS_LOGIN","AD")}});var iP={};or(iP,{fromLoginCredentials:()=>nP});var aP=p(()=>{sP()});var cP,pP,lP=p(()=>{M();cP=t=>!!(t&&t.login_session),pP=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(aP(),iP)),n=await o({...e,profile:t})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_LOGIN","AC")}});var dP,uP=p(()=>{M();dP=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let s=new Date;if(new Date(e.Expiration)<s)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let n={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return B(n,"CREDENTIALS_PROCESS","w"),n}});var mP,fP,gP,hP=p(()=>{L();mP=require("node:child_process"),fP=require("node:util");uP();gP=async(t,e,r)=>{let o=e[t];if(e[t]){let n=o.credential_process;if(n!==
void 0){let s=(0,fP.promisify)(Ps?.getTokenRecord?.().exec??mP.exec);try{let{stdout:i}=await s(n),a;try{a=JSON.parse(i.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return dP(t,a,e)}catch(i){throw new _(i.message,{logger:r})}}else throw new _(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new _(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var yP,EP=p(()=>{L();hP();yP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await Sr(t);
return gP(Ze({profile:t.profile??e?.profile}),r,t.logger)}});var Eh={};or(Eh,{fromProcess:()=>yP});var Sh=p(()=>{EP()});var SP,xP,RP=p(()=>{M();SP=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",xP=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(Sh(),Eh)),
o=await r({...t,profile:e})();return B(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var _P,wP,IP=p(()=>{M();_P=async(t,e,r={},o)=>{let{fromSSO:n}=await Promise.resolve().then(()=>(Qg(),Xg));return n({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(s=>e.sso_session?B(s,"CREDENTIALS_PROFILE_SSO","r"):B(s,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},wP=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var xh,Rh,TP=p(()=>{M();xh=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,Rh=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return B(r,"CREDENTIALS_PROFILE","n")}});var CP,vP,AP=p(()=>{M();CP=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,vP=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>(Qc(),ag)),n=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var _h,bP=p(()=>{L();XA();lP();RP();IP();TP();AP();_h=async(t,e,r,o,n={},s=!1)=>{let i=e[t];if(Object.keys(n).length>0&&xh(i))return Rh(i,r);if(s||JA(i,{profile:t,
logger:r.logger}))return YA(t,e,r,o,n,_h);if(xh(i))return Rh(i,r);if(CP(i))return vP(i,r,o);if(SP(i))return xP(r,t);if(wP(i))return await _P(t,i,r,o);if(cP(i))return pP(
t,r,o);throw new _(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var PP,OP=p(()=>{L();bP();PP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await Sr(t);return _h(
Ze({profile:t.profile??e?.profile}),r,t,e)}});var NP={};or(NP,{fromIni:()=>PP});var DP=p(()=>{OP()});var jd=require("node:fs"),vr=require("node:os"),ny=require("node:stream");var w=class extends Error{constructor(r,o,n){super(`${r}: ${cs(o)} ${n}`);this.option=r;this.rule=n;this.name="InputError"}option;rule;exitCode=2},Ke=class extends Error{constructor(r,o,n){
super(r,n);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},ve=class extends Ke{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},fr=class extends Ke{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},pe=class extends Ke{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},Xr=class extends Ke{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},as=class extends Ke{constructor(e,r){
super(e,r),this.name="ScanGateError"}},gr=class extends Ke{constructor(e){super(e,"check HTTPS_PROXY / HTTP_PROXY (host, port, and the user:password in the URL \
if the proxy wants one), or list the host in NO_PROXY to reach it directly"),this.name="ProxyError"}},Qi=class extends Ke{exitCode;constructor(e,r){super(`cance\
lled by ${e}${r.length?` while running ${r.join(", ")}`:""}`),this.name="CancelledError",this.exitCode=128+(e==="SIGINT"?2:15)}},_t=class extends Ke{constructor(e,r){
super(e,r),this.name="DockerError"}},xD=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;function cs(t,e=80){let r=Array.
from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(xD,n=>`\\u${n.charCodeAt(0).toString(16).padStart(
4,"0")}`)}function hn(t){return t instanceof w?{message:t.message,exitCode:2}:t instanceof Ke?{message:t.message,hint:t.hint,exitCode:t.exitCode}:{message:t instanceof
Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var Zi=Ur(require("node:http")),Md=Ur(require("node:https")),Xh=require("node:net"),Qh=require("node:tls");var Zh=t=>(e,r)=>t?.(e,r);function Bd(t,e){let r=t.protocol==="https:"?"https":"http",o=(e[`${r}_proxy`]||e[`${r.toUpperCase()}_PROXY`]||"").trim();if(!o||RD(t,
e.no_proxy??e.NO_PROXY??""))return;let n;try{n=new URL(o.includes("://")?o:`http://${o}`)}catch{throw new gr(`${r.toUpperCase()}_PROXY is not a URL like http://\
proxy.example.com:3128`)}if(n.protocol!=="http:")throw new gr(`${r.toUpperCase()}_PROXY: only http:// proxies are supported, not ${n.protocol}//${n.host}`);return n}
function RD(t,e){let r=t.hostname.replace(/^\[|\]$/g,"").toLowerCase(),o=t.port||(t.protocol==="https:"?"443":"80");return e.split(/[\s,]+/).filter(Boolean).some(
n=>{if(n==="*")return!0;let s=/^\[([^\]]+)\](?::(\d+))?$/.exec(n)??/^([^:]+)(?::(\d+))?$/.exec(n)??[n,n],i=s[1].replace(/^\*?\./,"").toLowerCase();return s[2]&&
s[2]!==o?!1:r===i||r.endsWith(`.${i}`)})}var _D=t=>`${t.protocol}//${t.host}`;function ey(t){if(!t.username)return;let e=`${decodeURIComponent(t.username)}:${decodeURIComponent(
t.password)}`;return`Basic ${Buffer.from(e).toString("base64")}`}function Gd(t,e,r){return new gr(`the proxy ${_D(t)} (for ${e}) ${r}`)}function ty(t,e,r){let o=(0,Xh.connect)(
{host:t.hostname.replace(/^\[|\]$/g,""),port:Number(t.port||80)}),n=s=>r(Gd(t,e,`could not be reached: ${s.code??s.message}`));return o.once("error",n),o.once("\
connect",()=>{o.off("error",n),r(null,o)}),o}var Hd=(t,e)=>({host:t.hostname??t.host??"localhost",port:Number(t.port||e)}),ea=class extends Zi.Agent{constructor(r,o){
super(o);this.env=r}env;proxy(r){return Bd(new URL(`http://${r.host.includes(":")?`[${r.host}]`:r.host}:${r.port}`),this.env)}addRequest(r,o){let n=Hd(o,80),s=this.
proxy(n);if(s){r.path=`http://${n.host.includes(":")?`[${n.host}]`:n.host}:${n.port}${r.path}`;let i=ey(s);i&&r.setHeader("proxy-authorization",i);let a=r.emit.
bind(r);r.emit=((c,...l)=>{let d=l[0];return c!=="response"||d.statusCode!==407?a(c,...l):(d.resume(),r.destroy(Gd(s,`${n.host}:${n.port}`,"refused the request:\
 407 Proxy Authentication Required (check the credentials in HTTP_PROXY)")),!0)})}Zi.Agent.prototype.addRequest.call(this,r,o)}createConnection(r,o){let n=Hd(r,
80),s=this.proxy(n);if(!s)return Zi.Agent.prototype.createConnection.call(this,r,o);ty(s,`${n.host}:${n.port}`,Zh(o))}},ta=class extends Md.Agent{constructor(r,o){
super(o);this.env=r}env;createConnection(r,o){let n=Zh(o),s=Hd(r,443),i=`${s.host.includes(":")?`[${s.host}]`:s.host}:${s.port}`,a=Bd(new URL(`https://${i}`),this.
env);if(!a)return Md.Agent.prototype.createConnection.call(this,r);ty(a,i,(c,l)=>{if(c||!l)return n(c);let d=ey(a);l.write(`CONNECT ${i} HTTP/1.1\r
Host: ${i}\r
${d?`Proxy-Authorization: ${d}\r
`:""}\r
`);let u=Buffer.alloc(0),m=y=>{l.destroy(),n(Gd(a,i,y))},f=y=>{if(u=Buffer.concat([u,y]),u.indexOf(`\r
\r
`)<0)return;l.off("data",f),l.off("error",g),l.off("end",h);let x=/^HTTP\/1\.[01] (\d{3})([^\r\n]*)/.exec(u.toString("latin1"));if(x?.[1]!=="200")return m(`refu\
sed the tunnel: ${x?`${x[1]}${x[2]}`:"no HTTP answer"}${x?.[1]==="407"?" (check the credentials in HTTPS_PROXY)":""}`);let A=r.servername??(/^[\d.]+$|:/.test(s.
host)?void 0:s.host);n(null,(0,Qh.connect)({...r,socket:l,servername:A}))},g=y=>m(`dropped the tunnel: ${y.message}`),h=()=>m("closed the connection before answ\
ering CONNECT");l.on("data",f),l.once("error",g),l.once("end",h)})}};function ry(t){return["http_proxy","HTTP_PROXY","https_proxy","HTTPS_PROXY"].some(e=>t[e]?.
trim())?{httpAgent:new ea(t,{keepAlive:!0}),httpsAgent:new ta(t,{keepAlive:!0})}:{}}function oy(t,e){if(Bd(t,e))return t.protocol==="https:"?new ta(e,{keepAlive:!1}):
new ea(e,{keepAlive:!1})}function ps(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((n,s)=>{let i=oy(r,process.env)??
!1,a=o(r,{method:e.method??"GET",headers:e.headers,agent:i,signal:e.signal,timeout:e.timeoutMs},c=>{let l=[];c.on("data",d=>l.push(d)),c.on("error",s),c.on("end",
()=>n({status:c.statusCode??0,text:Buffer.concat(l).toString("utf8"),headers:c.headers}))});if(e.connectTimeoutMs!==void 0){let c=e.connectTimeoutMs;a.on("socke\
t",l=>{if(!l.connecting)return;let d=setTimeout(()=>a.destroy(new Error(`no connection within ${c} ms`)),c);l.once("connect",()=>clearTimeout(d)),l.once("close",
()=>clearTimeout(d))})}a.on("timeout",()=>a.destroy(new Error(`no answer within ${e.timeoutMs} ms`))),a.on("error",s),a.end(e.body)})}var wD=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A"),yn,sy=!0;function ls(t){t.length&&(process.stdout.write(t),sy=typeof t=="string"?t.endsWith(
`
`):t[t.length-1]===10)}var zd=()=>sy?"":vr.EOL,iy=new ny.Writable({write(t,e,r){yn||(yn=crypto.randomUUID().replace(/-/g,""),ls(`${zd()}::stop-commands::${yn}${vr.EOL}`)),
ls(t),r()}});function ds(t,e=""){yn&&(ls(`${zd()}::${yn}::${vr.EOL}`),yn=void 0),ls(`::${t}::${wD(e)}${vr.EOL}`)}function ra(t){return(process.env[`INPUT_${t.replace(
/ /g,"_").toUpperCase()}`]??"").trim()}function ay(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set: not running in a GitHu\
b Actions step`);let n=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(n)||r.includes(n))throw new Error(`value of ${e} contains the delimiter`);(0,jd.appendFileSync)(
o,`${e}<<${n}${vr.EOL}${r}${vr.EOL}${n}${vr.EOL}`,"utf8")}var En=(t,e)=>ay("OUTPUT",t,e),oa=(t,e)=>ay("STATE",t,e),Vd=t=>process.env[`STATE_${t}`]??"",na=t=>ds(
"add-mask",t),sa=t=>ls(`${zd()}${t}${vr.EOL}`),qd=t=>ds("warning",t),ID=t=>ds("error",t);function cy(t){process.exitCode=1,ID(t)}async function py(t,e){ds("grou\
p",t);try{return await e()}finally{ds("endgroup")}}function Wd(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,jd.appendFileSync)(e,`${t}${vr.EOL}`,"utf8")}var TD=4,
CD=1e4;async function Kd(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||!r)throw new Error("ACTIONS_ID_TO\
KEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let n=1;;n++){let s;try{let i=await ps(o,{headers:{
Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:CD});if(i.status===200){let a=vD(i.text);if(!a)throw new Error("the token service answered with\
out a token");return na(a),a}if(s=`HTTP ${i.status}`,i.status<500&&i.status!==429)throw new Error(`the token service answered ${s}`)}catch(i){if(i.message.startsWith(
"the token service")||i instanceof gr)throw i;s=i.message}if(n>=TD)throw new Error(`the token service did not answer after ${n} attempts (${s})`);await new Promise(
i=>setTimeout(i,500*2**(n-1)))}}function vD(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var ky=require("node:child_process"),$y=require("node:fs");var Fr=require("node:fs");var Do=require("node:fs");var bD=/^[A-Za-z0-9_.-]{1,128}$/,PD=/^[A-Za-z_][A-Za-z0-9_]*$/,OD=/^[A-Za-z_][A-Za-z0-9_]*=/,ND=/^(PATH|HOME|DOCKER_\w*|BUILDX_\w*|BUILDKIT_\w*|ECR_DELIVER_\w*)$/,
DD=t=>`ECR_DELIVER_BUILD_SECRET_${t}`,us=t=>t.split(`
`).map(e=>e.replace(/\r$/,"").trim()).filter(Boolean),ly=t=>t.includes("=")?`${t.split("=")[0]}=***`:"***";function Jd(t,e,r){let o=e.slice(0,Math.max(0,e.indexOf(
"=")));if(!o||!bD.test(o))throw new w(t,ly(e),"is not `id=\u2026` with an id of letters, digits, `_`, `.` or `-`");if(r?.has(o))throw new w(t,ly(e),"repeats a s\
ecret id");return r?.add(o),o}var dy={type:"list",parse:(t,e)=>{let r=new Set;return us(t).map(o=>{let n=Jd(e,o,r),s=o.slice(n.length+1),i=/^env:(.*)$/.exec(s)?.[1];
if(i!==void 0&&!PD.test(i))throw new w(e,`${n}=env:${i}`,"names no valid environment variable");if(i===void 0&&s==="")throw new w(e,`${n}=`,"has an empty value");
return i!==void 0?{id:n,env:i}:{id:n,value:s}})}},uy={type:"list",parse:(t,e)=>{let r=new Set;return us(t).map(o=>{let n=Jd(e,o,r),s=o.slice(n.length+1);if(!(0,Do.existsSync)(
s)||!(0,Do.statSync)(s).isFile())throw new w(e,`${n}=${s}`,"does not name a readable file");return{id:n,path:s}})}},my={type:"list",parse:(t,e)=>us(t).map(r=>{if(!r.
includes("=")){if(r!=="default")throw new w(e,r,"is not `default` or `id=PATH`");return{id:r}}let o=Jd(e,r),n=r.slice(o.length+1);if(!(0,Do.existsSync)(n))throw new w(
e,r,"names no existing key file or agent socket");return{id:o,path:n}})},fy={type:"list",parse:(t,e)=>{let r=us(t);for(let o of r){let n=o.split("=")[0];if(!OD.
test(o))throw new w(e,o.includes("=")?`${n.slice(0,40)}=***`:"***","is not `KEY=VALUE` with KEY made of letters, digits and `_`");if(ND.test(n))throw new w(e,`${n}\
=***`,"is a name the docker CLI reads from its own environment (PATH, HOME, DOCKER_*, BUILDX_*, BUILDKIT_*)")}return[...new Set(r)]}};function ms(t){return{inline:t.
secrets,files:t.secretFiles,ssh:t.ssh}}var ia=t=>t.inline.length?"secrets":t.files.length?"secret-files":t.ssh.length?"ssh":void 0;function gy(t,e){let r=new Set(
t.inline.map(o=>o.id));for(let o of t.files)if(r.has(o.id))throw new w("secret-files",`${o.id}=${o.path}`,"repeats an id of `secrets`");for(let o of t.inline)if(o.
env&&e[o.env]===void 0)throw new w("secrets",`${o.id}=env:${o.env}`,"names an environment variable that is not set");for(let o of t.ssh)if(!o.path&&!e.SSH_AUTH_SOCK)
throw new w("ssh",o.id,"needs an SSH agent (SSH_AUTH_SOCK is not set), or use `id=PATH` with a key file")}function hy(t,e){let r=[];for(let o of t.inline){let n=o.
value??e[o.env];n&&r.push(n)}for(let o of t.files){let n=(0,Do.readFileSync)(o.path,"utf8");n.length<=65536&&r.push(n.trim(),...us(n).filter(s=>s.length>=4))}return[
...new Set(r.filter(Boolean))]}function yy(t){let e=[],r={};t.inline.forEach((o,n)=>{let s=o.env??DD(n);o.value!==void 0&&(r[s]=o.value),e.push("--secret",`id=${o.
id},env=${s}`)});for(let o of t.files)e.push("--secret",`id=${o.id},src=${o.path}`);for(let o of t.ssh)e.push("--ssh",o.path?`${o.id}=${o.path}`:o.id);return{argv:e,
env:r}}var Sy=require("node:crypto");var Ey=128,kD=/^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/,
$D=/^refs\/(?:tags\/(.+)|heads\/(.+)|pull\/(\d{1,9})\/(?:merge|head))$/;function Yd(t){let e=$D.exec(t);if(e)return e[1]!==void 0?{tag:e[1]}:e[2]!==void 0?{branch:e[2]}:
{pullRequest:Number(e[3])}}function xy(t,e={}){let r=e.pull_request?.number;if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")&&Number.isInteger(r))return{
pullRequest:r};let o=t.GITHUB_REF?Yd(t.GITHUB_REF):void 0;return o||(t.GITHUB_REF_TYPE==="tag"&&t.GITHUB_REF_NAME?{tag:t.GITHUB_REF_NAME}:t.GITHUB_REF_TYPE==="b\
ranch"&&t.GITHUB_REF_NAME?{branch:t.GITHUB_REF_NAME}:{})}function Ry(t){if(t.CIRCLE_TAG)return{tag:t.CIRCLE_TAG};if(t.CIRCLE_PR_NUMBER&&/^\d{1,9}$/.test(t.CIRCLE_PR_NUMBER))
return{pullRequest:Number(t.CIRCLE_PR_NUMBER)};let e=/\/pull\/(\d{1,9})\/?$/.exec(t.CIRCLE_PULL_REQUEST??"")?.[1];return{...t.CIRCLE_BRANCH?{branch:t.CIRCLE_BRANCH}:
{},...e?{pullRequest:Number(e)}:{}}}function LD(t){let e=kD.exec(t);if(!e)return;let[,r,o,n,s,i]=e,a=t.replace(/^v/,"");if(s!==void 0||i!==void 0)return{tags:[a.
replace("+","_")],version:a};let c=[`${r}.${o}.${n}`,`${r}.${o}`];return r!=="0"&&c.push(r),{tags:c,version:a}}function _y(t){let e=t.toLowerCase().replace(/[^a-z0-9_.-]+/g,
"-").replace(/^[.-]+/,"").replace(/-+$/,""),r=(0,Sy.createHash)("sha256").update(t).digest("hex").slice(0,7);return e?e.length<=Ey?e:`${e.slice(0,Ey-r.length-1).
replace(/[.-]+$/,"")}-${r}`:`branch-${r}`}function wy(t,e){let r=[],o;if(e.semverTags&&t.tag!==void 0){let n=LD(t.tag);n&&(r.push(...n.tags),o=n.version)}return e.
branchTag&&(t.branch!==void 0&&r.push(_y(t.branch)),t.pullRequest!==void 0&&r.push(`pr-${t.pullRequest}`)),{tags:[...new Set(r)],version:o}}function Iy(t,e){let r=t.
length||e.tags.length?[...t]:["latest"];for(let o of e.tags)o.includes(".")&&e.version!==void 0?r.push("*.*"):/^pr-\d+$/.test(o)?r.push("pr-*"):r.push(o);return[
...new Set(r)]}var Xd=5;function Ty(t,e,r){for(let o of t.tags){let n=r(o);if(!n)continue;let s=o===`pr-${e.pullRequest}`||e.branch!==void 0&&o===_y(e.branch)?"\
branch-tag":"semver-tags";throw new w(s,o,`${n} (derived from the git ref)`)}}var UD=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,FD=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,MD=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,HD=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,
BD=/^[\w+=,.@-]{2,64}$/,GD=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
jD=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,zD=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,VD=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
qD=/^[0-9a-f]{40}$/,WD=/^\d{12}$/,KD=/^[\x21-\x7e]{1,256}$/,JD=4096,YD=65536,XD=100,we=(t,e)=>r=>t.test(r)?void 0:e,Ae={repository:t=>t.length>=2&&t.length<=256&&
UD.test(t)?void 0:"is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:we(
MD,"is not an AWS region name like `eu-west-1`"),tag:we(FD,"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`"),commitSha:we(qD,"is not a full commi\
t SHA (40 hex characters)"),sessionName:we(BD,"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"),account:we(WD,"is not an AWS account id (1\
2 digits)"),audience:we(KD,"is not a valid audience: 1\u2013256 printable characters, no spaces")};function ko(t,e,r){if(r)throw new w(t,e,r)}var nr=(t,e=r=>r)=>({
type:"string",parse:(r,o)=>{let n=e(r);return t&&ko(o,n,t(n)),n}}),pt={type:"boolean",parse:(t,e)=>{if(/^(true|1)$/i.test(t))return!0;if(/^(false|0)$/i.test(t))
return!1;throw new w(e,t,"is not a boolean: use true or false")}},Qd=(t,e)=>({type:"integer",parse:(r,o)=>{let n=/^\d{1,6}$/.test(r)?Number(r):NaN;if(!(n>=t&&n<=
e))throw new w(o,r,`is not a whole number from ${t} to ${e}`);return n}}),Qr=(...t)=>({type:"enum",values:t,parse:(e,r)=>{let o=t.find(n=>n.toUpperCase()===e.toUpperCase());
if(o===void 0)throw new w(r,e,`is not one of ${t.join(", ")}`);return o}}),eu=(t,{commas:e=!1,max:r=1/0}={})=>({type:"list",parse:(o,n)=>{let s=o.split(e?/[\n,]/:
/\n/).map(i=>i.replace(/\r$/,"").trim()).filter(i=>i!=="");for(let i of s)ko(n,i,t(i));if(s.length>r)throw new w(n,o,`lists more than ${r} entries`);return[...new Set(
s)]}}),fs=t=>({type:"path",parse:(e,r)=>(t?.(r,e),e)});function ca(t,e){if(!(0,Fr.existsSync)(e)||!(0,Fr.statSync)(e).isFile())throw new w(t,e,"is not a readabl\
e file")}function Cy(t,e){ca(t,e);try{JSON.parse((0,Fr.readFileSync)(e,"utf8"))}catch{throw new w(t,e,"does not contain valid JSON")}}var QD=t=>t.split(",").every(
e=>jD.test(e.trim()))?void 0:"is not a comma-separated list of `os/arch[/variant]`",tu="sts.amazonaws.com",vy=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/,
ZD=/^[A-Za-z_][A-Za-z0-9_]{0,255}$/,aa="public.ecr.aws/",ek={type:"list",parse:(t,e)=>eu(we(vy,"is not an ECR registry id (12 digits) or `ID@REGION`"),{commas:!0}).
parse(t,e).map(r=>{let[,o,n]=vy.exec(r);return n?{id:o,region:n}:{id:o}})},Zd=t=>({type:"string",parse:(e,r)=>{let o=e.startsWith("file://")?e.slice(7):void 0;o!==
void 0&&ca(r,o);let n=o!==void 0?(0,Fr.readFileSync)(o,"utf8"):e;if(n.length>t)throw new w(r,e,`is longer than ECR Public's limit of ${t} characters`);return n}});
function Zr(t){return t.startsWith(aa)?t.slice(aa.length).split("/").slice(1).join("/"):t}function tk(t){if(t.repository.startsWith(aa)&&(ko("repository",t.repository,
/^[a-z0-9][a-z0-9-]{1,49}\//.test(t.repository.slice(aa.length))?Ae.repository(Zr(t.repository)):"is not `public.ecr.aws/<alias>/<name>`"),t.registryType="publi\
c"),t.registryType==="public"&&t.lifecyclePolicy!==void 0)throw new w("lifecycle-policy",t.lifecyclePolicy,"does not apply to ECR Public, which has no lifecycle\
 policies");if(t.registryType==="private"){for(let[e,r]of[["catalog-description",t.catalogDescription],["catalog-about",t.catalogAbout],["catalog-usage",t.catalogUsage]])
if(r!==void 0)throw new w(e,r,"applies to ECR Public only: set `registry-type: public`")}if(t.mode==="deliver"&&t.dockerCredentialsOutput)throw new w("docker-cr\
edentials-output","true","applies to `mode: login` only")}function Ay(t){let e=hr("mode",t("mode")),r=hr("docker-credentials-output",t("docker-credentials-outpu\
t"));if(e==="deliver"&&r)throw new w("docker-credentials-output","true","applies to `mode: login` only");return{mode:e,skipLogout:hr("skip-logout",t("skip-logou\
t")),dockerCredentialsOutput:r}}var rk={type:"string",parse:(t,e)=>{let r=Yd(t);if(!r)throw new w(e,t,"is not a git ref: `refs/tags/NAME`, `refs/heads/NAME` or \
`refs/pull/N/merge`");return r}},ok=/^[A-Za-z0-9][A-Za-z0-9._/-]{0,255}=/,$o=["CRITICAL","HIGH","MEDIUM","LOW"],by=[{name:"repository",field:"repository",...nr(
Ae.repository),required:!0,description:"ECR repository name, e.g. `team/api`. Validated against ECR's naming rule before any AWS call."},{name:"aws-region",field:"\
awsRegion",...nr(Ae.region),defaultText:"`AWS_REGION`, then `AWS_DEFAULT_REGION`",description:"Region of the registry."},{name:"role-to-assume",field:"roleToAss\
ume",...nr(we(HD,"is not an IAM role ARN like `arn:aws:iam::123456789012:role/name`")),defaultText:"none: the ambient AWS credential chain",description:"IAM rol\
e ARN, assumed with `AssumeRoleWithWebIdentity` using the CI's OIDC token."},{name:"audience",field:"audience",...nr(Ae.audience),default:tu,description:"Audien\
ce asked for the GitHub OIDC token (CircleCI tokens are used as issued)."},{name:"web-identity-token-file",field:"webIdentityTokenFile",...fs(ca),defaultText:"`\
AWS_WEB_IDENTITY_TOKEN_FILE`",description:"OIDC token file, for CIs other than GitHub and CircleCI."},{name:"role-session-name",field:"roleSessionName",...nr(Ae.
sessionName),defaultText:"derived from the CI run, e.g. `ecr-deliver-<run id>`",description:"STS session name (STS's charset `[\\w+=,.@-]`, 2\u201364 characters)."},
{name:"role-duration-seconds",field:"roleDurationSeconds",...Qd(900,43200),default:"3600",description:"Lifetime of the assumed role's credentials, 900\u201343200."},
{name:"registry-id",field:"registryId",...nr(Ae.account),defaultText:"the caller's account",description:"Account id (12 digits) that owns the registry, for cros\
s-account pushes."},{name:"create-repository",field:"createRepository",...pt,default:"true",description:"Create the repository when it is missing."},{name:"imag\
e-tag-mutability",field:"imageTagMutability",...Qr("MUTABLE","IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"),default:"MUTABLE",description:"Tag mutability of a created \
repository: MUTABLE, IMMUTABLE or IMMUTABLE_WITH_EXCLUSION (the extra `tags` stay mutable)."},{name:"scan-on-push",field:"scanOnPush",...pt,default:"true",description:"\
Scan on push, for a created repository."},{name:"encryption-type",field:"encryptionType",...Qr("AES256","KMS"),default:"AES256",description:"Encryption of a cre\
ated repository: AES256 or KMS (`kms-key` with KMS)."},{name:"kms-key",field:"kmsKey",...nr(we(GD,"is not a KMS key ARN, key id or `alias/\u2026`")),description:"\
KMS key ARN, id or alias, with `encryption-type: KMS`."},{name:"lifecycle-policy",field:"lifecyclePolicy",...fs(Cy),description:"Path to a lifecycle policy JSON\
 file, applied to the repository."},{name:"repository-policy",field:"repositoryPolicy",...fs(Cy),description:"Path to a repository policy JSON file, applied to \
the repository."},{name:"context",field:"context",...fs(),default:".",description:"Build context directory."},{name:"dockerfile",field:"dockerfile",...fs(),defaultText:"\
`Dockerfile` in the context",description:"Dockerfile path."},{name:"build-args",field:"buildArgs",...fy,description:"Build arguments, newline-separated `KEY=VAL\
UE`; values are never printed (names only) and reach docker through its environment, not argv."},{name:"target",field:"target",...nr(we(zD,"is not a build stage\
 name")),description:"Build stage to build."},{name:"platform",field:"platform",...nr(QD),description:"Target platforms, e.g. `linux/amd64,linux/arm64` (needs b\
uildx)."},{name:"cache",field:"cache",...pt,default:"true",description:"Reuse the layers of the latest image in the repository on a fresh runner (inline cache o\
n BuildKit, a pull and `--cache-from` on the classic builder); works in IMMUTABLE repositories, and a missing or failing cache never fails a delivery."},{name:"\
provenance",field:"provenance",...pt,default:"false",description:"BuildKit provenance/SBOM attestations (needs buildx). Off by default: the attestation index sh\
ows up as untagged images in ECR and breaks Lambda deploys."},{name:"image",field:"image",...nr(we(VD,"is not a local image reference like `name:tag` or an imag\
e id")),description:"Push this existing local image instead of building."},{name:"commit-sha",field:"commitSha",...nr(Ae.commitSha,t=>t.toLowerCase()),defaultText:"\
`GITHUB_SHA` (the PR head on `pull_request`), `CIRCLE_SHA1`, else `git rev-parse HEAD`",description:"Commit SHA the image is tagged with (40 hex characters)."},
{name:"tags",field:"tags",...eu(Ae.tag,{commas:!0,max:XD}),description:"Extra tags, newline- or comma-separated; the commit SHA tag is always applied."},{name:"\
skip-existing",field:"skipExisting",...pt,default:"false",description:"When the SHA tag already exists in ECR: no build, no layer upload; extra tags are added t\
o the existing image by manifest copy."},{name:"push",field:"push",...pt,default:"true",description:"Push to ECR; `false` builds and tags only (pull-request bui\
lds)."},{name:"web-identity-token-env",field:"webIdentityTokenEnv",...nr(we(ZD,"is not an environment variable name (letters, digits, `_`)")),description:"Name \
of an environment variable that holds the OIDC token, for CIs other than GitHub and CircleCI (no token file needed)."},{name:"pull-registries",field:"pullRegist\
ries",...ek,description:"Other ECR registries docker is logged in to before the build, so `FROM` and cache pulls can read them: account ids (12 digits), or `ID@\
REGION` for another region, comma- or newline-separated."},{name:"registry-type",field:"registryType",...Qr("private","public"),default:"private",description:"`\
private`, or `public` for ECR Public (`public.ecr.aws`; also chosen by a repository given as `public.ecr.aws/<alias>/<name>`)."},{name:"catalog-description",field:"\
catalogDescription",...Zd(1024),description:"ECR Public: short description of a created repository (text, or `file://PATH`)."},{name:"catalog-about",field:"cata\
logAbout",...Zd(25600),description:'ECR Public: "About" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"catalog-usage",field:"catalog\
Usage",...Zd(25600),description:'ECR Public: "Usage" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"mode",field:"mode",...Qr("delive\
r","login"),default:"deliver",githubOnly:!0,description:"GitHub Action only: `deliver`, or `login`: credentials and docker login to the registry and every `pull\
-registries` id, in the job's docker config, for later docker steps (like the orb's `ecr/login` and the CLI's `login`)."},{name:"docker-credentials-output",field:"\
dockerCredentialsOutput",...pt,default:"false",githubOnly:!0,description:"GitHub Action, `login` mode: set masked outputs `docker-username` and `docker-password\
` for a later job's `services:` credentials (they are secrets: see the README)."},{name:"skip-logout",field:"skipLogout",...pt,default:"false",githubOnly:!0,description:"\
GitHub Action, `login` mode: keep the docker login after the job (the post step does not log out; shared self-hosted runners)."},{name:"timeout-seconds",field:"\
timeoutSeconds",...Qd(1,86400),default:"3600",description:"Upper bound on the whole run (AWS calls, build, push), 1\u201386400; a hung endpoint fails the step instea\
d of the CI job's own timeout. Each AWS call also gives up after 5 attempts of at most 30 s."},{name:"secrets",field:"secrets",...dy,description:"Build secrets,\
 lines `id=VALUE` or `id=env:NAME`, for `RUN --mount=type=secret,id=\u2026` (BuildKit); masked, never in argv, layers or history."},{name:"secret-files",field:"\
secretFiles",...uy,description:"Build secrets from files, lines `id=PATH` (BuildKit)."},{name:"ssh",field:"ssh",...my,description:"SSH agent or keys for `RUN --\
mount=type=ssh` (BuildKit): `default` (the agent at `SSH_AUTH_SOCK`) or lines `id=PATH`."},{name:"semver-tags",field:"semverTags",...pt,default:"false",description:"\
On a semantic-version git tag (`v1.2.3` or `1.2.3`): also tag `1.2.3`, `1.2` and `1` (pre-releases only their own tag, `0.y.z` no `0`). `latest` only when liste\
d in `tags`."},{name:"branch-tag",field:"branchTag",...pt,default:"false",description:"Also tag the branch name made a valid tag (`feature/Login` \u2192 `feature-log\
in`, cut to 128 characters with a hash suffix), and `pr-<number>` on pull requests."},{name:"git-ref",field:"gitRef",...rk,defaultText:"`GITHUB_REF`; `CIRCLE_TA\
G`, `CIRCLE_BRANCH`, `CIRCLE_PULL_REQUEST`; else `git describe --tags --exact-match` and the checked-out branch",description:"The git ref `semver-tags` and `bra\
nch-tag` read: `refs/tags/NAME`, `refs/heads/NAME` or `refs/pull/N/merge`."},{name:"labels",field:"labels",...eu(we(ok,"is not `key=value` with a key of letters\
, digits, `.`, `_`, `-` and `/`")),description:"Extra OCI labels, lines `key=value`, added to the ones always set (revision, source, created; version from a sem\
ver tag); a key given here wins."},{name:"scan-wait",field:"scanWait",...pt,default:"false",description:"After the push, wait for ECR's scan of the pushed diges\
t (basic or enhanced scanning) and report the findings (`scan-findings`, the summary)."},{name:"scan-start",field:"scanStart",...pt,default:"false",description:"\
With `scan-wait`: start a basic scan (`StartImageScan`) when the repository did not scan the image on push."},{name:"scan-timeout-seconds",field:"scanTimeoutSec\
onds",...Qd(1,86400),default:"600",description:"How long `scan-wait` waits for the scan, 1\u201386400 (also bounded by `timeout-seconds`)."},{name:"fail-on-seve\
rity",field:"failOnSeverity",...Qr(...$o,"none"),default:"none",description:"With `scan-wait`: exit 1 when findings at or above CRITICAL, HIGH, MEDIUM or LOW ex\
ist, or when the scan cannot be had (after all outputs are set; the image stays pushed). `none` only reports."}],ru=by,pa=["aws-region","role-to-assume","audien\
ce","web-identity-token-file","role-session-name","role-duration-seconds","registry-id","web-identity-token-env","pull-registries","registry-type"];var Mr=[{name:"registry",description:"Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"\
Repository URI, `<registry>/<repository>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"\
Digest (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",
type:"list",description:"Tags applied, comma-separated, the SHA first."},{name:"pushed",type:"boolean",description:"`true`, or `false` when nothing was uploaded\
 (skip-existing hit, immutable SHA already there, or push: false)."},{name:"scan-findings",description:'With `scan-wait`: counts by severity as JSON, e.g. `{"CR\
ITICAL":0,"HIGH":2}`; empty without a scan.'}];function Lo(t,e){let r=t[e];return Array.isArray(r)?r.join(","):String(r)}function Py(t){return Object.fromEntries(
Mr.map(({name:e})=>[e,Lo(t,e)]))}var Oy=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`,Ny=t=>`ECR_DELIVERED_${t.toUpperCase().replace(/-/g,"_")}`;function Dy(t,e){if(e===void 0||e.trim()==="")return;let r=t.type==="list",o=r?e:e.trim(),n=r?YD:JD;if(o.length>n)throw new w(t.name,o,`is longer than ${n} char\
acters`);if((r?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(o))throw new w(t.name,o,"contains control characters");return o}function hr(t,e){let r=by.
find(n=>n.name===t),o=Dy(r,e)??r.default;return o===void 0?void 0:r.parse(o,t)}function Sn(t,e="deliver"){let r={};for(let n of ru){let s=Dy(n,t(n.name))??n.default;
if(s!==void 0)r[n.field]=n.parse(s,n.name);else if(n.type==="list")r[n.field]=[];else if(n.required&&e==="login")r[n.field]="";else if(n.required)throw new w(n.
name,"","is required")}let o=r;return nk(o,e),o}function nk(t,e){if(t.kmsKey!==void 0&&t.encryptionType!=="KMS")throw new w("kms-key",t.kmsKey,"needs `encryptio\
n-type: KMS`");tk(t),sk(t),e==="deliver"&&ik(t)}function sk(t){if(t.scanWait&&t.registryType==="public")throw new w("scan-wait","true","does not apply to ECR Pu\
blic, which does not scan images");if(!t.scanWait){if(t.scanStart)throw new w("scan-start","true","needs `scan-wait: true` (a started scan is only useful when t\
he run waits for it)");if(t.failOnSeverity!=="none")throw new w("fail-on-severity",t.failOnSeverity,"needs `scan-wait: true`: the gate reads the scan the run wa\
its for")}}function ik(t){if(t.image!==void 0){let e=[["dockerfile",t.dockerfile],["target",t.target],["platform",t.platform],["build-args",t.buildArgs.map(o=>`${o.
split("=")[0]}=***`).join(`
`)||void 0],["labels",t.labels.join(`
`)||void 0]];for(let[o,n]of e)if(n!==void 0)throw new w(o,n,"cannot be combined with `image` (nothing is built)");let r=ia(ms(t));if(r)throw new w(r,"***","cann\
ot be combined with `image` (nothing is built)");return}t.skipExisting||ou(t)}function ou(t){if(!(0,Fr.existsSync)(t.context)||!(0,Fr.statSync)(t.context).isDirectory())
throw new w("context",t.context,"is not a directory");ca("dockerfile",gs(t))}function gs(t){return t.dockerfile??`${t.context.replace(/\/+$/,"")}/Dockerfile`}function ak(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function xn(t,e=process.env,r="deliver"){let o=ak(e),n=r==="logi\
n"?"":uk(t,e);return{ci:o,region:su(t.awsRegion,e),commitSha:n,sessionName:t.roleSessionName??mk(e),sourceUrl:fk(e),release:r==="login"?{tags:[]}:ck(t,e,o,n)}}function ck(t,e,r,o){
if(!t.semverTags&&!t.branchTag)return{tags:[]};let n=t.gitRef??pk(r,e,o),s=wy(n,t);return Ty(s,n,Ae.tag),s}function pk(t,e,r){if(t==="github")return xy(e,Ly(e));
if(t==="circleci")return Ry(e);let o=nu(["describe","--tags","--exact-match",r]);if(o)return{tag:o};let n=nu(["symbolic-ref","--short","-q","HEAD"]);return n?{branch:n}:
{}}function nu(t){try{return(0,ky.execFileSync)("git",t,{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()||void 0}catch{return}}function Ly(t){if(!t.GITHUB_EVENT_PATH)
return{};try{return JSON.parse((0,$y.readFileSync)(t.GITHUB_EVENT_PATH,"utf8"))}catch{return{}}}function su(t,e){let r=t??(e.AWS_REGION||e.AWS_DEFAULT_REGION);if(!r)
throw new w("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=Ae.region(r);if(o)throw new w("aws-region",r,o);return r}function Uo(t){
return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function lk(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")){let e=Ly(
t).pull_request?.head?.sha;if(e)return e}return t.GITHUB_SHA}var dk=()=>nu(["rev-parse","HEAD"]);function uk(t,e){let r=(t.commitSha??lk(e)??e.CIRCLE_SHA1??dk())?.
toLowerCase();if(!r)throw new w("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HEAD` has no answer");let o=Ae.commitSha(r);if(o)throw new w(
"commit-sha",r,o);return r}function mk(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??
String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function fk(t){if(t.GITHUB_REPOSITORY)return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;
let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var Uy=require("node:child_process"),la=new Set,Fo=(t,e,r={})=>new Promise((o,n)=>{let s=r.silent?void 0:r.output??process.stdout;s?.write(`[command]${[t,...e].
join(" ")}
`);let i=(0,Uy.spawn)(t,e,{stdio:"pipe",env:r.env??process.env});la.add(i);let a=!1,c=r.timeoutMs===void 0?void 0:setTimeout(()=>{a=!0,i.kill("SIGKILL")},r.timeoutMs),
l=[],d=[];i.stdout.on("data",u=>{l.push(u),s?.write(u)}),i.stderr.on("data",u=>{d.push(u),s?.write(u)}),i.stdin.on("error",()=>{}),i.stdin.end(r.input),i.on("er\
ror",u=>{la.delete(i),clearTimeout(c),n(u)}),i.on("close",(u,m)=>{la.delete(i),clearTimeout(c),o({code:u??(m?128:1),stdout:Buffer.concat(l).toString(),stderr:Buffer.
concat(d).toString(),...a?{timedOut:a}:{}})})});async function Fy(t){let e=[...la];if(!e.length)return;let r=i=>new Promise(a=>{i.exitCode!==null||i.signalCode!==
null?a():i.once("close",()=>a())}),o=Promise.all(e.map(r));for(let i of e)i.kill("SIGTERM");let n,s=new Promise(i=>{n=setTimeout(()=>i("grace"),t)});if(await Promise.
race([o,s])==="grace"){for(let i of e)i.exitCode===null&&i.signalCode===null&&i.kill("SIGKILL");await o}clearTimeout(n)}var Hy=5,gk=5e3,hk=3e4,yk=2e3,Ek=3e3,My=["SIGINT","SIGTERM"];function Sk(t=1/0){let e=Math.max(1e3,Math.min(hk,Math.floor(t/3)));return{connectionTimeout:Math.min(
gk,e),requestTimeout:e}}function Rn(t,e,r){return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:Hy,requestHandler:{...Sk(r?.ms),throwOnRequestTimeout:!0,
...ry(process.env)}}}function _n(t){let e=t??{},r=e.name??"",o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,n=o||
!!e.$retryable||(e.$metadata?.httpStatusCode??0)>=500||/Timeout/.test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.
test(e.code??"");return{attempts:e.$metadata?.attempts??1,transient:n,throttled:o}}function wn(t,e){return e?`AWS kept throttling ${t} for longer than ${Hy} att\
empts with backoff: re-run later, spread out concurrent deliveries, or raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: \
check the runner's access to AWS (proxy, firewall, VPC endpoint, AWS_ENDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var hs=class{constructor(e){this.
seconds=e;this.expired=new Promise((r,o)=>{this.fail=o}),this.timer=setTimeout(()=>this.end(new Xr(e,this.stillWaiting())),e*1e3),this.expired.catch(()=>{})}seconds;controller=new AbortController;waiting=[];timer;fail;ending=!1;expired;onSignal=e=>this.
end(new Qi(e,this.stillWaiting()));get ms(){return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){for(let r of My)process.on(r,this.
onSignal);try{let r=e().catch(o=>this.ending?this.expired:Promise.reject(o));return await Promise.race([r,this.expired])}finally{clearTimeout(this.timer);for(let r of My)
process.off(r,this.onSignal)}}async watch(e,r){this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{this.waiting.splice(this.
waiting.indexOf(e),1)}}stillWaiting(){return[...new Set(this.waiting)]}end(e){this.ending||(this.ending=!0,clearTimeout(this.timer),this.controller.abort(),Fy(Ek).
then(()=>{this.fail(e),setTimeout(()=>process.exit(process.exitCode||1),yk).unref()}))}};function eo(t,e,r){return t?t.watch(e,r):r()}var By={buildx:"buildx (docker buildx build)",buildkit:"the daemon's embedded BuildKit (DOCKER_BUILDKIT=1 docker build)",classic:"the classic builder (DOCKER_BU\
ILDKIT=0 docker build)"};function iu(t){let e=t.DOCKER_BUILDKIT;if(e!==void 0){if(/^(1|t|true)$/i.test(e))return!0;if(/^(0|f|false)$/i.test(e))return!1}}async function Gy(t,e,r={}){
let o=iu(e),n=r.buildx??r.buildkit;if(o===!1){if(n)throw new ve(`${n} needs BuildKit, but DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} selects the classic builder`,"uns\
et DOCKER_BUILDKIT (or set it to 1), or drop the option");return"classic"}let[s,i]=await Promise.all([t.buildx(),t.embeddedBuildkit()]);if(s)return"buildx";if(r.
buildx)throw new ve(`${r.buildx} needs docker buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-action; CircleCI\
: the machine executor has it), or drop the option");if(i)return"buildkit";let a="install the buildx plugin (GitHub: docker/setup-buildx-action), or use a docke\
r CLI older than 23 with the daemon's embedded BuildKit";if(r.buildkit)throw new ve(`${r.buildkit} needs BuildKit, but this docker CLI cannot build with BuildKi\
t without the buildx plugin`,a);if(o===!0)throw new ve(`DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} asks for BuildKit, but this docker CLI cannot build with BuildKit w\
ithout the buildx plugin`,a);return"classic"}var tC=require("node:child_process"),rC=require("node:fs"),oC=require("node:util");Qc();async function cg(t){if(t.tokenEnv){let r=t.env[t.tokenEnv]?.trim();if(!r)throw new ve(`web-identity-token-env names ${t.tokenEnv}, which is not set or empty`);
return{token:r,source:`environment variable ${t.tokenEnv}`}}if(t.tokenFile)return{token:ZT(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{
token:await B1(t),source:"GitHub OIDC"};if(t.ci==="circleci")return G1(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:ZT(e),source:`file ${e}`};throw new ve(
"role-to-assume is set but no OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_W\
EB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env")}function ZT(t){let e=(0,rC.readFileSync)(t,"utf8").trim();if(!e)throw new ve(
`the OIDC token file ${t} is empty`);return e}async function B1(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)
throw new ve("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add `permissions: id-token: write` (and `contents: read`) t\
o the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw e instanceof gr?e:new fr(`could not get the GitHub OIDC token: ${e.message}`,
"check `permissions: id-token: write`; tokens are not issued to pull requests from forks")}}async function G1(t){let e=t.env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN,
r=e&&{token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};if(r&&!t.renew)return r;try{let o=["run","oidc","get"];t.audience!==
tu&&o.push("--claims",JSON.stringify({aud:t.audience}));let{stdout:n}=await(0,oC.promisify)(tC.execFile)("circleci",o,{encoding:"utf8",env:t.env}),s=n.trim();if(s)
return{token:s,source:"circleci run oidc get"}}catch{}if(r)return r;throw new ve("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V2 or CIRCL\
E_OIDC_TOKEN)","run the job with a context (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function j1(t){try{let e=JSON.
parse(Buffer.from(t.split(".")[1]??"","base64url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),sub:r(e.sub),
aud:r(e.aud)}}catch{return{}}}async function pg(t,e,r,o){r.secret(e);let n=jn({roleArn:t.roleArn,roleSessionName:t.sessionName,webIdentityToken:e,durationSeconds:t.
durationSeconds,clientConfig:Rn(t.region,void 0,o)});try{let s=await eo(o,"STS AssumeRoleWithWebIdentity",()=>n());return V1({accessKeyId:s.accessKeyId,secretAccessKey:s.
secretAccessKey,sessionToken:s.sessionToken,expiration:s.expiration},r)}catch(s){throw q1(s,t,e)}}function nC(t,e){let r={credentials:t,margin:eC(t)},o;return()=>{
let n=r.credentials.expiration?.getTime();return n===void 0||n-Date.now()>r.margin?Promise.resolve(r.credentials):(o??=e().then(s=>(r={credentials:s,margin:eC(s)},
s)).finally(()=>{o=void 0}),o)}}var z1=300*1e3;function eC(t){let e=t.expiration?t.expiration.getTime()-Date.now():1/0;return Math.min(z1,e/2)}function V1(t,e){
for(let r of[t.accessKeyId,t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}function q1(t,e,r){if(t instanceof fr||t instanceof gr)return t;let o=t,n=j1(
r),s=`token iss=${n.iss??"?"} sub=${n.sub??"?"} aud=${n.aud??"?"}`,i=_n(t);if(i.transient){let c=`STS AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${i.
attempts} attempt(s) (${o.name}: ${o.message}); ${s}`;return new fr(c,wn("STS",i.throttled),{cause:t})}let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn}\
 (${o.name}: ${o.message}); ${s}`;switch(o.name){case"AccessDenied":case"AccessDeniedException":return new fr(a,"the role's trust policy must allow this token: \
Federated principal for the issuer, `aud` and `sub` conditions matching the values above (`ecr-deliver iam-policy` prints one)",{cause:t});case"InvalidIdentityT\
oken":case"InvalidIdentityTokenException":return new fr(a,"the account needs an IAM OIDC identity provider for this issuer, with the audience above as a client \
id",{cause:t});case"ExpiredTokenException":return new fr(a,"the OIDC token expired before it was used; request a fresh one",{cause:t});case"IDPCommunicationErro\
r":case"IDPCommunicationErrorException":return new fr(a,"STS could not reach the token issuer; retry the job",{cause:t});default:return new fr(a,void 0,{cause:t})}}var W1=[/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,/^ACTIONS_RUNTIME_TOKEN$/,/^CIRCLE_OIDC_TOKEN/,/^INPUT_/];function ui(t,e){let r=Object.fromEntries(Object.entries(
t).filter(([o])=>!W1.some(n=>n.test(o))));return e?{...r,DOCKER_CONFIG:e}:r}var zn=require("node:fs"),pC=require("node:os"),lg=require("node:path");var sC=3,K1=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
iC=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,aC=t=>t.startsWith(
"-")?`./${t}`:t;function lC(t,e){let r={};return t.platform?.includes(",")?r.buildx="platform":t.provenance&&(r.buildx="provenance"),r.buildkit=ia(e),r}function J1(t,e,r){
let o=e==="buildx",n=o?["buildx","build"]:["build"],s=o?{}:{DOCKER_BUILDKIT:e==="buildkit"?"1":"0"};n.push("--file",aC(t.dockerfile)),e==="classic"&&n.push("--f\
orce-rm");for(let i of t.tags)n.push("--tag",i);for(let[i,a]of Object.entries(t.labels))n.push("--label",`${i}=${a}`);for(let i of t.buildArgs){let a=i.indexOf(
"=");s[i.slice(0,a)]=i.slice(a+1),n.push("--build-arg",i.slice(0,a))}if(t.target&&n.push("--target",t.target),t.platform&&n.push("--platform",t.platform),e!=="c\
lassic"){let i=yy(t.secrets);n.push(...i.argv),Object.assign(s,i.env)}return t.cache&&(o&&n.push("--cache-to","type=inline"),e==="buildkit"&&n.push("--build-arg",
"BUILDKIT_INLINE_CACHE=1"),t.cache.from&&n.push("--cache-from",o?`type=registry,ref=${t.cache.from}`:t.cache.from)),o&&(n.push("--provenance",t.provenance?"mode\
=max":"false"),t.provenance&&n.push("--sbom","true"),n.push(t.pushFromBuilder?"--push":"--load"),r&&n.push("--metadata-file",r)),n.push(aC(t.context)),{argv:n,env:s}}
function Y1(t){return/digest: (sha256:[a-f0-9]{64})/.exec(t)?.[1]}var cC=1e4,cn=class{constructor(e,r,o,n=process.env){this.runner=e;this.reporter=r;this.deadline=
o;this.env=n}runner;reporter;deadline;env;run(e,r,o){return eo(this.deadline,`docker ${r[0]==="buildx"?"buildx build":r[0]}`,()=>this.runner(e,r,{...o,env:o?.env?
{...this.env,...o.env}:this.env}))}async check(){let e;try{e=await this.run("docker",["version","--format","{{.Server.Version}}"],{silent:!0,timeoutMs:cC})}catch{
throw new ve("docker is not installed: no `docker` command on PATH","use a runner or executor with Docker (CircleCI: the machine executor, or a docker image wit\
h setup_remote_docker)")}if(e.timedOut)throw new ve(`the docker daemon did not answer within ${cC/1e3} s (docker version)`,"the daemon is hung or overloaded: re\
start the docker engine (or check DOCKER_HOST / the docker context)");if(e.code!==0){let r=e.stderr.trim().split(`
`).pop()??"";throw new ve(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;embedded;chosen;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.
buildx}drivesEmbeddedBuildkit(){return this.embedded??=this.run("docker",["build","--help"],{silent:!0,env:{DOCKER_BUILDKIT:"1"}}).then(e=>e.code===0,()=>!1),this.
embedded}builder(e){return this.chosen??=Gy({buildx:()=>this.hasBuildx(),embeddedBuildkit:()=>this.drivesEmbeddedBuildkit()},this.env,e).then(r=>(this.reporter.
info(`Builder: ${By[r]}`),r)),this.chosen}logins=Promise.resolve();login(e){let r=this.logins.then(()=>this.loginNow(e));return this.logins=r.catch(()=>{}),r}async loginNow(e){
this.reporter.secret(e.password),this.reporter.secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--u\
sername",e.username,"--password-stdin",e.host],{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new _t(`docker login to ${e.host}\
 failed: ${$r(r)}`)}async logout(e){await this.run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=r==="buildx"?(0,zn.mkdtempSync)((0,lg.join)(
(0,pC.tmpdir)(),"ecr-deliver-")):void 0,n=o?(0,lg.join)(o,"metadata.json"):void 0;try{let s=await this.runBuild(e,r,n);if(s.code!==0&&e.cache&&/cache/i.test($r(
s))&&(this.reporter.warning(`the build failed on the layer cache (${$r(s)}); building again without it`),s=await this.runBuild({...e,cache:void 0},r,n)),s.code!==
0)throw new _t(`docker ${r==="buildx"?"buildx build":"build"} failed (exit ${s.code}): ${$r(s)}`);return!n||!e.pushFromBuilder?void 0:JSON.parse((0,zn.readFileSync)(
n,"utf8"))["containerimage.digest"]}finally{o&&(0,zn.rmSync)(o,{recursive:!0,force:!0})}}runBuild(e,r,o){let{argv:n,env:s}=J1(e,r,o);return this.run("docker",n,
{output:this.reporter.output,env:s})}async pullCache(e){let r=await this.run("docker",["pull","--quiet",e],{output:this.reporter.output});return r.code!==0&&this.
reporter.warning(`no layer cache: docker pull ${e} failed (${$r(r)}); building without it`),r.code===0}async tag(e,r){let o=await this.run("docker",["tag",e,r],
{output:this.reporter.output});if(o.code!==0)throw new _t(`docker tag ${e} ${r} failed: ${$r(o)}`)}async push(e,r){let o=!1;for(let n=1;;n++){let s=await this.run(
"docker",["push",e],{output:this.reporter.output}),i=`${s.stdout}
${s.stderr}`;if(s.code===0){let a=Y1(i);if(!a)throw new _t(`docker push ${e} printed no digest`);return a}if(iC.test(i)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${$r(s)}); logging in again`),await r();continue}if(iC.test(i))throw new _t(`docker push ${e} was refused after a fresh login: ${$r(
s)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!K1.test(
i)||n>=sC)throw new _t(`docker push ${e} failed after ${n} attempt(s): ${$r(s)}`);this.reporter.warning(`docker push failed (${$r(s)}); retrying (${n}/${sC-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(n-1)))}}},X1=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/;
function $r(t){let e=o=>o.split(`
`).map(n=>n.trim()).filter(n=>n&&!X1.test(n)),r=e(t.stdout);return e(t.stderr).pop()??[...r].reverse().find(o=>/error|denied|fail|unauthorized/i.test(o))??r.pop()??
`exit ${t.code}`}var lr=require("node:fs"),ep=require("node:os"),xo=require("node:path"),Q1=["auths","credHelpers","credsStore","currentContext","proxies"],Z1=["buildx","cli-plu\
gins","contexts"];function eU(t){return t.DOCKER_CONFIG||(0,xo.join)(t.HOME||(0,ep.homedir)(),".docker")}var Zc=class t{constructor(e){this.dir=e;process.once("\
exit",this.onExit)}dir;removed=!1;onExit=()=>this.remove();static create(e){let r=new t((0,lr.mkdtempSync)((0,xo.join)((0,ep.tmpdir)(),"ecr-deliver-docker-"))),
o=eU(e);(0,lr.writeFileSync)((0,xo.join)(r.dir,"config.json"),JSON.stringify(tU((0,xo.join)(o,"config.json")),null,2),{mode:384});for(let n of Z1)(0,lr.existsSync)(
(0,xo.join)(o,n))&&(0,lr.symlinkSync)((0,xo.join)(o,n),(0,xo.join)(r.dir,n));return r}remove(){this.removed||(this.removed=!0,process.off("exit",this.onExit),(0,lr.rmSync)(
this.dir,{recursive:!0,force:!0}))}};function tU(t){let e;try{e=JSON.parse((0,lr.readFileSync)(t,"utf8"))}catch{return{}}let r=Object.fromEntries(Q1.filter(o=>e[o]!==
void 0).map(o=>[o,e[o]]));return typeof e.credsStore=="string"&&e.credsStore?rU(r,e.credsStore):r}function rU(t,e){let{credsStore:r,...o}=t,n=t.auths??{},s={};for(let[
i,a]of Object.entries(n))a?.auth||(s[i]=e);return{...o,credHelpers:{...s,...t.credHelpers}}}var $h=require("node:fs");M();st();v();L();K();F();ut();X();_e();v();var dC=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function oU(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var uC=t=>{let e=[];switch(t.operation){default:e.push(oU(t))}return e},mC=t=>{let e=pr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??
[])})};var fC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),gC={UseFIPS:{type:"b\
uiltInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInPar\
ams",name:"useDualstackEndpoint"}};var hC={name:"@aws-sdk/client-ecr",version:"3.1169.0",description:"AWS SDK for JavaScript Ecr Client for Node.js, Browser and React Native",homepage:"https://gi\
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
engines:{node:">=20.0.0"}};M();_e();gg();L();L();var KC="AWS_EC2_METADATA_DISABLED",JC=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:n}=await Promise.resolve().then(()=>(lp(),pp));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:s}=await Promise.resolve().then(()=>(Tg(),Ig));
return Bo(s(t),o(t))}return process.env[KC]&&process.env[KC]!=="false"?async()=>{throw new _("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),n(t))};function YC(t,e){let r=PU(t),o,n,s,i,a=async c=>{if(c?.forceRefresh)return i||(i=r(c).then(l=>{s=l}).finally(()=>{i=void 0})),await i,s;if(s?.expiration&&s?.expiration?.
getTime()<Date.now()&&(s=void 0),o)await o;else if(!s||e?.(s))if(s)n||(n=r(c).then(l=>{s=l}).catch(()=>{}).finally(()=>{n=void 0}));else return o=r(c).then(l=>{
s=l}).finally(()=>{o=void 0}),a(c);return s};return a}var PU=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(n){if(r=n,n?.tryNextLink)continue;throw n}
throw r};var kP=!1,zi=(t={})=>YC([async()=>{if(t.profile??process.env[Ra])throw process.env[mi]&&process.env[fi]&&(kP||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),kP=!0)),new _("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),tp(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:n,
ssoRoleName:s,ssoSession:i}=t;if(!r&&!o&&!n&&!s&&!i)throw new _("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(Qg(),Xg));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(DP(),NP));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(Sh(),Eh));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>(Qc(),ag));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await JC(t))()),async()=>{throw new _("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
$P);var $P=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;v();L();ut();$();uo();_e();on();nn();v();F();$();M();K();K();var es="ref",un=-1,Hp=!0,LP="isSet",Ih="PartitionResult",bo="stringEquals",Bp="booleanEquals",wh="getAttr",UP={[es]:"Endpoint"},Po={fn:wh,argv:[{[es]:Ih},"n\
ame"]},FP={[es]:Ih},mn={},MP=[{[es]:"Region"}],HP={conditions:[[LP,[UP]],[LP,MP],["aws.partition",MP,Ih],[bo,[Po,"aws-eusc"]],[bo,[Po,"aws-iso-f"]],[bo,[Po,"aws\
-iso-e"]],[bo,[Po,"aws-iso-b"]],[bo,[Po,"aws-iso"]],[bo,[Po,"aws-cn"]],[bo,[Po,"aws-us-gov"]],[bo,[Po,"aws"]],[Bp,[{[es]:"UseFIPS"},Hp]],[Bp,[{fn:wh,argv:[FP,"s\
upportsFIPS"]},Hp]],[Bp,[{[es]:"UseDualStack"},Hp]],[Bp,[{fn:wh,argv:[FP,"supportsDualStack"]},Hp]]],results:[[un],[un,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[un,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[UP,mn],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",mn],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",mn],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",mn],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",mn],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",mn],[un,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[un,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",mn],[un,"DualStack is enabled but this partition does not support DualStack"],[un,"Invalid Configuration: Missing Region"]]},VM=2,Ue=1e8,
qM=new Int32Array([-1,1,-1,0,23,3,1,4,Ue+13,2,5,Ue+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,Ue+4,14,Ue+11,Ue+12,12,18,17,13,
Ue+9,Ue+10,13,19,Ue+6,14,Ue+8,Ue+9,11,22,21,13,Ue+5,Ue+4,13,Ue+7,Ue+6,11,Ue+1,24,13,Ue+2,Ue+3]),BP=rt.from(qM,VM,HP.conditions,HP.results);var WM=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),GP=(t,e={})=>WM.get(t,()=>Ft(BP,{endpointParams:t,logger:e.logger}));Pe.aws=mt;X();v();var b=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Gp=class t extends b{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},jp=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},zp=class t extends b{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Vp=class t extends b{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},qp=class t extends b{static shapeId="\
com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamIma\
geException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Wp=class t extends b{static shapeId="com.amazonaws.ecr#ValidationException";name="\
ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Kp=class t extends b{static shapeId="\
com.amazonaws.ecr#EmptyUploadException";name="EmptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Jp=class t extends b{static shapeId="com.amazonaws.ecr#InvalidLayerException";name="InvalidLayerException";$fault="client";constructor(e){
super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yp=class t extends b{static shapeId="com.amazonaws.ecr#KmsE\
xception";name="KmsException";$fault="client";kmsError;constructor(e){super({name:"KmsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.kmsError=e.kmsError}},Xp=class t extends b{static shapeId="com.amazonaws.ecr#LayerAlreadyExistsException";name="LayerAlreadyExistsException";$fault="client";constructor(e){
super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Qp=class t extends b{static shapeId="com.amazonaws.ec\
r#LayerPartTooSmallException";name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Zp=class t extends b{static shapeId="com.amazonaws.ecr#UploadNotFoundException";name="UploadNotFoundException";$fault="client";constructor(e){
super({name:"UploadNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},el=class t extends b{static shapeId="com.amazonaws.ecr#Pu\
llThroughCacheRuleAlreadyExistsException";name="PullThroughCacheRuleAlreadyExistsException";$fault="client";constructor(e){super({name:"PullThroughCacheRuleAlre\
adyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},tl=class t extends b{static shapeId="com.amazonaws.ecr#SecretNotFoundExcept\
ion";name="SecretNotFoundException";$fault="client";constructor(e){super({name:"SecretNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
rl=class t extends b{static shapeId="com.amazonaws.ecr#UnableToAccessSecretException";name="UnableToAccessSecretException";$fault="client";constructor(e){super(
{name:"UnableToAccessSecretException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ol=class t extends b{static shapeId="com.amazonaws.ecr#Un\
ableToDecryptSecretValueException";name="UnableToDecryptSecretValueException";$fault="client";constructor(e){super({name:"UnableToDecryptSecretValueException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},nl=class t extends b{static shapeId="com.amazonaws.ecr#UnsupportedUpstreamRegistryException";name="Unsu\
pportedUpstreamRegistryException";$fault="client";constructor(e){super({name:"UnsupportedUpstreamRegistryException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},sl=class t extends b{static shapeId="com.amazonaws.ecr#InvalidTagParameterException";name="InvalidTagParameterException";$fault="client";constructor(e){
super({name:"InvalidTagParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},il=class t extends b{static shapeId="com.amazonaws.e\
cr#RepositoryAlreadyExistsException";name="RepositoryAlreadyExistsException";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},al=class t extends b{static shapeId="com.amazonaws.ecr#TooManyTagsException";name="TooManyTagsException";$fault="\
client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},cl=class t extends b{static shapeId="\
com.amazonaws.ecr#TemplateAlreadyExistsException";name="TemplateAlreadyExistsException";$fault="client";constructor(e){super({name:"TemplateAlreadyExistsExcepti\
on",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pl=class t extends b{static shapeId="com.amazonaws.ecr#LifecyclePolicyNotFoundException";name="\
LifecyclePolicyNotFoundException";$fault="client";constructor(e){super({name:"LifecyclePolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},ll=class t extends b{static shapeId="com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";name="PullThroughCacheRuleNotFoundException";$fault="\
client";constructor(e){super({name:"PullThroughCacheRuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},dl=class t extends b{static shapeId="\
com.amazonaws.ecr#RegistryPolicyNotFoundException";name="RegistryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RegistryPolicyNotFoundExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ul=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryNotEmptyException";name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
ml=class t extends b{static shapeId="com.amazonaws.ecr#TemplateNotFoundException";name="TemplateNotFoundException";$fault="client";constructor(e){super({name:"T\
emplateNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},fl=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryPoli\
cyNotFoundException";name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},gl=class t extends b{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurati\
onNotFoundException";$fault="client";constructor(e){super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
hl=class t extends b{static shapeId="com.amazonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"\
ExclusionNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yl=class t extends b{static shapeId="com.amazonaws.ecr#ImageNotFoun\
dException";name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},El=class t extends b{static shapeId="com.amazonaws.ecr#ScanNotFoundException";name="ScanNotFoundException";$fault="client";constructor(e){super({
name:"ScanNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Sl=class t extends b{static shapeId="com.amazonaws.ecr#Replication\
BackfillNotFoundException";name="ReplicationBackfillNotFoundException";$fault="client";constructor(e){super({name:"ReplicationBackfillNotFoundException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},xl=class t extends b{static shapeId="com.amazonaws.ecr#LayerInaccessibleException";name="LayerInaccessi\
bleException";$fault="client";constructor(e){super({name:"LayerInaccessibleException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Rl=class t extends b{static shapeId="\
com.amazonaws.ecr#LayersNotFoundException";name="LayersNotFoundException";$fault="client";constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},_l=class t extends b{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamLayerException";name="UnableToGetUpstreamLay\
erException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wl=class t extends b{static shapeId="\
com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";name="LifecyclePolicyPreviewNotFoundException";$fault="client";constructor(e){super({name:"LifecycleP\
olicyPreviewNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Il=class t extends b{static shapeId="com.amazonaws.ecr#UnableToL\
istUpstreamImageReferrersException";name="UnableToListUpstreamImageReferrersException";$fault="client";constructor(e){super({name:"UnableToListUpstreamImageRefe\
rrersException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Tl=class t extends b{static shapeId="com.amazonaws.ecr#ImageAlreadyExistsExcept\
ion";name="ImageAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Cl=class t extends b{static shapeId="com.amazonaws.ecr#ImageDigestDoesNotMatchException";name="ImageDigestDoesNotMatchException";$fault="client";constructor(e){
super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},vl=class t extends b{static shapeId="com.amazona\
ws.ecr#ImageTagAlreadyExistsException";name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Al=class t extends b{static shapeId="com.amazonaws.ecr#ReferencedImagesNotFoundException";name="Referen\
cedImagesNotFoundException";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
bl=class t extends b{static shapeId="com.amazonaws.ecr#BlockedByOrganizationPolicyException";name="BlockedByOrganizationPolicyException";$fault="client";constructor(e){
super({name:"BlockedByOrganizationPolicyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Pl=class t extends b{static shapeId="com.ama\
zonaws.ecr#ExclusionAlreadyExistsException";name="ExclusionAlreadyExistsException";$fault="client";constructor(e){super({name:"ExclusionAlreadyExistsException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ol=class t extends b{static shapeId="com.amazonaws.ecr#ImageArchivedException";name="ImageArchi\
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Nl=class t extends b{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Dl=class t extends b{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},kl=class t extends b{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
$l=class t extends b{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ll=class t extends b{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ul=class t extends b{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var KM="Attribute",JM="AuthorizationData",YM="AuthorizationDataList",XM="AwsEcrContainerImageDetails",QM="AttributeList",ZM="BlockedByOrganizationPolicyExceptio\
n";var eH="BatchGetImage",tH="BatchGetImageRequest",rH="BatchGetImageResponse";var oH="CreateRepository";var nH="CreateRepositoryRequest",sH="CreateRepositoryResponse",iH="CvssScore",aH="CvssScoreAdjustment",cH="CvssScoreAdjustmentList",pH="CvssScoreDetails",lH="Cv\
ssScoreList",dH="DescribeImages",uH="DescribeImagesFilter",mH="DescribeImagesRequest";var fH="DescribeImagesResponse",gH="DescribeImageScanFindings",hH="DescribeImageScanFindingsRequest",yH="DescribeImageScanFindingsResponse";var EH="DescribeRepositoriesRequest",SH="DescribeRepositoriesResponse";var xH="DescribeRepositories";var RH="ExclusionAlreadyExistsException",_H="EncryptionConfiguration";var wH="EnhancedImageScanFinding",IH="EnhancedImageScanFindingList",TH="ExclusionNotFoundException",CH="EmptyUploadException";var vH="GetAuthorizationToken",AH="GetAuthorizationTokenRequest",bH="GetAuthorizationTokenResponse";var PH="Image",OH="ImageArchivedException",NH="ImageAlreadyExistsException",DH="ImageDetail",kH="ImageDigestDoesNotMatchException",$H="ImageDetailList",LH="Imag\
eFailure",UH="ImageFailureList",FH="ImageIdentifier",MH="ImageIdentifierList",HH="ImageList",BH="InvalidLayerException",GH="InvalidLayerPartException";var jH="ImageNotFoundException",zH="InvalidParameterException";var VH="ImageScanningConfiguration",qH="ImageStorageClassUpdateNotSupportedException",WH="ImageScanFinding",KH="ImageScanFindingList",JH="ImageScanFindingsSumma\
ry",YH="ImageScanFindings",XH="ImageScanStatus";var QH="ImageTagAlreadyExistsException",ZH="ImageTagMutabilityExclusionFilter",eB="ImageTagMutabilityExclusionFilters",tB="InvalidTagParameterException",rB="Key",
oB="KmsException";var nB="LayerAlreadyExistsException",sB="LimitExceededException";var iB="LayerInaccessibleException";var aB="LayersNotFoundException",cB="LifecyclePolicyNotFoundException";var pB="LifecyclePolicyPreviewInProgressException",lB="LifecyclePolicyPreviewNotFoundException";var dB="LayerPartTooSmallException";var uB="PutImage",mB="PutImageRequest",fB="PutImageResponse";var gB="PutLifecyclePolicy",hB="PutLifecyclePolicyRequest",yB="PutLifecyclePolicyResponse";var EB="PullThroughCacheRuleAlreadyExistsException";var SB="PullThroughCacheRuleNotFoundException",xB="PackageVulnerabilityDetails",RB="Recommendation",_B="RepositoryAlreadyExistsException",wB="ReplicationBackfil\
lInProgressException",IB="ReplicationBackfillInvalidStatusException",TB="ReplicationBackfillNotFoundException";var CB="ResourceDetails";var vB="ReferencedImagesNotFoundException",AB="RepositoryList",bB="ResourceList",PB="RepositoryNotEmptyException",OB="RepositoryNotFoundException",NB="RegistryP\
olicyNotFoundException",DB="RepositoryPolicyNotFoundException";var kB="Remediation",$B="Repository",LB="Resource";var UB="SigningConfigurationNotFoundException",FB="ScoreDetails",MB="ServerException";var HB="StartImageScan",BB="StartImageScanRequest",GB="StartImageScanResponse";var jB="ScanNotFoundException",zB="SecretNotFoundException";var VB="SetRepositoryPolicy",qB="SetRepositoryPolicyRequest",WB="SetRepositoryPolicyResponse",KB="Tag",JB="TemplateAlreadyExistsException";var YB="TagList",XB="TooManyTagsException",QB="TemplateNotFoundException";var ZB="UnsupportedImageTypeException";var e2="UploadNotFoundException";var t2="UnableToAccessSecretException",r2="UnableToDecryptSecretValueException",o2="UnableToGetUpstreamImageException",n2="UnableToGetUpstreamLayerException",s2="\
UnableToListUpstreamImageReferrersException",i2="UnsupportedUpstreamRegistryException",a2="Value",c2="ValidationException",p2="VulnerablePackage",l2="Vulnerable\
PackagesList";var d2="architecture",u2="awsAccountId",m2="authorizationData",f2="awsEcrContainerImage";var g2="acceptedMediaTypes",h2="artifactMediaType";var y2="authorizationToken";var E2="adjustments";var S2="arch",x2="attributes",R2="author";var _2="baseScore",k="client";var w2="createdAt";var jP="cvss",Th="description";var I2="details";var N="error",T2="expiresAt";var C2="exploitAvailable",zP="encryptionConfiguration",v2="enhancedFindings";var A2="encryptionType",b2="epoch",P2="failures",O2="findingArn",N2="fixAvailable",D2="failureCode";var k2="fixedInVersion",$2="firstObservedAt",L2="filePath",U2="failureReason";var VP="findingSeverityCounts",F2="filterType";var qP="filter",M2="findings",H2="force",B2="httpError",G2="images",j2="imageDetails",Ch="imageDigest",z2="imageHash",WP="imageIds",ts="imageId",KP="imageManife\
st",vh="imageManifestMediaType",V2="imagePushedAt",JP="imageStatus",YP="imageScanningConfiguration",XP="imageScanCompletedAt",q2="imageScanFindings",W2="imageSc\
anFindingsSummary",K2="imageSizeInBytes",Ah="imageScanStatus",QP="imageTags";var ZP="imageTagMutability",eO="imageTagMutabilityExclusionFilters",tO="imageTag",J2="inUseCount";var Y2="id",X2="image",Q2="key",Z2="kmsError",e3="kmsKey";var t3="lastArchivedAt",r3="lastActivatedAt";var o3="lastInUseAt",n3="lastObservedAt";var rO="lifecyclePolicyText",s3="lastRecordedPullTime";var i3="lastValidByteReceived",D="message",bh="maxResults";var a3="metric",oO="name",rs="nextToken",c3="platform",p3="pushedAt";var l3="proxyEndpoint";var d3="packageManager";var nO="policyText";var u3="packageVulnerabilityDetails";var m3="registry";var f3="repositoryArn";var Fe="registryId",g3="registryIds",Me="repositoryName",h3="repositoryNames";var y3="referenceUrls",E3="repositoryUri",S3="relatedVulnerabilities",x3="repository",R3="reason",_3="recommendation";var w3="release",I3="remediation",T3="repositories";var C3="resources";var sO="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var v3="scoreDetails";var A3="sourceLayerHash",b3="subjectManifestDigest",P3="scanOnPush";var O3="scoreSource";var N3="sourceUrl",iO="scoringVector",aO="score",D3="server",cO="severity";var pO="source",lO="status";var dO="tags";var k3="tagStatus";var $3="text",L3="title",uO="type",U3="uri",F3="updatedAt",M3="uploadId";var H3="url",B3="value",G3="vendorCreatedAt",j3="vulnerabilityId",z3="vulnerablePackages",V3="vendorSeverity",mO="vulnerabilitySourceUpdatedAt",q3="vendorUpdate\
dAt",Ph="version",E="com.amazonaws.ecr",fO=new Q(sO),W3=[-3,sO,"ECRServiceException",0,[],[]];fO.registerError(W3,b);var P=new Q(E),K3=[-3,E,ZM,{[N]:k},[D],[0]];
P.registerError(K3,bl);var J3=[-3,E,CH,{[N]:k},[D],[0]];P.registerError(J3,Kp);var Y3=[-3,E,RH,{[N]:k},[D],[0]];P.registerError(Y3,Pl);var X3=[-3,E,TH,{[N]:k},[
D],[0]];P.registerError(X3,hl);var Q3=[-3,E,NH,{[N]:k},[D],[0]];P.registerError(Q3,Tl);var Z3=[-3,E,OH,{[N]:k},[D],[0]];P.registerError(Z3,Ol);var e4=[-3,E,kH,{
[N]:k},[D],[0]];P.registerError(e4,Cl);var t4=[-3,E,jH,{[N]:k},[D],[0]];P.registerError(t4,yl);var r4=[-3,E,qH,{[N]:k},[D],[0]];P.registerError(r4,Ll);var o4=[-3,
E,QH,{[N]:k},[D],[0]];P.registerError(o4,vl);var n4=[-3,E,BH,{[N]:k},[D],[0]];P.registerError(n4,Jp);var s4=[-3,E,GH,{[N]:k},[Fe,Me,M3,i3,D],[0,0,0,1,0]];P.registerError(
s4,Ul);var i4=[-3,E,zH,{[N]:k},[D],[0]];P.registerError(i4,Gp);var a4=[-3,E,tB,{[N]:k},[D],[0]];P.registerError(a4,sl);var c4=[-3,E,oB,{[N]:k},[D,Z2],[0,0]];P.registerError(
c4,Yp);var p4=[-3,E,nB,{[N]:k},[D],[0]];P.registerError(p4,Xp);var l4=[-3,E,iB,{[N]:k},[D],[0]];P.registerError(l4,xl);var d4=[-3,E,dB,{[N]:k},[D],[0]];P.registerError(
d4,Qp);var u4=[-3,E,aB,{[N]:k},[D],[0]];P.registerError(u4,Rl);var m4=[-3,E,cB,{[N]:k},[D],[0]];P.registerError(m4,pl);var f4=[-3,E,pB,{[N]:k},[D],[0]];P.registerError(
f4,Dl);var g4=[-3,E,lB,{[N]:k},[D],[0]];P.registerError(g4,wl);var h4=[-3,E,sB,{[N]:k},[D],[0]];P.registerError(h4,Vp);var y4=[-3,E,EB,{[N]:k},[D],[0]];P.registerError(
y4,el);var E4=[-3,E,SB,{[N]:k},[D],[0]];P.registerError(E4,ll);var S4=[-3,E,vB,{[N]:k},[D],[0]];P.registerError(S4,Al);var x4=[-3,E,NB,{[N]:k},[D],[0]];P.registerError(
x4,dl);var R4=[-3,E,wB,{[N]:k},[D],[0]];P.registerError(R4,kl);var _4=[-3,E,IB,{[N]:k},[D],[0]];P.registerError(_4,$l);var w4=[-3,E,TB,{[N]:k},[D],[0]];P.registerError(
w4,Sl);var I4=[-3,E,_B,{[N]:k},[D],[0]];P.registerError(I4,il);var T4=[-3,E,PB,{[N]:k},[D],[0]];P.registerError(T4,ul);var C4=[-3,E,OB,{[N]:k},[D],[0]];P.registerError(
C4,jp);var v4=[-3,E,DB,{[N]:k},[D],[0]];P.registerError(v4,fl);var A4=[-3,E,jB,{[N]:k},[D],[0]];P.registerError(A4,El);var b4=[-3,E,zB,{[N]:k},[D],[0]];P.registerError(
b4,tl);var P4=[-3,E,MB,{[N]:D3},[D],[0]];P.registerError(P4,zp);var O4=[-3,E,UB,{[N]:k},[D],[0]];P.registerError(O4,gl);var N4=[-3,E,JB,{[N]:k},[D],[0]];P.registerError(
N4,cl);var D4=[-3,E,QB,{[N]:k},[D],[0]];P.registerError(D4,ml);var k4=[-3,E,XB,{[N]:k},[D],[0]];P.registerError(k4,al);var $4=[-3,E,t2,{[N]:k},[D],[0]];P.registerError(
$4,rl);var L4=[-3,E,r2,{[N]:k},[D],[0]];P.registerError(L4,ol);var U4=[-3,E,o2,{[N]:k},[D],[0]];P.registerError(U4,qp);var F4=[-3,E,n2,{[N]:k},[D],[0]];P.registerError(
F4,_l);var M4=[-3,E,s2,{[N]:k},[D],[0]];P.registerError(M4,Il);var H4=[-3,E,ZB,{[N]:k},[D],[0]];P.registerError(H4,Nl);var B4=[-3,E,i2,{[N]:k},[D],[0]];P.registerError(
B4,nl);var G4=[-3,E,e2,{[N]:k},[D],[0]];P.registerError(G4,Zp);var j4=[-3,E,c2,{[N]:k,[B2]:400},[D],[0]];P.registerError(j4,Wp);var gO=[fO,P],z4=[3,E,KM,0,[Q2,B3],
[0,0],1],V4=[3,E,JM,0,[y2,T2,l3],[0,4,0]],q4=[3,E,XM,0,[d2,R2,z2,QP,c3,p3,o3,J2,m3,Me],[0,0,0,64,0,4,4,1,0,0]];var W4=[3,E,tH,0,[Me,WP,Fe,g2],[0,()=>xO,0,64],2],K4=[3,E,rH,0,[G2,P2],[()=>MG,()=>FG]];var J4=[3,E,nH,0,[Me,Fe,dO,ZP,eO,YP,zP],[0,0,()=>jG,0,()=>RO,()=>EO,()=>hO],1],Y4=[3,E,sH,0,[x3],[()=>SO]],X4=[3,E,iH,0,[_2,iO,pO,Ph],[1,0,0,0]],Q4=[3,E,aH,0,[a3,
R3],[0,0]],Z4=[3,E,pH,0,[E2,aO,O3,iO,Ph],[()=>kG,1,0,0,0]];var eG=[3,E,hH,0,[Me,ts,Fe,rs,bh],[0,()=>fn,0,0,1],2],tG=[3,E,yH,0,[Fe,Me,ts,Ah,q2,rs],[0,0,()=>fn,()=>Oh,()=>mG,0]],rG=[3,E,uH,0,[k3,JP],[0,0]];var oG=[3,E,mH,0,[Me,Fe,WP,rs,bh,qP],[0,0,()=>xO,0,1,()=>rG],1],nG=[3,E,fH,0,[j2,rs],[()=>UG,0]];var sG=[3,E,EH,0,[Fe,h3,rs,bh],[0,64,0,1]],iG=[3,E,SH,0,[T3,rs],[()=>BG,0]];var hO=[3,E,_H,0,[A2,e3],[0,0],1];var aG=[3,E,wH,0,[u2,Th,O2,$2,n3,u3,I3,C3,aO,v3,cO,lO,L3,uO,F3,N2,C2],[0,0,0,4,4,()=>hG,()=>_G,()=>GG,1,()=>TG,0,0,0,0,4,0,0]];var cG=[3,E,AH,0,[g3],[64]],pG=[3,E,bH,0,[m2],[()=>DG]];var yO=[3,E,PH,0,[Fe,Me,ts,KP,vh],[0,0,()=>fn,0,0]],lG=[3,E,DH,0,[Fe,Me,Ch,QP,K2,V2,Ah,W2,vh,h2,s3,b3,JP,t3,r3],[0,0,0,64,1,4,()=>Oh,()=>fG,0,0,4,0,0,4,4]],dG=[
3,E,LH,0,[ts,D2,U2],[()=>fn,0,0]],fn=[3,E,FH,0,[Ch,tO],[0,0]];var uG=[3,E,WH,0,[oO,Th,U3,cO,x2],[0,0,0,0,()=>NG]],mG=[3,E,YH,0,[XP,mO,VP,M2,v2],[4,4,129,()=>HG,()=>LG]],fG=[3,E,JH,0,[XP,mO,VP],[4,4,129]],EO=[3,E,VH,0,[P3],
[2]],Oh=[3,E,XH,0,[lO,Th],[0,0]];var gG=[3,E,ZH,0,[F2,qP],[0,0],2];var hG=[3,E,xB,0,[jP,y3,S3,pO,N3,G3,V3,q3,j3,z3],[()=>$G,64,64,0,0,4,0,4,0,()=>zG]];var yG=[3,E,mB,0,[Me,KP,Fe,vh,tO,Ch],[0,0,0,0,0,0],2],EG=[3,E,fB,0,[X2],[()=>yO]];var SG=[3,E,hB,0,[Me,rO,Fe],[0,0,0],2],xG=[3,E,yB,0,[Fe,Me,rO],[0,0,0]];var RG=[3,E,RB,0,[H3,$3],[0,0]];var _G=[3,E,kB,0,[_3],[()=>RG]];var SO=[3,E,$B,0,[f3,Fe,Me,E3,w2,ZP,eO,YP,zP],[0,0,0,0,4,0,()=>RO,()=>EO,()=>hO]];var wG=[3,E,LB,0,[I2,Y2,dO,uO],[()=>IG,0,128,0]],IG=[3,E,CB,0,[f2],[()=>q4]];var TG=[3,E,FB,0,[jP],[()=>Z4]],CG=[3,E,qB,0,[Me,nO,Fe,H2],[0,0,0,2],2],vG=[3,E,WB,0,[Fe,Me,nO],[0,0,0]];var AG=[3,E,BB,0,[Me,ts,Fe],[0,()=>fn,0],2],bG=[3,E,GB,0,[Fe,Me,ts,Ah],[0,0,()=>fn,()=>Oh]];var PG=[3,E,KB,0,[rB,a2],[0,0],2];var OG=[3,E,p2,0,[S2,b2,L2,oO,d3,w3,A3,Ph,k2],[0,1,0,0,0,0,0,0,0]];var NG=[1,E,QM,0,()=>z4],DG=[1,E,YM,0,()=>V4];var kG=[1,E,cH,0,()=>Q4],$G=[1,E,lH,0,()=>X4],LG=[1,E,IH,0,()=>aG];var UG=[1,E,$H,0,()=>lG],FG=[1,E,UH,0,()=>dG],xO=[1,E,MH,0,()=>fn],MG=[1,E,HH,0,()=>yO];var HG=[1,E,KH,0,()=>uG];var RO=[1,E,eB,0,()=>gG];var BG=[1,E,AB,0,()=>SO];var GG=[1,E,bB,0,()=>wG];var jG=[1,E,YB,0,()=>PG];var zG=[1,E,l2,0,()=>OG];var _O=[9,E,eH,0,()=>W4,()=>K4];var wO=[9,E,oH,0,()=>J4,()=>Y4];var IO=[9,E,dH,0,()=>oG,()=>nG],TO=[9,E,gH,0,()=>eG,()=>tG];var CO=[9,E,xH,0,()=>sG,()=>iG];var vO=[9,E,vH,0,()=>cG,()=>pG];var AO=[9,E,uB,0,()=>yG,()=>EG];var bO=[9,E,gB,0,()=>SG,()=>xG];var PO=[9,E,VB,0,()=>CG,()=>vG],OO=[9,E,HB,0,()=>AG,()=>bG];var NO=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??ue,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??GP,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??uC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new fe}],logger:t?.logger??new Re,protocol:t?.protocol??rn,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:gO,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??gt,urlParser:t?.urlParser??me,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??
ee});var DO=t=>{Nt(process.version);let e=Ut(t),r=()=>e().then(Ot),o=NO(t);wt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??I(ft,n),bodyLengthChecker:t?.bodyLengthChecker??It,credentialDefaultProvider:t?.credentialDefaultProvider??
zi,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Qt({serviceId:o.serviceId,clientVersion:hC.version}),maxAttempts:t?.
maxAttempts??I(Kt,t),region:t?.region??I(be,{...tt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??I({...Yt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??I(At,n),useFipsEndpoint:t?.useFipsEndpoint??I(bt,n),userAgentAppId:t?.
userAgentAppId??I(Zt,n)}};M();v();F();var kO=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
$O=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var LO=(t,e)=>{let r=Object.assign(er(t),Dt(t),Mt(t),kO(t));return e.forEach(o=>o.configure(r)),Object.assign(t,tr(r),kt(r),Ht(r),$O(r))};var Fl=class extends Ie{config;constructor(...[e]){let r=DO(e||{});super(r),this.initConfig=r;let o=fC(r),n=Vt(o),s=Jt(n),i=Lt(s),a=i,c=ir(a),l=mC(c),d=LO(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(Xt(this.config)),this.middlewareStack.use(cr(this.config)),this.
middlewareStack.use(Bt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),
this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:dC,identityProviderConfigProvider:async u=>new ze({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}};v();K();var he=$t(gC,"AmazonEC2ContainerRegistry_V20150921","ECRClient",ar),ye={},Ee=(t,e,r,o)=>[];var Ml=class extends he(ye,Ee,"BatchGetImage",_O){};var Hl=class extends he(ye,Ee,"CreateRepository",wO){};var Bl=class extends he(ye,Ee,"DescribeImageScanFindings",TO){};var Gl=class extends he(ye,Ee,"DescribeImages",IO){};var jl=class extends he(ye,Ee,"DescribeRepositories",CO){};var Vi=class extends he(ye,Ee,"GetAuthorizationToken",vO){};var zl=class extends he(ye,Ee,"PutImage",AO){};var Vl=class extends he(ye,Ee,"PutLifecyclePolicy",bO){};var ql=class extends he(ye,Ee,"SetRepositoryPolicy",PO){};var Wl=class extends he(ye,Ee,"StartImageScan",OO){};var Nh=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],VG=5,Dh=100,qG=4,Oo=t=>t?.name??"",os=class{constructor(e,r,o,n){this.registryId=o;this.deadline=n;this.ecr=new Fl(
Rn(e,r,n)),this.sendOptions={abortSignal:n?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}async login(){let e=await this.call("GetAutho\
rizationToken",()=>this.ecr.send(new Vi(this.registryId?{registryIds:[this.registryId]}:{}),this.sendOptions));return Kl(e.authorizationData?.[0])}async logins(e){
return((await this.call("GetAuthorizationToken",()=>this.ecr.send(new Vi({registryIds:e}),this.sendOptions))).authorizationData??[]).map(o=>Kl(o))}async findRepository(e){
let r=await this.describe(e);return r&&kh(r,!1)}async ensureRepository(e,r){let o=await this.findRepository(e.repository);if(o)return o;if(!e.createRepository)throw new pe(
`repository ${e.repository} does not exist`,"create it, or set create-repository: true");let n=WG(e,r);try{let s=await this.call("CreateRepository",()=>this.ecr.
send(new Hl({registryId:this.registryId,repositoryName:e.repository,imageTagMutability:e.imageTagMutability,imageTagMutabilityExclusionFilters:n,imageScanningConfiguration:{
scanOnPush:e.scanOnPush},encryptionConfiguration:{encryptionType:e.encryptionType,kmsKey:e.kmsKey}}),this.sendOptions));return kh(s.repository,!0)}catch(s){if(Oo(
s)!=="RepositoryAlreadyExistsException")throw s;let i=await this.describe(e.repository);if(!i)throw s;return kh(i,!1)}}async applyPolicies(e){let r=[];if(e.lifecyclePolicy){
let o=(0,$h.readFileSync)(e.lifecyclePolicy,"utf8");r.push(this.call("PutLifecyclePolicy",()=>this.ecr.send(new Vl({registryId:this.registryId,repositoryName:e.
repository,lifecyclePolicyText:o}),this.sendOptions)))}if(e.repositoryPolicy){let o=(0,$h.readFileSync)(e.repositoryPolicy,"utf8");r.push(this.call("SetReposito\
ryPolicy",()=>this.ecr.send(new ql({registryId:this.registryId,repositoryName:e.repository,policyText:o}),this.sendOptions)))}await Promise.all(r)}async images(e,r){
let o=new Map,n=Array.from({length:Math.ceil(r.length/Dh)},(i,a)=>r.slice(a*Dh,(a+1)*Dh)),s;try{s=await Promise.all(n.map(i=>this.call("BatchGetImage",()=>this.
ecr.send(new Ml({registryId:this.registryId,repositoryName:e,imageIds:i.map(a=>({imageTag:a})),acceptedMediaTypes:Nh}),this.sendOptions))))}catch(i){if(Oo(i)===
"RepositoryNotFoundException")return o;throw i}for(let i of s.flatMap(a=>a.images??[])){let a=i.imageId?.imageTag;a&&i.imageId?.imageDigest&&i.imageManifest&&o.
set(a,{digest:i.imageId.imageDigest,manifest:i.imageManifest,mediaType:i.imageManifestMediaType??""})}return o}async latestImage(e){let r,o;for(let n=0;n<VG;n++){
let s;try{s=await this.call("DescribeImages",()=>this.ecr.send(new Gl({registryId:this.registryId,repositoryName:e,filter:{tagStatus:"TAGGED"},maxResults:1e3,nextToken:o}),
this.sendOptions))}catch(i){if(Oo(i)==="RepositoryNotFoundException")return;throw i}for(let i of s.imageDetails??[]){let a=i.imagePushedAt?.getTime()??0;i.imageDigest&&
!i.artifactMediaType?.includes("artifact")&&Nh.includes(i.imageManifestMediaType??Nh[0])&&a>=(r?.at??-1)&&(r={digest:i.imageDigest,at:a})}if(o=s.nextToken,!o)break}
return r?.digest}async putTag(e,r,o){try{await this.call("PutImage",()=>this.ecr.send(new zl({registryId:this.registryId,repositoryName:e,imageManifest:r.manifest,
imageManifestMediaType:r.mediaType||void 0,imageDigest:r.digest,imageTag:o}),this.sendOptions))}catch(n){if(Oo(n)==="ImageAlreadyExistsException")return;throw Oo(
n)==="ImageTagAlreadyExistsException"?new pe(`tag ${o} already exists in the immutable repository ${e} at another image`,"immutable tags cannot move: drop the t\
ag from `tags`, or use a new one",{cause:n}):n}}async scanFindings(e,r,o){try{return await this.call("DescribeImageScanFindings",()=>this.ecr.send(new Bl({registryId:this.
registryId,repositoryName:e,imageId:{imageDigest:r},nextToken:o,maxResults:1e3}),this.sendOptions))}catch(n){if(Oo(n)==="ScanNotFoundException")return;throw n}}async startScan(e,r){
await this.call("StartImageScan",()=>this.ecr.send(new Wl({registryId:this.registryId,repositoryName:e,imageId:{imageDigest:r}}),this.sendOptions))}async describe(e){
try{return(await this.call("DescribeRepositories",()=>this.ecr.send(new jl({registryId:this.registryId,repositoryNames:[e]}),this.sendOptions))).repositories?.[0]}catch(r){
if(Oo(r)==="RepositoryNotFoundException")return;throw r}}async call(e,r){try{return await eo(this.deadline,`ECR ${e}`,r)}catch(o){let n=Oo(o);if(o instanceof Ke||
/NotFound|AlreadyExists/.test(n))throw o;if(n==="CredentialsProviderError")throw new pe(`no AWS credentials for ECR ${e}: ${o.message}`,"set role-to-assume to u\
se the CI's OIDC token, or provide credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",{cause:o});let s=_n(o);if(s.transient)throw new pe(
`ECR ${e} failed after ${s.attempts} attempt(s): ${n}: ${o.message}`,wn("ECR",s.throttled),{cause:o});let i=`ECR ${e} failed: ${n}: ${o.message}`;throw/ExpiredToken/.
test(n)?new pe(`ECR ${e} failed: the AWS credentials have expired (${n}: ${o.message})`,"with role-to-assume they are refreshed before they expire; ambient cred\
entials must outlive the run (or raise role-duration-seconds for the role that issued them)",{cause:o}):/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.
test(n)?new pe(i,`the credentials need ecr:${e} on this repository (\`ecr-deliver iam-policy\` prints the policy)`,{cause:o}):new pe(i,void 0,{cause:o})}}};function Kl(t,e=t?.
proxyEndpoint){if(!t?.authorizationToken||!e)throw new pe("ECR returned no authorization data");let r=Buffer.from(t.authorizationToken,"base64").toString("utf8"),
o=r.indexOf(":");return{host:e.replace(/^https?:\/\//,"").replace(/\/+$/,""),username:r.slice(0,o),password:r.slice(o+1)}}function kh(t,e){return{name:t.repositoryName,
uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.imageTagMutability??"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??[]).map(r=>r.filter??
"").filter(Boolean),scanOnPush:t.imageScanningConfiguration?.scanOnPush??!1,created:e}}function WG(t,e){if(t.imageTagMutability==="IMMUTABLE_WITH_EXCLUSION"){if(e.
length>Xd)throw new pe(`an IMMUTABLE_WITH_EXCLUSION repository takes at most ${Xd} exclusion filters; keeping this run's extra tags movable needs ${e.length}: ${e.
join(", ")}`,"use fewer extra tags, create the repository yourself with wildcard filters, or use MUTABLE");return e.map(r=>({filterType:"WILDCARD",filter:r}))}}
function KG(t){return new RegExp(`^${t.split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(".*")}$`)}function Lh(t,e){let r=t.exclusionFilters.some(o=>KG(
o).test(e));switch(t.mutability){case"IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"MUTABLE_WITH_EXCLUSION":return r;default:return!1}}async function UO(t,e,r,o){
let n=[...o],s=async()=>{for(let i=n.shift();i!==void 0;i=n.shift())await t.putTag(e,r,i)};await Promise.all(Array.from({length:Math.min(qG,n.length)},s))}var FO=require("node:fs");async function Uh(t,e,r,o){let n=new Map;for(let i of t)n.set(i.region??e,[...n.get(i.region??e)??[],i.id]);return(await Promise.all([...n].map(async([i,a])=>{let c=new os(
i,r,void 0,o);try{return await c.logins(a)}finally{c.close()}}))).flat()}var JG=/unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b|may require 'docker login'/i,
YG=/^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;function Fh(t){let e;try{e=(0,FO.readFileSync)(t,"utf8")}catch{return[]}let r=new Set;for(let o of e.
matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)){let n=o[1].split("/")[0];o[1].includes("/")&&(/[.:]/.test(n)||n==="localhost")&&r.add(n)}return[...r]}function MO(t,e,r,o){
if(!JG.test(t))return;let n=Fh(e).filter(i=>!r.includes(i));return n.length?`the Dockerfile pulls from ${n.map(i=>{let a=YG.exec(i);return a?`${i} (pull-registr\
ies: ${a[2]===o?a[1]:`${a[1]}@${a[2]}`})`:i}).join(", ")}, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries`:void 0}var CN=require("node:fs");M();st();v();L();K();F();ut();X();_e();v();var HO=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function XG(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr-public",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{
config:e,context:r}})}}var BO=t=>{let e=[];switch(t.operation){default:e.push(XG(t))}return e},GO=t=>{let e=pr(t);return Object.assign(e,{authSchemePreference:W(
t.authSchemePreference??[])})};var jO=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr-public"}),zO={UseFIPS:{
type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"bui\
ltInParams",name:"useDualstackEndpoint"}};var VO={name:"@aws-sdk/client-ecr-public",version:"3.1108.0",description:"AWS SDK for JavaScript Ecr Public Client for Node.js, Browser and React Native",homepage:"\
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
s":"0.10.1",premove:"4.0.0",typescript:"~6.0.3"},engines:{node:">=20.0.0"}};M();_e();v();L();ut();$();uo();_e();on();nn();v();F();$();M();K();K();var qi="ref",gn=-1,Jl=!0,qO="isSet",YO="PartitionResult",Yl="booleanEquals",Mh="getAttr",WO={[qi]:"Endpoint"},Hh={[qi]:YO},ns={},KO=[{[qi]:"Region"}],JO={conditions:[
[qO,[WO]],[qO,KO],["aws.partition",KO,YO],[Yl,[{[qi]:"UseFIPS"},Jl]],[Yl,[{[qi]:"UseDualStack"},Jl]],[Yl,[{fn:Mh,argv:[Hh,"supportsDualStack"]},Jl]],[Yl,[{fn:Mh,
argv:[Hh,"supportsFIPS"]},Jl]],["stringEquals",[{fn:Mh,argv:[Hh,"name"]},"aws"]]],results:[[gn],[gn,"Invalid Configuration: FIPS and custom endpoint are not sup\
ported"],[gn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[WO,ns],["https://api.ecr-public-fips.{Region}.{PartitionResult#dualStack\
DnsSuffix}",ns],[gn,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://api.ecr-public-fips.{Region}.{PartitionResult#d\
nsSuffix}",ns],[gn,"FIPS is enabled but this partition does not support FIPS"],["https://ecr-public.{Region}.api.aws",ns],["https://api.ecr-public.{Region}.{Par\
titionResult#dualStackDnsSuffix}",ns],[gn,"DualStack is enabled but this partition does not support DualStack"],["https://api.ecr-public.{Region}.{PartitionResu\
lt#dnsSuffix}",ns],[gn,"Invalid Configuration: Missing Region"]]},ZG=2,Et=1e8,ej=new Int32Array([-1,1,-1,0,13,3,1,4,Et+12,2,5,Et+12,3,9,6,4,7,Et+11,5,8,Et+10,7,
Et+8,Et+9,4,11,10,6,Et+6,Et+7,5,12,Et+5,6,Et+4,Et+5,3,Et+1,14,4,Et+2,Et+3]),XO=rt.from(ej,ZG,JO.conditions,JO.results);var tj=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),QO=(t,e={})=>tj.get(t,()=>Ft(XO,{endpointParams:t,logger:e.logger}));Pe.aws=mt;X();v();var J=class t extends et{constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Xl=class t extends J{name="InvalidParameterException";$fault="client";constructor(e){super({name:"InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Ql=class t extends J{name="RegistryNotFoundException";$fault="client";constructor(e){super({name:"RegistryNotFoundException",$fault:"client",
...e}),Object.setPrototypeOf(this,t.prototype)}},Zl=class t extends J{name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryN\
otFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ed=class t extends J{name="ServerException";$fault="server";constructor(e){super(
{name:"ServerException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},td=class t extends J{name="UnsupportedCommandException";$fault="client";constructor(e){
super({name:"UnsupportedCommandException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},rd=class t extends J{name="EmptyUploadException";$fault="\
client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},od=class t extends J{name="InvalidLay\
erException";$fault="client";constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},nd=class t extends J{name="\
LayerAlreadyExistsException";$fault="client";constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
sd=class t extends J{name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},id=class t extends J{name="UploadNotFoundException";$fault="client";constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},ad=class t extends J{name="InvalidTagParameterException";$fault="client";constructor(e){super({name:"InvalidTagParamet\
erException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},cd=class t extends J{name="LimitExceededException";$fault="client";constructor(e){
super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pd=class t extends J{name="RepositoryAlreadyExistsExceptio\
n";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ld=class t extends J{name="\
TooManyTagsException";$fault="client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},dd=class t extends J{name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
ud=class t extends J{name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},md=class t extends J{name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},fd=class t extends J{name="RepositoryCatalogDataNotFoundException";$fault="client";constructor(e){
super({name:"RepositoryCatalogDataNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},gd=class t extends J{name="ImageAlreadyExi\
stsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},hd=class t extends J{name="\
ImageDigestDoesNotMatchException";$fault="client";constructor(e){super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},yd=class t extends J{name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"cl\
ient",...e}),Object.setPrototypeOf(this,t.prototype)}},Ed=class t extends J{name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){
super({name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}},Sd=class t extends J{name="LayersNotFoundException";$fault="client";constructor(e){
super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xd=class t extends J{name="ReferencedImagesNotFoundExcept\
ion";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var rj="AuthorizationData";var oj="CreateRepository",nj="CreateRepositoryRequest",sj="CreateRepositoryResponse";var ij="DescribeImageTags",aj="DescribeImageTagsRequest",cj="DescribeImageTagsResponse";var pj="DescribeRegistriesRequest",lj="DescribeRegistriesResponse",dj="DescribeRepositoriesRequest",uj="DescribeRepositoriesResponse",mj="DescribeRegistries",fj="\
DescribeRepositories",gj="EmptyUploadException",hj="GetAuthorizationToken",yj="GetAuthorizationTokenRequest",Ej="GetAuthorizationTokenResponse";var Sj="Image",xj="ImageAlreadyExistsException";var Rj="ImageDigestDoesNotMatchException";var _j="ImageIdentifier";var wj="InvalidLayerException",Ij="InvalidLayerPartException";var Tj="ImageNotFoundException",Cj="InvalidParameterException",vj="ImageTagAlreadyExistsException",Aj="ImageTagDetail",bj="ImageTagDetailList",Pj="InvalidTagPar\
ameterException",Oj="Key";var Nj="LayerAlreadyExistsException",Dj="LimitExceededException";var kj="LayersNotFoundException",$j="LayerPartTooSmallException";var Lj="PutImage",Uj="PutImageRequest",Fj="PutImageResponse";var Mj="Registry",Hj="RegistryAlias",Bj="RepositoryAlreadyExistsException",Gj="RegistryAliasList";var jj="RepositoryCatalogDataInput",zj="RepositoryCatalogDataNotFoundException",Vj="RepositoryCatalogData",qj="ReferencedImageDetail",Wj="ReferencedImagesNotFou\
ndException",Kj="RegistryList",Jj="RepositoryList",Yj="RepositoryNotEmptyException",Xj="RegistryNotFoundException",Qj="RepositoryNotFoundException",Zj="Reposito\
ryPolicyNotFoundException",ez="Repository",tz="ServerException",rz="SetRepositoryPolicy",oz="SetRepositoryPolicyRequest",nz="SetRepositoryPolicyResponse",sz="Ta\
g",iz="TagList",az="TooManyTagsException";var cz="UnsupportedCommandException";var pz="UploadNotFoundException";var lz="Value",dz="aliases",uz="authorizationData",mz="artifactMediaType",fz="authorizationToken",ZO="aboutText",eN="architectures",ae="client",tN="createdAt",rN="\
catalogData",oN="description";var gz="defaultRegistryAlias",oe="error",hz="expiresAt";var yz="force",Ez="image";var Bh="imageDigest",Sz="imageDetail";var xz="imageId",nN="imageManifest",Gh="imageManifestMediaType",Rz="imagePushedAt",_z="imageSizeInBytes";var wz="imageTagDetails",jh="imageTag";var Iz="logoImageBlob";var Tz="logoUrl",Cz="lastValidByteReceived",ne="message",vz="marketplaceCertified",zh="maxResults";var Az="name",ss="nextToken",sN="operatingSystems";var bz="primaryRegistryAlias";var iN="policyText",Pz="repository";var Oz="registryArn",Nz="repositoryArn";var Yr="registryId",No="repositoryName",Dz="repositoryNames",kz="registryUri",$z="repositoryUri",Lz="registries",Uz="repositories",aN="smithy.ts.sdk.synthetic.c\
om.amazonaws.ecrpublic",Fz="server",Mz="status",Hz="tags";var Bz="uploadId",cN="usageText",Gz="verified",C="com.amazonaws.ecrpublic",pN=Q.for(aN),jz=[-3,aN,"ECRPUBLICServiceException",0,[],[]];pN.registerError(jz,J);var re=Q.
for(C),zz=[-3,C,gj,{[oe]:ae},[ne],[0]];re.registerError(zz,rd);var Vz=[-3,C,xj,{[oe]:ae},[ne],[0]];re.registerError(Vz,gd);var qz=[-3,C,Rj,{[oe]:ae},[ne],[0]];re.
registerError(qz,hd);var Wz=[-3,C,Tj,{[oe]:ae},[ne],[0]];re.registerError(Wz,md);var Kz=[-3,C,vj,{[oe]:ae},[ne],[0]];re.registerError(Kz,yd);var Jz=[-3,C,wj,{[oe]:ae},
[ne],[0]];re.registerError(Jz,od);var Yz=[-3,C,Ij,{[oe]:ae},[Yr,No,Bz,Cz,ne],[0,0,0,1,0]];re.registerError(Yz,Ed);var Xz=[-3,C,Cj,{[oe]:ae},[ne],[0]];re.registerError(
Xz,Xl);var Qz=[-3,C,Pj,{[oe]:ae},[ne],[0]];re.registerError(Qz,ad);var Zz=[-3,C,Nj,{[oe]:ae},[ne],[0]];re.registerError(Zz,nd);var eV=[-3,C,$j,{[oe]:ae},[ne],[0]];
re.registerError(eV,sd);var tV=[-3,C,kj,{[oe]:ae},[ne],[0]];re.registerError(tV,Sd);var rV=[-3,C,Dj,{[oe]:ae},[ne],[0]];re.registerError(rV,cd);var oV=[-3,C,Wj,
{[oe]:ae},[ne],[0]];re.registerError(oV,xd);var nV=[-3,C,Xj,{[oe]:ae},[ne],[0]];re.registerError(nV,Ql);var sV=[-3,C,Bj,{[oe]:ae},[ne],[0]];re.registerError(sV,
pd);var iV=[-3,C,zj,{[oe]:ae},[ne],[0]];re.registerError(iV,fd);var aV=[-3,C,Yj,{[oe]:ae},[ne],[0]];re.registerError(aV,dd);var cV=[-3,C,Qj,{[oe]:ae},[ne],[0]];
re.registerError(cV,Zl);var pV=[-3,C,Zj,{[oe]:ae},[ne],[0]];re.registerError(pV,ud);var lV=[-3,C,tz,{[oe]:Fz},[ne],[0]];re.registerError(lV,ed);var dV=[-3,C,az,
{[oe]:ae},[ne],[0]];re.registerError(dV,ld);var uV=[-3,C,cz,{[oe]:ae},[ne],[0]];re.registerError(uV,td);var mV=[-3,C,pz,{[oe]:ae},[ne],[0]];re.registerError(mV,
id);var lN=[pN,re],fV=[3,C,rj,0,[fz,hz],[0,4]];var gV=[3,C,nj,0,[No,rN,Hz],[0,()=>kV,()=>GV],1],hV=[3,C,sj,0,[Pz,rN],[()=>dN,()=>DV]];var yV=[3,C,aj,0,[No,Yr,ss,zh],[0,0,0,1],1],EV=[3,C,cj,0,[wz,ss],[()=>FV,0]],SV=[3,C,pj,0,[ss,zh],[0,1]],xV=[3,C,lj,0,[Lz,ss],[()=>HV,0],1],RV=[3,C,dj,0,[Yr,Dz,
ss,zh],[0,64,0,1]],_V=[3,C,uj,0,[Uz,ss],[()=>BV,0]],wV=[3,C,yj,0,[],[]],IV=[3,C,Ej,0,[uz],[()=>fV]];var TV=[3,C,Sj,0,[Yr,No,xz,nN,Gh],[0,0,()=>CV,0,0]];var CV=[3,C,_j,0,[Bh,jh],[0,0]],vV=[3,C,Aj,0,[jh,tN,Sz],[0,4,()=>PV]];var AV=[3,C,Uj,0,[No,nN,Yr,Gh,jh,Bh],[0,0,0,0,0,0],2],bV=[3,C,Fj,0,[Ez],[()=>TV]];var PV=[3,C,qj,0,[Bh,_z,Rz,Gh,mz],[0,1,4,0,0]],OV=[3,C,Mj,0,[Yr,Oz,kz,Gz,dz],[0,0,0,2,()=>MV],5],NV=[3,C,Hj,0,[Az,Mz,bz,gz],[0,0,2,2],4];var dN=[3,C,ez,0,[Nz,Yr,No,$z,tN],[0,0,0,0,4]],DV=[3,C,Vj,0,[oN,eN,sN,Tz,ZO,cN,vz],[0,64,64,0,0,0,2]],kV=[3,C,jj,0,[oN,eN,sN,Iz,ZO,cN],[0,64,64,21,0,0]],$V=[3,C,
oz,0,[No,iN,Yr,yz],[0,0,0,2],2],LV=[3,C,nz,0,[Yr,No,iN],[0,0,0]],UV=[3,C,sz,0,[Oj,lz],[0,0]];var FV=[1,C,bj,0,()=>vV];var MV=[1,C,Gj,0,()=>NV],HV=[1,C,Kj,0,()=>OV],BV=[1,C,Jj,0,()=>dN];var GV=[1,C,iz,0,()=>UV];var uN=[9,C,oj,0,()=>gV,()=>hV];var mN=[9,C,ij,0,()=>yV,()=>EV],fN=[9,C,mj,0,()=>SV,()=>xV],gN=[9,C,fj,0,()=>RV,()=>_V],hN=[9,C,hj,0,()=>wV,()=>IV];var yN=[9,C,Lj,0,()=>AV,()=>bV];var EN=[9,C,rz,0,()=>$V,()=>LV];var SN=t=>({apiVersion:"2020-10-30",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??ue,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??QO,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??BO,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new fe}],logger:t?.logger??new Re,protocol:t?.protocol??rn,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecrpublic",errorTypeRegistries:lN,xmlNamespace:"http://ecr-public.amazonaws.com/doc/2020-12-02/",version:"2020-10-30",serviceTarget:"\
SpencerFrontendService"},serviceId:t?.serviceId??"ECR PUBLIC",sha256:t?.sha256??gt,urlParser:t?.urlParser??me,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??
ee});var xN=t=>{Nt(process.version);let e=Ut(t),r=()=>e().then(Ot),o=SN(t);wt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??I(ft,n),bodyLengthChecker:t?.bodyLengthChecker??It,credentialDefaultProvider:t?.credentialDefaultProvider??
zi,defaultUserAgentProvider:t?.defaultUserAgentProvider??Qt({serviceId:o.serviceId,clientVersion:VO.version}),maxAttempts:t?.maxAttempts??I(Kt,t),region:t?.region??
I(be,{...tt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??I({...Yt,default:async()=>(await r()).retryMode||it},t),streamCollector:t?.
streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??I(At,n),useFipsEndpoint:t?.useFipsEndpoint??I(bt,n),userAgentAppId:t?.userAgentAppId??I(Zt,n)}};M();v();F();var RN=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
_N=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var wN=(t,e)=>{let r=Object.assign(er(t),Dt(t),Mt(t),RN(t));return e.forEach(o=>o.configure(r)),Object.assign(t,tr(r),kt(r),Ht(r),_N(r))};var Rd=class extends Ie{config;constructor(...[e]){let r=xN(e||{});super(r),this.initConfig=r;let o=jO(r),n=Vt(o),s=Jt(n),i=Lt(s),a=i,c=ir(a),l=GO(c),d=wN(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(Xt(this.config)),this.middlewareStack.use(cr(this.config)),this.
middlewareStack.use(Bt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),
this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:HO,identityProviderConfigProvider:async u=>new ze({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}};v();K();var St=$t(zO,"SpencerFrontendService","ECRPUBLICClient",ar),xt={},Rt=(t,e,r,o)=>[];var _d=class extends St(xt,Rt,"CreateRepository",uN){};var wd=class extends St(xt,Rt,"DescribeImageTags",mN){};var Id=class extends St(xt,Rt,"DescribeRegistries",fN){};var Td=class extends St(xt,Rt,"DescribeRepositories",gN){};var Cd=class extends St(xt,Rt,"GetAuthorizationToken",hN){};var vd=class extends St(xt,Rt,"PutImage",yN){};var Ad=class extends St(xt,Rt,"SetRepositoryPolicy",EN){};var IN=3e4,jV=t=>/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(t)?"http":"https";function zV(t){let e=/^(\w+)\s*(.*)$/.exec(t??"");if(!e)return;let r={};
for(let o of e[2].matchAll(/(\w+)="([^"]*)"/g))r[o[1]]=o[2];return{kind:e[1].toLowerCase(),params:r}}async function TN(t,e,r,o,n){let s=`${jV(t.host)}://${t.host}\
/v2/${e}/manifests/${encodeURIComponent(r)}`,i=`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`,a=d=>ps(s,{headers:{accept:o.join(", "),
...d?{authorization:d}:{}},timeoutMs:IN,signal:n}),c=await a();if(c.status===401){let d=zV(c.headers["www-authenticate"]);if(d?.kind==="bearer"&&d.params.realm){
let u=new URL(d.params.realm);d.params.service&&u.searchParams.set("service",d.params.service),u.searchParams.set("scope",d.params.scope??`repository:${e}:pull`);
let m=await ps(u,{headers:{authorization:i},timeoutMs:IN,signal:n}),f=JSON.parse(m.text);c=await a(`Bearer ${f.token??f.access_token}`)}else c=await a(i)}if(c.status!==
200)throw new Error(`the registry answered ${c.status} for ${e}:${r}`);let l=JSON.parse(c.text).mediaType;return{manifest:c.text,mediaType:l??String(c.headers["\
content-type"]??"").split(";")[0]}}var VV="us-east-1",qV=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.i\
mage.manifest.v1+json","application/vnd.oci.image.index.v1+json"];function WV(t){let e={description:t.catalogDescription,aboutText:t.catalogAbout,usageText:t.catalogUsage};
return Object.values(e).some(r=>r!==void 0)?e:void 0}var Wi=t=>t?.name??"",bd=class{constructor(e,r,o){this.registryId=r;this.deadline=o;this.client=new Rd(Rn(VV,
e,o))}registryId;deadline;client;registryUri;loginData;close(){this.client.destroy()}send(e,r){return this.call(e,()=>this.client.send(r,{abortSignal:this.deadline?.
signal}))}async login(){let[e,r]=await Promise.all([this.send("GetAuthorizationToken",new Cd({})),this.registryUri??this.describeRegistryUri()]);return Kl(e.authorizationData,
r.split("/")[0])}async describeRegistryUri(){let e=await this.send("DescribeRegistries",new Id({})),r=e.registries?.find(o=>!this.registryId||o.registryId===this.
registryId)??e.registries?.[0];if(!r?.registryUri)throw new pe("ECR Public returned no registry","create the public registry (its alias) in the ECR Public conso\
le first");return this.registryUri=r.registryUri,r.registryUri}async findRepository(e){try{let o=(await this.send("DescribeRepositories",new Td({registryId:this.
registryId,repositoryNames:[Zr(e)]}))).repositories?.[0];return o&&this.info(o,!1)}catch(r){if(Wi(r)==="RepositoryNotFoundException")return;throw r}}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new pe(`repository ${e.repository} does not exist in ECR Public`,"creat\
e it, or set create-repository: true");try{let o=await this.send("CreateRepository",new _d({repositoryName:Zr(e.repository),catalogData:WV(e)}));return this.info(
o.repository,!0)}catch(o){if(Wi(o)!=="RepositoryAlreadyExistsException")throw o;let n=await this.findRepository(e.repository);if(!n)throw o;return n}}async applyPolicies(e){
e.repositoryPolicy&&await this.send("SetRepositoryPolicy",new Ad({registryId:this.registryId,repositoryName:Zr(e.repository),policyText:(0,CN.readFileSync)(e.repositoryPolicy,
"utf8")}))}async images(e,r){let o=new Map,n;try{do{let s=await this.send("DescribeImageTags",new wd({registryId:this.registryId,repositoryName:Zr(e),nextToken:n}));
for(let i of s.imageTagDetails??[])i.imageTag&&r.includes(i.imageTag)&&i.imageDetail?.imageDigest&&o.set(i.imageTag,{digest:i.imageDetail.imageDigest,manifest:"",
mediaType:i.imageDetail.imageManifestMediaType??""});n=s.nextToken}while(n&&o.size<r.length)}catch(s){if(Wi(s)==="RepositoryNotFoundException")return o;throw s}
return o}async putTag(e,r,o){let{manifest:n,mediaType:s}=r;if(!n){this.loginData??=this.login();let i=await this.loginData,a=`${(this.registryUri??"").split("/").
slice(1).join("/")}/${Zr(e)}`.replace(/^\//,"");({manifest:n,mediaType:s}=await TN(i,a,r.digest,qV,this.deadline?.signal))}try{await this.send("PutImage",new vd(
{registryId:this.registryId,repositoryName:Zr(e),imageManifest:n,imageManifestMediaType:s||void 0,imageDigest:r.digest,imageTag:o}))}catch(i){if(Wi(i)==="ImageA\
lreadyExistsException")return;throw i}}info(e,r){return this.registryUri??=e.repositoryUri.slice(0,e.repositoryUri.length-e.repositoryName.length-1),{name:e.repositoryName,
uri:e.repositoryUri,arn:e.repositoryArn,mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:r}}async call(e,r){try{return await eo(this.deadline,`ECR\
 Public ${e}`,r)}catch(o){let n=Wi(o);if(o instanceof Ke||/NotFound|AlreadyExists/.test(n))throw o;let s=_n(o);if(s.transient)throw new pe(`ECR Public ${e} fail\
ed after ${s.attempts} attempt(s): ${n}: ${o.message}`,wn("ECR",s.throttled),{cause:o});let i=/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.test(
n)?`the credentials need ecr-public:${e}${e==="GetAuthorizationToken"?" and sts:GetServiceBearerToken":""} (\`ecr-deliver iam-policy --registry-type public\` prin\
ts the policy)`:void 0;throw new pe(`ECR Public ${e} failed: ${n}: ${o.message}`,i,{cause:o})}}};var Tr=[...$o,"INFORMATIONAL","UNDEFINED"],KV=10,JV=1e3,YV=15e3,XV=2e4,QV=new Set(["COMPLETE","ACTIVE"]),ZV=new Set(["IN_PROGRESS","PENDING"]),eq=t=>new Promise(
e=>setTimeout(e,t));async function AN(t,e){try{return await tq(t,e)}catch(r){if(r instanceof Xr)throw r;let o=hn(r);return Pd(e,"failed",`could not read ECR's s\
can of ${e.digest}: ${o.message}`,o.hint??"check the role's permissions for the scan (`ecr-deliver iam-policy \u2026 --scan-wait true`)")}}async function tq(t,e){
let r=e.sleep??eq,o=e.now??Date.now,n=o(),s=n+e.timeoutSeconds*1e3,i=JV,a=!1,c="no scan yet";for(;;){let l=await t.scanFindings(e.repository,e.digest);if(!l&&e.
start&&!a){e.info(`No scan of ${e.digest} yet: starting one (StartImageScan)`),await t.startScan(e.repository,e.digest),a=!0;continue}let d=l?.imageScanStatus?.
status??"";if(l&&QV.has(d))return nq(e,await oq(t,e,l));if(l&&!ZV.has(d))return Pd(e,"failed",`ECR's scan of ${e.digest} ended ${d||"without a status"}${l.imageScanStatus?.
description?`: ${l.imageScanStatus.description}`:""}`,"ECR scans images whose OS packages it knows; see the scan status in the ECR console");c=l?`scan ${d}`:"no\
 scan yet";let m=(!l&&!a?Math.min(s,n+XV):s)-o();if(!l&&!a&&m<=0)return rq(e,o()-n);if(m<=0)return Pd(e,"timeout",`ECR's scan of ${e.digest} did not complete wi\
thin ${e.timeoutSeconds} s (scan-timeout-seconds; last seen: ${c})`,"raise scan-timeout-seconds; enhanced scanning of a new image can take several minutes");await r(
Math.min(i,m)),i=Math.min(i*2,YV)}}function rq(t,e){let r=t.scanOnPush?"although the repository is set to scan on push":"the repository does not scan on push";return Pd(
t,"not-found",`ECR has no scan of ${t.digest} after ${Math.round(e/1e3)} s: ${r}`,"turn scan on push on (scan-on-push for a repository the run creates, `aws ecr\
 put-image-scanning-configuration`, or a registry scanning rule), or set scan-start: true")}async function oq(t,e,r){let o=[r];for(let n=r.nextToken;n;n=o[o.length-
1].nextToken){let s=await t.scanFindings(e.repository,e.digest,n);if(!s)break;o.push(s)}return o}function nq(t,e){let r=e[0].imageScanFindings?.findingSeverityCounts??
{},o=Object.fromEntries(Tr.map(a=>[a,r[a]??0])),n=e.flatMap(a=>[...(a.imageScanFindings?.findings??[]).map(iq),...(a.imageScanFindings?.enhancedFindings??[]).map(
aq)]),s=a=>{let c=Tr.indexOf(a.severity);return c<0?Tr.length:c},i=n.map((a,c)=>({f:a,i:c})).sort((a,c)=>s(a.f)-s(c.f)||a.i-c.i).slice(0,KV).map(({f:a})=>a);return{
outcome:"complete",counts:o,top:i,threshold:t.threshold,gate:sq(o,t.threshold)}}function Pd(t,e,r,o){return{outcome:e,counts:{},top:[],problem:r,hint:o,threshold:t.
threshold,gate:t.threshold==="none"?"off":"failed"}}function sq(t,e){return e==="none"?"off":$o.slice(0,$o.indexOf(e)+1).some(o=>(t[o]??0)>0)?"failed":"passed"}
function bN(t){return t?.outcome==="complete"?JSON.stringify(t.counts):""}function Od(t,e){if(!t)return{};if(t.gate==="failed"&&t.outcome!=="complete")return{failure:new as(
`fail-on-severity ${t.threshold}: ${t.problem}; the image is pushed (${e}) but could not be judged`,t.hint)};if(t.gate==="failed"){let r=$o.slice(0,$o.indexOf(t.
threshold)+1).filter(o=>t.counts[o]>0);return{failure:new as(`fail-on-severity ${t.threshold}: ECR's scan found ${r.map(o=>`${t.counts[o]} ${o}`).join(", ")}; t\
he image is pushed (${e}) but should not be deployed`,"fix or upgrade the packages listed in the summary and deliver again, or raise fail-on-severity")}}return t.
outcome!=="complete"?{warning:`scan-wait: ${t.problem}`}:{}}var vN=(t,e)=>t.attributes?.find(r=>r.key===e)?.value;function iq(t){let e=[vN(t,"package_name"),vN(
t,"package_version")].filter(Boolean).join(" ");return{name:t.name??"",severity:t.severity??"UNDEFINED",package:e,link:t.uri??""}}function aq(t){let e=t.packageVulnerabilityDetails,
r=(e?.vulnerablePackages??[]).map(o=>[o.name,o.version].filter(Boolean).join(" ")).join(", ");return{name:e?.vulnerabilityId??t.title??"",severity:t.severity??"\
UNDEFINED",package:r,link:e?.sourceUrl??e?.referenceUrls?.[0]??""}}var cq=(t,e,r,o)=>new os(t,e,r,o);function Nd(t){let e=new hs(t.options.timeoutSeconds),r=Zc.create(t.env);return e.bound(()=>pq(t,e,ui(t.env,r.dir))).finally(()=>r.
remove())}async function pq(t,e,r){let{options:o,context:n,reporter:s}=t,i=new cn(t.run,s,e,r),a=ms(o);if(!o.image){for(let h of hy(a,t.env))s.secret(h);gy(a,t.
env)}let c=o.image?{}:lC(o,a),l=!o.image&&(c.buildx||c.buildkit||iu(t.env)!==void 0),d=i.check().then(()=>l?i.builder(c):void 0),u=ON(t);await d,o.image||i.builder().
catch(()=>{});let m=await s.phase("Credentials",()=>DN(t,u,e)),f=(t.openRegistry??PN(o))(n.region,m,o.registryId,e),g=()=>Uh(o.pullRegistries,n.region,m,e);try{
return await new Vh(t,i,f,g).run()}finally{f.close()}}function PN(t){return t.registryType==="public"?(e,r,o,n)=>new bd(r,o,n):cq}function Dd(t){let e=new hs(t.
options.timeoutSeconds);return e.bound(()=>lq(t,e))}async function lq(t,e){let r=new cn(t.run,t.reporter,e,ui(t.env)),o=r.check(),n=ON(t);await o;let s=await t.
reporter.phase("Credentials",()=>DN(t,n,e)),i=(t.openRegistry??PN(t.options))(t.context.region,s,t.options.registryId,e);try{return await t.reporter.phase("Logi\
n",async()=>{let[a,c]=await Promise.all([i.login(),Uh(t.options.pullRegistries,t.context.region,s,e)]),l=[a,...c.filter(d=>d.host!==a.host)];for(let d of l)t.onLogin?.(
d.host),await r.login(d);return{registry:a.host,registries:l.map(d=>d.host),login:a}})}finally{i.close()}}function ON(t){if(t.options.roleToAssume)return cg(NN(
t)).catch(e=>e)}function NN({options:t,context:e,platformToken:r,env:o}){return{ci:e.ci,audience:t.audience,tokenFile:t.webIdentityTokenFile,tokenEnv:t.webIdentityTokenEnv,
platformToken:r,env:o}}async function DN(t,e,r){let{options:o,context:n,reporter:s}=t;if(!o.roleToAssume||!e){s.info("No role-to-assume: using the ambient AWS c\
redential chain");return}let i=await e;if(i instanceof Error)throw i;s.info(`Assuming ${o.roleToAssume} as ${n.sessionName} with the OIDC token from ${i.source}`);
let a={roleArn:o.roleToAssume,sessionName:n.sessionName,durationSeconds:o.roleDurationSeconds,region:n.region},c=await pg(a,i.token,s,r);return nC(c,async()=>{let l=await cg(
{...NN(t),renew:!0});return s.info(`Renewing the credentials of ${o.roleToAssume} before they expire, with a new OIDC token from ${l.source}`),pg(a,l.token,s,r)})}
var Vh=class{constructor(e,r,o,n=async()=>[]){this.req=e;this.docker=r;this.ecr=o;this.pullLogins=n;this.o=e.options,this.sha=e.context.commitSha,this.tags=[...new Set(
[this.sha,...this.o.tags,...e.context.release.tags])]}req;docker;ecr;pullLogins;o;sha;tags;repo;loggedIn=[];background=[];async run(){try{let e=await this.steps(),
r=await this.scan(e);return{outputs:{...e,"scan-findings":bN(r)},scan:r}}catch(e){throw await Promise.allSettled(this.background),e}}async steps(){let{reporter:e}=this.
req,[r,o]=await e.phase("Repository",()=>Promise.all([this.o.push?this.ecr.ensureRepository(this.o,Iy(this.o.tags,this.req.context.release)):this.lookUpRepository(),
this.ecr.images(this.o.repository,this.tags)]));this.repo=r,r.created&&e.info(`Created repository ${r.uri} (${r.mutability})`);let n=this.o.push?this.inBackground(
this.ecr.applyPolicies(this.o)):Promise.resolve(),s=o.get(this.sha),i=s&&(this.o.skipExisting||Lh(r,this.sha))?s:void 0;if(this.refuseImmutableConflicts(r,o,i),
i)return e.info(`${r.uri}:${this.sha} already exists (${i.digest}): nothing to build or upload`),this.o.push?(await n,await e.phase("Tag",()=>this.copyTags(r,i,
o)),this.verified(r,i.digest,!1)):this.outputs(r,i.digest,!1);let a=!this.o.image&&Fh(gs(this.o)).includes(r.uri.split("/")[0]),c=this.o.cache&&!this.o.image&&this.
ecr.latestImage!==void 0,l=this.o.push||a?this.inBackground(e.track("Login",()=>this.login())):void 0,d=this.o.pullRegistries.length&&!this.o.image?this.inBackground(
this.loginPullRegistries()):void 0,u=c?this.cacheSource(r,()=>l??this.login()):void 0;a&&await l,await d;let m=await e.phase(this.o.image?"Tag":"Build",()=>this.
produceImage(r,u));if(!this.o.push)return this.outputs(r,"",!1);await Promise.all([l,n]);let f=m??await e.phase("Push",()=>this.docker.push(`${r.uri}:${this.sha}`,
()=>this.login()));return this.tags.length>1&&await e.phase("Tag",async()=>{let g=(await this.ecr.images(this.o.repository,[this.sha])).get(this.sha);if(!g||g.digest!==
f)throw new pe(`ECR does not show ${this.sha} at the pushed digest ${f}`);await this.copyTags(r,g,o)}),this.verified(r,f,!0)}async cacheSource(e,r){try{let o=await this.
ecr.latestImage(e.name);if(!o){this.req.reporter.info("No layer cache yet: the repository has no image to reuse layers from");return}let n=`${e.uri}@${o}`;return await r(),
await this.docker.builder()==="classic"&&!await this.docker.pullCache(n)?void 0:(this.req.reporter.info(`Layer cache: ${n}`),n)}catch(o){if(o instanceof Xr)throw o;
this.req.reporter.warning(`no layer cache: ${o.message}`);return}}async scan(e){if(!this.o.scanWait||!this.repo)return;if(!e.digest){this.req.reporter.info("sca\
n-wait: nothing was pushed (push: false), so there is no scan to wait for");return}let{reporter:r}=this.req,o=this.repo,n=this.ecr;if(!n.scanFindings||!n.startScan)
throw new pe("scan-wait: this registry does not scan images","ECR Public has no image scanning: drop scan-wait");return r.phase("Scan",()=>AN(n,{repository:this.
o.repository,digest:e.digest,timeoutSeconds:this.o.scanTimeoutSeconds,start:this.o.scanStart,threshold:this.o.failOnSeverity,scanOnPush:o.scanOnPush,info:s=>r.info(
s)}))}inBackground(e){return e.catch(()=>{}),this.background.push(e),e}async lookUpRepository(){let e=await this.ecr.findRepository(this.o.repository);if(e)return e;
let{host:r}=await this.ecr.login();return{name:this.o.repository,uri:`${r}/${this.o.repository}`,arn:"",mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:!1}}async login(){
let e=await this.ecr.login();await this.docker.login(e),this.loggedIn.push(e.host)}async loginPullRegistries(){let e=await this.req.reporter.phase("Login to pul\
l registries",()=>this.pullLogins());for(let r of e)await this.docker.login(r),this.loggedIn.push(r.host)}refuseImmutableConflicts(e,r,o){for(let n of this.tags){
let s=r.get(n);if(!(!s||!Lh(e,n)||o&&s.digest===o.digest))throw new pe(`tag ${n} already exists in the immutable repository ${e.name} at ${s.digest}, which is n\
ot the image being delivered`,"immutable tags cannot move: remove the tag from `tags` (use a new one), or make the repository MUTABLE")}}async produceImage(e,r){
let o=this.tags.map(d=>`${e.uri}:${d}`);if(this.o.image){for(let d of o)await this.docker.tag(this.o.image,d);return}ou(this.o);let n=this.req.context,s={"org.o\
pencontainers.image.revision":this.sha,"org.opencontainers.image.created":new Date().toISOString()};n.sourceUrl&&(s["org.opencontainers.image.source"]=n.sourceUrl),
n.release.version&&(s["org.opencontainers.image.version"]=n.release.version);for(let d of this.o.labels){let u=d.indexOf("=");s[d.slice(0,u)]=d.slice(u+1)}let i=await this.
docker.builder(),a=i==="buildx"&&this.o.push&&(!!this.o.platform?.includes(",")||this.o.provenance),l=await this.docker.build({context:this.o.context,dockerfile:gs(
this.o),tags:a?o.slice(0,1):o,labels:s,buildArgs:this.o.buildArgs,target:this.o.target,platform:this.o.platform,cache:r?{from:await r}:void 0,secrets:ms(this.o),
provenance:this.o.provenance,pushFromBuilder:a},i).catch(d=>{let u=d instanceof _t&&MO(d.message,gs(this.o),[...this.loggedIn,e.uri.split("/")[0]],this.req.context.
region);throw u?new _t(d.message,u):d});if(a&&!l)throw new _t("buildx pushed but reported no digest");return l}async copyTags(e,r,o){let n=this.tags.slice(1).filter(
s=>o.get(s)?.digest!==r.digest);await UO(this.ecr,e.name,r,n)}async verified(e,r,o){let n=await this.ecr.images(this.o.repository,this.tags),s=this.tags.filter(
i=>n.get(i)?.digest!==r);if(s.length)throw new pe(`after delivery, tag(s) ${s.join(", ")} do not point at ${r} in ECR`,"another delivery may have moved them at \
the same time; re-run to deliver again");return this.outputs(e,r,o)}outputs(e,r,o){return{registry:e.uri.split("/")[0],"repository-uri":e.uri,image:`${e.uri}:${this.
sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:"",tags:this.tags,pushed:o,"scan-findings":""}}};var Ki=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{let n=Date.now();this.timings.push({title:e,seconds:(n-
o)/1e3,start:(o-this.started)/1e3,end:(n-this.started)/1e3})}}get byStart(){return[...this.timings].sort((e,r)=>e.start-r.start)}get totalSeconds(){return(Date.
now()-this.started)/1e3}describe(){let e=this.byStart.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.totalSeconds.
toFixed(1)} s`}},Ji=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new Ki;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}track(e,r){return this.clock.time(e,r)}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),n=await this.clock.time(e,r);return this.info(`\u2714 ${e}\
 (${((Date.now()-o)/1e3).toFixed(1)} s)`),n}};var kN=t=>Math.round(t*1e3),$N=t=>t.replace(/[:#;]/g," ").trim()||"phase";function LN(t){let e=["```mermaid","gantt","  title ecr-deliver phases (seconds since \
start)","  dateFormat x","  axisFormat %M:%S"];return t.forEach((r,o)=>{let n=kN(r.start),s=Math.max(kN(r.end),n+1);e.push(`  section ${$N(r.title)}`,`  ${$N(r.
title)} ${r.seconds.toFixed(1)} s :p${o}, ${n}, ${s}`)}),e.push("```"),e.join(`
`)}function UN(t,e=40){if(t.length===0)return[];let r=Math.max(...t.map(n=>n.end),.001),o=Math.max(...t.map(n=>n.title.length));return t.map(n=>{let s=Math.min(
e-1,Math.floor(n.start/r*e)),i=Math.max(s+1,Math.min(e,Math.round(n.end/r*e))),a="\xB7".repeat(s)+"\u2588".repeat(i-s)+"\xB7".repeat(e-i);return`${n.title.padEnd(
o)}  ${a}  ${n.start.toFixed(1)}\u2013${n.end.toFixed(1)} s`})}var is=t=>t.replace(/[\r\n]+/g," ").replace(/[|\\`*_~<>[\]]/g,e=>`\\${e}`),qh=t=>`\`${t.replace(/`/g,"'")}\``;function FN(t,e,r){let o=t.pushed?"delivered":t.digest?
"already delivered":"built, not pushed",n=[["image",qh(t.image)],["digest",t.digest?qh(t.digest):"(not pushed)"],["tags",t.tags.map(qh).join(" ")],["pushed",String(
t.pushed)],["timings",is(e.describe())]],s=[`### ecr-deliver: ${o}`,"","| | |","|---|---|",...n.map(([i,a])=>`| ${i} | ${a} |`),"","#### Timeline","",LN(e.byStart),
""];return r&&s.push(...dq(r),""),s.join(`
`)}function dq(t){let e=["#### Vulnerability scan",""];if(t.outcome!=="complete")return e.push("> [!WARNING]",`> ${is(t.problem??"no scan")}`),t.gate==="failed"&&
e.push(">",`> fail-on-severity ${t.threshold}: **failed** (the image is pushed, but could not be judged)`),e;if(e.push(`| ${Tr.join(" | ")} |`,`|${Tr.map(()=>"-\
--:").join("|")}|`,`| ${Tr.map(r=>t.counts[r]).join(" | ")} |`,""),t.gate!=="off"&&e.push(t.gate==="failed"?`**fail-on-severity ${t.threshold}: failed.** The im\
age is pushed, but should not be deployed.`:`fail-on-severity ${t.threshold}: passed.`,""),t.top.length){e.push("| finding | severity | package |","|---|---|---\
|");for(let r of t.top){let o=/^https?:\/\/[^\s()<>]+$/.test(r.link)?`[${is(r.name)}](${r.link})`:is(r.name);e.push(`| ${o} | ${is(r.severity)} | ${is(r.package)||
"\u2014"} |`)}}else e.push("No findings.");return e}var MN="isPost",HN="registries",BN="skipLogout",kd=class{clock=new Ki;output=iy;info=e=>sa(e);warning=e=>qd(e);secret=e=>na(e);phase(e,r){return py(e,()=>this.clock.
time(e,r))}track(e,r){return this.clock.time(e,r)}},GN=t=>t[`STATE_${MN}`]==="true";async function jN(){oa(MN,"true");let t=new kd,e=new Set,r=o=>{e.add(o),oa(HN,
JSON.stringify([...e]))};try{let o=Ay(l=>ra(l));if(o.mode==="login")return await uq(t,r,o);let n=Sn(l=>ra(l)),s=xn(n),{outputs:i,scan:a}=await Nd({options:n,context:s,
reporter:t,run:Fo,env:process.env,platformToken:l=>Kd(l)});for(let{name:l}of Mr)En(l,Lo(i,l));Wd(FN(i,t.clock,a));let c=Od(a,i["image-ref"]);if(c.warning&&qd(c.
warning),c.failure)throw c.failure}catch(o){let n=hn(o);cy(n.hint?`${n.message}
Hint: ${n.hint}`:n.message)}}async function uq(t,e,r){r.skipLogout&&oa(BN,"true");let o=Sn(i=>ra(i),"login"),n=xn(o,process.env,"login"),s=await Dd({options:o,context:n,
reporter:t,run:Fo,env:process.env,platformToken:i=>Kd(i),onLogin:e});En("registry",s.registry),En("registries",s.registries.join(",")),r.dockerCredentialsOutput&&
(na(s.login.password),En("docker-username",s.login.username),En("docker-password",s.login.password)),sa(`Logged in to ${s.registries.join(", ")}${r.skipLogout?"\
 (kept after the job: skip-logout)":"; the post step logs out"}`),Wd(["### ecr-deliver login","",...s.registries.map(i=>`- \`${i}\``),"",`timings: ${t.clock.describe()}`,
""].join(`
`))}async function zN(){let t=JSON.parse(Vd(HN)||"[]");if(Vd(BN)==="true"){sa(`skip-logout: docker stays logged in to ${t.join(", ")||"nothing"}`);return}let e=new cn(
Fo,new kd,void 0,ui(process.env));for(let r of t)await e.logout(r)}var sD=require("node:util");var YN=require("node:util");var mq=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],Wh=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"];function fq(t){let e=new Set(["ecr:DescribeRepositories","ecr:BatchGetImage"]),r=o=>{for(let n of o)
e.add(n)};return t.push&&(r(mq),t.createRepository&&e.add("ecr:CreateRepository"),t.lifecyclePolicy&&e.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&e.add("\
ecr:SetRepositoryPolicy")),t.cache&&r(["ecr:DescribeImages",...Wh]),t.scanWait&&e.add("ecr:DescribeImageScanFindings"),t.scanWait&&t.scanStart&&e.add("ecr:Start\
ImageScan"),[...e].sort()}function gq(t){return`arn:${Uo(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${t.repository}`}function VN(t){if(t.
registryType==="public")return Eq(t);let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:GetAuthorizationToken",Resource:"*"},{Sid:"EcrDeliver",Effect:"Allow",Action:fq(
t),Resource:gq(t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.test(t.kmsKey)?t.kmsKey:`arn:${Uo(
t.region)}:kms:${t.region}:${t.registryId??t.accountId}:key/*`,o={"kms:ViaService":`ecr.${t.region}.amazonaws.com${Uo(t.region)==="aws-cn"?".cn":""}`};e.push({Sid:"\
KmsGrantForNewRepository",Effect:"Allow",Action:"kms:CreateGrant",Resource:r,Condition:{StringEquals:o,Bool:{"kms:GrantIsForAWSResource":"true"}}},{Sid:"KmsForN\
ewRepository",Effect:"Allow",Action:["kms:DescribeKey","kms:RetireGrant"],Resource:r,Condition:{StringEquals:o}})}return e.push(...XN(t)),{Version:"2012-10-17",
Statement:e}}function XN(t){let e=[],r=t.pullRepositories?.length?t.pullRepositories:["*"],o=(t.pullRegistries??[]).flatMap(s=>r.map(i=>`arn:${Uo(s.region??t.region)}\
:ecr:${s.region??t.region}:${s.id}:repository/${i}`));o.length&&e.push({Sid:"EcrPullBaseImages",Effect:"Allow",Action:Wh.slice().sort(),Resource:o.length===1?o[0]:
o});let n=(t.pullThrough??[]).map(s=>`arn:${Uo(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${s}/*`);return n.length&&e.push({Sid:"EcrPull\
ThroughCache",Effect:"Allow",Action:[...hq,...Wh].sort(),Resource:n.length===1?n[0]:n}),e}function QN(t){return!t.pullRegistries?.length||t.pullRepositories?.length?
[]:[`--pull-repositories not given: the role may pull every repository of ${t.pullRegistries.map(e=>e.id).join(", ")}; pass name patterns to narrow it`]}var hq=[
"ecr:BatchImportUpstreamImage","ecr:CreateRepository"],qN=["ecr-public:GetAuthorizationToken","sts:GetServiceBearerToken"],yq=["ecr-public:BatchCheckLayerAvaila\
bility","ecr-public:InitiateLayerUpload","ecr-public:UploadLayerPart","ecr-public:CompleteLayerUpload","ecr-public:PutImage"];function Eq(t){let e=t.push?qN:[...qN,
"ecr-public:DescribeRegistries"],r=new Set(["ecr-public:DescribeRepositories","ecr-public:DescribeImageTags"]);if(t.push){for(let n of yq)r.add(n);t.createRepository&&
r.add("ecr-public:CreateRepository"),t.repositoryPolicy&&r.add("ecr-public:SetRepositoryPolicy")}let o=t.repository.replace(/^public\.ecr\.aws\/[^/]+\//,"");return{
Version:"2012-10-17",Statement:[{Sid:"EcrPublicLogin",Effect:"Allow",Action:e,Resource:"*"},{Sid:"EcrPublicDeliver",Effect:"Allow",Action:[...r].sort(),Resource:`\
arn:aws:ecr-public::${t.registryId??t.accountId}:repository/${o}`},...XN(t)]}}var Sq="token.actions.githubusercontent.com",xq="oidc.circleci.com/org";function Rq(t){
let e=t.pullRequest?"pull_request":t.environment!==void 0?`environment:${t.environment}`:t.tag!==void 0?`ref:refs/tags/${t.tag}`:`ref:refs/heads/${t.branch??"ma\
in"}`;return`repo:${t.repo}:${e}`}function _q(t){let e=Uo(t.region),r,o,n;if(t.provider==="github")r=t.githubIssuer??Sq,o=t.audience??"sts.amazonaws.com",n=Rq(t);else if(t.
provider==="circleci")r=`${xq}/${t.orgId}`,o=t.audience??t.orgId,n=`org/${t.orgId}/project/${t.projectId}/user/*${t.vcsRef?`/vcs-origin/*/vcs-ref/${t.vcsRef}`:""}`;else
return;let s=/[*?]/.test(n),i={StringEquals:{[`${r}:aud`]:o}};return s?i.StringLike={[`${r}:sub`]:n}:i.StringEquals[`${r}:sub`]=n,{Version:"2012-10-17",Statement:[
{Effect:"Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},Action:"sts:AssumeRoleWithWebIdentity",Condition:i}]}}function wq(t){let e=_q(
t);return e?{permissionsPolicy:VN(t),trustPolicy:e}:{permissionsPolicy:VN(t)}}var Kh=[{name:"repository",value:"NAME",description:"ECR repository the role deliv\
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
efault: false)."},{name:"cache",value:"true|false",description:"The delivery uses the layer cache (default: true)."},{name:"push",value:"true|false",description:"\
The delivery pushes; false = build-only runs that just look up the repository (default: true)."},{name:"encryption-type",value:"AES256|KMS",description:"Encrypt\
ion of a created repository; KMS adds the KMS grants ECR needs (default: AES256)."},{name:"kms-key",value:"ARN",description:"KMS key ARN of a created repository\
 (default: any key of the account)."},{name:"scan-wait",value:"true|false",description:"The delivery waits for the image scan (default: false)."},{name:"scan-st\
art",value:"true|false",description:"With --scan-wait: the delivery may start a scan (default: false)."},{name:"only",value:"permissions|trust",description:"Pri\
nt just that one policy document, ready for `aws iam \u2026 file://`."}],ZN="[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",eD="[A-Za-z0-9._-]{1,100}",Iq=new RegExp(`^${ZN}\
/${eD}$`),Tq=new RegExp(`^${ZN}@\\d{1,20}/${eD}@\\d{1,20}$`),WN=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,Cq=/^[^\x00-\x1f\x7f:]{1,255}$/,KN=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
vq=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/,Aq=Qr("github","circleci","none"),bq=Qr("permissions","trust");function JN(t,e){
if(e===void 0||e.trim()===""||/^(false|0)$/i.test(e))return!1;if(/[\x00-\x1f\x7f]/.test(e))throw new w(t,e,"contains control characters");return!0}function tD(t,e=process.
env){let{values:r,positionals:o}=(0,YN.parseArgs)({args:t,options:Object.fromEntries(Kh.map(R=>[R.name,{type:"string"}])),strict:!0,allowPositionals:!0});if(o.length)
throw new w("iam-policy",o[0],"is not a flag: every value follows its --flag (see `ecr-deliver iam-policy --help`)");let n=R=>{let T=r[R]?.trim();return T===""?
void 0:T},s=(R,T)=>{let H=n(R);if(H===void 0)throw new w(R,"",`is required: ${T}`);return H},i=(R,T)=>{let H=n(R);return H!==void 0&&ko(R,H,T(H)),H},a=s("reposi\
tory","the ECR repository the role delivers to");ko("repository",a,Ae.repository(a));let c=su(n("aws-region"),e),l=s("account-id","the 12-digit AWS account id o\
f the role");ko("account-id",l,Ae.account(l));let d=hr("registry-id",n("registry-id")),u=["repo","branch","tag","environment","pull-request","github-issuer"].filter(
R=>n(R)!==void 0),m=["org-id","project-id","vcs-ref"].filter(R=>n(R)!==void 0),f=n("provider"),g=f!==void 0?Aq.parse(f,"provider"):u.length?"github":m.length?"c\
ircleci":void 0;if(!g)throw new w("provider","","is required: github (with --repo), circleci (with --org-id), or none");let h=g==="github"?m:g==="circleci"?u:[...u,
...m];if(h.length)throw new w(h[0],n(h[0]),`does not apply to --provider ${g}`);let y=i("audience",Ae.audience),S={repository:a,region:c,accountId:l,registryId:d,
provider:g,audience:y,createRepository:hr("create-repository",n("create-repository")),lifecyclePolicy:JN("lifecycle-policy",n("lifecycle-policy")),repositoryPolicy:JN(
"repository-policy",n("repository-policy")),cache:hr("cache",n("cache")),push:hr("push",n("push")),encryptionType:hr("encryption-type",n("encryption-type")),scanWait:hr(
"scan-wait",n("scan-wait")),scanStart:hr("scan-start",n("scan-start"))};if(S.kmsKey=i("kms-key",we(vq,"is not a KMS key or alias ARN like `arn:aws:kms:eu-west-1\
:123456789012:key/\u2026`")),S.kmsKey&&S.encryptionType!=="KMS")throw new w("kms-key",S.kmsKey,"needs --encryption-type KMS");if(g==="github"){let R=s("repo","t\
he GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");if(!Iq.test(R)&&!Tq.test(R))throw new w("repo",R,"is not a GitHub repository like `octo-org/octo-repo\
`, or `octo-org@123456/octo-repo@456789` with the immutable ids");S.repo=R,S.environment=i("environment",we(Cq,"is not a GitHub environment name (1\u2013255 characte\
rs, no `:`)"));let T=n("branch")?.replace(/^refs\/heads\//,"");if(T!==void 0&&S.environment!==void 0)throw new w("branch",T,"cannot be combined with --environme\
nt: a job with an environment gets `environment:NAME` as its OIDC subject");if(T!==void 0&&!WN.test(T))throw new w("branch",T,"is not a git branch name");let H=n(
"pull-request");if(S.pullRequest=H!==void 0&&pt.parse(H,"pull-request"),S.pullRequest&&(T!==void 0||S.environment!==void 0))throw new w("pull-request",n("pull-r\
equest"),"cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`");let Z=n("tag")?.replace(/^refs\/tags\//,
"");if(Z!==void 0&&(T!==void 0||S.environment!==void 0||S.pullRequest))throw new w("tag",Z,"cannot be combined with --branch, --environment or --pull-request: a\
 tag push's OIDC subject is `repo:OWNER/REPO:ref:refs/tags/TAG`");if(Z!==void 0&&!WN.test(Z))throw new w("tag",Z,"is not a git tag name");S.tag=Z,S.environment===
void 0&&!S.pullRequest&&Z===void 0&&(S.branch=T??"main")}else if(g==="circleci"){let R=s("org-id","the CircleCI organization id (a UUID, Organization Settings >\
 Overview)");if(!KN.test(R))throw new w("org-id",R,"is not a CircleCI organization id (a lowercase UUID)");S.orgId=R;let T=s("project-id","the CircleCI project \
id (a UUID, Project Settings > Overview): without it every project of the org could deliver");if(!KN.test(T))throw new w("project-id",T,"is not a CircleCI proje\
ct id (a lowercase UUID)");S.projectId=T,S.vcsRef=i("vcs-ref",we(/^[A-Za-z0-9._/+@*#-]{1,255}$/,"is not a git ref like `refs/heads/main`"))}Object.assign(S,Pq(n)),
a.startsWith("public.ecr.aws/")&&(S.registryType="public"),g==="github"&&n("github-issuer")!==void 0&&(S.githubIssuer=i("github-issuer",we(/^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i,
"is not an OIDC issuer like `ghe.example.com/_services/token`")).replace(/^https:\/\//,"").replace(/\/+$/,""));let x=n("only"),A=x===void 0?void 0:bq.parse(x,"o\
nly");if(A==="trust"&&g==="none")throw new w("only",x,"needs a --provider: `none` has no trust policy");return{request:S,only:A}}function Pq(t){let e=i=>(t(i)??
"").split(",").map(a=>a.trim()).filter(Boolean),r=e("pull-registries").map(i=>{let a=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/.exec(i);if(!a)throw new w(
"pull-registries",i,"is not an ECR registry id (12 digits) or `ID@REGION`");return{id:a[1],region:a[2]}}),o=e("pull-repositories");for(let i of o)if(!/^[a-z0-9*][a-z0-9._/*-]{0,255}$/.
test(i))throw new w("pull-repositories",i,"is not a repository name pattern (lowercase name, `*` wildcards)");if(o.length&&!r.length)throw new w("pull-repositor\
ies",t("pull-repositories"),"needs --pull-registries");let n=e("pull-through");for(let i of n)if(i.length<2||i.length>30||Ae.repository(i))throw new w("pull-thr\
ough",i,"is not a pull-through cache prefix (2\u201330 characters, ECR's repository naming rule)");let s=t("registry-type")?.toLowerCase();if(s!==void 0&&s!=="p\
rivate"&&s!=="public")throw new w("registry-type",s,"is not one of private, public");return{pullRegistries:r,pullRepositories:o,pullThrough:n,registryType:s}}function rD(t,e){
let r=wq(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,null,2)}
`}var Xi=t=>e=>t[Oy(e)];function Yi(t){let e=hn(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function $d(t,e){let r=new Ji(process.stderr);try{let o=Sn(t),n=xn(o),{outputs:s,scan:i}=await Nd({options:o,context:n,reporter:r,run:Fo,env:process.
env});r.info(Nq(s,r.clock,i)),e(s);let a=Od(i,s["image-ref"]);return a.warning&&r.warning(a.warning),a.failure?Yi(a.failure):0}catch(o){return Yi(o)}}async function Ld(t,e){
let r=new Ji(process.stderr);try{let o=Sn(t,"login"),n=xn(o,process.env,"login"),{registry:s}=await Dd({options:o,context:n,reporter:r,run:Fo,env:process.env});
return r.info(oD(`logged in to ${s}`,[["registry",s]],r.clock)),e(s),0}catch(o){return Yi(o)}}function Oq(t){return t.pushed?"true":t.digest?"false (the SHA tag\
 was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged locally only)"}function Nq(t,e,r){let o=t.pushed?`delivered ${t.image}`:t.
digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,n=Mr.filter(({name:i})=>i!=="scan-findings"||r).map(({name:i})=>[i,i==="pushed"?Oq(t):Lo(
t,i)||"-"]),s=UN(e.byStart).map(i=>`    ${i}`);return[oD(o,n,e),"  timeline",...s,...r?Dq(r):[]].join(`
`)}function Dq(t){if(t.outcome!=="complete")return["  scan",`    ${t.problem}`];let e=Tr.map(n=>Math.max(n.length,String(t.counts[n]).length)),r=["  scan",`    ${Tr.
map((n,s)=>n.padStart(e[s])).join("  ")}`,`    ${Tr.map((n,s)=>String(t.counts[n]).padStart(e[s])).join("  ")}`];t.gate!=="off"&&r.push(`    fail-on-severity ${t.
threshold}: ${t.gate}`);let o=n=>n.replace(/[\x00-\x1f\x7f-\x9f]+/g," ");for(let n of t.top)r.push(o(`    ${n.severity.padEnd(13)} ${n.name}  ${n.package||"-"} \
 ${n.link}`).trimEnd());return r}function oD(t,e,r){let o=[...e,["time",r.describe()]],n=Math.max(...o.map(([s])=>s.length));return[`\u2500\u2500 ecr-deliver: ${t}\
 \u2500\u2500`,...o.map(([s,i])=>`  ${s.padEnd(n)}  ${i}`)].join(`
`)}var nD="0.1.0";var Jh=ru.filter(t=>!t.githubOnly),iD=["iam-policy","login"];function Yh(t,e,r=100){let o=[],n="";for(let s of t.split(/\s+/).filter(Boolean))n&&e.length+n.length+
1+s.length>r?(o.push(n),n=s):n=n?`${n} ${s}`:s;return n&&o.push(n),o.map(s=>e+s).join(`
`)}function $q(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver iam-policy --help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: O\
IDC credentials, ECR login, repository, build,","commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DEL\
IVER_ROLE_TO_ASSUME); a flag wins over the environment.","","Options:",...Jh.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default:\
 ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name} <value>
${Yh(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${Mr.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function Lq(){return["Usage: ecr-deliver login [--option value \u2026] [--json]","","Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR \
registry, nothing else;",'later docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"Unlike a delivery (which logs in to a\
 private docker config removed when it ends), login writes","the registry password to your docker config (DOCKER_CONFIG, else ~/.docker) by design, where it","s\
tays for 12 hours: run `docker logout <registry>` when done on a shared host.","","Options (also as ECR_DELIVER_<OPTION>):",...Jh.filter(e=>pa.includes(e.name)).
map(e=>`  --${e.name} <value>
${Yh(e.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 logged in, 1 failed, 2 bad input."].join(`
`)}function Uq(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --e\
nvironment NAME]     (GitHub)","         --org-id UUID --project-id UUID [--vcs-ref REF]               (CircleCI)","         [the delivery options the role must\
 allow, e.g. --cache false]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the re\
pository with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...Kh.map(t=>`  --${t.name} ${t.value}
${Yh(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function aD(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],n=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${n})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${n})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let s=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${cs(s)} is not a command or flag: use ${iD.join(", ")} or --flags \
(${n})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${n})`}}function Fq(t,e,r){try{let o=Object.fromEntries(e.map(n=>[n,{type:"string"}]));return(0,sD.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${aD(o,r)}
`),process.exitCode=2;return}}function Mq(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${Uq()}
`),0;try{let{request:e,only:r}=tD(t.filter(o=>o!=="--json"));process.stdout.write(rD(e,r));for(let o of QN(e))process.stderr.write(`note: ${o}
`);return 0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.stderr.write(`ecr-deliver: ${aD(e,"iam-policy")}
`),2):Yi(e)}}async function cD(t){let e=iD.find(i=>i===t[0])??"";if(e==="iam-policy"){process.exitCode=Mq(t.slice(1));return}let r=e?t.slice(1):t,o=Fq(r,e==="lo\
gin"?pa:Jh.map(i=>i.name),e);if(!o)return;if(o.help)return void process.stdout.write(`${e==="login"?Lq():$q()}
`);if(o.version)return void process.stdout.write(`${nD}
`);let n=Xi(process.env);if(e==="login"){let i=a=>pa.includes(a)?o[a]??n(a):void 0;process.exitCode=await Ld(i,a=>{o.json&&process.stdout.write(`${JSON.stringify(
{registry:a})}
`)});return}let s=i=>o[i]??n(i);process.exitCode=await $d(s,i=>{o.json&&process.stdout.write(`${JSON.stringify(Py(i))}
`)})}var dD=require("node:fs");var Hq=["deliver","login"],pD="ECR_DELIVER_COMMAND",Bq=t=>`'${t.replace(/'/g,"'\\''")}'`,uD=(t,e)=>`export ${Ny(t)}=${Bq(e)}
`;function Gq(t){return Mr.map(({name:e})=>uD(e,Lo(t,e))).join("")}function lD(t,e){t.BASH_ENV?(0,dD.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warning\
: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function mD(t=process.env){let e=t[pD]||"deliver";e==="login"?process.exitCode=await Ld(Xi(t),r=>lD(t,uD("registry",r))):e==="deliver"?process.exitCode=
await $d(Xi(t),r=>lD(t,Gq(r))):(process.stderr.write(`ecr-deliver: ${pD}: ${cs(e)} is not one of ${Hq.join(", ")}
`),process.exitCode=2)}async function jq(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?GN(
t)?zN():jN():e.length===0&&t.CIRCLECI==="true"?mD():cD(e)}jq();
